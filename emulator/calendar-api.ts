import type { CalendarOwner } from './calendar';
import { applyResource, ApiFailure, fail, readWriteOptions, toResource, type WriteOptions } from './calendar-api-events';
import { apiEventId, type AccessRole, type CalendarData, type CalendarStore, type EventData } from './calendar-store';
import type { Meter } from './core';
import type { ServiceEnv } from './env';
import { GoogleJsonResponseException } from './google-json-error';
import { isIntlTimeZone } from './timezone';
import { CALENDAR_API_METHODS, checkRequest, recordCheckedRequest, RequestRefused } from './calendar-discovery';

/**
 * The Calendar advanced service (Calendar API v3 as Apps Script exposes it: the `Calendar`
 * global) over the same CalendarStore as CalendarApp. Calls are metered as
 * `Calendar.Events.insert`, `Calendar.Acl.list`…; each needs the user's authorization, so simple
 * triggers and custom functions are refused. Access follows each calendar's ACL.
 * https://developers.google.com/apps-script/advanced/calendar
 * https://developers.google.com/calendar/api/v3/reference
 */

type Event = GoogleAppsScript.Calendar.Schema.Event;
type AclRule = GoogleAppsScript.Calendar.Schema.AclRule;
type CalendarResource = GoogleAppsScript.Calendar.Schema.Calendar;

/** Every method, keyed by its meter name, from Google's discovery document: data for permissions and benchmarks. */
export { CALENDAR_API_METHODS, type CalendarApiMethod } from './calendar-discovery';

/** Calls of the advanced service so far, split into reads and writes. */
export function calendarApiCalls(meter: Meter): { calls: number; reads: number; writes: number } {
  let reads = 0;
  let writes = 0;
  for (const [name, n] of Object.entries(meter.snapshot())) {
    const method = CALENDAR_API_METHODS[name];
    if (method?.kind === 'read') reads += n;
    if (method?.kind === 'write') writes += n;
  }
  return { calls: reads + writes, reads, writes };
}

const RANK: Record<AccessRole, number> = { reader: 1, writer: 2, owner: 3 };
const MAX_RESULTS = 2500;
const DEFAULT_RESULTS = 250;

interface ListOptions {
  privateExtendedProperty?: unknown;
  sharedExtendedProperty?: unknown;
  showDeleted?: unknown;
  maxResults?: unknown;
  pageToken?: unknown;
  singleEvents?: unknown;
  timeMin?: unknown;
  timeMax?: unknown;
  updatedMin?: unknown;
  iCalUID?: unknown;
  orderBy?: unknown;
}

/** The list parameters modelled, plus those that change nothing here (fields, maxAttendees, timeZone…). */
const LIST_OPTIONS = new Set([
  'privateExtendedProperty',
  'sharedExtendedProperty',
  'showDeleted',
  'maxResults',
  'pageToken',
  'singleEvents',
  'timeMin',
  'timeMax',
  'updatedMin',
  'iCalUID',
  'orderBy',
  'fields',
  'maxAttendees',
  'timeZone',
  'showHiddenInvitations',
  'alwaysIncludeEmail',
]);

/** 'k=v' or ['k=v', …]: every one must match (the parameter is repeated, "all given constraints"). */
function constraints(value: unknown): [string, string][] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((c) => {
    const text = String(c);
    const at = text.indexOf('=');
    if (at <= 0) throw fail.invalid('Invalid extended property constraint.');
    return [text.slice(0, at), text.slice(at + 1)];
  });
}

function instantParam(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(String(value));
  // "Must be an RFC3339 timestamp with mandatory time zone offset."
  if (Number.isNaN(ms) || !/(Z|[+-]\d{2}:\d{2})$/i.test(String(value))) throw fail.invalid(`Bad Request: ${name}`, 'badRequest');
  return ms;
}

class CalendarApi {
  constructor(
    private readonly env: ServiceEnv,
    private readonly store: CalendarStore,
    private readonly owner: CalendarOwner,
  ) {}

