import { PROPERTY_KEYS } from '../properties';
import { missingScopes, SCOPES_FOR } from '../script';
import { deleteOwnTriggers, installDailyTrigger } from '../script/triggers';
import type { Call } from './call';
import { log } from './log';
import { loadSettings } from './workbook-data';

// The one schedule of reminders (a daily trigger) and its record in the document properties,
// apart from the sending so that erasure, which must hand the schedule over, does not carry it.

/** The global that the daily trigger runs (src/main.ts). */
export const REMINDER_HANDLER = 'runScheduledReminders';
/** Scheduled reminders leave at 8 in the morning, in the spreadsheet's time zone. */
const REMINDER_HOUR = 8;

interface ScheduleRecord {
  readonly owner: string;
  readonly triggerId: string;
}

/** What the record holds once the schedule stopped because its owner was erased: their member ID only. */
interface StoppedRecord {
  readonly stoppedFor: string;
}

export function readRecord(properties: GoogleAppsScript.Properties.Properties): Partial<ScheduleRecord & StoppedRecord> | undefined {
  try {
    return (JSON.parse(properties.getProperty(PROPERTY_KEYS.reminderSchedule) ?? 'null') as Partial<ScheduleRecord & StoppedRecord> | null) ?? undefined;
  } catch {
    return undefined;
  }
}

export function readSchedule(properties: GoogleAppsScript.Properties.Properties, record = readRecord(properties)): ScheduleRecord | undefined {
  return record?.owner && record.triggerId ? { owner: record.owner, triggerId: record.triggerId } : undefined;
}

/** Installs the daily trigger as the caller, and records it as the one schedule. */
export function schedule(call: Call, properties: GoogleAppsScript.Properties.Properties): void {
  const triggerId = installDailyTrigger(call.google.ScriptApp, REMINDER_HANDLER, call.workbook.timeZone, REMINDER_HOUR);
  properties.setProperty(PROPERTY_KEYS.reminderSchedule, JSON.stringify({ owner: call.caller.email, triggerId } satisfies ScheduleRecord));
}

/** The email of whoever scheduled the reminders, or '' when nobody did. */
export function scheduledBy(call: Call): string {
  return readSchedule(call.google.PropertiesService.getDocumentProperties())?.owner ?? '';
}

/**
 * When the coordinator whose trigger sends the scheduled reminders is erased (PRODUCT.md §5).
 * Their trigger runs as them, and nobody else can move it. A coordinator who erases them and
 * has granted what reminders need takes the schedule over at once, as turning the switch on
 * would; otherwise (they erased themselves, or the eraser has not granted it) the schedule
 * stops, and the record keeps only their member ID, so that the Reminders section tells every
 * coordinator until one turns reminders back on. Either way their trigger no longer matches
 * the record, and deletes itself the next time it fires (at once when it is the caller's own).
 * The caller holds the document lock.
 */
export function scheduleAfterErasure(call: Call, erased: { readonly id: string; readonly email: string }, self: boolean): void {
  const google = call.google;
  const properties = google.PropertiesService.getDocumentProperties();
  const record = readSchedule(properties);
  if (!erased.email || record?.owner.toLowerCase() !== erased.email.toLowerCase()) return;
  const language = loadSettings(call).language;
  if (self) {
    try {
      deleteOwnTriggers(google.ScriptApp, REMINDER_HANDLER);
    } catch (error) {
      // Without ScriptApp's scope the trigger stays until it fires, sees the record and deletes itself.
      console.error(error);
    }
  }
  if (!self && missingScopes(google.ScriptApp, SCOPES_FOR.reminders).length === 0) {
    schedule(call, properties);
    log(call, [{ action: 'reminders.schedule', details: `taken over from ${erased.id}` }], language);
    return;
  }
  properties.setProperty(PROPERTY_KEYS.reminderSchedule, JSON.stringify({ stoppedFor: erased.id } satisfies StoppedRecord));
  log(call, [{ action: 'reminders.schedule', details: `stopped: ${erased.id} erased` }], language);
}
