import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CALENDAR_API_METHODS, CALENDAR_DISCOVERY, DISCOVERY_REVISION } from '../../emulator/calendar-discovery';
import { Emulator } from '../../emulator/index';
import { MANIFEST_SCOPES } from '../../emulator/scopes';
import { coordinator, failure, meeting, setup } from './calendar-api-env';

const AUTH = 'https://www.googleapis.com/auth/';
const INSUFFICIENT = 'failed with error: Request had insufficient authentication scopes.';

describe("Google's discovery document for Calendar v3", () => {
  test('is kept verbatim with its revision recorded beside it', () => {
    const readme = readFileSync(new URL('../../emulator/discovery/README.md', import.meta.url), 'utf8');
    expect(CALENDAR_DISCOVERY).toMatchObject({ id: 'calendar:v3', kind: 'discovery#restDescription' });
    expect(readme).toContain(`revision ${DISCOVERY_REVISION}`);
  });

  test('gives each method its scopes, exactly', () => {
    expect(CALENDAR_API_METHODS['Calendar.Acl.insert']?.scopes).toEqual([`${AUTH}calendar`, `${AUTH}calendar.acls`]);
    expect(CALENDAR_API_METHODS['Calendar.Events.move']?.scopes).not.toContain(`${AUTH}calendar.app.created`);
    expect(CALENDAR_API_METHODS['Calendar.Events.remove']).toMatchObject({ rest: 'calendar.events.delete', kind: 'write' });
    expect(CALENDAR_API_METHODS['Calendar.Events.list']).toMatchObject({ rest: 'calendar.events.list', kind: 'read' });
  });
});

describe('a method none of whose scopes the manifest declares', () => {
  // The token carries only the manifest's scopes: Google refuses with 403, whatever the user ticked.
  const withoutAcls = MANIFEST_SCOPES.filter((scope) => scope !== `${AUTH}calendar.acls`);

  test('is refused with 403 even when the user granted everything asked for', () => {
    const em = new Emulator({ user: coordinator, oauthScopes: withoutAcls });
    const api = em.services.Calendar;
    const id = api.Calendars.insert({ summary: 'Mutirão', timeZone: 'Europe/Paris' }).id ?? '';
    let details: unknown;
    try {
      api.Acl.insert({ role: 'writer', scope: { type: 'user', value: 'jean@example.org' } }, id);
    } catch (error) {
      details = (error as { details?: unknown }).details;
      expect(String(error)).toBe(`GoogleJsonResponseException: API call to calendar.acl.insert ${INSUFFICIENT}`);
    }
    expect(details).toMatchObject({ code: 403, errors: [{ reason: 'insufficientPermissions' }] });
    expect(em.calendar.calendars.get(id)?.acl).toEqual({});
  });

  test('this project’s manifest reaches Acl.insert but not CalendarList.list', () => {
    const { api } = setup();
    const id = api.Calendars.insert({ summary: 'Mutirão', timeZone: 'Europe/Paris' }).id ?? '';
    expect(api.Acl.insert({ role: 'writer', scope: { type: 'user', value: 'jean@example.org' } }, id).role).toBe('writer');
    expect(failure(() => api.CalendarList.list())).toBe(`GoogleJsonResponseException: API call to calendar.calendarList.list ${INSUFFICIENT}`);
  });
});

describe('a request the document does not describe is refused (400), writing nothing', () => {
  const cases: [string, (api: GoogleAppsScript.Calendar) => unknown, RegExp][] = [
    ['an unknown parameter', (api) => api.Events.list('primary', { showCancelled: true } as never), /Unknown name "showCancelled": Cannot bind query parameter/],
    ['an unknown body field', (api) => api.Events.insert(meeting({ colour: 'red' } as never), 'primary'), /Unknown name "colour" at 'resource': Cannot find field/],
    ['an unknown nested field', (api) => api.Events.insert(meeting({ start: { dateTime: '2026-06-10T15:00:00+02:00', zone: 'Europe/Paris' } as never }), 'primary'), /Unknown name "zone" at 'resource.start'/],
    ['a body field of the wrong type', (api) => api.Events.insert(meeting({ summary: 42 as never }), 'primary'), /Invalid value at 'resource.summary' \(TYPE_STRING\), 42/],
    ['attendees not a list', (api) => api.Events.insert(meeting({ attendees: { email: 'a@example.org' } as never }), 'primary'), /Invalid value at 'resource.attendees'/],
    ['a boolean parameter that is not one', (api) => api.Events.list('primary', { showDeleted: 'yes' } as never), /Invalid boolean value: 'yes'/],
    ['an integer parameter that is not one', (api) => api.Events.list('primary', { maxResults: 'many' } as never), /Values must match the following regular expression/],
    ['an integer below its minimum', (api) => api.Events.list('primary', { maxResults: 0 }), /maxResults \(0 is below 1\)/],
    ['a value outside an enum', (api) => api.Events.insert(meeting(), 'primary', { sendUpdates: 'everyone' }), /sendUpdates \('everyone' is not one of all, externalOnly, none\)/],
    ['an ordering outside its enum', (api) => api.Events.list('primary', { orderBy: 'title' }), /orderBy \('title' is not one of startTime, updated\)/],
  ];
  test.each(cases)('%s', (_name, call, message) => {
    const { em, api } = setup();
    let error: unknown;
    try {
      call(api);
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).toMatch(/^GoogleJsonResponseException: API call to calendar\.events\.(list|insert) failed with error: /);
    expect(String(error)).toMatch(message);
    expect((error as { details?: { code?: number } }).details?.code).toBe(400);
    expect(em.calendar.events()).toEqual([]);
  });

  test('what the document allows passes: a number for a query integer, null to clear a field, a repeated parameter', () => {
    const { api } = setup();
    const event = api.Events.insert(meeting(), 'primary', { sendUpdates: 'all', conferenceDataVersion: 1 });
    expect(api.Events.patch({ location: null } as never, 'primary', event.id ?? '').location).toBeUndefined();
    expect(api.Events.list('primary', { maxResults: 5, privateExtendedProperty: ['spreadsheetId=sheet-1', 'meetingId=MTG-001'] }).items).toHaveLength(1);
  });
});
