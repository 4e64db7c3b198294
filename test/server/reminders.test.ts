import { describe, expect, it, vi } from 'vitest';
import { JEAN, LUCIA, ok, remindersWorkbook } from './reminders-fixture';

const TODAY_LATE = ['MEM-002', 'MEM-003', 'MEM-004'];

describe('sendReminders: a dry run', () => {
  it('sends nothing, lists who would get what, and renders one example per language', () => {
    const w = remindersWorkbook();
    const result = ok(w.dryRun());
    expect(w.emulator.mail.outbox).toEqual([]);
    expect(result.dryRun).toBe(true);
    // Most missing first (Ana and Amy owe both; Amy registered first), then Jean, who owes a pledge only.
    expect(result.sent.map((s) => [s.memberId, s.kind, s.language])).toEqual([
      ['MEM-004', 'both', 'en'],
      ['MEM-002', 'both', 'pt-BR'],
      ['MEM-003', 'pledge', 'fr'],
    ]);
    expect(result.skipped).toEqual(expect.arrayContaining([
      { memberId: 'MEM-001', reason: 'noEmails' },
      { memberId: 'MEM-005', reason: 'noEmails' },
      { memberId: 'MEM-008', reason: 'invalidEmail' },
    ]));
    // Inactive and erased members are not late at all: not even listed.
    expect(result.skipped.map((s) => s.memberId)).not.toContain('MEM-006');
    expect(result.skipped.map((s) => s.memberId)).not.toContain('MEM-007');
    expect(result.quotaLeft).toBe(100);
    expect(result.examples.map((e) => e.language).sort()).toEqual(['en', 'fr', 'pt-BR']);
    const fr = result.examples.find((e) => e.language === 'fr');
    expect(fr?.subject).toBe('Plus que 15 jours pour apporter votre contribution');
    expect(fr?.body).toContain('Bonjour Jean,');
    expect(fr?.body).toMatch(/Date limite\s:\s\d{1,2} \S+ \d{4} \(dans 15 jours\)\./);
  });

  it('is refused to a member, in their language, and sends nothing', () => {
    const w = remindersWorkbook();
    w.as(JEAN);
    const result = w.dryRun();
    expect(result).toEqual({ ok: false, errors: [{ field: 'form', message: 'Seule la coordination peut envoyer les rappels.' }] });
    expect(w.send().ok).toBe(false);
    expect(w.emulator.mail.outbox).toEqual([]);
  });

  it('asks a coordinator who declined the mail scope to grant it, with the link', () => {
    const w = remindersWorkbook({ user: { ...LUCIA, grantedScopes: [
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/userinfo.email',
    ] } });
    const result = w.send();
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toMatch(/Os lembretes precisam|https:\/\//);
    expect(w.emulator.mail.outbox).toEqual([]);
  });
});

describe('sendReminders: a real run', () => {
  it('sends one email per late member who said yes, in their language, from the coordinator, and logs each without its body', () => {
    const w = remindersWorkbook();
    const result = ok(w.send());
    expect(result.sent.map((s) => s.memberId).sort()).toEqual(TODAY_LATE);
    const outbox = w.emulator.mail.outbox;
    expect(outbox.map((m) => m.to)).toEqual([['amy@example.org'], ['ana@example.org'], [JEAN.email]]);
    for (const m of outbox) {
      expect(m.name).toBe('Mutirão — Mutirão');
      expect(m.replyTo).toBe(LUCIA.email);
      expect(m.from).toBe(LUCIA.email);
      expect(m.body).toContain(w.ss.getUrl());
    }
    expect(outbox[0]?.subject).toBe('15 days left to send your action proposal and make your pledge');
    expect(outbox[1]?.subject).toBe('Faltam 15 dias para enviar sua proposta de ação e registrar sua contribuição');
    expect(outbox[1]?.body).toContain('Meus dados');
    expect(outbox[2]?.body).toContain('Mes données');
    // The objectives still in progress, in the member's language (O1 and O2 are achieved).
    expect(outbox[2]?.body).not.toMatch(/^- O1/m);
    expect(outbox[2]?.body).toMatch(/^- O3 — /m);
    const logged = w.logRows().filter((r) => r[2] === 'reminder.sent');
    expect(logged.map((r) => r[3])).toEqual(['MEM-004', 'MEM-002', 'MEM-003']);
    expect(logged.map((r) => r[1])).toEqual([LUCIA.email, LUCIA.email, LUCIA.email]);
    for (const r of logged) expect(String(r[4])).not.toMatch(/Bonjour|Olá|Hello|@/);
    expect(result.quotaLeft).toBe(97);
  });

  it('sends nothing the second time the same day, whoever runs it', () => {
    const w = remindersWorkbook();
    ok(w.send());
    const again = ok(w.send());
    expect(again.sent).toEqual([]);
    expect(again.skipped).toEqual(expect.arrayContaining(TODAY_LATE.map((memberId) => ({ memberId, reason: 'alreadySent' }))));
    w.tab('Membres').getRange('H4').setValue('coordinateur');
    w.as(JEAN);
    expect(ok(w.send()).sent).toEqual([]);
    expect(w.emulator.mail.outbox).toHaveLength(3);
  });

  it('when the quota is short, sends to those who owe the most, then the earliest registered, and reports the rest', () => {
    const w = remindersWorkbook();
    w.emulator.mail.setDailyQuota(LUCIA.email, 2);
    const dry = ok(w.dryRun());
    expect(dry.quotaLeft).toBe(2);
    expect(dry.skipped).toContainEqual({ memberId: 'MEM-003', reason: 'quota' });
    const result = ok(w.send());
    expect(result.sent.map((s) => s.memberId)).toEqual(['MEM-004', 'MEM-002']);
    expect(result.skipped).toContainEqual({ memberId: 'MEM-003', reason: 'quota' });
    expect(result.quotaLeft).toBe(0);
    expect(w.emulator.mail.outbox).toHaveLength(2);
  });

  it('under a small quota, reminds every late member once before anyone twice, day after day', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-03-02T12:00:00Z'));
      const w = remindersWorkbook();
      w.emulator.mail.setDailyQuota(LUCIA.email, 2);
      const day = () => {
        const result = ok(w.send());
        vi.setSystemTime(new Date(Date.now() + 24 * 60 * 60 * 1000));
        return result.sent.map((s) => s.memberId);
      };
      // Late: Amy and Ana owe both (Amy registered first), Jean a pledge.
      expect(day()).toEqual(['MEM-004', 'MEM-002']);
      expect(day()).toEqual(['MEM-003', 'MEM-004']);
      expect(day()).toEqual(['MEM-002', 'MEM-003']);
      // The dry run follows the same turn.
      expect(ok(w.dryRun()).sent.map((s) => s.memberId)).toEqual(['MEM-004', 'MEM-002']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('emails no late member who has not accepted the privacy notice in force, and says why', () => {
    const w = remindersWorkbook();
    w.tab('Membres').getRange('L3').setValue(''); // Ana never accepted it
    const result = ok(w.send());
    expect(result.sent.map((s) => s.memberId)).toEqual(['MEM-004', 'MEM-003']);
    expect(result.skipped).toContainEqual({ memberId: 'MEM-002', reason: 'noNotice' });
    expect(w.emulator.mail.outbox.map((m) => m.to[0])).not.toContain('ana@example.org');
  });

  it('escapes a name typed as markup or as a formula: nothing from a cell becomes HTML', () => {
    const w = remindersWorkbook();
    ok(w.send());
    const [amy, ana] = w.emulator.mail.outbox;
    expect(ana?.htmlBody).toContain('&#60;b&#62;Ana&#60;/b&#62;');
    expect(ana?.htmlBody).not.toContain('<b>');
    expect(ana?.body).toContain('Olá, <b>Ana</b>!');
    expect(amy?.htmlBody).toContain('=HYPERLINK(&#34;http://evil.example&#34;,&#34;Amy&#34;)');
    expect(amy?.htmlBody).not.toContain('href="http://evil.example"');
    expect(amy?.htmlBody).toContain(`<a href="${w.ss.getUrl()}">`);
  });

  it('two coordinators sending at once: the lock lets one through, and the other sends nobody twice', () => {
    const w = remindersWorkbook();
    w.tab('Membres').getRange('H4').setValue('coordinateur');
    w.emulator.locks.interleaveOnNextWait(() => {
      w.as(JEAN);
      ok(w.send());
      w.as(LUCIA);
    });
    const lucia = ok(w.send());
    expect(lucia.sent).toEqual([]);
    expect(w.emulator.mail.outbox).toHaveLength(3);
    expect(new Set(w.emulator.mail.outbox.map((m) => m.to[0])).size).toBe(3);
    expect(w.emulator.mail.outbox.every((m) => m.replyTo === JEAN.email)).toBe(true);
  });

  it('a member whose email MailApp fails to send is skipped and logged, and the others still get theirs', () => {
    const w = remindersWorkbook();
    const mail = w.google.MailApp;
    const send = mail.sendEmail.bind(mail) as (...args: unknown[]) => void;
    // A refusal MailApp's reference does not list, such as a transient service error.
    vi.spyOn(mail, 'sendEmail').mockImplementation(((...args: unknown[]) => {
      if (args[0] === 'ana@example.org') throw new Error('Service unavailable: Gmail');
      send(...args);
    }) as typeof mail.sendEmail);
    const result = ok(w.send());
    expect(result.skipped).toContainEqual({ memberId: 'MEM-002', reason: 'refused' });
    expect(result.sent.map((s) => s.memberId)).toEqual(['MEM-004', 'MEM-003']);
    expect(w.logRows().some((r) => r[2] === 'reminder.refused' && r[3] === 'MEM-002')).toBe(true);
  });

  it('is refused once the deadline has passed', () => {
    const w = remindersWorkbook();
    w.tab('Paramètres').getRange('B4').setValue('2020-01-01');
    const result = w.send();
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain('já passou');
  });
});
