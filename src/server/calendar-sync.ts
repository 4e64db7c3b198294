import { calendarFailure, MeetingCalendar } from '../calendar';
import type { Meeting } from '../domain/records';
import { cityTimeCells, desiredEvent, invitees, leftOutNote, scheduleOf, type EventContext, type Schedule } from '../domain/calendar-event';
import { belongsTo, eventFingerprint, lookupFor, meetingTag, planStep, searchWindow, type SyncRecord } from '../domain/calendar-plan';
import { t } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import type { SyncCounts } from '../contract/calendar';
import type { RowUpdate } from './calendar-rows';

type CalendarEvent = GoogleAppsScript.Calendar.CalendarEvent;

export type OutcomeKind = 'created' | 'updated' | 'cancelled' | 'unchanged' | 'failed';

export interface Outcome {
  readonly meeting: Meeting;
  readonly kind: OutcomeKind;
  readonly update: RowUpdate;
  /** Why a calendar call failed, in Calendar's own (English) words: for the Log's Details only. */
  readonly message?: string;
  /** The emails of the members left out of the event (not valid addresses), for the Log. */
  readonly leftOut?: readonly string[];
  /** What to remember of the event for the next run: null to forget it, undefined to leave it. */
  readonly record?: SyncRecord | null;
}

export interface SyncContext extends EventContext {
  readonly calendar: MeetingCalendar;
  /** The calendar's ID, read once. */
  readonly calendarId: string;
  /** What the previous runs remembered, by meeting ID (see SyncRecord). */
  readonly records: ReadonlyMap<string, SyncRecord>;
  readonly spreadsheetId: string;
  readonly sendInvites: boolean;
  /** The calendar's owner: the organizer already, never invited nor compared as a guest. */
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
    // Two rows with one ID would share one tag and fight over one event.
    const duplicate = meeting.id !== '' && seen.has(meeting.id);
    seen.add(meeting.id);
    outcomes.push(duplicate ? refused(meeting, 'calendar.duplicateId', context.language) : syncMeeting(meeting, context));
  }
  return { outcomes, remaining: 0 };
}

function refused(meeting: Meeting, key: 'calendar.duplicateId' | 'calendar.invalidRow', language: Locale): Outcome {
  // No `message`: nothing was attempted; the run's summary row logs the note it writes.
  return { meeting, kind: 'failed', update: { ...cityTimeCells(meeting, language), notes: [t(language, key, { id: meeting.id })] } };
}

/** An event already fetched by its ID, and its getLastUpdated() read before anything else. */
interface Fetched {
  readonly event: CalendarEvent;
  readonly lastUpdated: number;
}

function find(meeting: Meeting, context: SyncContext, tag: string, schedule: Schedule | undefined, fetched: Fetched | undefined): CalendarEvent | undefined {
  const lookup = lookupFor(meeting, schedule);
  if (lookup.byId !== undefined) {
    const event = fetched?.event ?? context.calendar.byId(lookup.byId);
    if (event && belongsTo(MeetingCalendar.tagOf(event), tag)) return event;
  }
  return lookup.byTag && schedule ? context.calendar.byTag(tag, searchWindow(schedule))[0] : undefined;
}

/**
 * The cheap check of an unchanged rerun: the row names the event the last run recorded, the
 * event it should be is the one recorded, and nobody has written to the event since.
 * Two calendar calls. Returns the event when it was fetched but has changed, so the full
 * comparison does not fetch it again.
 */
function quickCheck(meeting: Meeting, context: SyncContext, fingerprint: string | undefined): 'unchanged' | Fetched | undefined {
  const record = context.records.get(meeting.id);
  if (meeting.status !== 'planned' || fingerprint === undefined || meeting.eventId === '') return undefined;
  if (record?.eventId !== meeting.eventId || record.fingerprint !== fingerprint) return undefined;
  const event = context.calendar.byId(meeting.eventId);
  if (!event) return undefined;
  const lastUpdated = MeetingCalendar.lastUpdated(event);
  return lastUpdated === record.lastUpdated ? 'unchanged' : { event, lastUpdated };
}

