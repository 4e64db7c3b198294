import type { EmulatedUser } from './core';
import type { ServiceEnv } from './env';
import { ScriptException } from './errors';
import type { CalendarData, CalendarStore, EventData } from './calendar-store';
import { isDate, signatureMessage } from './values';

/**
 * CalendarApp over a CalendarStore. Every method needs the user's authorization, so simple
 * triggers, custom functions and visitors are refused; the user's default calendar has the
 * user's email as its id.
 * https://developers.google.com/apps-script/reference/calendar/calendar-app
 * https://developers.google.com/apps-script/reference/calendar/calendar
 * https://developers.google.com/apps-script/reference/calendar/calendar-event
 */

/** Whose default calendar CalendarApp opens, read at call time. */
export interface CalendarOwner {
  readonly user: EmulatedUser | null;
  readonly scriptTimeZone: string;
  /** The manifest's scopes: an API method none of whose scopes is among them is refused (403). */
  readonly oauthScopes: readonly string[];
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

function checkTimes(method: string, args: readonly unknown[], start: unknown, end: unknown): { start: Date; end: Date } {
  if (!isDate(start) || !isDate(end)) throw new ScriptException(signatureMessage(method, args));
  if (end.getTime() < start.getTime()) throw new ScriptException('Event start date must be before event end date.');
  return { start, end };
}

/** Apps Script reports a bad argument by its parameter name: "Invalid argument: guests". */
function checkEmail(email: string, parameter: string): string {
  const trimmed = email.trim();
  if (!EMAIL.test(trimmed)) throw new ScriptException(`Invalid argument: ${parameter}`);
  return trimmed;
}

class EventGuestImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly email: string,
  ) {}

  getEmail(): string {
    this.env.guard('EventGuest', 'getEmail', 'authorized');
    return this.email;
  }
}

class CalendarEventImpl {
  /** Kept so that reads still answer after deleteEvent(), as the real object does. */
  private last: EventData;

  constructor(
    private readonly env: ServiceEnv,
    private readonly store: CalendarStore,
    data: EventData,
  ) {
    this.last = data;
  }

  private read(method: string): EventData {
    this.env.guard('CalendarEvent', method, 'authorized');
    this.last = this.store.eventsById.get(this.last.id) ?? this.last;
    return this.last;
  }

  private write(method: string, change: (data: EventData) => void): CalendarEventImpl {
    this.env.guard('CalendarEvent', method, 'authorized');
    const data = this.store.eventsById.get(this.last.id);
    if (!data || data.status === 'cancelled') throw new Error(`Emulator: calendar event ${this.last.id} was deleted`);
    this.store.chargeWrite();
    change(data);
    // Every write moves it on, even two in the same millisecond of the emulated clock: the
    // real one is the server's time of each change, and a script's calls are never that close.
    this.store.touch(data, this.env.now());
    this.last = data;
    return this;
  }

  getId(): string {
    const data = this.read('getId');
    return data.iCalUID ?? data.id;
  }

  getTitle(): string {
    return this.read('getTitle').title;
  }

  setTitle(title: string): CalendarEventImpl {
    return this.write('setTitle', (d) => (d.title = String(title)));
  }

  getStartTime(): Date {
    return new Date(this.read('getStartTime').start);
  }

  getEndTime(): Date {
    return new Date(this.read('getEndTime').end);
  }

  setTime(startTime: unknown, endTime: unknown): CalendarEventImpl {
    const { start, end } = checkTimes('CalendarApp.CalendarEvent.setTime', [startTime, endTime], startTime, endTime);
    return this.write('setTime', (d) => {
      d.start = start.toISOString();
      d.end = end.toISOString();
    });
  }

  getDescription(): string {
    return this.read('getDescription').description;
  }

  setDescription(description: string): CalendarEventImpl {
    return this.write('setDescription', (d) => (d.description = String(description)));
  }

