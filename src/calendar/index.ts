import { UserError } from '../domain/errors';
import type { MessageKey } from '../domain/i18n';

type Api = GoogleAppsScript.Calendar;
export type ApiEvent = GoogleAppsScript.Calendar.Schema.Event;

/** The private extended properties that say which workbook and meeting an event is for. */
export const IDENTITY = { spreadsheet: 'mutiraoSpreadsheet', meeting: 'meetingId' } as const;
/** The tag the CalendarApp version set; the API shows it as a shared extended property. */
export const LEGACY_TAG = 'mutirao.meeting';

/** The API's largest page: an unchanged rerun of up to 2,500 meetings costs one list. */
const PAGE = 2500;

/**
 * The Calendar advanced service (Calendar API v3), the one place that knows its method names.
 * Every write is one call: an event's insert carries everything, a change is one patch.
 * https://developers.google.com/calendar/api/v3/reference/events
 */
export class GroupCalendar {
  constructor(
    private readonly api: Api,
    readonly id: string,
  ) {}

  static service(api: Api | undefined): Api {
    // The manifest enables it (dependencies.enabledAdvancedServices); a copy without it is told so.
    if (!api) throw new UserError('calendar.notEnabled');
    return api;
  }

  /** A secondary calendar owned by the caller, in `timeZone`; returns its ID. */
  static create(api: Api, summary: string, timeZone: string): string {
    return api.Calendars.insert({ summary, timeZone }).id ?? '';
  }

  /** Gives `email` the writer role: only the calendar's owner may (Acl.insert). */
  share(email: string): void {
    this.api.Acl.insert({ role: 'writer', scope: { type: 'user', value: email } }, this.id);
  }

  /**
   * Every event of this workbook, deleted ones included (a cancelled one was deleted, by hand
   * or by us), one list per 2,500, and the caller's access role on the calendar.
   * https://developers.google.com/calendar/api/v3/reference/events/list
   */
  ours(spreadsheetId: string): { events: ApiEvent[]; accessRole: string } {
    const events: ApiEvent[] = [];
    let accessRole = '';
    let pageToken: string | undefined;
    do {
      const page = this.api.Events.list(this.id, {
        privateExtendedProperty: `${IDENTITY.spreadsheet}=${spreadsheetId}`,
        showDeleted: true,
        maxResults: PAGE,
        ...(pageToken === undefined ? {} : { pageToken }),
      });
      accessRole = page.accessRole ?? accessRole;
      events.push(...(page.items ?? []));
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken !== undefined);
    return { events, accessRole };
  }

  /** The events the CalendarApp version tagged for a meeting, in `calendarId` (one list). */
  legacy(tag: string, calendarId = this.id): ApiEvent[] {
    return this.api.Events.list(calendarId, { sharedExtendedProperty: `${LEGACY_TAG}=${tag}`, showDeleted: true }).items ?? [];
  }

  /** The event with this iCalUID, deleted or not (after a 409 on insert). */
  byICalUID(iCalUID: string): ApiEvent | undefined {
    return this.api.Events.list(this.id, { iCalUID, showDeleted: true }).items?.[0];
  }

  insert(event: ApiEvent, sendUpdates: SendUpdates): ApiEvent {
    return this.api.Events.insert(event, this.id, { sendUpdates, conferenceDataVersion: 1 });
  }

  patch(eventId: string, changes: ApiEvent, sendUpdates: SendUpdates): ApiEvent {
    return this.api.Events.patch(changes, this.id, eventId, { sendUpdates, conferenceDataVersion: 1 });
  }

  remove(eventId: string, sendUpdates: SendUpdates): void {
    this.api.Events.remove(this.id, eventId, { sendUpdates });
  }

  /** Brings an event of another calendar (the old version's default one) into this one. */
  adopt(from: string, eventId: string, sendUpdates: SendUpdates): ApiEvent {
    return this.api.Events.move(from, eventId, this.id, { sendUpdates });
  }
}

/** What guests are sent (events.insert's sendUpdates); the add-on never sends 'none' (see calendar.ts). */
export type SendUpdates = 'all' | 'externalOnly';

/** The HTTP status and reason of a failed API call (GoogleJsonResponseException.details). */
export function apiStatus(error: unknown): { code: number; reason: string } {
  const details = (error as { details?: { code?: unknown; errors?: { reason?: unknown }[] } } | null)?.details;
  return { code: Number(details?.code ?? 0), reason: String(details?.errors?.[0]?.reason ?? '') };
}

/**
 * What a failed Calendar call means to a coordinator, from the API's status and reason, or from
 * the message when there are no details. Calendar's own words go to the Log only.
 * https://developers.google.com/calendar/api/guides/errors
 */
export function calendarFailure(error: unknown): MessageKey {
  const { code, reason } = apiStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  if (/rateLimitExceeded|quotaExceeded|userRateLimitExceeded|usageLimits/.test(reason) || /rate limit|usage limits|too many times/i.test(message)) {
    return 'calendar.error.quota';
  }
  if (code === 403 && reason === 'requiredAccessLevel') return 'calendar.error.noWrite';
  if (code === 404 || code === 410) return 'calendar.error.gone';
  if (code === 400 && /attendee|email/i.test(message)) return 'calendar.error.guest';
  if (code === 403) return 'calendar.error.access';
  return 'calendar.error.other';
}
