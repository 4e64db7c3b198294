import { describe, expect, it } from 'vitest';
import { readBuiltProject } from '../../emulator/built';
import { loadProject } from '../../emulator/project';
import { addDays, todayIn } from '../../src/domain/time';
import { answerPoll, openPoll } from '../../src/server/polls';
import { longDate } from '../../src/server/emails/render';
import { confirmConsent, eraseMember, setEmailPreference } from '../../src/server/privacy';
import { sendReminders, setReminderSchedule } from '../../src/server/reminders';
import { submitMember } from '../../src/server/submissions';
import { rowsOf } from './submit-fixture';
import { CLAIRE, JEAN, LUCIA, MARINA, options, pollGroup } from './poll-fixture';

const AMY = { email: 'amy@example.org', locale: 'en' };
const PAULO = { email: 'paulo@example.org', locale: 'pt-BR' };
const ZOE = { email: 'zoe@example.org', locale: 'fr' };
const day = (days: number) => addDays(todayIn('America/Recife', new Date()), days);

type Result = ReturnType<typeof sendReminders>;
const ok = (result: Result) => {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
};

/**
 * The poll group (Lúcia coordinator, Marina pt-BR yes, Jean fr yes, Claire en no), plus Amy (en,
 * yes), Paulo (pt-BR, yes, then inactive) and Zoé (fr, yes, then erased); the submission deadline
 * is past, so only poll reminders can go. Jean has answered the poll, which closes tomorrow.
 */
function dueGroup(closes = day(1)) {
  const wb = pollGroup();
  for (const [user, name, language] of [[AMY, 'Amy Lee', 'en'], [PAULO, 'Paulo', 'pt-BR'], [ZOE, 'Zoé', 'fr']] as const) {
    wb.as(user);
    expect(submitMember(wb.google, { name, city: 'Nantes', country: 'FR', hub: 'Nantes', consent: true, emails: true, language }).ok).toBe(true);
  }
  wb.as(ZOE);
  expect(eraseMember(wb.google, { memberId: 'MEM-007' }).ok).toBe(true);
  wb.as(LUCIA);
  const members = wb.ss.getSheetByName('Membres');
  const paulo = (members?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === 'MEM-006');
  members?.getRange(paulo + 1, 9).setValue('inactif');
  wb.ss.getSheetByName('Paramètres')?.getRange('B4').setValue(day(-1));
  const opened = openPoll(wb.google, { title: 'Plenária de março', timeZone: 'America/Recife', options: options(), closes });
  if (!opened.ok) throw new Error(opened.errors[0]?.message);
  wb.as(JEAN);
  expect(answerPoll(wb.google, { pollId: opened.id, answers: [{ option: `${options()[0]?.date} 10:00`, answer: 'yes' }] }).ok).toBe(true);
  wb.as(LUCIA);
  wb.emulator.mail.outbox.length = 0;
  return {
    ...wb,
    pollId: opened.id,
    dryRun: () => ok(sendReminders(wb.google, { dryRun: true })),
    send: () => ok(sendReminders(wb.google, { dryRun: false })),
    log: () => rowsOf(wb.ss, 'Journal').map((r) => r.slice(2, 5).join(' | ')).filter((line) => line.startsWith('poll.reminded')),
  };
}