  getLocation(): string {
    return this.read('getLocation').location;
  }

  setLocation(location: string): CalendarEventImpl {
    return this.write('setLocation', (d) => (d.location = String(location)));
  }

  getGuestList(): EventGuestImpl[] {
    return this.read('getGuestList').guests.map((email) => new EventGuestImpl(this.env, email));
  }

  addGuest(email: string): CalendarEventImpl {
    const guest = checkEmail(String(email), 'email');
    return this.write('addGuest', (d) => {
      if (!d.guests.some((g) => g.toLowerCase() === guest.toLowerCase())) d.guests.push(guest);
    });
  }

  removeGuest(email: string): CalendarEventImpl {
    const guest = String(email).trim().toLowerCase();
    return this.write('removeGuest', (d) => (d.guests = d.guests.filter((g) => g.toLowerCase() !== guest)));
  }

  getTag(key: string): string | null {
    return this.read('getTag').tags[String(key)] ?? null;
  }

  setTag(key: string, value: unknown): CalendarEventImpl {
    return this.write('setTag', (d) => (d.tags[String(key)] = String(value)));
  }

  getAllTagKeys(): string[] {
    return Object.keys(this.read('getAllTagKeys').tags);
  }

  deleteTag(key: string): CalendarEventImpl {
    return this.write('deleteTag', (d) => delete d.tags[String(key)]);
  }

  getLastUpdated(): Date {
    return new Date(this.read('getLastUpdated').lastUpdated);
  }

  getDateCreated(): Date {
    return new Date(this.read('getDateCreated').created);
  }

  isAllDayEvent(): boolean {
    this.read('isAllDayEvent');
    return false;
  }

  getOriginalCalendarId(): string {
    return this.read('getOriginalCalendarId').calendarId;
  }

  deleteEvent(): void {
    // The event stays in the store, cancelled, as the Calendar API then reports it.
    this.write('deleteEvent', (d) => (d.status = 'cancelled'));
  }
}

interface EventOptions {
  description?: unknown;
  location?: unknown;
  guests?: unknown;
  sendInvites?: unknown;
}

interface SearchOptions {
  search?: unknown;
  max?: unknown;
}

type CreateArgs = [title: string, startTime: unknown, endTime: unknown, options: EventOptions | undefined];

function createEvent(env: ServiceEnv, store: CalendarStore, calendar: CalendarData, args: CreateArgs): CalendarEventImpl {
  const [title, startTime, endTime, options = {}] = args;
  const { start, end } = checkTimes('CalendarApp.Calendar.createEvent', [title, startTime, endTime], startTime, endTime);
  const guests = String(options.guests ?? '')
    .split(',')
    .filter((g) => g.trim() !== '')
    .map((g) => checkEmail(g, 'guests'));
  store.chargeWrite();
  const now = env.now().toISOString();
  const data: EventData = {
    id: store.newEventId(),
    calendarId: calendar.id,
    title: String(title),
    start: start.toISOString(),
    end: end.toISOString(),
    description: String(options.description ?? ''),
    location: String(options.location ?? ''),
    guests,
    tags: {},
    sendInvites: options.sendInvites === true,
    created: now,
    lastUpdated: now,
  };
  store.eventsById.set(data.id, data);
  return new CalendarEventImpl(env, store, data);
}

function findEvent(env: ServiceEnv, store: CalendarStore, calendar: CalendarData, iCalId: string): CalendarEventImpl | null {
  const id = String(iCalId);
  const data = store.eventsById.get(id) ?? [...store.eventsById.values()].find((e) => e.iCalUID === id);
  return data && data.calendarId === calendar.id && data.status !== 'cancelled' ? new CalendarEventImpl(env, store, data) : null;
}

class CalendarImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly store: CalendarStore,
    private readonly data: CalendarData,
  ) {}

  getId(): string {
    this.env.guard('Calendar', 'getId', 'authorized');
    return this.data.id;
  }

  getName(): string {
    this.env.guard('Calendar', 'getName', 'authorized');
    return this.data.name;
  }

  getTimeZone(): string {
    this.env.guard('Calendar', 'getTimeZone', 'authorized');
    return this.data.timeZone;
  }

  createEvent(title: string, startTime: unknown, endTime: unknown, options?: EventOptions): CalendarEventImpl {
    this.env.guard('Calendar', 'createEvent', 'authorized');
    return createEvent(this.env, this.store, this.data, [title, startTime, endTime, options]);
  }

  getEventById(iCalId: string): CalendarEventImpl | null {
    this.env.guard('Calendar', 'getEventById', 'authorized');
    return findEvent(this.env, this.store, this.data, iCalId);
  }

  /** Events overlapping [startTime, endTime), in start order; `search` matches title, description or location. */
  getEvents(startTime: unknown, endTime: unknown, options: SearchOptions = {}): CalendarEventImpl[] {
    this.env.guard('Calendar', 'getEvents', 'authorized');
    if (!isDate(startTime) || !isDate(endTime)) {
      throw new ScriptException(signatureMessage('CalendarApp.Calendar.getEvents', [startTime, endTime]));
    }
    const from = startTime.toISOString();
    const to = endTime.toISOString();
    const search = options.search === undefined ? '' : String(options.search).toLowerCase();
    const found = [...this.store.eventsById.values()]
      .filter((e) => e.calendarId === this.data.id && e.status !== 'cancelled' && e.start < to && e.end > from)
      .filter((e) => search === '' || [e.title, e.description, e.location].some((t) => t.toLowerCase().includes(search)))
      .sort((a, b) => a.start.localeCompare(b.start));
    const max = options.max === undefined ? found.length : Number(options.max);
    return found.slice(0, max).map((data) => new CalendarEventImpl(this.env, this.store, data));
  }
}

class CalendarAppImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly store: CalendarStore,
    private readonly owner: CalendarOwner,
  ) {}

  /** The user's primary calendar, created on first use. */
  private defaultData(): CalendarData {
    const email = this.owner.user?.email ?? '';
    return this.store.calendars.get(email) ?? this.store.addCalendar({ id: email, name: email, owner: email }, this.owner.scriptTimeZone);
  }

  getDefaultCalendar(): CalendarImpl {
    this.env.guard('CalendarApp', 'getDefaultCalendar', 'authorized');
    return new CalendarImpl(this.env, this.store, this.defaultData());
  }

  /** null when the calendar does not exist or the user cannot see it. */
  getCalendarById(id: string): CalendarImpl | null {
    this.env.guard('CalendarApp', 'getCalendarById', 'authorized');
    this.defaultData();
    const data = this.store.calendars.get(String(id));
    return data ? new CalendarImpl(this.env, this.store, data) : null;
  }

  getAllOwnedCalendars(): CalendarImpl[] {
    this.env.guard('CalendarApp', 'getAllOwnedCalendars', 'authorized');
    this.defaultData();
    return [...this.store.calendars.values()].map((data) => new CalendarImpl(this.env, this.store, data));
  }

  createEvent(title: string, startTime: unknown, endTime: unknown, options?: EventOptions): CalendarEventImpl {
    this.env.guard('CalendarApp', 'createEvent', 'authorized');
    return createEvent(this.env, this.store, this.defaultData(), [title, startTime, endTime, options]);
  }

  getEventById(iCalId: string): CalendarEventImpl | null {
    this.env.guard('CalendarApp', 'getEventById', 'authorized');
    return findEvent(this.env, this.store, this.defaultData(), iCalId);
  }
}

export function createCalendarApp(env: ServiceEnv, store: CalendarStore, owner: CalendarOwner): GoogleAppsScript.Calendar.CalendarApp {
  return new CalendarAppImpl(env, store, owner) as unknown as GoogleAppsScript.Calendar.CalendarApp;
}
