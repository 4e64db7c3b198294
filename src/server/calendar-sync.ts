import { apiStatus, calendarFailure, IDENTITY, type ApiEvent, type GroupCalendar, type SendUpdates } from '../calendar';
import type { Meeting } from '../domain/records';
import { cityTimeCells, desiredEvent, invitees, leftOutNote, scheduleOf, unplaceableColumn, type DesiredEvent, type EventContext } from '../domain/calendar-event';
import { MEETINGS } from '../domain/tables';
import { legacyTag, meetingUid, planStep, repliesOf, wantsMeet, type Answer, type EventFields, type EventState, type Step } from '../domain/calendar-plan';
import { t } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import type { SyncCounts } from '../contract/calendar';
import type { RowUpdate } from './calendar-rows';

export type OutcomeKind = 'created' | 'updated' | 'cancelled' | 'unchanged' | 'failed';

export interface Outcome {
  readonly meeting: Meeting;
  readonly kind: OutcomeKind;
  readonly update: RowUpdate;
  /** Why a calendar call failed, in Calendar's own (English) words: for the Log's Details only. */
  readonly message?: string;
  /** The emails of the members left out of the event (not valid addresses), for the Log. */
  readonly leftOut?: readonly string[];
  /** The event had been deleted by hand and was put back. */
  readonly restored?: boolean;
  /** It failed because Google Calendar's limit on changes was reached. */
  readonly quota?: boolean;
}

export interface SyncContext extends EventContext {
  readonly calendar: GroupCalendar;
  readonly spreadsheetId: string;
  /** This workbook's events, deleted ones included, by meeting ID: the run's one read. */
  readonly events: ReadonlyMap<string, ApiEvent>;
  /** Calendars where the CalendarApp version may have left a meeting's event, besides the group one. */
  readonly legacyCalendars: readonly string[];
  readonly sendUpdates: SendUpdates;
  /** The group calendar itself (the organizer): never invited nor compared as a guest. */
  readonly ignoredGuests: ReadonlySet<string>;
  /** The clock, in ms, and the moment after which no further meeting is started. */
  readonly now: () => number;
  readonly deadline: number;
}

/**
 * Brings each meeting's event in line with its row, in row order, until the time budget is
 * spent. One meeting's failure is recorded and the others go on.
 */
export function syncMeetings(meetings: readonly Meeting[], context: SyncContext): { outcomes: Outcome[]; remaining: number } {
  const outcomes: Outcome[] = [];
  const seen = new Set<string>();
  for (const [i, meeting] of meetings.entries()) {
    if (context.now() >= context.deadline) return { outcomes, remaining: meetings.length - i };
    // Two rows with one ID would share one identity and fight over one event.
    const duplicate = meeting.id !== '' && seen.has(meeting.id);
    seen.add(meeting.id);
    outcomes.push(duplicate ? refused(meeting, 'calendar.duplicateId', context.language) : syncMeeting(meeting, context));
  }
  return { outcomes, remaining: 0 };
}

function refused(meeting: Meeting, key: 'calendar.duplicateId' | 'calendar.invalidRow', language: Locale, notes: readonly string[] = []): Outcome {
  // The cell to fix, by its header in the workbook's language.
  const column = MEETINGS.columns.find((c) => c.key === unplaceableColumn(meeting))?.header[language] ?? '';
  // No `message`: nothing was attempted; the run's summary row logs the note it writes.
  return { meeting, kind: 'failed', update: { ...cityTimeCells(meeting, language), notes: [t(language, key, { id: meeting.id, column }), ...notes] } };
}

/** An API event in the terms the plan compares. */
export function stateOf(event: ApiEvent): EventState {
  const instant = (dateTime: string | undefined): number => (dateTime === undefined ? NaN : Date.parse(dateTime));
  return {
    id: event.id ?? '',
    cancelled: event.status === 'cancelled',
    title: event.summary ?? '',
    description: event.description ?? '',
    location: event.location ?? '',
    start: instant(event.start?.dateTime),
    end: instant(event.end?.dateTime),
    timeZone: event.start?.timeZone ?? '',
    guests: (event.attendees ?? []).map((a) => ({ email: a.email ?? '', answer: (a.responseStatus ?? 'needsAction') as Answer })),
    identified: event.extendedProperties?.private?.[IDENTITY.meeting] !== undefined,
    videoLink: event.hangoutLink ?? '',
    conferenceAsked: event.conferenceData?.createRequest !== undefined,
  };
}

