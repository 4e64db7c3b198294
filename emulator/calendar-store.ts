import { ScriptException } from './errors';

/**
 * The calendars and events behind CalendarApp and the Calendar advanced service (one store, two
 * views: an event CalendarApp made is an event the API lists, and the other way round), kept as
 * plain data (ISO instants) so they snapshot to JSON, plus the controls tests use: write
 * counting, a quota that runs out, a guest's answer, an event deleted by hand.
 */

/** An attendee's answer, as the Calendar API names it. */
export type ResponseStatus = 'needsAction' | 'declined' | 'tentative' | 'accepted';
export type AccessRole = 'owner' | 'writer' | 'reader';

export interface CalendarData {
  id: string;
  name: string;
  timeZone: string;
  /**
   * Who made it. A user's default calendar is owned by that user; a calendar a test adds without
   * an owner (and without an ACL) is open to everyone, as the CalendarApp tests always assumed.
   */
  owner?: string;
  /** Sharing rules by lower-case email (Acl.insert). */
  acl?: Record<string, AccessRole>;
  /** Made by the script with Calendars.insert: what the calendar.app.created scope reaches. */
  madeByScript?: boolean;
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
  /** Fields only the Calendar API sets; absent on events CalendarApp made. */
  /** 'cancelled' once deleted through the API or by hand: the API keeps deleted events. */
  status?: 'confirmed' | 'cancelled';
  /** Set when Events.insert was given one; else the iCalUID is `id`. */
  iCalUID?: string;
  startTimeZone?: string;
  endTimeZone?: string;
  /** Answers by lower-case email; a guest missing here has not answered (needsAction). */
  responses?: Record<string, ResponseStatus>;
  privateProperties?: Record<string, string>;
  conference?: { id: string; requestId: string; status: 'pending' | 'success' };
  sequence?: number;
  creator?: string;
  /** The sendUpdates of the last API write ('all', 'externalOnly', 'none'). */
  sendUpdates?: string;
  /** Deleted by hand and emptied from the bin: listed cancelled, but patch and update answer 410. */
  purged?: boolean;
}

export interface CalendarSnapshot {
  calendars: CalendarData[];
  events: EventData[];
  nextEventNumber: number;
  nextCalendarNumber?: number;
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
  /** Successful calendar writes (create, set…, guests, tags, delete; API insert, patch, update, remove, ACL). */
  writes = 0;
  /** The clock of "by hand" changes (a guest's answer, a deletion in Calendar's UI); the Emulator sets its own. */
  clock: () => Date = () => new Date();
  /** When true, new Meet conferences come back 'pending' and turn 'success' at the event's next read. */
  conferencesPending = false;
  /** How the API words a spent quota (see failWritesAfter). */
  quotaKind: 'rateLimit' | 'usageLimits' = 'rateLimit';
  private remaining = Number.POSITIVE_INFINITY;
  private nextEventNumber = 1;
  private nextCalendarNumber = 1;

  /** A calendar other than the user's default one, e.g. the group's shared calendar. */
  addCalendar(
    calendar: { id: string; name: string; timeZone?: string; owner?: string; acl?: Record<string, AccessRole> },
    defaultTimeZone = 'UTC',
  ): CalendarData {
    const data: CalendarData = { id: calendar.id, name: calendar.name, timeZone: calendar.timeZone ?? defaultTimeZone };
    if (calendar.owner !== undefined) data.owner = calendar.owner;
    if (calendar.acl !== undefined) data.acl = { ...calendar.acl };
    this.calendars.set(data.id, data);
    return data;
  }

  /** The id Calendars.insert gives a new secondary calendar. */
  newCalendarId(): string {
    return `emulated${this.nextCalendarNumber++}@group.calendar.google.com`;
  }

  /** An event by its CalendarApp id, its API id or its iCalUID. */
  findEvent(id: string): EventData | undefined {
    return this.eventsById.get(id) ?? [...this.eventsById.values()].find((e) => apiEventId(e) === id || e.iCalUID === id);
  }

