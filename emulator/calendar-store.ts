import { ScriptException } from './errors';

/**
 * The calendars and events behind CalendarApp, kept as plain data (ISO instants) so they
 * snapshot to JSON, plus the controls tests use: write counting and a quota that runs out.
 */

export interface CalendarData {
  id: string;
  name: string;
  timeZone: string;
}

export interface EventData {
  id: string;
  calendarId: string;
  title: string;
  start: string;
  end: string;
  description: string;
  location: string;
  guests: string[];
  tags: Record<string, string>;
  /** Whether createEvent was asked to email the guests. */
  sendInvites: boolean;
  created: string;
  lastUpdated: string;
}

export interface CalendarSnapshot {
  calendars: CalendarData[];
  events: EventData[];
  nextEventNumber: number;
}

/**
 * The text of Apps Script's short-term rate limit for Calendar.
 * https://developers.google.com/apps-script/guides/services/quotas
 */
export const CALENDAR_QUOTA_MESSAGE =
  'Service invoked too many times in a short time: calendar. Try Utilities.sleep(1000) between calls.';

export class CalendarStore {
  readonly calendars = new Map<string, CalendarData>();
  readonly eventsById = new Map<string, EventData>();
  /** Successful calendar writes (create, set…, guests, tags, delete). */
  writes = 0;
  private remaining = Number.POSITIVE_INFINITY;
  private nextEventNumber = 1;

  /** A calendar other than the user's default one, e.g. the group's shared calendar. */
  addCalendar(calendar: { id: string; name: string; timeZone?: string }, defaultTimeZone = 'UTC'): CalendarData {
    const data = { id: calendar.id, name: calendar.name, timeZone: calendar.timeZone ?? defaultTimeZone };
    this.calendars.set(data.id, data);
    return data;
  }

  /** After `n` more successful writes, every calendar write fails until resetQuota(). */
  failWritesAfter(n: number): void {
    this.remaining = n;
  }

  resetQuota(): void {
    this.remaining = Number.POSITIVE_INFINITY;
  }

  /** Every event, as plain objects, in start order. */
  events(): EventData[] {
    return [...this.eventsById.values()].sort((a, b) => a.start.localeCompare(b.start)).map((e) => structuredClone(e));
  }

  /** Called once a write is known to be valid, just before it is applied. */
  chargeWrite(): void {
    if (this.remaining <= 0) throw new ScriptException(CALENDAR_QUOTA_MESSAGE);
    this.remaining--;
    this.writes++;
  }

  newEventId(): string {
    return `emulated-${this.nextEventNumber++}@google.com`;
  }

  toJSON(): CalendarSnapshot {
    return {
      calendars: [...this.calendars.values()].map((c) => ({ ...c })),
      events: this.events(),
      nextEventNumber: this.nextEventNumber,
    };
  }

  static fromJSON(snapshot: CalendarSnapshot): CalendarStore {
    const store = new CalendarStore();
    for (const calendar of snapshot.calendars) store.calendars.set(calendar.id, { ...calendar });
    for (const event of snapshot.events) store.eventsById.set(event.id, structuredClone(event));
    store.nextEventNumber = snapshot.nextEventNumber;
    return store;
  }
}
