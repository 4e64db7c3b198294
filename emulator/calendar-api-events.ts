import { createHash } from 'node:crypto';
import { apiEventId, type CalendarData, type EventData, type ResponseStatus } from './calendar-store';
import { apiError, type ApiErrorBody } from './google-json-error';
import { fromZoned, isIntlTimeZone, offsetMs } from './timezone';

/**
 * The Calendar API's Event resource over the store's EventData, both ways: what a read returns,
 * and how insert, patch and update change the stored event.
 * https://developers.google.com/calendar/api/v3/reference/events (the resource)
 * https://developers.google.com/calendar/api/v3/reference/events/insert
 * https://developers.google.com/calendar/api/v3/reference/events/patch
 * https://developers.google.com/calendar/api/v3/reference/events/update
 */

type Event = GoogleAppsScript.Calendar.Schema.Event;
type EventDateTime = GoogleAppsScript.Calendar.Schema.EventDateTime;

/** An API failure before Apps Script words it; calendar-api.ts adds the method's name. */
export class ApiFailure extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
}

export const fail = {
  notFound: () => new ApiFailure(apiError(404, 'global', 'notFound', 'Not Found')),
  deleted: () => new ApiFailure(apiError(410, 'global', 'deleted', 'Resource has been deleted')),
  needsWriter: () =>
    new ApiFailure(apiError(403, 'calendar', 'requiredAccessLevel', 'You need to have writer access to this calendar.')),
  forbidden: () => new ApiFailure(apiError(403, 'global', 'forbidden', 'Forbidden')),
  ownAcl: () => new ApiFailure(apiError(403, 'calendar', 'cannotChangeOwnAcl', 'Cannot change your own access level.')),
  rateLimit: () => new ApiFailure(apiError(403, 'usageLimits', 'rateLimitExceeded', 'Rate Limit Exceeded')),
  usageLimits: () => new ApiFailure(apiError(403, 'usageLimits', 'quotaExceeded', 'Calendar usage limits exceeded.')),
  duplicate: () => new ApiFailure(apiError(409, 'global', 'duplicate', 'The requested identifier already exists.')),
  /** The token lacks every scope the method accepts (the manifest declares none of them). */
  insufficientScopes: () => new ApiFailure(apiError(403, 'global', 'insufficientPermissions', 'Request had insufficient authentication scopes.')),
  invalid: (message: string, reason = 'invalid') => new ApiFailure(apiError(400, 'global', reason, message)),
};

const RESPONSES: readonly ResponseStatus[] = ['needsAction', 'declined', 'tentative', 'accepted'];
const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;
const MEET_ICON = 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png';

/** "2026-06-10T10:00:00-03:00": the instant as the zone's wall clock, with its offset. */
export function rfc3339(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  const offset = Math.round(offsetMs(ms, timeZone) / 60_000);
  const wall = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${wall}Z`;
  const abs = Math.abs(offset);
  return `${wall}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/i;

/**
 * An EventDateTime as an instant and the zone it was given in. "A time zone offset is required
 * unless a time zone is explicitly specified in timeZone."
 * https://developers.google.com/calendar/api/v3/reference/events#start.dateTime
 */
function instantOf(which: 'start' | 'end', value: EventDateTime | undefined): { iso: string; timeZone?: string } {
  if (value === undefined || value === null) throw fail.invalid(`Missing ${which} time.`, 'required');
  if (value.dateTime === undefined && value.date !== undefined) {
    throw new Error('Emulator: all-day events ({date}) are not modelled by the Calendar API emulation');
  }
  const timeZone = value.timeZone;
  if (timeZone !== undefined && !isIntlTimeZone(timeZone)) throw fail.invalid(`Invalid time zone definition for ${which} time.`);
  const m = DATE_TIME.exec(String(value.dateTime ?? ''));
  if (!m) throw fail.invalid(`Invalid ${which} time.`);
  const [, y, mo, d, h, mi, s = '0', frac = '0', zone] = m;
  const wall = { year: +y!, month: +mo!, day: +d!, hour: +h!, minute: +mi!, second: +s, millisecond: Math.floor(+`0.${frac}` * 1000) };
  let ms: number;
  if (zone !== undefined) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const offset = zone.toUpperCase() === 'Z' ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    ms = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond) - offset * 60_000;
  } else if (timeZone !== undefined) {
    ms = fromZoned(wall, timeZone);
  } else {
    throw fail.invalid(`Missing time zone definition for ${which} time.`, 'required');
  }
  return timeZone === undefined ? { iso: new Date(ms).toISOString() } : { iso: new Date(ms).toISOString(), timeZone };
}

