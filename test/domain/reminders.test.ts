import { describe, expect, it } from 'vitest';
import type { Member } from '../../src/domain/records';
import { planReminders, reminderDue } from '../../src/domain/reminders';
import { longDate, renderReminder } from '../../src/server/emails/render';

const member = (id: string, joined: string, row: number, extra: Partial<Member> = {}): Member => ({
  row, id, name: id, email: `${id.toLowerCase()}@example.org`, city: 'Recife', country: 'BR', role: 'member', hub: 'Recife', status: 'active', active: true, erased: false,
  joined, language: undefined, consent: '2026-01-01', emails: true, organization: '', ...extra,
});

describe('planReminders', () => {
  it('fills the quota with those who owe both first, then the earliest registered, then the sheet’s order', () => {
    const members = [member('MEM-1', '2026-03-01', 2), member('MEM-2', '2026-01-01', 3), member('MEM-3', '', 4), member('MEM-4', '2026-02-01', 5)];
    const late = [
      { id: 'MEM-1', name: 'a', missing: ['proposal', 'pledge'] as const },
      { id: 'MEM-2', name: 'b', missing: ['pledge'] as const },
      { id: 'MEM-3', name: 'c', missing: ['proposal', 'pledge'] as const },
      { id: 'MEM-4', name: 'd', missing: ['proposal'] as const },
    ];
    const plan = planReminders({ late, members, remindedToday: new Set(), quota: 3, fallbackLanguage: 'fr', noticeVersion: '2026-01-01' });
    expect(plan.send.map((r) => [r.memberId, r.kind, r.language])).toEqual([['MEM-1', 'both', 'fr'], ['MEM-3', 'both', 'fr'], ['MEM-2', 'pledge', 'fr']]);
    expect(plan.skipped).toEqual([{ memberId: 'MEM-4', reason: 'quota' }]);
  });

  it('sends nobody when the quota is used up, and nobody reminded today', () => {
    const members = [member('MEM-1', '2026-01-01', 2)];
    const late = [{ id: 'MEM-1', name: 'a', missing: ['pledge'] as const }];
    expect(planReminders({ late, members, remindedToday: new Set(), quota: 0, fallbackLanguage: 'en', noticeVersion: '2026-01-01' }).skipped).toEqual([{ memberId: 'MEM-1', reason: 'quota' }]);
    expect(planReminders({ late, members, remindedToday: new Set(['MEM-1']), quota: 5, fallbackLanguage: 'en', noticeVersion: '2026-01-01' }).skipped).toEqual([{ memberId: 'MEM-1', reason: 'alreadySent' }]);
  });
});

describe('planReminders and the privacy notice', () => {
  it('emails nobody who has not accepted the notice in force: never accepted, or an older version', () => {
    const members = [member('MEM-1', '2026-01-01', 2, { consent: '' }), member('MEM-2', '2026-01-01', 3, { consent: '2026-02-01' }), member('MEM-3', '2026-01-01', 4, { consent: '2026-03-01' })];
    const late = members.map((m) => ({ id: m.id, name: m.name, missing: ['pledge'] as const }));
    const plan = planReminders({ late, members, remindedToday: new Set(), quota: 10, fallbackLanguage: 'fr', noticeVersion: '2026-03-01' });
    expect(plan.send.map((r) => r.memberId)).toEqual(['MEM-3']);
    expect(plan.skipped).toEqual([{ memberId: 'MEM-1', reason: 'noNotice' }, { memberId: 'MEM-2', reason: 'noNotice' }]);
  });
});

describe('reminderDue', () => {
  it('is due on the days Settings names, never after the deadline', () => {
    expect(reminderDue(5, [5, 1])).toBe(true);
    expect(reminderDue(4, [5, 1])).toBe(false);
    expect(reminderDue(-1, [5, 1, -1])).toBe(false);
  });
});

describe('the reminder email', () => {
  it('writes the deadline the member’s way and the last day in words', () => {
    expect(longDate('2027-03-15', 'fr')).toBe('15 mars 2027');
    expect(longDate('2027-03-15', 'pt-BR')).toBe('15 de março de 2027');
    // British style for English readers, whatever the browser or server: weekday, day, month, year, no comma.
    expect(longDate('2027-03-15', 'en')).toBe('Mon 15 Mar 2027');
    const email = renderReminder({ locale: 'pt-BR', name: 'Ana', kind: 'proposal', deadline: '2027-03-15', days: 0, objectives: [], link: 'https://docs.google.com/spreadsheets/d/x/edit' });
    expect(email.subject).toBe('Hoje é o último dia para enviar sua proposta de ação');
    expect(email.body).toContain('Prazo: 15 de março de 2027 (hoje).');
    expect(email.body).not.toContain('Objetivos que ainda precisam');
    expect(email.htmlBody).toContain('<a href="https://docs.google.com/spreadsheets/d/x/edit">');
    const english = renderReminder({ locale: 'en', name: 'Kim', kind: 'pledge', deadline: '2027-03-15', days: 1, objectives: [], link: 'https://docs.google.com/spreadsheets/d/x/edit' });
    expect(english.body).toContain('Deadline: Mon 15 Mar 2027 (tomorrow).');
  });
});
