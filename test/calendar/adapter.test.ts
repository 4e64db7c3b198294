import { describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator';
import { calendarFailure, MeetingCalendar } from '../../src/calendar';
import { writeCount, type EventChanges } from '../../src/domain/calendar-plan';
import { UserError } from '../../src/domain/errors';

const utc = (iso: string): Date => new Date(`${iso}Z`);
const desired = {
  title: 'Plénière',
  start: utc('2027-03-10T13:00:00'),
  end: utc('2027-03-10T14:30:00'),
  description: 'Bilan',
  location: 'Visio',
  guests: ['a@example.org', 'b@example.org'],
};

function calendar() {
  const emulator = new Emulator({ user: { email: 'lucia@example.org', locale: 'fr' } });
  return { emulator, app: emulator.services.CalendarApp };
}

describe('MeetingCalendar', () => {
  it('opens the default calendar when Settings names none, else the named one, else refuses', () => {
    const { emulator, app } = calendar();
    expect(MeetingCalendar.open(app, '').id).toBe('lucia@example.org');
    emulator.calendar.addCalendar({ id: 'group@group.calendar.google.com', name: 'Groupe' });
    expect(MeetingCalendar.open(app, 'group@group.calendar.google.com').id).toBe('group@group.calendar.google.com');
    expect(() => MeetingCalendar.open(app, 'nope')).toThrow(UserError);
  });

  it('creates with guests and invitations in one write, tags in a second, and reads the event back', () => {
    const { emulator, app } = calendar();
    const meetings = MeetingCalendar.open(app, '');
    const event = meetings.create(desired, true);
    MeetingCalendar.tag(event, 'sheet/MTG-001');
    expect(emulator.calendar.writes).toBe(2);
    expect(MeetingCalendar.state(event)).toEqual({ id: event.getId(), ...desired, tag: 'sheet/MTG-001' });
    expect(emulator.calendar.events()[0]?.sendInvites).toBe(true);
  });

  it('finds events by tag only inside the window, and by ID only in its own calendar', () => {
    const { emulator, app } = calendar();
    const meetings = MeetingCalendar.open(app, '');
    const event = meetings.create(desired, false);
    MeetingCalendar.tag(event, 'sheet/MTG-001');
    meetings.create({ ...desired, title: 'Other' }, false);
    expect(meetings.byTag('sheet/MTG-001', { start: utc('2027-03-10T00:00:00'), end: utc('2027-03-11T00:00:00') }).map((e) => e.getId())).toEqual([event.getId()]);
    expect(meetings.byTag('sheet/MTG-001', { start: utc('2027-03-11T00:00:00'), end: utc('2027-03-12T00:00:00') })).toEqual([]);
    emulator.calendar.addCalendar({ id: 'group@group.calendar.google.com', name: 'Groupe' });
    expect(MeetingCalendar.open(app, 'group@group.calendar.google.com').byId(event.getId())).toBeUndefined();
    expect(meetings.byId(event.getId())?.getTitle()).toBe('Plénière');
  });

  it('reads when the event last changed in one call, and sees every write move it', () => {
    const { emulator, app } = calendar();
    const event = MeetingCalendar.open(app, '').create(desired, false);
    const created = MeetingCalendar.lastUpdated(event);
    emulator.meter.reset();
    expect(MeetingCalendar.lastUpdated(event)).toBe(created);
    expect(emulator.meter.total()).toBe(1);
    MeetingCalendar.tag(event, 'sheet/MTG-001');
    expect(MeetingCalendar.lastUpdated(event)).toBeGreaterThan(created);
  });

  it('makes exactly the writes the plan counted', () => {
    const { emulator, app } = calendar();
    const event = MeetingCalendar.open(app, '').create(desired, false);
    const changes: EventChanges = { time: true, title: false, description: true, location: false, addGuests: ['c@example.org'], removeGuests: ['a@example.org'], tag: true };
    const before = emulator.calendar.writes;
    MeetingCalendar.update(event, changes, { ...desired, start: utc('2027-03-10T15:00:00'), end: utc('2027-03-10T16:00:00'), description: 'New' }, 'sheet/MTG-001');
    expect(emulator.calendar.writes - before).toBe(writeCount(changes));
    expect(emulator.calendar.events()[0]).toMatchObject({ start: '2027-03-10T15:00:00.000Z', description: 'New', guests: ['b@example.org', 'c@example.org'], tags: { 'mutirao.meeting': 'sheet/MTG-001' } });
  });

  it('tells the known Calendar failures apart by Apps Script’s message, anything else being generic', () => {
    expect(calendarFailure('Invalid argument: guests')).toBe('calendar.error.guest');
    expect(calendarFailure('Invalid argument: email')).toBe('calendar.error.guest');
    expect(calendarFailure('Service invoked too many times in a short time: calendar. Try Utilities.sleep(1000) between calls.')).toBe('calendar.error.quota');
    expect(calendarFailure('Service invoked too many times for one day: calendar.')).toBe('calendar.error.quota');
    expect(calendarFailure('You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.')).toBe('calendar.error.quota');
    expect(calendarFailure('Action not allowed')).toBe('calendar.error.access');
    expect(calendarFailure('You do not have permission to call CalendarApp.getCalendarById.')).toBe('calendar.error.access');
    expect(calendarFailure('Calendar not found')).toBe('calendar.error.access');
    expect(calendarFailure('Event start date must be before event end date.')).toBe('calendar.error.other');
  });
});
