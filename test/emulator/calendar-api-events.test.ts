import { describe, expect, test } from 'vitest';
import { calendarApiCalls } from '../../emulator/calendar-api';
import { Emulator, type EmulatorSnapshot } from '../../emulator/index';
import { failure, FULL_CALENDAR_MANIFEST, meeting, setup } from './calendar-api-env';

const ID_CONSTRAINT = 'meetingId=MTG-001';

describe('Events.insert', () => {
  // https://developers.google.com/calendar/api/v3/reference/events (the resource)
  test('returns the event as the API describes it', () => {
    const { api } = setup();
    const event = api.Events.insert(meeting(), 'primary', { sendUpdates: 'all' });
    expect(event).toMatchObject({
      kind: 'calendar#event',
      status: 'confirmed',
      summary: 'Réunion',
      description: 'Ordre du jour',
      location: 'Nantes',
      start: { dateTime: '2026-06-10T15:00:00+02:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-06-10T16:30:00+02:00', timeZone: 'Europe/Paris' },
      attendees: [
        { email: 'a@example.org', responseStatus: 'needsAction' },
        { email: 'b@example.org', responseStatus: 'needsAction' },
      ],
      extendedProperties: { private: { spreadsheetId: 'sheet-1', meetingId: 'MTG-001' } },
      organizer: { email: 'coord@example.org', self: true },
      creator: { email: 'coord@example.org', self: true },
      created: '2026-05-01T09:00:00.000Z',
      updated: '2026-05-01T09:00:00.000Z',
      sequence: 0,
    });
    expect(event.id).toMatch(/^[a-v0-9]{5,}$/);
    expect(event.iCalUID).toBe(`${event.id?.replace('emulated', 'emulated-')}@google.com`);
  });

  // https://developers.google.com/calendar/api/v3/reference/events#start.dateTime: "A time zone
  // offset is required unless a time zone is explicitly specified in timeZone."
  test('a wall-clock time is read in its zone, across the March change', () => {
    const { api } = setup();
    const event = api.Events.insert(
      meeting({ start: { dateTime: '2027-03-28T10:00:00', timeZone: 'Europe/Paris' }, end: { dateTime: '2027-03-28T11:00:00', timeZone: 'Europe/Paris' } }),
      'primary',
    );
    expect(event.start?.dateTime).toBe('2027-03-28T10:00:00+02:00');
    expect(failure(() => api.Events.insert(meeting({ start: { dateTime: '2027-03-28T10:00:00' } }), 'primary'))).toBe(
      'GoogleJsonResponseException: API call to calendar.events.insert failed with error: Missing time zone definition for start time.',
    );
  });

  // https://developers.google.com/calendar/api/guides/errors#400_bad_request
  test('an end before the start is refused and writes nothing', () => {
    const { em, api } = setup();
    const message = failure(() => api.Events.insert(meeting({ end: { dateTime: '2026-06-10T14:00:00+02:00' } }), 'primary'));
    expect([message, em.calendar.writes]).toEqual([
      'GoogleJsonResponseException: API call to calendar.events.insert failed with error: The specified time range is empty.',
      0,
    ]);
  });

  // https://developers.google.com/calendar/api/v3/reference/events#iCalUID: "only one of them
  // [iCalUID, id] should be supplied at event creation time".
  test('keeps a given iCalUID, and refuses a second event with it in the same calendar', () => {
    const { api } = setup();
    const event = api.Events.insert(meeting({ iCalUID: 'mutirao-MTG-001@sheet-1' }), 'primary');
    expect(event.iCalUID).toBe('mutirao-MTG-001@sheet-1');
    const error = failure(() => api.Events.insert(meeting({ iCalUID: 'mutirao-MTG-001@sheet-1' }), 'primary'));
    expect(error).toBe('GoogleJsonResponseException: API call to calendar.events.insert failed with error: The requested identifier already exists.');
  });
});