/** A Meet code, xxx-xxxx-xxx, stable for one event and request. */
function meetCode(seed: string): string {
  const letters = [...createHash('sha256').update(seed).digest()].slice(0, 10).map((b) => String.fromCharCode(97 + (b % 26)));
  return `${letters.slice(0, 3).join('')}-${letters.slice(3, 7).join('')}-${letters.slice(7).join('')}`;
}

function iCalUIDOf(event: EventData): string {
  return event.iCalUID ?? event.id;
}

/** The resource a read returns: the event as seen by `viewer` on its calendar. */
export function toResource(event: EventData, calendar: CalendarData, viewer: string): Event {
  const me = viewer.toLowerCase();
  const startZone = event.startTimeZone ?? calendar.timeZone;
  const endZone = event.endTimeZone ?? calendar.timeZone;
  const id = apiEventId(event);
  const creator = event.creator ?? calendar.owner ?? calendar.id;
  const resource: Event = {
    kind: 'calendar#event',
    etag: `"${Date.parse(event.lastUpdated)}000"`,
    id,
    status: event.status ?? 'confirmed',
    htmlLink: `https://www.google.com/calendar/event?eid=${Buffer.from(`${id} ${calendar.id}`).toString('base64url')}`,
    created: event.created,
    updated: event.lastUpdated,
    summary: event.title,
    creator: { email: creator, ...(creator.toLowerCase() === me ? { self: true } : {}) },
    // The event's copy on its organizer's calendar: "whether the organizer corresponds to the calendar on which this copy of the event appears".
    organizer: { email: calendar.id, displayName: calendar.name, self: true },
    start: { dateTime: rfc3339(event.start, startZone), timeZone: startZone },
    end: { dateTime: rfc3339(event.end, endZone), timeZone: endZone },
    iCalUID: iCalUIDOf(event),
    sequence: event.sequence ?? 0,
    reminders: { useDefault: true },
    eventType: 'default',
  };
  if (event.description !== '') resource.description = event.description;
  if (event.location !== '') resource.location = event.location;
  if (event.guests.length > 0) {
    resource.attendees = event.guests.map((email) => ({
      email,
      ...(email.toLowerCase() === calendar.id.toLowerCase() ? { organizer: true } : {}),
      ...(email.toLowerCase() === me ? { self: true } : {}),
      responseStatus: event.responses?.[email.toLowerCase()] ?? 'needsAction',
    }));
  }
  const priv = event.privateProperties ?? {};
  const shared = event.tags;
  if (Object.keys(priv).length + Object.keys(shared).length > 0) {
    resource.extendedProperties = {
      ...(Object.keys(priv).length > 0 ? { private: { ...priv } } : {}),
      ...(Object.keys(shared).length > 0 ? { shared: { ...shared } } : {}),
    };
  }
  const conference = event.conference;
  if (conference !== undefined) {
    const key = { type: 'hangoutsMeet' };
    const createRequest = { requestId: conference.requestId, conferenceSolutionKey: key, status: { statusCode: conference.status } };
    if (conference.status === 'pending') {
      resource.conferenceData = { createRequest };
    } else {
      const uri = `https://meet.google.com/${conference.id}`;
      resource.conferenceData = {
        createRequest,
        entryPoints: [{ entryPointType: 'video', uri, label: uri.slice('https://'.length) }],
        conferenceSolution: { key, name: 'Google Meet', iconUri: MEET_ICON },
        conferenceId: conference.id,
      };
      resource.hangoutLink = uri;
    }
  }
  return resource;
}

export type WriteMode = 'insert' | 'patch' | 'update';

export interface WriteOptions {
  sendUpdates?: unknown;
  conferenceDataVersion?: unknown;
}

