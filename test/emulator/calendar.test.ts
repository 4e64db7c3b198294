import { describe, expect, test } from 'vitest';
import { Emulator } from '../../emulator/index';

const coordinator = { email: 'coord@example.org', locale: 'fr' };
const start = new Date('2026-06-10T13:00:00Z');
const end = new Date('2026-06-10T14:30:00Z');
const QUOTA = 'Service invoked too many times in a short time: calendar. Try Utilities.sleep(1000) between calls.';

function setup(): { em: Emulator; calendar: GoogleAppsScript.Calendar.Calendar } {
  const em = new Emulator({ user: coordinator, now: () => new Date('2026-05-01T09:00:00Z') });
  return { em, calendar: em.services.CalendarApp.getDefaultCalendar() };
}

describe('calendars', () => {
  // https://developers.google.com/apps-script/reference/calendar/calendar-app#getDefaultCalendar()
  test("the default calendar's id is the user's email", () => {
    const { calendar } = setup();
    expect(calendar.getId()).toBe('coord@example.org');
  });

  // https://developers.google.com/apps-script/reference/calendar/calendar-app#getCalendarById(String)
  test('getCalendarById returns null for an unknown id', () => {
    const { em } = setup();
    expect(em.services.CalendarApp.getCalendarById('nope@group.calendar.google.com')).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/calendar/calendar-app#getCalendarById(String)
  test('an added calendar is found by id with its name', () => {
    const { em } = setup();
    em.calendar.addCalendar({ id: 'wg@group.calendar.google.com', name: 'Groupe de travail', timeZone: 'Europe/Paris' });
    const calendar = em.services.CalendarApp.getCalendarById('wg@group.calendar.google.com');
    expect([calendar?.getName(), calendar?.getTimeZone()]).toEqual(['Groupe de travail', 'Europe/Paris']);
  });
});

describe('events', () => {
  // https://developers.google.com/apps-script/reference/calendar/calendar#createEvent(String,Date,Date,Object)
  test('createEvent stores the event with its options', () => {
    const { em, calendar } = setup();
    const event = calendar.createEvent('Réunion', start, end, {
      description: 'Ordre du jour',
      location: 'Nantes',
      guests: 'a@example.org, b@example.org',
      sendInvites: true,
    });
    expect(em.calendar.events()).toEqual([
      {
        id: event.getId(),
        calendarId: 'coord@example.org',
        title: 'Réunion',
        start: '2026-06-10T13:00:00.000Z',
        end: '2026-06-10T14:30:00.000Z',
        description: 'Ordre du jour',
        location: 'Nantes',
        guests: ['a@example.org', 'b@example.org'],
        tags: {},
        sendInvites: true,
        created: '2026-05-01T09:00:00.000Z',
        lastUpdated: '2026-05-01T09:00:00.000Z',
      },
    ]);
  });

  // https://developers.google.com/apps-script/reference/calendar/calendar#getEventById(String)
  test('getEventById finds the event, or null', () => {
    const { calendar } = setup();
    const id = calendar.createEvent('R', start, end).getId();
    expect(calendar.getEventById(id)?.getTitle()).toBe('R');
    expect(calendar.getEventById('missing@google.com')).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/calendar/calendar-event#setTime(Date,Date)
  test('updates are visible through another handle', () => {
    const { calendar } = setup();
    const event = calendar.createEvent('R', start, end);
    event.setTitle('R2').setDescription('d').setLocation('Recife').setTime(new Date('2026-06-11T13:00:00Z'), new Date('2026-06-11T14:00:00Z'));
    const again = calendar.getEventById(event.getId());
    expect([again?.getTitle(), again?.getDescription(), again?.getLocation(), again?.getStartTime().toISOString()]).toEqual([
      'R2',
      'd',
      'Recife',
      '2026-06-11T13:00:00.000Z',
    ]);
  });

  // https://developers.google.com/apps-script/reference/calendar/calendar#createEvent(String,Date,Date)
  test('an end before the start is refused', () => {
    const { calendar } = setup();
    expect(() => calendar.createEvent('R', end, start)).toThrow('Event start date must be before event end date.');
  });

  // https://developers.google.com/apps-script/reference/calendar/calendar#createEvent(String,Date,Date)
  test('a start that is not a Date is refused with the signature message', () => {
    const { calendar } = setup();
    expect(() => calendar.createEvent('R', '2026-06-10' as unknown as Date, end)).toThrow(
      "The parameters (String,String,Date) don't match the method signature for CalendarApp.Calendar.createEvent.",
    );
  });

  // https://developers.google.com/apps-script/reference/calendar/calendar#getEvents(Date,Date,Object)
  test('getEvents returns overlapping events in order, filtered by search and max', () => {
    const { calendar } = setup();
    calendar.createEvent('Later meeting', new Date('2026-06-12T10:00:00Z'), new Date('2026-06-12T11:00:00Z'));
    calendar.createEvent('Early meeting', start, end);
    calendar.createEvent('Outside', new Date('2026-07-01T10:00:00Z'), new Date('2026-07-01T11:00:00Z'));
    const range = [new Date('2026-06-01T00:00:00Z'), new Date('2026-06-30T00:00:00Z')] as const;
    expect(calendar.getEvents(...range).map((e) => e.getTitle())).toEqual(['Early meeting', 'Later meeting']);
    expect(calendar.getEvents(...range, { search: 'later' }).map((e) => e.getTitle())).toEqual(['Later meeting']);
    expect(calendar.getEvents(...range, { max: 1 }).map((e) => e.getTitle())).toEqual(['Early meeting']);
  });

  // https://developers.google.com/apps-script/reference/calendar/calendar-event#deleteEvent()
  test('deleteEvent removes the event', () => {
    const { em, calendar } = setup();
    const event = calendar.createEvent('R', start, end);
    event.deleteEvent();
    expect(em.calendar.events()).toEqual([]);
    expect(calendar.getEventById(event.getId())).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/calendar/calendar-event#getLastUpdated()
  test('getLastUpdated follows the emulated clock', () => {
    const { em, calendar } = setup();
    const event = calendar.createEvent('R', start, end);
    em.services.Utilities.sleep(60_000);
    event.setTitle('R2');
    expect(event.getLastUpdated().toISOString()).toBe('2026-05-01T09:01:00.000Z');
  });

  // https://developers.google.com/apps-script/reference/calendar/calendar-event#getLastUpdated()
  test('getLastUpdated moves on with every write, even at the same instant, and not with reads', () => {
    const { calendar } = setup();
    const event = calendar.createEvent('R', start, end);
    const seen = [event.getLastUpdated().getTime()];
    const writes: ((e: GoogleAppsScript.Calendar.CalendarEvent) => unknown)[] = [
      (e) => e.setTitle('R2'),
      (e) => e.setTime(new Date('2026-06-11T13:00:00Z'), new Date('2026-06-11T14:00:00Z')),
      (e) => e.setDescription('d'),
      (e) => e.setLocation('Nantes'),
      (e) => e.addGuest('a@example.org'),
      (e) => e.removeGuest('a@example.org'),
      (e) => e.setTag('k', 'v'),
      (e) => e.deleteTag('k'),
    ];
    for (const write of writes) {
      // The emulated clock stands still here: each write still gets a later time.
      write(event);
      seen.push(event.getLastUpdated().getTime());
    }
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1] ?? Infinity);
    // Another handle sees the same time; reading changes nothing.
    const again = calendar.getEventById(event.getId());
    again?.getTitle();
    again?.getGuestList();
    expect(again?.getLastUpdated().getTime()).toBe(seen.at(-1));
  });

  // https://developers.google.com/apps-script/reference/calendar/calendar-event#isAllDayEvent()
  test('timed events are not all-day events', () => {
    const { calendar } = setup();
    expect(calendar.createEvent('R', start, end).isAllDayEvent()).toBe(false);
  });
});

describe('tags', () => {
  // https://developers.google.com/apps-script/reference/calendar/calendar-event#setTag(String,String)
  test('tags are set, read, listed and deleted', () => {
    const { calendar } = setup();
    const event = calendar.createEvent('R', start, end).setTag('meetingId', 'MTG-001');
    expect([event.getTag('meetingId'), event.getAllTagKeys()]).toEqual(['MTG-001', ['meetingId']]);
    event.deleteTag('meetingId');
    expect(event.getTag('meetingId')).toBeNull();
  });
});

describe('guests', () => {
  // https://developers.google.com/apps-script/reference/calendar/calendar-event#addGuest(String)
  test('guests are added once and removed', () => {
    const { calendar } = setup();
    const event = calendar.createEvent('R', start, end, { guests: 'a@example.org' });
    event.addGuest('b@example.org').addGuest('B@example.org');
    expect(event.getGuestList().map((g) => g.getEmail())).toEqual(['a@example.org', 'b@example.org']);
    event.removeGuest('a@example.org');
    expect(event.getGuestList().map((g) => g.getEmail())).toEqual(['b@example.org']);
  });

  // https://developers.google.com/apps-script/reference/calendar/calendar#createEvent(String,Date,Date,Object) (guests: comma-separated email addresses)
  test('an invalid guest address is refused and nothing is created', () => {
    const { em, calendar } = setup();
    expect(() => calendar.createEvent('R', start, end, { guests: 'a@example.org, not-an-email' })).toThrow(
      'Invalid argument: guests',
    );
    expect([em.calendar.events(), em.calendar.writes]).toEqual([[], 0]);
  });

  // https://developers.google.com/apps-script/reference/calendar/calendar-event#addGuest(String)
  test('addGuest refuses an invalid address', () => {
    const { calendar } = setup();
    expect(() => calendar.createEvent('R', start, end).addGuest('nobody')).toThrow('Invalid argument: email');
  });
});

describe('quota', () => {
  // https://developers.google.com/apps-script/guides/services/quotas
  test('after N writes every write fails with the rate-limit message', () => {
    const { em, calendar } = setup();
    em.calendar.failWritesAfter(2);
    const event = calendar.createEvent('R', start, end);
    event.setTag('k', 'v');
    expect(() => event.setTitle('R2')).toThrow(QUOTA);
    expect(() => calendar.createEvent('S', start, end)).toThrow(QUOTA);
    expect([em.calendar.writes, em.calendar.events().map((e) => e.title)]).toEqual([2, ['R']]);
  });

  // Reads do not consume the write quota.
  test('reads still work when writes are exhausted, and resetQuota restores writes', () => {
    const { em, calendar } = setup();
    const event = calendar.createEvent('R', start, end);
    em.calendar.failWritesAfter(0);
    expect(event.getTitle()).toBe('R');
    expect(() => event.deleteEvent()).toThrow(QUOTA);
    em.calendar.resetQuota();
    event.deleteEvent();
    expect(em.calendar.events()).toEqual([]);
  });
});