  /**
   * Guards and meters a call, then does what Google does before the calendar is touched: a
   * method none of whose scopes the manifest declares is refused (403: the token cannot carry
   * them, whatever the user ticked), and a request the discovery document does not describe
   * (unknown parameter or field, wrong type, value outside an enum) is refused (400). API
   * failures are worded as Apps Script words them.
   */
  call<T>(name: string, parameters: Readonly<Record<string, unknown>>, resource: unknown, body: () => T): T {
    const [, collection = '', method = ''] = name.split('.');
    this.env.guard(`Calendar.${collection}`, method, 'authorized');
    const api = CALENDAR_API_METHODS[name];
    if (!api) throw new Error(`Emulator: ${name} is not a method of the Calendar API v3`);
    try {
      if (!api.scopes.some((scope) => this.owner.oauthScopes.includes(scope))) throw fail.insufficientScopes();
      try {
        checkRequest(name, parameters, resource);
        recordCheckedRequest(name, 'valid');
      } catch (error) {
        if (error instanceof RequestRefused) recordCheckedRequest(name, 'refused');
        throw error;
      }
      return body();
    } catch (error) {
      if (error instanceof ApiFailure || error instanceof RequestRefused) throw new GoogleJsonResponseException(api.rest, error.body);
      throw error;
    }
  }

  get me(): string {
    return this.owner.user?.email ?? '';
  }

  /** The user's primary calendar, made on first use like CalendarApp's default calendar. */
  private primary(): CalendarData {
    return this.store.calendars.get(this.me) ?? this.store.addCalendar({ id: this.me, name: this.me, owner: this.me }, this.owner.scriptTimeZone);
  }

  /** A calendar a test added with neither owner nor ACL is open to everyone. */
  roleOn(calendar: CalendarData): AccessRole | null {
    if (calendar.owner === undefined && calendar.acl === undefined) return 'owner';
    const me = this.me.toLowerCase();
    if (calendar.owner?.toLowerCase() === me) return 'owner';
    return calendar.acl?.[me] ?? null;
  }

  /** The calendar, if the user has at least `need` on it: else 404 (cannot see it) or 403. */
  calendar(calendarId: unknown, need: AccessRole): CalendarData {
    const id = String(calendarId);
    const primary = this.primary();
    const calendar = id === 'primary' ? primary : this.store.calendars.get(id);
    const role = calendar ? this.roleOn(calendar) : null;
    if (!calendar || role === null) throw fail.notFound();
    if (RANK[role] < RANK[need]) throw need === 'writer' ? fail.needsWriter() : fail.forbidden();
    return calendar;
  }

  event(calendar: CalendarData, eventId: unknown): EventData {
    const id = String(eventId);
    const event = [...this.store.eventsById.values()].find((e) => e.calendarId === calendar.id && apiEventId(e) === id);
    if (!event) throw fail.notFound();
    if (event.conference?.status === 'pending') event.conference.status = 'success';
    return event;
  }

  write(): void {
    if (!this.store.spendWrite()) throw this.store.quotaKind === 'usageLimits' ? fail.usageLimits() : fail.rateLimit();
  }

  now(): string {
    return this.env.now().toISOString();
  }

