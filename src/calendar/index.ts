import type { DesiredEvent } from '../domain/calendar-event';
import { MEETING_TAG, type EventChanges, type EventState } from '../domain/calendar-plan';
import { UserError } from '../domain/errors';
import type { MessageKey } from '../domain/i18n';

type Calendar = GoogleAppsScript.Calendar.Calendar;
type CalendarEvent = GoogleAppsScript.Calendar.CalendarEvent;

/**
 * The CalendarApp adapter: the one place that knows CalendarApp's method names. Every
 * method that changes the calendar is one write (the unit of Calendar's quota), so the
 * sync's plan and its benchmark count the same thing.
 */
export class MeetingCalendar {
  private constructor(private readonly calendar: Calendar) {}

  /** The calendar named in Settings, or the user's default one when the setting is blank. */
  static open(app: GoogleAppsScript.Calendar.CalendarApp, calendarId: string): MeetingCalendar {
    if (calendarId === '') return new MeetingCalendar(app.getDefaultCalendar());
    const calendar = app.getCalendarById(calendarId);
    if (!calendar) throw new UserError('calendar.notFound', { id: calendarId });
    return new MeetingCalendar(calendar);
  }

  get id(): string {
    return this.calendar.getId();
  }

  /** The event with this ID in this calendar, if any. */
  byId(eventId: string): CalendarEvent | undefined {
    return this.calendar.getEventById(eventId) ?? undefined;
  }

  /** Events in the window carrying this meeting's tag, oldest first. */
  byTag(tag: string, window: { start: Date; end: Date }): CalendarEvent[] {
    return this.calendar.getEvents(window.start, window.end).filter((event) => event.getTag(MEETING_TAG) === tag);
  }

  static tagOf(event: CalendarEvent): string | null {
    return event.getTag(MEETING_TAG);
  }

  /** When the event was last changed, by anyone, in ms: one read, where `state` takes seven or more. */
  static lastUpdated(event: CalendarEvent): number {
    return (event.getLastUpdated() as Date).getTime();
  }

  static state(event: CalendarEvent): EventState {
    return {
      id: event.getId(),
      title: event.getTitle(),
      start: event.getStartTime() as Date,
      end: event.getEndTime() as Date,
      description: event.getDescription(),
      location: event.getLocation(),
      guests: event.getGuestList().map((guest) => guest.getEmail()),
      tag: event.getTag(MEETING_TAG),
    };
  }

  /** Creates the event; tagging it is a separate write (see `tag`), as CalendarApp has it. */
  create(desired: DesiredEvent, sendInvites: boolean): CalendarEvent {
    return this.calendar.createEvent(desired.title, desired.start, desired.end, {
      description: desired.description,
      location: desired.location,
      guests: desired.guests.join(','),
      sendInvites,
    });
  }

  static tag(event: CalendarEvent, tag: string): void {
    event.setTag(MEETING_TAG, tag);
  }

  /** Applies the changes one write at a time: a failure leaves the rest for the next run. */
  static update(event: CalendarEvent, changes: EventChanges, desired: DesiredEvent, tag: string): void {
    if (changes.tag) event.setTag(MEETING_TAG, tag);
    if (changes.time) event.setTime(desired.start, desired.end);
    if (changes.title) event.setTitle(desired.title);
    if (changes.description) event.setDescription(desired.description);
    if (changes.location) event.setLocation(desired.location);
    for (const guest of changes.addGuests) event.addGuest(guest);
    for (const guest of changes.removeGuests) event.removeGuest(guest);
  }

  static remove(event: CalendarEvent): void {
    event.deleteEvent();
  }
}

/**
 * What a failed Calendar call means to a coordinator, read from the message Apps Script
 * throws (always in English): a refused guest, the quota, a calendar or event that cannot be
 * found or changed; anything else is a generic failure. The message itself goes to the Log.
 * https://developers.google.com/apps-script/guides/services/quotas
 */
const FAILURES: readonly (readonly [RegExp, MessageKey])[] = [
  [/invalid argument: (guests|email)\b/i, 'calendar.error.guest'],
  [/service invoked too many times|too many calendars or calendar events|rate limit exceeded|quota/i, 'calendar.error.quota'],
  [/not found|does not exist|permission|not allowed|forbidden|access denied/i, 'calendar.error.access'],
];

export function calendarFailure(message: string): MessageKey {
  return FAILURES.find(([pattern]) => pattern.test(message))?.[1] ?? 'calendar.error.other';
}