/** The resource that writes `fields` (a patch sends only these). */
function resourceOf(fields: EventFields, meeting: Meeting, context: SyncContext): ApiEvent {
  const resource: ApiEvent = {};
  if (fields.title !== undefined) resource.summary = fields.title;
  if (fields.description !== undefined) resource.description = fields.description;
  if (fields.location !== undefined) resource.location = fields.location;
  if (fields.time) {
    const { start, end, timeZone } = fields.time;
    resource.start = { dateTime: start.toISOString(), timeZone };
    resource.end = { dateTime: end.toISOString(), timeZone };
  }
  if (fields.guests) {
    // An answer already given is sent back with the guest, so that changing the list keeps it.
    resource.attendees = fields.guests.map(({ email, answer }) => (answer === 'needsAction' ? { email } : { email, responseStatus: answer }));
  }
  if (fields.identity) resource.extendedProperties = { private: { [IDENTITY.spreadsheet]: context.spreadsheetId, [IDENTITY.meeting]: meeting.id } };
  if (fields.conference) {
    resource.conferenceData = { createRequest: { requestId: `${meeting.id}-${context.now()}`, conferenceSolutionKey: { type: 'hangoutsMeet' } } };
  }
  if (fields.restore) resource.status = 'confirmed';
  return resource;
}

/**
 * Everything a new event carries, in its one insert. `ownUid` false leaves the iCalUID to Google:
 * a deleted event keeps ours, and an insert reusing it is refused (409).
 */
function creation(desired: DesiredEvent, meeting: Meeting, context: SyncContext, ownUid = true): ApiEvent {
  const guests = desired.guests.filter((g) => !context.ignoredGuests.has(g)).map((email) => ({ email, answer: 'needsAction' as const }));
  const fields: EventFields = {
    title: desired.title,
    description: desired.description,
    location: desired.location,
    time: { start: desired.start, end: desired.end, timeZone: desired.timeZone },
    guests,
    identity: true,
    ...(wantsMeet(desired.location) ? { conference: true } : {}),
  };
  const resource = resourceOf(fields, meeting, context);
  return ownUid ? { ...resource, iCalUID: meetingUid(context.spreadsheetId, meeting.id) } : resource;
}

/**
 * The meeting's event: the one the list found, else one the CalendarApp version made (a row it
 * synced has an Event ID or a Synced date), brought into the group calendar.
 */
function find(meeting: Meeting, context: SyncContext): ApiEvent | undefined {
  const listed = context.events.get(meeting.id);
  if (listed || (meeting.eventId === '' && !meeting.synced)) return listed;
  const tag = legacyTag(context.spreadsheetId, meeting.id);
  for (const calendarId of [context.calendar.id, ...context.legacyCalendars]) {
    const old = context.calendar.legacy(tag, calendarId).find((e) => e.status !== 'cancelled');
    if (!old?.id) continue;
    return calendarId === context.calendar.id ? old : context.calendar.adopt(calendarId, old.id, context.sendUpdates);
  }
  return undefined;
}

/** Inserts; if the iCalUID is already taken (the .ics imported by hand, a lost answer), takes that event. */
function insertOrFind(desired: DesiredEvent, meeting: Meeting, context: SyncContext): { event: ApiEvent; created: boolean } {
  try {
    return { event: context.calendar.insert(creation(desired, meeting, context), context.sendUpdates), created: true };
  } catch (error) {
    const existing = apiStatus(error).code === 409 ? context.calendar.byICalUID(meetingUid(context.spreadsheetId, meeting.id)) : undefined;
    if (!existing) throw error;
    return { event: existing, created: false };
  }
}

