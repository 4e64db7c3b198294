import { Emulator } from '../../emulator/index';
import { MANIFEST_SCOPES } from '../../emulator/scopes';

export const coordinator = { email: 'coord@example.org', locale: 'fr' };
export const other = { email: 'other@example.org', locale: 'pt-BR' };
export const GROUP = 'wg@group.calendar.google.com';

export type Event = GoogleAppsScript.Calendar.Schema.Event;

/** A manifest that also declares the full Calendar scope, for methods the project's manifest cannot reach (CalendarList.list). */
export const FULL_CALENDAR_MANIFEST = [...MANIFEST_SCOPES, 'https://www.googleapis.com/auth/calendar'];

/** An emulator whose clock stands still unless a test moves it; the project's manifest unless `oauthScopes` says otherwise. */
export function setup(oauthScopes?: readonly string[]): { em: Emulator; api: GoogleAppsScript.Calendar } {
  const em = new Emulator({ user: coordinator, now: () => new Date('2026-05-01T09:00:00Z'), ...(oauthScopes ? { oauthScopes } : {}) });
  return { em, api: em.services.Calendar };
}

/** A meeting as syncCalendar would insert it. */
export function meeting(overrides: Event = {}): Event {
  return {
    summary: 'Réunion',
    description: 'Ordre du jour',
    location: 'Nantes',
    start: { dateTime: '2026-06-10T15:00:00+02:00', timeZone: 'Europe/Paris' },
    end: { dateTime: '2026-06-10T16:30:00+02:00', timeZone: 'Europe/Paris' },
    attendees: [{ email: 'a@example.org' }, { email: 'b@example.org' }],
    extendedProperties: { private: { spreadsheetId: 'sheet-1', meetingId: 'MTG-001' } },
    ...overrides,
  };
}

/** What a failed call throws, as the script sees it: String(error). */
export function failure(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return String(error);
  }
  throw new Error('expected the call to fail');
}
