import { describe, expect, it } from 'vitest';
import { Emulator, type EmulatedUser } from '../../emulator';
import { exportCalendarIcs, syncCalendar } from '../../src/server/calendar';
import type { GoogleServices } from '../../src/server/services';
import { setupWorkbook } from '../../src/server/setup';
import { getSidebarState, showSidebar } from '../../src/server/sidebar';
import { submitMeeting, submitMember, submitProposal, submitResource } from '../../src/server/submissions';
import { validateAll } from '../../src/server/validation';
import { refreshProgress } from '../../src/server/progress';
import { onOpen } from '../../src/server/menu';
import { MEMBER_SCOPES, SCOPES_FOR } from '../../src/script';
import { JEAN, LUCIA, MARINA } from './fixture';

/**
 * Granular consent (PRODUCT.md §1): people may grant only some of the scopes the manifest asks
 * for. Members need only the spreadsheet, the UI and their email; Calendar is asked for by the
 * coordinator action that uses it, when it runs, in the caller's language.
 */
const onlyMemberScopes = (user: EmulatedUser): EmulatedUser => ({ ...user, grantedScopes: [...MEMBER_SCOPES] });
const withoutCalendar = (user: EmulatedUser): EmulatedUser => ({ ...user, grantedScopes: [...MEMBER_SCOPES, ...SCOPES_FOR.reminders] });

function workbook() {
  const emulator = new Emulator({
    user: LUCIA,
    spreadsheet: { name: 'Mutirão', locale: 'fr_FR', timeZone: 'America/Recife' },
    files: { 'Sidebar-pt-BR': '<!DOCTYPE html><title>sidebar</title>', 'Sidebar-fr': '<!DOCTYPE html><title>panneau</title>' },
  });
  const google: GoogleServices = emulator.services;
  const user = (u: EmulatedUser) => (emulator.user = u);
  return { emulator, google, user };
}

const messageOf = (result: { ok: boolean; errors?: { message: string }[] }) => (result.ok ? '' : (result.errors ?? []).map((e) => e.message).join(' '));

describe('a member who granted only the spreadsheet, the UI and their email', () => {
  it('opens the menu and the sidebar, registers, proposes, pledges, checks the sheet, refreshes and exports the meetings', () => {
    const { emulator, google, user } = workbook();
    setupWorkbook(google);
    user(onlyMemberScopes(MARINA));
    const run = <T>(fn: () => T): T => emulator.run({ kind: 'user', authMode: 'FULL' }, fn);

    run(() => onOpen(google));
    run(() => showSidebar(google));
    expect(emulator.ui.sidebar?.html).toContain('sidebar');
    expect(run(() => submitMember(google, { name: 'Marina Souza', city: 'Recife', country: 'BR', hub: 'Recife', consent: true }))).toEqual({ ok: true, id: 'MEM-002' });
    const state = run(() => getSidebarState(google));
    expect(state.ok && state.user.role).toBe('member');
    expect(run(() => submitProposal(google, { title: 'Feira solidária', description: 'Uma feira', objectiveId: 'O3', resourcesNeeded: '' }))).toEqual({ ok: true, id: 'PRO-001' });
    expect(run(() => submitResource(google, { kind: 'financial', category: 'funding', amount: '1234,50', currency: 'BRL', availability: 'available' }))).toEqual({ ok: true, id: 'RES-001' });
    expect(run(() => validateAll(google)).ok).toBe(true);
    expect('objectives' in run(() => refreshProgress(google))).toBe(true);
    expect(run(() => exportCalendarIcs(google)).ok).toBe(true);
    expect(emulator.consentPrompts).toEqual([]);
  });
});

describe('a coordinator who declined Calendar', () => {
  it('is told, in French, what to grant and why when running Sync calendar, and syncs once they granted it', () => {
    const { emulator, google, user } = workbook();
    user(JEAN);
    setupWorkbook(google);
    const meeting = submitMeeting(google, { title: 'Réunion de lancement', date: '2027-03-10', startTime: '14:00', durationMinutes: 60, timeZone: 'Europe/Paris', location: '', audience: 'all', agenda: '' });
    expect(meeting.ok).toBe(true);
    user(withoutCalendar(JEAN));

    const refused = syncCalendar(google);
    expect(messageOf(refused)).toMatch(/^La synchronisation de l.agenda nécessite un accès à Google Agenda.*https:\/\//);
    expect(emulator.calendar.events()).toEqual([]);
    // The coordinator's other tools still work.
    expect(submitMeeting(google, { title: 'Suivi', date: '2027-03-17', startTime: '14:00', durationMinutes: 60, timeZone: 'Europe/Paris', location: '', audience: 'all', agenda: '' }).ok).toBe(true);

    emulator.grantScopes(...SCOPES_FOR.calendar);
    const synced = syncCalendar(google);
    expect(synced.ok && synced.created).toBe(2);
    expect(emulator.calendar.events()).toHaveLength(2);
  });
});