  list(calendarId: unknown, options: ListOptions = {}): GoogleAppsScript.Calendar.Schema.Events {
    const unknown = Object.keys(options).filter((k) => !LIST_OPTIONS.has(k));
    if (unknown.length > 0) throw new Error(`Emulator: Events.list does not model ${unknown.join(', ')}`);
    const calendar = this.calendar(calendarId, 'reader');
    const priv = constraints(options.privateExtendedProperty);
    const shared = constraints(options.sharedExtendedProperty);
    const timeMin = instantParam(options.timeMin, 'timeMin');
    const timeMax = instantParam(options.timeMax, 'timeMax');
    const updatedMin = instantParam(options.updatedMin, 'updatedMin');
    if (timeMin !== undefined && timeMax !== undefined && timeMax <= timeMin) {
      throw fail.invalid('The specified time range is empty.', 'timeRangeEmpty');
    }
    if (options.orderBy === 'startTime' && options.singleEvents !== true) {
      throw fail.invalid('The requested ordering is not available for the particular query.', 'badRequest');
    }
    const max = options.maxResults === undefined ? DEFAULT_RESULTS : Math.min(Number(options.maxResults), MAX_RESULTS);
    if (!Number.isInteger(max) || max < 1) throw fail.invalid('Invalid value for: maxResults');
    const offset = options.pageToken === undefined ? 0 : Number(Buffer.from(String(options.pageToken), 'base64url').toString());
    if (!Number.isInteger(offset) || offset < 0) throw fail.invalid('Invalid page token value.');

    const matching = [...this.store.eventsById.values()].filter(
      (e) =>
        e.calendarId === calendar.id &&
        (options.showDeleted === true || e.status !== 'cancelled') &&
        priv.every(([k, v]) => e.privateProperties?.[k] === v) &&
        shared.every(([k, v]) => e.tags[k] === v) &&
        (timeMin === undefined || Date.parse(e.end) > timeMin) &&
        (timeMax === undefined || Date.parse(e.start) < timeMax) &&
        (updatedMin === undefined || Date.parse(e.lastUpdated) >= updatedMin) &&
        (options.iCalUID === undefined || (e.iCalUID ?? e.id) === String(options.iCalUID)),
    );
    if (options.orderBy === 'startTime') matching.sort((a, b) => a.start.localeCompare(b.start));
    if (options.orderBy === 'updated') matching.sort((a, b) => a.lastUpdated.localeCompare(b.lastUpdated));
    const page = matching.slice(offset, offset + max);
    for (const e of page) if (e.conference?.status === 'pending') e.conference.status = 'success';
    const result: GoogleAppsScript.Calendar.Schema.Events = {
      kind: 'calendar#events',
      etag: `"${Date.parse(this.now())}000"`,
      summary: calendar.name,
      updated: this.now(),
      timeZone: calendar.timeZone,
      accessRole: this.roleOn(calendar) ?? 'reader',
      defaultReminders: [],
      items: page.map((e) => toResource(e, calendar, this.me)),
    };
    if (offset + max < matching.length) result.nextPageToken = Buffer.from(String(offset + max)).toString('base64url');
    return result;
  }

  insert(resource: Event, calendarId: unknown, options: WriteOptions = {}): Event {
    const calendar = this.calendar(calendarId, 'writer');
    const { sendUpdates, conferences } = readWriteOptions(options);
    const now = this.now();
    const requested = resource.id;
    if (requested !== undefined && !/^[a-v0-9]{5,1024}$/.test(requested)) throw fail.invalid('Invalid resource id value.');
    const id = requested === undefined ? this.store.newEventId() : `${requested}@google.com`;
    const event: EventData = {
      id,
      calendarId: calendar.id,
      title: '',
      start: now,
      end: now,
      description: '',
      location: '',
      guests: [],
      tags: {},
      sendInvites: sendUpdates !== 'none',
      created: now,
      lastUpdated: now,
      status: 'confirmed',
      sequence: 0,
      creator: this.me,
      sendUpdates,
    };
    applyResource(event, resource, 'insert', { conferences, conferencesPending: this.store.conferencesPending });
    if (resource.iCalUID !== undefined) event.iCalUID = String(resource.iCalUID);
    const clash = [...this.store.eventsById.values()].some(
      (e) => e.id === id || (e.calendarId === calendar.id && resource.iCalUID !== undefined && (e.iCalUID ?? e.id) === event.iCalUID),
    );
    if (clash) throw fail.duplicate();
    this.write();
    this.store.eventsById.set(event.id, event);
    return toResource(event, calendar, this.me);
  }

  change(mode: 'patch' | 'update', resource: Event, calendarId: unknown, eventId: unknown, options: WriteOptions = {}): Event {
    const calendar = this.calendar(calendarId, 'writer');
    const { sendUpdates, conferences } = readWriteOptions(options);
    const stored = this.event(calendar, eventId);
    if (stored.purged === true) throw fail.deleted();
    const next = structuredClone(stored);
    applyResource(next, resource, mode, { conferences, conferencesPending: this.store.conferencesPending });
    this.write();
    next.sequence = (stored.sequence ?? 0) + 1;
    next.sendUpdates = sendUpdates;
    this.store.touch(next, this.env.now());
    this.store.eventsById.set(next.id, next);
    return toResource(next, calendar, this.me);
  }

