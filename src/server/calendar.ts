import { MeetingCalendar } from '../calendar';
import { meetingRecords, type MeetingRecord } from '../domain/calendar-event';
import { UserError } from '../domain/errors';
import { t, wordingFor, type MessageKey } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import type { Settings } from '../domain/settings';
import { meetingSlots, slotInput } from '../domain/slots';
import { MEETINGS, MEMBERS } from '../domain/tables';
import { check } from '../domain/validate';
import { withDocumentLock } from '../lock';
import type { MeetingSlot, SyncCounts } from '../shared/calendar';
import { openCall, type Call } from './call';
import { writeRowUpdates } from './calendar-rows';
import { countOutcomes, syncMeetings, type Outcome } from './calendar-sync';
import { log, type LogEntry } from './log';
import { guarded, type Result } from './respond';
import type { GoogleServices } from './services';
import { loadSettings, memberByEmail, membersOf, readTab, type MemberRecord } from './workbook-data';

export { exportCalendarIcs, showCalendarExport } from './calendar-export';

export interface SyncOptions {
  /** The clock in ms; tests pass the emulator's. */
  readonly now?: () => number;
  readonly budgetMs?: number;
}

/**
 * Apps Script stops a run at six minutes. The sync starts no meeting after four and a
 * half, leaving time to write the rows and the Log; the next run does the rest.
 */
const BUDGET_MS = 270_000;
/** Marks a sync in progress, so two coordinators syncing at once cannot both create an event. */
const LEASE_KEY = 'mutirao.calendarSync';
/** A run that died holding the lease (killed at six minutes) frees it by then. */
const LEASE_MS = 360_000;

/** The Members rows, after checking that the caller is an active coordinator. */
export function coordinatorMembers(call: Call, refusal: MessageKey): MemberRecord[] {
  if (!call.caller.email) throw new UserError('error.signIn');
  const members = membersOf(readTab(call, MEMBERS));
  const me = memberByEmail(members, call.caller.email);
  if (!me?.active || me.role !== 'coordinator') throw new UserError(refusal);
  return members;
}

/** Creates, updates and deletes the meetings' events (PRODUCT.md §4, §5); shows the counts in a toast. */
export function syncCalendar(google: GoogleServices, options: SyncOptions = {}): Result<SyncCounts> {
  const call = openCall(google);
  const locale = call.caller.locale;
  const now = options.now ?? (() => Date.now());
  const deadline = now() + (options.budgetMs ?? BUDGET_MS);
  const result = guarded<SyncCounts>(locale, () => {
    const members = coordinatorMembers(call, 'calendar.coordinatorsOnly');
    const meetings = readTab(call, MEETINGS);
    if (!meetings) throw new UserError('error.notSetUp');
    const settings = loadSettings(call);
    const properties = google.PropertiesService.getDocumentProperties();
    withDocumentLock(google.LockService, () => {
      if (Number(properties.getProperty(LEASE_KEY) ?? 0) > now()) throw new UserError('calendar.running');
      properties.setProperty(LEASE_KEY, String(now() + LEASE_MS));
    });
    try {
      return { ok: true, ...run(call, settings, members, meetingRecords(meetings.rows), now, deadline) };
    } finally {
      withDocumentLock(google.LockService, () => properties.deleteProperty(LEASE_KEY));
    }
  });
  call.workbook.spreadsheet.toast(syncMessage(result, locale), t(locale, 'app.name'));
  return result;
}

export function syncMessage(result: Result<SyncCounts>, locale: Locale): string {
  if (!result.ok) return result.errors.map((e) => e.message).join(' ');
  const { created, updated, cancelled, unchanged, failed, remaining } = result;
  const done = t(locale, 'calendar.result', { created, updated, cancelled, unchanged, failed });
  return remaining > 0 ? `${done} ${t(locale, 'calendar.remaining', { remaining })}` : done;
}

function run(call: Call, settings: Settings, members: readonly MemberRecord[], meetings: readonly MeetingRecord[], now: () => number, deadline: number): SyncCounts {
  const calendar = MeetingCalendar.open(call.google.CalendarApp, settings.calendarId);
  const spreadsheet = call.workbook.spreadsheet;
  const { outcomes, remaining } = syncMeetings(meetings, {
    calendar,
    spreadsheetId: spreadsheet.getId(),
    sheetUrl: spreadsheet.getUrl(),
    language: settings.language,
    members,
    sendInvites: settings.sendInvitations,
    ignoredGuests: new Set([calendar.id.toLowerCase()]),
    now,
    deadline,
  });
  const counts = countOutcomes(outcomes, remaining);
  withDocumentLock(call.google.LockService, () => {
    writeRowUpdates(call, outcomes.map((o) => ({ row: o.meeting.row, id: o.meeting.id, update: o.update })), settings.language);
    log(call, logEntries(outcomes, counts), settings.language);
  });
  return counts;
}

/** One Log row per meeting whose event was written (or failed to be), and the run's counts. */
function logEntries(outcomes: readonly Outcome[], counts: SyncCounts): LogEntry[] {
  const entries: LogEntry[] = outcomes
    .filter((o) => o.kind !== 'unchanged' && (o.kind !== 'failed' || o.message !== undefined))
    .map((o) => ({ action: `calendar.${o.kind}`, target: o.meeting.id, details: o.message ?? o.meeting.title }));
  if (entries.length === 0) return [];
  const summary = Object.entries(counts).map(([key, n]) => `${key} ${n}`).join(', ');
  return [...entries, { action: 'calendar.sync', details: summary }];
}

/** Start times on a date inside both cities' working hours (PRODUCT.md §4). */
export function suggestMeetingSlots(google: GoogleServices, input: unknown): Result<{ slots: MeetingSlot[] }> {
  const call = openCall(google);
  const locale = call.caller.locale;
  return guarded(locale, () => {
    const checked = check(slotInput, input ?? {}, wordingFor(locale));
    if (!checked.ok) return checked;
    coordinatorMembers(call, 'submit.coordinatorsOnly');
    const settings = loadSettings(call);
    const slots = meetingSlots({
      date: checked.value.date,
      durationMinutes: checked.value.durationMinutes ?? settings.defaultDuration,
      workingHoursStart: settings.workingHoursStart,
      workingHoursEnd: settings.workingHoursEnd,
    });
    return { ok: true, slots };
  });
}
