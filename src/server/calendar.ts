import { type Meeting, type Member, recordsOf } from '../domain/records';
import { PROPERTY_KEYS, type Properties } from '../properties';
import { ensureScopes } from '../script';
import { UserError } from '../domain/errors';
import { t } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import type { Settings } from '../domain/settings';
import { meetingSlots, slotInput } from '../domain/slots';
import { workingTimeOf } from '../domain/working-days';
import { MEETINGS } from '../domain/tables';
import { withDocumentLock } from '../lock';
import type { MeetingSlot, SyncCounts } from '../contract/calendar';
import type { Call } from './call';
import { calendarFailure } from '../calendar';
import { openGroup } from './calendar-group';
import { writeRowUpdates } from './calendar-rows';
import { countOutcomes, syncMeetings, type Outcome } from './calendar-sync';
import { log, type LogEntry } from './log';
import { guarded, refusalText, serve, toast, type Result } from './respond';
import type { GoogleServices } from './services';
import { loadSettings, readTab } from './workbook-data';
import { coordinatorMembers, endpoint } from './endpoint';

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
/**
 * How long the sync's lease (a document property that marks a sync in progress, so two
 * coordinators syncing at once cannot both create an event) holds: a run that died holding
 * it, killed at six minutes, frees it by then.
 */
const LEASE_MS = 360_000;


/**
 * Creates, updates and deletes the meetings' events (PRODUCT.md §4, §5); shows the counts in a
 * toast. Everything from opening the call is guarded: any failure is a translated refusal.
 */
export function syncCalendar(google: GoogleServices, options: SyncOptions = {}): Result<SyncCounts> {
  return serve(google, (call) => {
    const result = sync(call, options);
    toast(call, syncMessage(result, call.caller.locale));
    return result;
  });
}

/** The sync itself; a refusal is answered, not thrown, so that the toast shows it too. */
function sync(call: Call, options: SyncOptions): Result<SyncCounts> {
  const google = call.google;
  const now = options.now ?? (() => Date.now());
  const deadline = now() + (options.budgetMs ?? BUDGET_MS);
  return guarded<SyncCounts>(call.caller.locale, () => {
    const members = coordinatorMembers(call, 'calendar.coordinatorsOnly');
    ensureScopes(google.ScriptApp, 'calendar');
    const meetings = readTab(call, MEETINGS);
    if (!meetings) throw new UserError('error.notSetUp');
    const settings = loadSettings(call);
    const properties = google.PropertiesService.getDocumentProperties();
    withDocumentLock(google.LockService, () => {
      if (Number(properties.getProperty(PROPERTY_KEYS.calendarLease) ?? 0) > now()) throw new UserError('calendar.running');
      properties.setProperty(PROPERTY_KEYS.calendarLease, String(now() + LEASE_MS));
    });
    try {
      return { ok: true, ...run(call, settings, members, recordsOf('meetings', meetings), now, deadline, properties) };
    } finally {
      withDocumentLock(google.LockService, () => properties.deleteProperty(PROPERTY_KEYS.calendarLease));
    }
  });
}

export function syncMessage(result: Result<SyncCounts>, locale: Locale): string {
  if (!result.ok) return refusalText(result, ' ');
  const { created, updated, cancelled, unchanged, failed, remaining, quotaLeft } = result;
  const done = t(locale, 'calendar.result', { created, updated, cancelled, unchanged, failed });
  if (quotaLeft !== undefined) return `${done} ${t(locale, 'calendar.quotaLeft', { count: quotaLeft })}`;
  return remaining > 0 ? `${done} ${t(locale, 'calendar.remaining', { remaining })}` : done;
}


function run(call: Call, settings: Settings, members: readonly Member[], meetings: readonly Meeting[], now: () => number, deadline: number, properties: Properties): SyncCounts {
  const group = openGroupNamingQuota(call, settings, members, meetings, properties);
  const spreadsheet = call.workbook.spreadsheet;
  const { outcomes, remaining } = syncMeetings(meetings, {
    calendar: group.calendar,
    events: group.events,
    // The CalendarApp version synced into the default calendar of whoever ran it.
    legacyCalendars: ['primary'],
    spreadsheetId: spreadsheet.getId(),
    sheetUrl: spreadsheet.getUrl(),
    language: settings.language,
    members,
    // Never 'none': Google's discovery document warns it can keep events from some guests'
    // calendars altogether. 'externalOnly' spares Google Calendar guests the email (the event
    // still reaches their calendar) and still invites those who use another calendar.
    sendUpdates: settings.sendInvitations ? 'all' : 'externalOnly',
    ignoredGuests: new Set([group.calendar.id.toLowerCase()]),
    now,
    deadline,
  });
  const counts = countOutcomes(outcomes, remaining);
  withDocumentLock(call.google.LockService, () => {
    const written = writeRowUpdates(call, outcomes.map((o) => ({ row: o.meeting.row, id: o.meeting.id, update: o.update })), settings.language);
    log(call, [...group.log, ...logEntries(outcomes, counts, written > 0)], settings.language);
  });
  return counts;
}

/**
 * The group calendar, or, when Google Calendar's limit on changes is reached before any meeting
 * (making the calendar is a write too), a refusal that says so and how many meetings wait.
 */
function openGroupNamingQuota(call: Call, settings: Settings, members: readonly Member[], meetings: readonly Meeting[], properties: Properties): ReturnType<typeof openGroup> {
  try {
    return openGroup(call, settings, members, properties);
  } catch (error) {
    if (calendarFailure(error) !== 'calendar.error.quota') throw error;
    console.error(error);
    const waiting = meetings.filter((m) => m.id !== '' && (m.status === 'planned' || m.eventId !== '')).length;
    throw new UserError('calendar.quotaLeft', { count: waiting });
  }
}

/**
 * One Log row per meeting whose event was written (or failed to be), with Calendar's own
 * message for a failure and the members left out; then the run's counts, whenever the
 * calendar or the sheet was written (city times and notes included).
 */
function logEntries(outcomes: readonly Outcome[], counts: SyncCounts, rowsWritten: boolean): LogEntry[] {
  const entries: LogEntry[] = outcomes
    .filter((o) => o.kind !== 'unchanged' && (o.kind !== 'failed' || o.message !== undefined))
    .map((o) => ({
      action: o.restored ? 'calendar.restored' : `calendar.${o.kind}`,
      target: o.meeting.id,
      details: [o.message ?? o.meeting.title, ...(o.leftOut?.length ? [`not invited (invalid email): ${o.leftOut.join(', ')}`] : [])].join('; '),
    }));
  if (entries.length === 0 && !rowsWritten) return [];
  const summary = Object.entries(counts).map(([key, n]) => `${key} ${n}`).join(', ');
  return [...entries, { action: 'calendar.sync', details: summary }];
}

/** Start times on a date inside both cities' working hours (PRODUCT.md §4). */
export const suggestMeetingSlots = endpoint(slotInput, (call, query): Result<{ slots: MeetingSlot[] }> => {
    coordinatorMembers(call, 'submit.coordinatorsOnly');
    const settings = loadSettings(call);
    const slots = meetingSlots({
      date: query.date,
      durationMinutes: query.durationMinutes ?? settings.defaultDuration,
      workingHoursStart: settings.workingHoursStart,
      workingHoursEnd: settings.workingHoursEnd,
      workingDays: workingTimeOf(settings).days,
    });
    return { ok: true, slots };
});