  remove(calendarId: unknown, eventId: unknown, options: WriteOptions = {}): void {
    const calendar = this.calendar(calendarId, 'writer');
    const { sendUpdates } = readWriteOptions({ sendUpdates: options.sendUpdates });
    const event = this.event(calendar, eventId);
    if (event.status === 'cancelled') throw fail.deleted();
    this.write();
    event.status = 'cancelled';
    event.sendUpdates = sendUpdates;
    this.store.touch(event, this.env.now());
  }

  /**
   * "Moves an event to another calendar, i.e. changes an event's organizer." Writer access to
   * both calendars is assumed enough (the reference does not say).
   * https://developers.google.com/calendar/api/v3/reference/events/move
   */
  move(calendarId: unknown, eventId: unknown, destination: unknown, options: WriteOptions = {}): Event {
    const from = this.calendar(calendarId, 'writer');
    const to = this.calendar(destination, 'writer');
    const { sendUpdates } = readWriteOptions({ sendUpdates: options.sendUpdates });
    const event = this.event(from, eventId);
    this.write();
    event.calendarId = to.id;
    event.sendUpdates = sendUpdates;
    this.store.touch(event, this.env.now());
    return toResource(event, to, this.me);
  }

  calendarResource(calendar: CalendarData): CalendarResource {
    return {
      kind: 'calendar#calendar',
      etag: `"${calendar.id.length}000"`,
      id: calendar.id,
      summary: calendar.name,
      timeZone: calendar.timeZone,
      conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
    };
  }

  insertCalendar(resource: CalendarResource): CalendarResource {
    if (resource.summary === undefined || String(resource.summary).trim() === '') throw fail.invalid('Missing title.', 'required');
    const timeZone = resource.timeZone === undefined ? this.owner.scriptTimeZone : String(resource.timeZone);
    if (!isIntlTimeZone(timeZone)) throw fail.invalid('Invalid time zone.');
    this.write();
    const calendar = this.store.addCalendar({ id: this.store.newCalendarId(), name: String(resource.summary), timeZone, owner: this.me, acl: {} });
    calendar.madeByScript = true;
    return this.calendarResource(calendar);
  }

  listEntry(calendar: CalendarData): GoogleAppsScript.Calendar.Schema.CalendarListEntry {
    return {
      kind: 'calendar#calendarListEntry',
      id: calendar.id,
      summary: calendar.name,
      timeZone: calendar.timeZone,
      accessRole: this.roleOn(calendar) ?? 'reader',
      ...(calendar.id === this.me ? { primary: true } : {}),
    };
  }

  /** The primary calendar first, then the others in the order they were made. */
  visibleCalendars(): CalendarData[] {
    const primary = this.primary();
    return [primary, ...[...this.store.calendars.values()].filter((c) => c !== primary && this.roleOn(c) !== null)];
  }

  rules(calendar: CalendarData): AclRule[] {
    const owner = calendar.owner ?? calendar.id;
    const entries: [string, AccessRole][] = [[owner, 'owner'], ...Object.entries(calendar.acl ?? {}).filter(([email]) => email !== owner.toLowerCase())];
    return entries.map(([email, role]) => ({
      kind: 'calendar#aclRule',
      etag: `"${email.length}${RANK[role]}"`,
      id: `user:${email}`,
      scope: { type: 'user', value: email },
      role,
    }));
  }

  insertRule(rule: AclRule, calendarId: unknown): AclRule {
    const calendar = this.calendar(calendarId, 'owner');
    const role = rule.role as AccessRole | undefined;
    if (role === undefined || !(role in RANK)) throw fail.invalid('Invalid role value.');
    if (rule.scope?.type !== 'user') throw new Error('Emulator: only ACL rules for one user (scope.type "user") are modelled');
    const email = String(rule.scope.value ?? '').trim().toLowerCase();
    if (email === '') throw fail.invalid('Missing scope value.', 'required');
    if (email === this.me.toLowerCase()) throw fail.ownAcl();
    this.write();
    calendar.acl = { ...calendar.acl, [email]: role };
    return this.rules(calendar).find((r) => r.id === `user:${email}`) ?? {};
  }

