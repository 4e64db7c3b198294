import { expect } from 'vitest';
import { addDays, todayIn } from '../../src/domain/time';
import { openPoll } from '../../src/server/polls';
import { setEmailPreference, setMemberLanguage } from '../../src/server/privacy';
import { submitMember } from '../../src/server/submissions';
import { JEAN, LUCIA, MARINA, groupWorkbook } from './submit-fixture';

export const CLAIRE = { email: 'claire.dubois@example.org', locale: 'en' };

/** The n-th weekday (Mon–Fri) at least `days` days from today in Recife: a date both cities work. */
export function workday(days: number, n = 0): string {
  let date = addDays(todayIn('America/Recife', new Date()), days);
  let found = -1;
  for (;;) {
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 5 && ++found === n) return date;
    date = addDays(date, 1);
  }
}

/**
 * Lúcia (coordinator, Recife, pt-BR), Marina (member, Recife, pt-BR, emails yes), Jean
 * (member, Nantes, fr, emails yes) and Claire (member, Nantes, en, emails no), in a French workbook.
 */
export function pollGroup() {
  const wb = groupWorkbook();
  wb.as(MARINA);
  expect(setEmailPreference(wb.google, { emails: true }).ok).toBe(true);
  expect(setMemberLanguage(wb.google, { language: 'pt-BR' }).ok).toBe(true);
  wb.as(JEAN);
  expect(submitMember(wb.google, { name: 'Jean Moreau', city: 'Nantes', country: 'FR', hub: 'Nantes', consent: true, emails: true, language: 'fr' }).ok).toBe(true);
  wb.as(CLAIRE);
  expect(submitMember(wb.google, { name: 'Claire Dubois', city: 'Nantes', country: 'FR', hub: 'Nantes', consent: true, emails: false, language: 'en' }).ok).toBe(true);
  wb.as(LUCIA);
  return wb;
}

/** Recife 10:00 on three working days three weeks ahead: 14:00 or 15:00 in Nantes. */
export function options() {
  return [0, 1, 2].map((n) => ({ date: workday(21, n), startTime: '10:00' }));
}

export function openedPoll(extra: Record<string, unknown> = {}) {
  const wb = pollGroup();
  const opened = openPoll(wb.google, { title: 'Plenária de março', durationMinutes: 60, timeZone: 'America/Recife', options: options(), closes: workday(14), ...extra });
  if (!opened.ok) throw new Error(opened.errors[0]?.message);
  return { ...wb, pollId: opened.id, lines: options().map((o) => `${o.date} ${o.startTime}`) };
}

export { JEAN, LUCIA, MARINA };
