import { describe, expect, it } from 'vitest';
import { eraseMember } from '../../src/server/privacy';
import { refreshProgress } from '../../src/server/progress';
import { getSidebarState } from '../../src/server/sidebar';
import { submitProposal, submitResource } from '../../src/server/submissions';
import { JEAN, LUCIA, MARINA, calendarWorkbook } from './calendar-fixture';

/** A group where Jean proposed and pledged money, and everything is counted once. */
function groupWithJean() {
  const wb = calendarWorkbook();
  wb.as(JEAN);
  expect(submitProposal(wb.google, { title: 'Échanges de jeunes', objectiveId: 'O3' }).ok).toBe(true);
  expect(submitResource(wb.google, { kind: 'financial', category: 'funding', amount: 1500, currency: 'EUR', availability: 'available' }).ok).toBe(true);
  wb.as(MARINA);
  expect(submitResource(wb.google, { kind: 'in-kind', category: 'venue', description: 'Salle', availability: 'available' }).ok).toBe(true);
  wb.as(LUCIA);
  return wb;
}

/** The Dashboard's proposals and pledges blocks (by status, money by hub, in kind), as a coordinator reads them. */
function contributionTotals(wb: ReturnType<typeof calendarWorkbook>): unknown[][] {
  const rows = wb.ss.getSheetByName('Tableau de bord')?.getDataRange().getValues() ?? [];
  const from = rows.findIndex((r) => r[0] === 'Propositions par statut');
  const to = rows.findIndex((r) => String(r[0]).startsWith('Membres qui n’ont'));
  expect(to).toBeGreaterThan(from + 10);
  return rows.slice(from, to);
}

describe('after an erasure', () => {
  it('leaves the group’s progress and the Dashboard’s proposal and pledge totals where they were', () => {
    const wb = groupWithJean();
    const before = refreshProgress(wb.google);
    const totals = contributionTotals(wb);
    expect(eraseMember(wb.google, { memberId: 'MEM-003' })).toEqual({ ok: true });
    const after = refreshProgress(wb.google);
    expect(after).toEqual(before);
    expect(contributionTotals(wb)).toEqual(totals);
    // The late list leaves them out: they are no one to remind.
    const state = getSidebarState(wb.google);
    if (!state.ok) throw new Error(state.errors[0]?.message);
    expect(JSON.stringify(state.late)).not.toContain('MEM-003');
  });

  it('leaves them out of invitations at the next sync, and out of every later event', () => {
    const wb = groupWithJean();
    wb.schedule({ title: 'Plénière', audience: 'all' });
    wb.schedule({ title: 'Nantes', audience: 'Nantes hub' });
    wb.sync();
    expect(wb.events().find((e) => e.title === 'Plénière')?.guests.sort()).toEqual([JEAN.email, LUCIA.email, MARINA.email]);
    wb.as(JEAN);
    expect(eraseMember(wb.google, { memberId: 'MEM-003' })).toEqual({ ok: true });
    wb.as(LUCIA);
    wb.sync();
    expect(wb.events().find((e) => e.title === 'Plénière')?.guests.sort()).toEqual([LUCIA.email, MARINA.email]);
    expect(wb.events().find((e) => e.title === 'Nantes')?.guests).toEqual([]);
    wb.schedule({ title: 'Après', audience: 'all' });
    wb.sync();
    expect(wb.events().find((e) => e.title === 'Après')?.guests.sort()).toEqual([LUCIA.email, MARINA.email]);
    expect(JSON.stringify(wb.events())).not.toContain(JEAN.email);
  });
});