  removeRule(calendarId: unknown, ruleId: unknown): void {
    const calendar = this.calendar(calendarId, 'owner');
    const email = String(ruleId).replace(/^user:/, '').toLowerCase();
    if (email === this.me.toLowerCase()) throw fail.ownAcl();
    if (calendar.acl?.[email] === undefined) throw fail.notFound();
    this.write();
    const { [email]: _removed, ...rest } = calendar.acl;
    calendar.acl = rest;
  }
}

/** Only the methods a Schema.* factory needs: `Calendar.newEvent()` and friends return plain objects. */
const FACTORIES = [
  'newAclRule',
  'newAclRuleScope',
  'newCalendar',
  'newConferenceData',
  'newConferenceSolutionKey',
  'newCreateConferenceRequest',
  'newEvent',
  'newEventAttendee',
  'newEventDateTime',
  'newEventExtendedProperties',
] as const;

export function createCalendarApi(env: ServiceEnv, store: CalendarStore, owner: CalendarOwner): GoogleAppsScript.Calendar {
  const api = new CalendarApi(env, store, owner);
  const service = {
    Events: {
      list: (calendarId: string, options: ListOptions = {}) =>
        api.call('Calendar.Events.list', { calendarId, ...options }, undefined, () => api.list(calendarId, options)),
      get: (calendarId: string, eventId: string, options: Record<string, unknown> = {}) =>
        api.call('Calendar.Events.get', { calendarId, eventId, ...options }, undefined, () => {
          const calendar = api.calendar(calendarId, 'reader');
          return toResource(api.event(calendar, eventId), calendar, api.me);
        }),
      insert: (resource: Event, calendarId: string, options: WriteOptions = {}) =>
        api.call('Calendar.Events.insert', { calendarId, ...options }, resource, () => api.insert(resource, calendarId, options)),
      patch: (resource: Event, calendarId: string, eventId: string, options: WriteOptions = {}) =>
        api.call('Calendar.Events.patch', { calendarId, eventId, ...options }, resource, () => api.change('patch', resource, calendarId, eventId, options)),
      update: (resource: Event, calendarId: string, eventId: string, options: WriteOptions = {}) =>
        api.call('Calendar.Events.update', { calendarId, eventId, ...options }, resource, () => api.change('update', resource, calendarId, eventId, options)),
      remove: (calendarId: string, eventId: string, options: WriteOptions = {}) =>
        api.call('Calendar.Events.remove', { calendarId, eventId, ...options }, undefined, () => api.remove(calendarId, eventId, options)),
      move: (calendarId: string, eventId: string, destination: string, options: WriteOptions = {}) =>
        api.call('Calendar.Events.move', { calendarId, eventId, destination, ...options }, undefined, () => api.move(calendarId, eventId, destination, options)),
    },
    Calendars: {
      insert: (resource: CalendarResource) => api.call('Calendar.Calendars.insert', {}, resource, () => api.insertCalendar(resource)),
      get: (calendarId: string) =>
        api.call('Calendar.Calendars.get', { calendarId }, undefined, () => api.calendarResource(api.calendar(calendarId, 'reader'))),
    },
    CalendarList: {
      list: (options: Record<string, unknown> = {}) =>
        api.call('Calendar.CalendarList.list', options, undefined, () => ({
          kind: 'calendar#calendarList',
          items: api.visibleCalendars().map((c) => api.listEntry(c)),
        })),
      get: (calendarId: string) =>
        api.call('Calendar.CalendarList.get', { calendarId }, undefined, () => api.listEntry(api.calendar(calendarId, 'reader'))),
    },
    Acl: {
      insert: (rule: AclRule, calendarId: string, options: Record<string, unknown> = {}) =>
        api.call('Calendar.Acl.insert', { calendarId, ...options }, rule, () => api.insertRule(rule, calendarId)),
      list: (calendarId: string, options: Record<string, unknown> = {}) =>
        api.call('Calendar.Acl.list', { calendarId, ...options }, undefined, () => ({ kind: 'calendar#acl', items: api.rules(api.calendar(calendarId, 'owner')) })),
      remove: (calendarId: string, ruleId: string) =>
        api.call('Calendar.Acl.remove', { calendarId, ruleId }, undefined, () => api.removeRule(calendarId, ruleId)),
    },
    ...Object.fromEntries(FACTORIES.map((name) => [name, () => ({})])),
  };
  return service as unknown as GoogleAppsScript.Calendar;
}