describe('conferences', () => {
  const meet = { createRequest: { requestId: 'MTG-001-1', conferenceSolutionKey: { type: 'hangoutsMeet' } } };

  // https://developers.google.com/calendar/api/v3/reference/events/insert#conferenceDataVersion
  test('with conferenceDataVersion 1 a Meet link is created', () => {
    const { api } = setup();
    const event = api.Events.insert(meeting({ conferenceData: meet }), 'primary', { conferenceDataVersion: 1 });
    expect(event.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(event.conferenceData?.entryPoints).toEqual([{ entryPointType: 'video', uri: event.hangoutLink, label: event.hangoutLink?.slice(8) }]);
    expect(event.conferenceData?.createRequest?.status?.statusCode).toBe('success');
  });

  // "Version 0 assumes no conference data support and ignores conference data in the event's body."
  test('without conferenceDataVersion the request is ignored', () => {
    const { api } = setup();
    const event = api.Events.insert(meeting({ conferenceData: meet }), 'primary');
    expect([event.conferenceData, event.hangoutLink]).toEqual([undefined, undefined]);
  });

  // https://developers.google.com/calendar/api/v3/reference/events#conferenceData.createRequest.status.statusCode
  test('a pending conference has its link at the next read', () => {
    const { em, api } = setup();
    em.calendar.conferencesPending = true;
    const event = api.Events.insert(meeting({ conferenceData: meet }), 'primary', { conferenceDataVersion: 1 });
    expect([event.conferenceData?.createRequest?.status?.statusCode, event.hangoutLink]).toEqual(['pending', undefined]);
    expect(api.Events.get('primary', event.id ?? '').hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);
  });
});

describe('Events.patch and update', () => {
  // https://developers.google.com/calendar/api/v3/reference/events/patch
  test('patch changes only what it is given, and keeps guests answers', () => {
    const { em, api } = setup();
    const id = api.Events.insert(meeting(), 'primary').id ?? '';
    em.calendar.respond(id, 'a@example.org', 'accepted');
    em.advanceClock(60_000);
    const moved = api.Events.patch(
      { start: { dateTime: '2026-06-11T15:00:00+02:00', timeZone: 'Europe/Paris' }, end: { dateTime: '2026-06-11T16:00:00+02:00', timeZone: 'Europe/Paris' }, attendees: [{ email: 'a@example.org' }, { email: 'c@example.org' }] },
      'primary',
      id,
    );
    expect(moved).toMatchObject({
      summary: 'Réunion',
      start: { dateTime: '2026-06-11T15:00:00+02:00' },
      attendees: [{ email: 'a@example.org', responseStatus: 'accepted' }, { email: 'c@example.org', responseStatus: 'needsAction' }],
      extendedProperties: { private: { meetingId: 'MTG-001' } },
      sequence: 1,
      updated: '2026-05-01T09:01:00.000Z',
    });
  });

  // https://developers.google.com/calendar/api/guides/extended-properties
  test('patch merges extended properties; update replaces them', () => {
    const { api } = setup();
    const id = api.Events.insert(meeting(), 'primary').id ?? '';
    const patched = api.Events.patch({ extendedProperties: { private: { note: 'x' } } }, 'primary', id);
    expect(patched.extendedProperties?.private).toEqual({ spreadsheetId: 'sheet-1', meetingId: 'MTG-001', note: 'x' });
    const updated = api.Events.update(meeting({ extendedProperties: { private: { note: 'y' } }, attendees: undefined }), 'primary', id);
    expect([updated.extendedProperties?.private, updated.attendees]).toEqual([{ note: 'y' }, undefined]);
  });
});

describe('deleted events', () => {
  // https://developers.google.com/calendar/api/v3/reference/events/list#showDeleted
  test('a removed event stays, cancelled: get returns it, list only with showDeleted', () => {
    const { api } = setup();
    const id = api.Events.insert(meeting(), 'primary').id ?? '';
    api.Events.remove('primary', id);
    expect(api.Events.get('primary', id).status).toBe('cancelled');
    expect(api.Events.list('primary').items).toEqual([]);
    expect(api.Events.list('primary', { showDeleted: true }).items?.map((e) => [e.id, e.status])).toEqual([[id, 'cancelled']]);
  });

  // https://developers.google.com/calendar/api/guides/errors#410_gone
  test('removing it again is 410, an unknown id 404', () => {
    const { api } = setup();
    const id = api.Events.insert(meeting(), 'primary').id ?? '';
    api.Events.remove('primary', id);
    expect(failure(() => api.Events.remove('primary', id))).toBe(
      'GoogleJsonResponseException: API call to calendar.events.delete failed with error: Resource has been deleted',
    );
    expect(failure(() => api.Events.get('primary', 'nosuchevent'))).toBe('GoogleJsonResponseException: API call to calendar.events.get failed with error: Not Found');
  });

  test('an event deleted by hand is cancelled, and a patch can confirm it again', () => {
    const { em, api } = setup();
    const id = api.Events.insert(meeting(), 'primary').id ?? '';
    em.calendar.deleteByHand(id);
    expect(api.Events.list('primary', { privateExtendedProperty: ID_CONSTRAINT, showDeleted: true }).items?.[0]?.status).toBe('cancelled');
    expect(api.Events.patch({ status: 'confirmed' }, 'primary', id).status).toBe('confirmed');
  });
});

describe('Events.list', () => {
  // https://developers.google.com/calendar/api/v3/reference/events/list#privateExtendedProperty
  test('privateExtendedProperty constraints must all match', () => {
    const { api } = setup();
    api.Events.insert(meeting(), 'primary');
    api.Events.insert(meeting({ extendedProperties: { private: { spreadsheetId: 'sheet-2', meetingId: 'MTG-001' } } }), 'primary');
    const items = (constraint: string | string[]) => api.Events.list('primary', { privateExtendedProperty: constraint }).items?.length;
    expect([items(ID_CONSTRAINT), items([ID_CONSTRAINT, 'spreadsheetId=sheet-1']), items('spreadsheetId=none')]).toEqual([2, 1, 0]);
  });

  // https://developers.google.com/calendar/api/v3/reference/events/list#maxResults: 250 by default, never more than 2500
  test('pages hold 250 events by default, at most 2500, and chain by nextPageToken', () => {
    const { api } = setup();
    for (let i = 0; i < 2600; i++) api.Events.insert(meeting({ summary: `M${i}` }), 'primary');
    const first = api.Events.list('primary');
    const big = api.Events.list('primary', { maxResults: 5000 });
    const rest = api.Events.list('primary', { maxResults: 5000, pageToken: big.nextPageToken });
    expect([first.items?.length, big.items?.length, rest.items?.length, rest.nextPageToken]).toEqual([250, 2500, 100, undefined]);
    expect(rest.items?.[0]?.summary).toBe('M2500');
  });
});

describe('counting and quota', () => {
  test('reads and writes are told apart in the meter; only writes count in the store', () => {
    const { em, api } = setup();
    const id = api.Events.insert(meeting(), 'primary').id ?? '';
    api.Events.patch({ summary: 'x' }, 'primary', id);
    api.Events.list('primary');
    api.Events.get('primary', id);
    api.Events.remove('primary', id);
    expect([calendarApiCalls(em.meter), em.calendar.writes, em.meter.count('Calendar.Events.list')]).toEqual([{ calls: 5, reads: 2, writes: 3 }, 3, 1]);
  });

  // https://developers.google.com/calendar/api/guides/errors#403_rate_limit_exceeded
  test('after N writes the quota fails with 403 Rate Limit Exceeded and writes nothing', () => {
    const { em, api } = setup();
    em.calendar.failWritesAfter(1);
    api.Events.insert(meeting(), 'primary');
    expect(failure(() => api.Events.insert(meeting(), 'primary'))).toBe(
      'GoogleJsonResponseException: API call to calendar.events.insert failed with error: Rate Limit Exceeded',
    );
    expect(em.calendar.events().length).toBe(1);
    em.calendar.resetQuota();
    api.Events.insert(meeting(), 'primary');
    expect(em.calendar.events().length).toBe(2);
  });

  // https://developers.google.com/calendar/api/guides/errors#403_calendar_usage_limits_exceeded
  test('the quota can also run out as the daily usage limit', () => {
    const { em, api } = setup();
    em.calendar.failWritesAfter(0, 'usageLimits');
    expect(failure(() => api.Events.insert(meeting(), 'primary'))).toBe(
      'GoogleJsonResponseException: API call to calendar.events.insert failed with error: Calendar usage limits exceeded.',
    );
  });

  test('the error carries the API body in details', () => {
    const { api } = setup();
    try {
      api.Events.get('primary', 'nosuchevent');
    } catch (error) {
      expect((error as { details: unknown }).details).toEqual({ code: 404, message: 'Not Found', errors: [{ domain: 'global', reason: 'notFound', message: 'Not Found' }] });
    }
    expect.assertions(1);
  });
});

describe('one store for CalendarApp and the API', () => {
  // An event made by the CalendarApp version of the add-on, with its tag, is found by the API.
  test('a CalendarApp event is listed by the API with its tag as a shared property', () => {
    const { em, api } = setup();
    em.services.CalendarApp.getDefaultCalendar()
      .createEvent('Old', new Date('2026-06-10T13:00:00Z'), new Date('2026-06-10T14:00:00Z'), { guests: 'a@example.org' })
      .setTag('mutirao.meeting', 'sheet-1/MTG-001');
    const [event] = api.Events.list('primary', { sharedExtendedProperty: 'mutirao.meeting=sheet-1/MTG-001' }).items ?? [];
    expect(event).toMatchObject({ summary: 'Old', attendees: [{ email: 'a@example.org', responseStatus: 'needsAction' }], start: { timeZone: 'America/Recife' } });
  });

  test('an event the API removed is gone for CalendarApp; one it inserted is found by its iCalUID', () => {
    const { api, em } = setup();
    const kept = api.Events.insert(meeting({ iCalUID: 'kept@sheet-1' }), 'primary');
    const removed = api.Events.insert(meeting(), 'primary');
    api.Events.remove('primary', removed.id ?? '');
    const calendar = em.services.CalendarApp.getDefaultCalendar();
    expect([calendar.getEventById(kept.iCalUID ?? '')?.getTitle(), calendar.getEventById(removed.iCalUID ?? '')]).toEqual(['Réunion', null]);
  });

  // The preview persists the emulator; API fields survive a JSON round trip.
  test('snapshots keep what the API wrote', () => {
    const { em, api } = setup(FULL_CALENDAR_MANIFEST);
    const id = api.Events.insert(meeting({ conferenceData: { createRequest: { requestId: 'r', conferenceSolutionKey: { type: 'hangoutsMeet' } } } }), 'primary', {
      conferenceDataVersion: 1,
    }).id ?? '';
    em.calendar.respond(id, 'b@example.org', 'declined');
    api.Calendars.insert({ summary: 'Mutirão — Test', timeZone: 'Europe/Paris' });
    const restored = Emulator.fromJSON(JSON.parse(JSON.stringify(em.toJSON())) as EmulatorSnapshot, { oauthScopes: FULL_CALENDAR_MANIFEST });
    expect(restored.services.Calendar.Events.get('primary', id)).toEqual(api.Events.get('primary', id));
    expect(restored.services.Calendar.CalendarList.list().items).toEqual(api.CalendarList.list().items);
  });
});