describe('poll reminders', () => {
  it('a dry run lists who would get one, in their language, with an example each, and sends nothing, even after the submission deadline', () => {
    const wb = dueGroup();
    const result = wb.dryRun();
    expect(result.sent).toEqual([]);
    expect(result.polls.sent.map((s) => [s.pollId, s.memberId, s.language])).toEqual([['POL-001', 'MEM-002', 'pt-BR'], ['POL-001', 'MEM-005', 'en']]);
    expect(result.polls.skipped).toContainEqual({ pollId: 'POL-001', memberId: 'MEM-004', reason: 'noEmails' });
    expect(result.examples.map((e) => e.language)).toEqual(['pt-BR', 'en']);
    expect(wb.emulator.mail.outbox).toEqual([]);
  });

  it('emails each member of the audience who said yes and has not answered once, in their language, and logs each without its body; a rerun sends nothing', () => {
    const wb = dueGroup();
    const result = wb.send();
    expect(result.polls.sent.map((s) => s.memberId)).toEqual(['MEM-002', 'MEM-005']);
    const mail = wb.emulator.mail.outbox;
    expect(mail.map((m) => m.to[0])).toEqual([MARINA.email, AMY.email]);
    // Jean answered, Claire said no to emails, Paulo is inactive, Zoé erased: none of them gets one.
    expect(mail.map((m) => m.to[0])).not.toContain(JEAN.email);
    expect(mail.map((m) => m.to[0])).not.toContain(CLAIRE.email);
    expect(mail[0]?.subject).toBe(`A enquete “Plenária de março” fecha em ${longDate(day(1), 'pt-BR')}`);
    expect(mail[0]?.body).toContain('Você ainda não respondeu à enquete “Plenária de março”');
    expect(mail[0]?.body).toContain(wb.ss.getUrl());
    expect(mail[0]?.body).toContain('Para não receber mais');
    expect(mail[1]?.subject).toBe(`The poll “Plenária de março” closes on ${longDate(day(1), 'en')}`);
    expect(mail[1]?.body).toContain('To stop them');
    expect(wb.log()).toEqual(['poll.reminded | POL-001 | MEM-002, pt-BR', 'poll.reminded | POL-001 | MEM-005, en']);
    const again = wb.send();
    expect(again.polls.sent).toEqual([]);
    expect(again.polls.skipped).toContainEqual({ pollId: 'POL-001', memberId: 'MEM-002', reason: 'alreadySent' });
    expect(wb.emulator.mail.outbox).toHaveLength(2);
    expect(wb.log()).toHaveLength(2);
  });

  it('within the day’s quota: those left out are reported, and get theirs on the next run', () => {
    const wb = dueGroup();
    wb.emulator.mail.setDailyQuota(LUCIA.email, 1);
    expect(wb.dryRun().polls.skipped).toContainEqual({ pollId: 'POL-001', memberId: 'MEM-005', reason: 'quota' });
    const result = wb.send();
    expect(result.polls.sent.map((s) => s.memberId)).toEqual(['MEM-002']);
    expect(result.polls.skipped).toContainEqual({ pollId: 'POL-001', memberId: 'MEM-005', reason: 'quota' });
    expect(wb.emulator.mail.outbox).toHaveLength(1);
    wb.emulator.mail.setDailyQuota(LUCIA.email, 10);
    expect(wb.send().polls.sent.map((s) => s.memberId)).toEqual(['MEM-005']);
    expect(wb.emulator.mail.outbox.map((m) => m.to[0])).toEqual([MARINA.email, AMY.email]);
  });

  it('a poll closing today still gets its one reminder; one closing in three days, none yet', () => {
    expect(dueGroup(day(0)).send().polls.sent).toHaveLength(2);
    const later = dueGroup(day(3));
    expect(later.send).toThrow(/O prazo de envio/);
    expect(later.emulator.mail.outbox).toEqual([]);
  });

  it('a coordinators-only poll reaches coordinators only, once they accepted the privacy notice', () => {
    const wb = dueGroup(day(5));
    expect(setEmailPreference(wb.google, { emails: true }).ok).toBe(true);
    expect(openPoll(wb.google, { title: 'Coordenação', audience: 'coordinators', options: options(), closes: day(1) }).ok).toBe(true);
    // Lúcia set the workbook up and has not accepted the notice yet: listed, not emailed.
    expect(wb.send().polls).toEqual({ sent: [], skipped: [{ pollId: 'POL-002', memberId: 'MEM-001', reason: 'noNotice' }] });
    expect(confirmConsent(wb.google).ok).toBe(true);
    const result = wb.send();
    expect(result.polls.sent.map((s) => [s.pollId, s.memberId])).toEqual([['POL-002', 'MEM-001']]);
    expect(wb.emulator.mail.outbox.map((m) => m.to[0])).toEqual([LUCIA.email]);
  });
});

// `npm test` builds first (pretest): the trigger runs the global of dist/Code.js, as Apps Script would.
const built = readBuiltProject(new URL('../../dist/', import.meta.url));

describe('poll reminders on the daily scheduled run', () => {
  it('go without a coordinator, on a day that is no Reminder day, once', () => {
    const wb = dueGroup();
    const project = loadProject(wb.emulator, built.code, built.files);
    wb.ss.getSheetByName('Paramètres')?.getRange('B13').setValue('3');
    expect(setReminderSchedule(wb.google, { on: true }).ok).toBe(true);
    wb.as(JEAN);
    const morning = new Date(Date.now() + 60 * 60 * 1000 * 24);
    const fired = project.runDueTriggers(morning);
    expect(fired.map((f) => [f.handler, f.owner, f.error])).toEqual([['runScheduledReminders', LUCIA.email, undefined]]);
    expect(wb.emulator.mail.outbox.map((m) => [m.to[0], m.from])).toEqual([[MARINA.email, LUCIA.email], [AMY.email, LUCIA.email]]);
    project.runDueTriggers(new Date(morning.getTime() + 60 * 60 * 1000));
    expect(wb.emulator.mail.outbox).toHaveLength(2);
    expect(wb.log()).toHaveLength(2);
  });
});
