import { describe, expect, test } from 'vitest';
import { CALENDAR_API_METHODS } from '../../emulator/calendar-api';
import { coordinator, failure, FULL_CALENDAR_MANIFEST, meeting, other, setup } from './calendar-api-env';

const NO_WRITER = 'GoogleJsonResponseException: API call to calendar.events.insert failed with error: You need to have writer access to this calendar.';

/** The coordinator's group calendar, made through the API. */
function groupCalendar(oauthScopes?: readonly string[]) {
  const { em, api } = setup(oauthScopes);
  const calendar = api.Calendars.insert({ summary: 'Mutirão — Atelier', timeZone: 'Europe/Paris' });
  return { em, api, id: calendar.id ?? '' };
}

describe('calendars', () => {
  // https://developers.google.com/calendar/api/v3/reference/calendars/insert: "Creates a secondary calendar."
  test('Calendars.insert makes a secondary calendar owned by the caller', () => {
    const { api, id } = groupCalendar(FULL_CALENDAR_MANIFEST);
    expect(id).toMatch(/@group\.calendar\.google\.com$/);
    expect(api.Calendars.get(id)).toMatchObject({ id, summary: 'Mutirão — Atelier', timeZone: 'Europe/Paris' });
    expect(api.CalendarList.get(id).accessRole).toBe('owner');
    expect(api.CalendarList.list().items?.map((c) => [c.id, c.accessRole, c.primary])).toEqual([
      [coordinator.email, 'owner', true],
      [id, 'owner', undefined],
    ]);
  });

  test('a calendar without a title is refused', () => {
    const { api } = setup();
    expect(failure(() => api.Calendars.insert({ timeZone: 'Europe/Paris' }))).toBe(
      'GoogleJsonResponseException: API call to calendar.calendars.insert failed with error: Missing title.',
    );
  });

  // The primary calendar of each user is their own.
  test("another user's primary calendar cannot be seen", () => {
    const { em, api } = setup();
    api.Events.insert(meeting(), 'primary');
    em.user = other;
    expect(failure(() => api.Events.list(coordinator.email))).toBe('GoogleJsonResponseException: API call to calendar.events.list failed with error: Not Found');
    expect(api.Events.list('primary').items).toEqual([]);
  });
});

describe('ACL', () => {
  // https://developers.google.com/calendar/api/guides/errors#404_not_found
  test('a calendar not shared with the user is Not Found to them', () => {
    const { em, api, id } = groupCalendar();
    em.user = other;
    expect(failure(() => api.Events.insert(meeting(), id))).toBe('GoogleJsonResponseException: API call to calendar.events.insert failed with error: Not Found');
    expect(failure(() => api.Calendars.get(id))).toBe('GoogleJsonResponseException: API call to calendar.calendars.get failed with error: Not Found');
  });

  // https://developers.google.com/calendar/api/v3/reference/acl/insert
  test('a writer can add, change and remove events; a reader only read them', () => {
    const { em, api, id } = groupCalendar();
    const rule = api.Acl.insert({ role: 'writer', scope: { type: 'user', value: other.email } }, id);
    expect(rule).toMatchObject({ id: `user:${other.email}`, role: 'writer', scope: { type: 'user', value: other.email } });
    const eventId = api.Events.insert(meeting(), id).id ?? '';
    em.user = other;
    expect(api.Events.patch({ summary: 'Moved' }, id, eventId).summary).toBe('Moved');
    em.user = coordinator;
    api.Acl.insert({ role: 'reader', scope: { type: 'user', value: other.email } }, id);
    em.user = other;
    expect(api.Events.get(id, eventId).summary).toBe('Moved');
    expect(failure(() => api.Events.insert(meeting(), id))).toBe(NO_WRITER);
  });

  // https://developers.google.com/calendar/api/guides/errors#403_forbidden
  test('only the owner reads or changes the ACL', () => {
    const { em, api, id } = groupCalendar();
    api.Acl.insert({ role: 'writer', scope: { type: 'user', value: other.email } }, id);
    expect(api.Acl.list(id).items?.map((r) => [r.id, r.role])).toEqual([
      [`user:${coordinator.email}`, 'owner'],
      [`user:${other.email}`, 'writer'],
    ]);
    em.user = other;
    expect(failure(() => api.Acl.insert({ role: 'writer', scope: { type: 'user', value: 'third@example.org' } }, id))).toBe(
      'GoogleJsonResponseException: API call to calendar.acl.insert failed with error: Forbidden',
    );
    expect(failure(() => api.Acl.list(id))).toBe('GoogleJsonResponseException: API call to calendar.acl.list failed with error: Forbidden');
  });

  test("the owner cannot change their own access", () => {
    const { api, id } = groupCalendar();
    expect(failure(() => api.Acl.remove(id, `user:${coordinator.email}`))).toBe(
      'GoogleJsonResponseException: API call to calendar.acl.delete failed with error: Cannot change your own access level.',
    );
  });

  // https://developers.google.com/calendar/api/v3/reference/acl/delete
  test('Acl.remove takes the access away', () => {
    const { em, api, id } = groupCalendar();
    api.Acl.insert({ role: 'writer', scope: { type: 'user', value: other.email } }, id);
    api.Acl.remove(id, `user:${other.email}`);
    expect(failure(() => api.Acl.remove(id, `user:${other.email}`))).toBe('GoogleJsonResponseException: API call to calendar.acl.delete failed with error: Not Found');
    em.user = other;
    expect(failure(() => api.Events.list(id))).toBe('GoogleJsonResponseException: API call to calendar.events.list failed with error: Not Found');
  });
});

describe('Events.move', () => {
  // https://developers.google.com/calendar/api/v3/reference/events/move
  test("moves an event from the user's calendar to the group calendar, with its properties", () => {
    const { em, api, id } = groupCalendar();
    const eventId = api.Events.insert(meeting(), 'primary').id ?? '';
    const moved = api.Events.move('primary', eventId, id);
    expect([moved.organizer?.email, moved.extendedProperties?.private?.['meetingId'], em.calendar.writes]).toEqual([id, 'MTG-001', 3]);
    expect(api.Events.list('primary').items).toEqual([]);
    expect(api.Events.get(id, eventId).summary).toBe('Réunion');
  });
});

describe('authorization', () => {
  // https://developers.google.com/apps-script/guides/triggers#restrictions
  test('simple triggers and custom functions are refused', () => {
    const { em, api } = setup();
    expect(() => em.run({ kind: 'simple-trigger', authMode: 'LIMITED' }, () => api.Events.list('primary'))).toThrow(
      'You do not have permission to call Calendar.Events.list. Required permissions: https://www.googleapis.com/auth/calendar',
    );
    expect(() => em.run({ kind: 'custom-function', authMode: 'CUSTOM_FUNCTION' }, () => api.Events.insert(meeting(), 'primary'))).toThrow(
      // The custom-functions guide's wording for a service it does not list.
      'You do not have permission to call Calendar.Events service.',
    );
    expect(em.calendar.events()).toEqual([]);
  });

  // Each method page's "Authorization" section: any one of its scopes allows the call.
  test('every method names its REST name, its kind and the scopes that allow it', () => {
    expect(CALENDAR_API_METHODS['Calendar.Events.remove']).toMatchObject({ rest: 'calendar.events.delete', kind: 'write' });
    expect(CALENDAR_API_METHODS['Calendar.Acl.insert']?.scopes).toContain('https://www.googleapis.com/auth/calendar.acls');
    expect(CALENDAR_API_METHODS['Calendar.Events.list']?.scopes).not.toContain('https://www.googleapis.com/auth/calendar.acls');
  });
});