function syncMeeting(meeting: Meeting, context: SyncContext): Outcome {
  const schedule = scheduleOf(meeting);
  const times = cityTimeCells(meeting, context.language);
  const tag = meetingTag(context.spreadsheetId, meeting.id);
  const desired = schedule && desiredEvent(meeting, schedule, context);
  // A member whose email is not an address is left out of the event, not the event out of the calendar.
  const leftOut = meeting.status === 'planned' && desired ? invitees(meeting.audience, context.members).leftOut : [];
  const warning = leftOutNote(leftOut, context.language);
  const warnings = warning === undefined ? [] : [warning];
  // The ID of the event as soon as it is known, so that a failure half-way still records it.
  let eventId = meeting.eventId;
  const done = (kind: OutcomeKind, update: RowUpdate = {}, record?: SyncRecord | null): Outcome => ({
    meeting,
    kind,
    update: { ...times, eventId, notes: warnings, ...update },
    ...(leftOut.length === 0 ? {} : { leftOut: leftOut.map((m) => m.email) }),
    ...(record === undefined ? {} : { record }),
  });
  try {
    const fingerprint = desired && eventFingerprint(desired, tag, context.calendarId);
    const quick = quickCheck(meeting, context, fingerprint);
    if (quick === 'unchanged') return done('unchanged');
    const event = find(meeting, context, tag, schedule, quick);
    // Read before the event's fields: a hand edit made while they are read shows on the next run.
    const lastUpdated = event && (quick?.event === event ? quick.lastUpdated : MeetingCalendar.lastUpdated(event));
    const actual = event && MeetingCalendar.state(event);
    const step = planStep({ meeting, desired, actual, tag, ignoredGuests: context.ignoredGuests });
    const stamp = (): RowUpdate => ({ synced: new Date(context.now()) });
    const remember = (id: string, at: number): SyncRecord | undefined => (fingerprint === undefined ? undefined : { eventId: id, lastUpdated: at, fingerprint });
    switch (step.kind) {
      case 'invalid':
        return refused(meeting, 'calendar.invalidRow', context.language);
      case 'none':
        eventId = '';
        return done('unchanged', meeting.synced || meeting.eventId !== '' ? { synced: '' } : {}, null);
      case 'unchanged':
        eventId = step.eventId;
        return done('unchanged', step.eventId === meeting.eventId ? {} : stamp(), lastUpdated === undefined ? undefined : remember(step.eventId, lastUpdated));
      case 'update': {
        eventId = step.eventId;
        const updated = event as CalendarEvent;
        MeetingCalendar.update(updated, step.changes, step.desired, tag);
        return done('updated', stamp(), remember(step.eventId, MeetingCalendar.lastUpdated(updated)));
      }
      case 'delete':
        MeetingCalendar.remove(event as CalendarEvent);
        eventId = '';
        return done('cancelled', { synced: '' }, null);
      case 'create': {
        const guests = step.desired.guests.filter((g) => !context.ignoredGuests.has(g));
        const created = context.calendar.create({ ...step.desired, guests }, context.sendInvites);
        eventId = created.getId();
        MeetingCalendar.tag(created, tag);
        return done('created', stamp(), remember(eventId, MeetingCalendar.lastUpdated(created)));
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The note says what to do in the workbook's language; Calendar's own words go to the Log only.
    const note = t(context.language, 'calendar.failed', { message: t(context.language, calendarFailure(message)) });
    // The record is left as it is: the event's lastUpdated moved with any write that landed.
    return { ...done('failed', { notes: [note, ...warnings] }), message };
  }
}

export function countOutcomes(outcomes: readonly Outcome[], remaining: number): SyncCounts {
  const counts = { created: 0, updated: 0, cancelled: 0, unchanged: 0, failed: 0, remaining };
  for (const outcome of outcomes) counts[outcome.kind]++;
  return counts;
}