function syncMeeting(meeting: Meeting, context: SyncContext): Outcome {
  const language = context.language;
  const schedule = scheduleOf(meeting);
  const times = cityTimeCells(meeting, language);
  const desired = schedule && desiredEvent(meeting, schedule, context);
  // A member whose email is not an address is left out of the event, not the event out of the calendar.
  const leftOut = meeting.status === 'planned' && desired ? invitees(meeting.audience, context.members).leftOut : [];
  const warning = leftOutNote(leftOut, language);
  const warnings = warning === undefined ? [] : [warning];
  // The event as soon as it is known, so that a failure half-way still records its ID.
  let eventId = meeting.eventId;
  const seen = (event: ApiEvent | undefined): RowUpdate => {
    if (!event || event.status === 'cancelled') return { eventId: '', videoLink: '', going: '', maybe: '', notGoing: '', noReply: '' };
    return { eventId: event.id ?? '', videoLink: event.hangoutLink ?? '', ...repliesOf(stateOf(event), context.ignoredGuests) };
  };
  const done = (kind: OutcomeKind, update: RowUpdate, extra: Partial<Outcome> = {}): Outcome => ({
    meeting,
    kind,
    update: { ...times, eventId, notes: warnings, ...update },
    ...(leftOut.length === 0 ? {} : { leftOut: leftOut.map((m) => m.email) }),
    ...extra,
  });
  const stamp = { synced: new Date(context.now()) };
  try {
    const plan = { meeting, desired, ignoredGuests: context.ignoredGuests };
    let event = find(meeting, context);
    eventId = event?.id ?? eventId;
    const first = planStep({ ...plan, actual: event && stateOf(event) });
    let step: Exclude<Step, { readonly kind: 'create' }>;
    if (first.kind === 'create') {
      const made = insertOrFind(first.desired, meeting, context);
      event = made.event;
      eventId = event.id ?? '';
      if (made.created) return done('created', { ...stamp, ...seen(event) });
      step = planStep({ ...plan, actual: stateOf(event) });
    } else {
      step = first;
    }
    switch (step.kind) {
      case 'invalid':
        return refused(meeting, 'calendar.invalidRow', language, warnings);
      case 'none':
        return done('unchanged', { ...seen(undefined), ...(meeting.synced ? { synced: '' } : {}) });
      case 'unchanged':
        return done('unchanged', { ...seen(event), ...(meeting.synced && meeting.eventId === step.eventId ? {} : stamp) });
      case 'delete':
        context.calendar.remove(step.eventId, context.sendUpdates);
        eventId = '';
        return done('cancelled', { ...seen(undefined), synced: '' });
      case 'patch': {
        const restoredNotes = [t(language, 'calendar.restored'), ...warnings];
        let patched: ApiEvent;
        try {
          patched = context.calendar.patch(step.eventId, resourceOf(step.fields, meeting, context), context.sendUpdates);
        } catch (error) {
          if (!step.restored || !desired || !putBackRefused(error)) throw error;
          // The deleted event cannot be put back (emptied from Calendar's bin…): a new one takes its place.
          const made = context.calendar.insert(creation(desired, meeting, context, false), context.sendUpdates);
          eventId = made.id ?? '';
          return done('created', { ...stamp, ...seen(made), notes: restoredNotes }, { restored: true });
        }
        return done('updated', { ...stamp, ...seen(patched), notes: step.restored ? restoredNotes : warnings }, step.restored ? { restored: true } : {});
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The note says what to do in the workbook's language; Calendar's own words go to the Log only.
    const failure = calendarFailure(error);
    const note = t(language, 'calendar.failed', { message: t(language, failure) });
    return { ...done('failed', { notes: [note, ...warnings] }), message, ...(failure === 'calendar.error.quota' ? { quota: true } : {}) };
  }
}

/** Calendar refused to put a deleted event back (not a quota: an insert would meet the same limit). */
function putBackRefused(error: unknown): boolean {
  const { code } = apiStatus(error);
  return code >= 400 && code < 500 && code !== 401 && calendarFailure(error) !== 'calendar.error.quota';
}

export function countOutcomes(outcomes: readonly Outcome[], remaining: number): SyncCounts {
  const counts = { created: 0, updated: 0, cancelled: 0, unchanged: 0, failed: 0, remaining };
  for (const outcome of outcomes) counts[outcome.kind]++;
  const refused = outcomes.filter((o) => o.quota === true).length;
  return refused > 0 ? { ...counts, quotaLeft: refused + remaining } : counts;
}