  /** A guest answers the invitation (as they would in Calendar or from the invitation email). */
  respond(eventId: string, email: string, status: ResponseStatus): void {
    const event = this.existing(eventId);
    const key = email.trim().toLowerCase();
    if (!['needsAction', 'declined', 'tentative', 'accepted'].includes(status)) throw new Error(`Emulator: no such answer: ${status}`);
    if (!event.guests.some((g) => g.toLowerCase() === key)) throw new Error(`Emulator: ${email} is not a guest of ${eventId}`);
    event.responses = { ...event.responses, [key]: status };
    this.touch(event);
  }

  /**
   * Someone deletes the event in Calendar's UI: the API keeps it, cancelled. `purged`: it was also
   * emptied from Calendar's bin, so the API still lists it cancelled but refuses to change it
   * (410 Gone, assumed: the reference does not say what a purged event answers).
   */
  deleteByHand(eventId: string, options: { purged?: boolean } = {}): void {
    const event = this.existing(eventId);
    event.status = 'cancelled';
    if (options.purged === true) event.purged = true;
    this.touch(event);
  }

  /** Moves `updated` on, strictly, even for two changes in the same millisecond of the clock. */
  touch(event: EventData, now = this.clock()): void {
    event.lastUpdated = new Date(Math.max(now.getTime(), Date.parse(event.lastUpdated) + 1)).toISOString();
  }

  private existing(eventId: string): EventData {
    const event = this.findEvent(eventId);
    if (!event) throw new Error(`Emulator: no calendar event ${eventId}`);
    return event;
  }

  /**
   * After `n` more successful writes, every calendar write fails until resetQuota(). The Calendar
   * API then answers 403 'Rate Limit Exceeded' (rateLimitExceeded) or, with 'usageLimits', 403
   * 'Calendar usage limits exceeded.' (quotaExceeded); CalendarApp always throws its own message.
   */
  failWritesAfter(n: number, kind: 'rateLimit' | 'usageLimits' = 'rateLimit'): void {
    this.remaining = n;
    this.quotaKind = kind;
  }

  resetQuota(): void {
    this.remaining = Number.POSITIVE_INFINITY;
  }

  /** Every event not deleted (or, with `withDeleted`, every event), as plain objects, in start order. */
  events(withDeleted = false): EventData[] {
    return [...this.eventsById.values()].filter((e) => withDeleted || e.status !== 'cancelled').sort((a, b) => a.start.localeCompare(b.start)).map((e) => structuredClone(e));
  }

  /** Called once a write is known to be valid, just before it is applied. */
  chargeWrite(): void {
    if (!this.spendWrite()) throw new ScriptException(CALENDAR_QUOTA_MESSAGE);
  }

  /** Counts a write; false, counting nothing, once the quota has run out (each view words the failure). */
  spendWrite(): boolean {
    if (this.remaining <= 0) return false;
    this.remaining--;
    this.writes++;
    return true;
  }

  newEventId(): string {
    return `emulated-${this.nextEventNumber++}@google.com`;
  }

  toJSON(): CalendarSnapshot {
    return {
      calendars: [...this.calendars.values()].map((c) => structuredClone(c)),
      events: this.events(true),
      nextEventNumber: this.nextEventNumber,
      nextCalendarNumber: this.nextCalendarNumber,
    };
  }

  static fromJSON(snapshot: CalendarSnapshot): CalendarStore {
    const store = new CalendarStore();
    for (const calendar of snapshot.calendars) store.calendars.set(calendar.id, structuredClone(calendar));
    for (const event of snapshot.events) store.eventsById.set(event.id, structuredClone(event));
    store.nextEventNumber = snapshot.nextEventNumber;
    store.nextCalendarNumber = snapshot.nextCalendarNumber ?? 1;
    return store;
  }
}

/**
 * The API's id of an event: CalendarApp's id is the iCalUID, `<id>@google.com`; API ids use the
 * characters a–v and 0–9 only, so the emulator's `emulated-7@google.com` becomes `emulated7`.
 * https://developers.google.com/calendar/api/v3/reference/events#id
 */
export function apiEventId(event: EventData): string {
  return event.id.replace(/@google\.com$/, '').replace(/-/g, '');
}
