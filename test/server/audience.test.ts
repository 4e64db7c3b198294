import { describe, expect, it } from 'vitest';
import { getSidebarState } from '../../src/server/sidebar';
import { JEAN, LUCIA, MARINA, calendarWorkbook } from './calendar-fixture';

/** Four planned meetings, one per audience, scheduled by Lúcia (coordinator, Recife). */
function meetings() {
  const wb = calendarWorkbook();
  wb.schedule({ title: 'Plénière', audience: 'all' });
  wb.schedule({ title: 'Coordination', audience: 'coordinators' });
  wb.schedule({ title: 'Pôle Recife', audience: 'Recife hub' });
  wb.schedule({ title: 'Pôle Nantes', audience: 'Nantes hub' });
  const sidebar = () => {
    const state = getSidebarState(wb.google);
    if (!state.ok) throw new Error(state.errors[0]?.message);
    return (state.meetings ?? []).map((m) => m.title).sort();
  };
  const ics = () => {
    const result = wb.exportIcs();
    if (!result.ok) throw new Error(result.errors[0]?.message);
    return [...result.ics.matchAll(/^SUMMARY:(.*)$/gm)].map((m) => m[1]).sort();
  };
  return { ...wb, sidebar, ics };
}

describe('what each person is shown follows role and audience', () => {
  it('shows a coordinator every meeting, in the sidebar and in the .ics file', () => {
    const wb = meetings();
    wb.as(LUCIA);
    const all = ['Coordination', 'Plénière', 'Pôle Nantes', 'Pôle Recife'];
    expect(wb.sidebar()).toEqual(all);
    expect(wb.ics()).toEqual(all);
  });

  it('keeps a coordinators-only meeting and the other hub’s out of a member’s sidebar and .ics file', () => {
    const wb = meetings();
    wb.as(MARINA);
    expect(wb.sidebar()).toEqual(['Plénière', 'Pôle Recife']);
    expect(wb.ics()).toEqual(['Plénière', 'Pôle Recife']);
    wb.as(JEAN);
    expect(wb.sidebar()).toEqual(['Plénière', 'Pôle Nantes']);
    expect(wb.ics()).toEqual(['Plénière', 'Pôle Nantes']);
  });

  it('shows someone not registered only the meetings for everyone', () => {
    const wb = meetings();
    wb.as({ email: 'visiteur@example.org', locale: 'fr' });
    expect(wb.sidebar()).toEqual(['Plénière']);
    expect(wb.ics()).toEqual(['Plénière']);
  });
});
