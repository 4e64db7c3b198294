import { MeetingCalendar } from '../calendar';
import { cityTimeCells, desiredEvent, scheduleOf, type EventContext, type MeetingRecord, type Schedule } from '../domain/calendar-event';
import { belongsTo, lookupFor, meetingTag, planStep, searchWindow } from '../domain/calendar-plan';
import { t } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import type { SyncCounts } from '../shared/calendar';
import type { RowUpdate } from './calendar-rows';

type CalendarEvent = GoogleAppsScript.Calendar.CalendarEvent;

export type OutcomeKind = 'created' | 'updated' | 'cancelled' | 'unchanged' | 'failed';

export interface Outcome {
  readonly meeting: MeetingRecord;
  readonly kind: OutcomeKind;
  readonly update: RowUpdate;
  /** Why a calendar call failed. */
  readonly message?: string;
}

export interface SyncContext extends EventContext {
  readonly calendar: MeetingCalendar;
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
export function syncMeetings(meetings: readonly MeetingRecord[], context: SyncContext): { outcomes: Outcome[]; remaining: number } {
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

function refused(meeting: MeetingRecord, key: 'calendar.duplicateId' | 'calendar.invalidRow', language: Locale): Outcome {
  // No `message`: nothing was attempted, so there is nothing for the Log.
  return { meeting, kind: 'failed', update: { ...cityTimeCells(meeting, language), note: t(language, key, { id: meeting.id }) } };
}

function find(meeting: MeetingRecord, context: SyncContext, tag: string, schedule: Schedule | undefined): CalendarEvent | undefined {
  const lookup = lookupFor(meeting, schedule);
  if (lookup.byId !== undefined) {
    const event = context.calendar.byId(lookup.byId);
    if (event && belongsTo(MeetingCalendar.tagOf(event), tag)) return event;
  }
  return lookup.byTag && schedule ? context.calendar.byTag(tag, searchWindow(schedule))[0] : undefined;
}

function syncMeeting(meeting: MeetingRecord, context: SyncContext): Outcome {
  const schedule = scheduleOf(meeting);
  const times = cityTimeCells(meeting, context.language);
  const tag = meetingTag(context.spreadsheetId, meeting.id);
  // The ID of the event as soon as it is known, so that a failure half-way still records it.
  let eventId = meeting.eventId;
  const done = (kind: OutcomeKind, update: RowUpdate = {}): Outcome => ({ meeting, kind, update: { ...times, eventId, note: '', ...update } });
  try {
    const event = find(meeting, context, tag, schedule);
    const actual = event && MeetingCalendar.state(event);
    const desired = schedule && desiredEvent(meeting, schedule, context);
    const step = planStep({ meeting, desired, actual, tag, ignoredGuests: context.ignoredGuests });
    const stamp = (): RowUpdate => ({ synced: new Date(context.now()) });
    switch (step.kind) {
      case 'invalid':
        return refused(meeting, 'calendar.invalidRow', context.language);
      case 'none':
        eventId = '';
        return done('unchanged', meeting.synced || meeting.eventId !== '' ? { synced: '' } : {});
      case 'unchanged':
        eventId = step.eventId;
        return done('unchanged', step.eventId === meeting.eventId ? {} : stamp());
      case 'update':
        eventId = step.eventId;
        MeetingCalendar.update(event as CalendarEvent, step.changes, step.desired, tag);
        return done('updated', stamp());
      case 'delete':
        MeetingCalendar.remove(event as CalendarEvent);
        eventId = '';
        return done('cancelled', { synced: '' });
      case 'create': {
        const guests = step.desired.guests.filter((g) => !context.ignoredGuests.has(g));
        const created = context.calendar.create({ ...step.desired, guests }, context.sendInvites);
        eventId = created.getId();
        MeetingCalendar.tag(created, tag);
        return done('created', stamp());
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...done('failed', { note: t(context.language, 'calendar.failed', { message }) }), message };
  }
}

export function countOutcomes(outcomes: readonly Outcome[], remaining: number): SyncCounts {
  const counts = { created: 0, updated: 0, cancelled: 0, unchanged: 0, failed: 0, remaining };
  for (const outcome of outcomes) counts[outcome.kind]++;
  return counts;
}