/** Checks a write's optional arguments; returns sendUpdates and whether conference data is read. */
export function readWriteOptions(options: WriteOptions): { sendUpdates: string; conferences: boolean } {
  const sendUpdates = options.sendUpdates === undefined ? 'none' : String(options.sendUpdates);
  if (!['all', 'externalOnly', 'none'].includes(sendUpdates)) throw fail.invalid(`Invalid value for: sendUpdates`);
  const version = options.conferenceDataVersion === undefined ? 0 : Number(options.conferenceDataVersion);
  if (version !== 0 && version !== 1) throw fail.invalid('Invalid conference data version.');
  return { sendUpdates, conferences: version === 1 };
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function mergedProperties(
  mode: WriteMode,
  previous: Record<string, string> | undefined,
  given: Record<string, string> | undefined,
): Record<string, string> {
  const next = Object.fromEntries(Object.entries(given ?? {}).map(([k, v]) => [k, String(v)]));
  // "Using patch requests is the preferred method, as it allows you to manipulate some properties
  // while leaving others untouched"; update replaces them all.
  // https://developers.google.com/calendar/api/guides/extended-properties
  return mode === 'patch' ? { ...previous, ...next } : next;
}

/**
 * Applies a resource to an event (a fresh one for insert). Attendees are replaced as a list; an
 * attendee kept without a responseStatus keeps their answer (assumed: the reference does not say).
 * Conference data is read only with conferenceDataVersion 1 ("Version 0 assumes no conference
 * data support and ignores conference data in the event's body").
 */
export function applyResource(
  event: EventData,
  resource: Event,
  mode: WriteMode,
  options: { conferences: boolean; conferencesPending: boolean },
): void {
  const has = (key: keyof Event): boolean => mode !== 'patch' || resource[key] !== undefined;
  if (has('summary')) event.title = text(resource.summary);
  if (has('description')) event.description = text(resource.description);
  if (has('location')) event.location = text(resource.location);
  if (has('start')) {
    const start = instantOf('start', resource.start);
    event.start = start.iso;
    if (start.timeZone === undefined) delete event.startTimeZone;
    else event.startTimeZone = start.timeZone;
  }
  if (has('end')) {
    const end = instantOf('end', resource.end);
    event.end = end.iso;
    if (end.timeZone === undefined) delete event.endTimeZone;
    else event.endTimeZone = end.timeZone;
  }
  if (Date.parse(event.end) < Date.parse(event.start)) {
    throw fail.invalid('The specified time range is empty.', 'timeRangeEmpty');
  }
  if (has('attendees')) {
    const attendees = resource.attendees ?? [];
    const responses: Record<string, ResponseStatus> = {};
    for (const attendee of attendees) {
      const email = text(attendee.email).trim();
      if (!EMAIL.test(email)) throw fail.invalid('Invalid attendee email.');
      const given = attendee.responseStatus as ResponseStatus | undefined;
      if (given !== undefined && !RESPONSES.includes(given)) throw fail.invalid('Invalid attendee response status.');
      const answer = given ?? event.responses?.[email.toLowerCase()];
      if (answer !== undefined && answer !== 'needsAction') responses[email.toLowerCase()] = answer;
    }
    event.guests = attendees.map((a) => text(a.email).trim());
    event.responses = responses;
  }
  if (has('extendedProperties')) {
    event.privateProperties = mergedProperties(mode, event.privateProperties, resource.extendedProperties?.private);
    event.tags = mergedProperties(mode, event.tags, resource.extendedProperties?.shared);
  }
  if (resource.status === 'cancelled' || resource.status === 'confirmed') event.status = resource.status;
  else if (resource.status !== undefined) throw fail.invalid('Invalid value for: status');
  const request = resource.conferenceData?.createRequest;
  if (options.conferences && request !== undefined && event.conference?.requestId !== request.requestId) {
    if (request.conferenceSolutionKey?.type !== 'hangoutsMeet') throw fail.invalid('Invalid conference type value.');
    const requestId = text(request.requestId);
    event.conference = {
      id: meetCode(`${event.id} ${requestId}`),
      requestId,
      status: options.conferencesPending ? 'pending' : 'success',
    };
  }
}
