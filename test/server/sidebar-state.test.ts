import { describe, expect, it } from 'vitest';
import { setupWorkbook } from '../../src/server/setup';
import { getSidebarState } from '../../src/server/sidebar';
import type { SidebarState } from '../../src/contract/sidebar-state';
import { addDays, isoDateToDateCell, todayIn } from '../../src/domain/time';
import { JEAN, LUCIA, MARINA, newWorkbook } from './fixture';

function state(google: Parameters<typeof getSidebarState>[0]): SidebarState {
  const result = getSidebarState(google);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result;
}

function setUpWorkbook() {
  const fixture = newWorkbook({ locale: 'fr_FR', user: LUCIA });
  setupWorkbook(fixture.google);
  fixture.ss.getSheetByName('Membres')?.getRange(3, 1, 1, 10).setValues([
    ['MEM-002', 'Marina Souza', 'Marina.Souza@example.org', 'Cooperativa', 'Recife', 'BR', 'Recife', 'membre', 'actif', new Date()],
  ]);
  return fixture;
}

describe('getSidebarState', () => {
  it('tells a coordinator who they are, in their own language', () => {
    const { google } = setUpWorkbook();
    expect(state(google)).toMatchObject({
      locale: 'pt-BR',
      ready: true,
      user: { email: LUCIA.email, memberId: 'MEM-001', name: 'lucia.almeida', role: 'coordinator' },
    });
  });

  it('finds a member by email whatever its case', () => {
    const { google, emulator } = setUpWorkbook();
    emulator.user = MARINA;
    expect(state(google).user).toEqual({ email: MARINA.email, memberId: 'MEM-002', name: 'Marina Souza', role: 'member', hub: 'Recife' });
  });

  it('treats someone not in Members as a guest', () => {
    const { google, emulator } = setUpWorkbook();
    emulator.user = JEAN;
    expect(state(google).user).toEqual({ email: JEAN.email, memberId: null, name: null, role: 'guest', hub: null });
  });

  it('treats an inactive member as a guest', () => {
    const { google, emulator, ss } = setUpWorkbook();
    ss.getSheetByName('Membres')?.getRange(3, 9).setValue('inactif');
    emulator.user = MARINA;
    expect(state(google).user.role).toBe('guest');
  });

  it('counts the days left to the submission deadline in the spreadsheet’s time zone', () => {
    const { google, ss } = setUpWorkbook();
    const today = todayIn('America/Recife', new Date());
    expect(state(google).deadline).toEqual({ date: addDays(today, 15), daysLeft: 15 });
    ss.getSheetByName('Paramètres')?.getRange(4, 2).setValue(isoDateToDateCell(addDays(today, -2), 'America/Recife'));
    expect(state(google).deadline.daysLeft).toBe(-2);
  });

  it('gives the workshop objectives in the caller’s language, with progress and priority', () => {
    const { google } = setUpWorkbook();
    const objectives = state(google).objectives;
    expect(objectives.map((o) => o.id)).toEqual(['O1', 'O2', 'O3', 'O4', 'O5']);
    expect(objectives[1]).toEqual({ id: 'O2', title: 'Constituir um grupo de trabalho permanente', progress: 1, status: 'achieved', priority: false });
    expect(objectives[2]).toMatchObject({ progress: 0, status: 'not started', priority: true });
  });

  it('keeps an objective’s text as a coordinator rewrote it', () => {
    const { google, ss } = setUpWorkbook();
    ss.getSheetByName('Objectifs')?.getRange(4, 2).setValue('Prioriser cinq actions avant mars');
    expect(state(google).objectives[2]?.title).toBe('Prioriser cinq actions avant mars');
  });

  it('answers in a workbook not yet set up, saying so', () => {
    const { google } = newWorkbook({ user: MARINA });
    expect(state(google)).toMatchObject({ ready: false, objectives: [], user: { role: 'guest' } });
  });

  it('reads each tab it needs with one getValues call', () => {
    const { google, emulator } = setUpWorkbook();
    emulator.meter.reset();
    state(google);
    // Members, Settings, Objectives, and Proposals, Resources, Meetings and Milestones for the progress.
    expect(emulator.meter.count('Range.getValues')).toBe(7);
  });

  it('starts the meeting form from Settings and the coordinator’s hub', () => {
    const { google } = setUpWorkbook();
    expect(state(google).defaults).toEqual({
      durationMinutes: 90,
      timeZone: 'America/Recife',
      working: { start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] },
    });
  });
});
