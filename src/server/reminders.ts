import '../domain/zod';
import * as z from 'zod/mini';
import { UserError } from '../domain/errors';
import { lateMembers } from '../domain/late';
import type { Locale } from '../domain/locale';
import { recordsOf, type Member } from '../domain/records';
import { planReminders, reminderDue, type PlannedReminder, type ReminderPlan } from '../domain/reminders';
import { MEETINGS, MILESTONES, OBJECTIVES, PROPOSALS, RESOURCES } from '../domain/tables';
import type { Settings } from '../domain/settings';
import { daysBetween } from '../domain/time';
import type { ReminderExample, RemindersResult, ReminderSchedule } from '../contract/reminders';
import { withDocumentLock } from '../lock';
import { remainingQuota } from '../mail';
import { PROPERTY_KEYS, remindedFor, remindedOn, saveReminded, saveRemindedFor } from '../properties';
import { ensureScopes, missingScopes, SCOPES_FOR } from '../script';
import { deleteOwnTriggers, installDailyTrigger } from '../script/triggers';
import type { Call } from './call';
import { coordinatorMembers } from './calendar';
import { renderReminder, senderName, type RenderedEmail } from './emails/render';
import { endpoint } from './endpoint';
import { log } from './log';
import { examplesByLanguage, sendEach, type MailRun } from './mail-run';
import { progressOfTabs } from './progress';
import { deliverPollReminders, previewPollReminders } from './poll-reminders';
import { serve, type Result } from './respond';
import type { GoogleServices } from './services';
import { translatedSeed } from './sidebar';
import { loadSettings, readTab, today } from './workbook-data';

type Done = { ok: true } & RemindersResult;

/** The global that the daily trigger runs (src/main.ts). */
export const REMINDER_HANDLER = 'runScheduledReminders';
/** Scheduled reminders leave at 8 in the morning, in the spreadsheet's time zone. */
const REMINDER_HOUR = 8;

/** Everything a run needs, read once, before the lock. */
interface Round {
  readonly call: Call;
  readonly members: readonly Member[];
  readonly language: Locale;
  readonly deadline: string;
  readonly daysLeft: number;
  readonly late: ReturnType<typeof lateMembers>[number]['members'];
  /** The objectives still in progress, per language. */
  readonly objectives: (locale: Locale) => string[];
  readonly link: string;
  readonly sender: string;
  readonly noticeVersion: string;
}

/** The deadline reminders' round; none once the submission deadline has passed (poll reminders still go). */
function readRound(call: Call, members: readonly Member[], settings: Settings): Round | undefined {
  const daysLeft = daysBetween(today(call), settings.submissionDeadline);
  if (daysLeft < 0) return undefined;
  const objectivesData = readTab(call, OBJECTIVES);
  const proposals = readTab(call, PROPOSALS);
  const resources = readTab(call, RESOURCES);
  const progress = progressOfTabs({ settings, objectives: objectivesData, members, proposals, resources, meetings: readTab(call, MEETINGS), milestones: readTab(call, MILESTONES) });
  const open = new Set(progress.filter((p) => p.status !== 'achieved').map((p) => p.id));
  const objectives = recordsOf('objectives', objectivesData).filter((o) => open.has(o.id));
  const spreadsheet = call.workbook.spreadsheet;
  return {
    call,
    members,
    language: settings.language,
    deadline: settings.submissionDeadline,
    daysLeft,
    late: lateMembers({ members, proposals: recordsOf('proposals', proposals), resources: recordsOf('resources', resources) }).flatMap((g) => g.members),
    objectives: (locale) => objectives.map((o) => `${o.id} — ${translatedSeed(o.id, o.title, locale)}`),
    link: spreadsheet.getUrl(),
    sender: senderName(spreadsheet.getName()),
    noticeVersion: settings.privacyNoticeVersion,
  };
}

function render(round: Round, r: PlannedReminder): RenderedEmail {
  return renderReminder({ locale: r.language, name: r.name, kind: r.kind, deadline: round.deadline, days: round.daysLeft, objectives: round.objectives(r.language), link: round.link });
}

function plan(round: Round, stored: Readonly<Record<string, string>>, quota: number): ReminderPlan {
  const remindedToday = remindedOn(stored, today(round.call));
  const remindedBefore = remindedFor(stored, round.deadline);
  return planReminders({ late: round.late, members: round.members, remindedToday, remindedBefore, quota, fallbackLanguage: round.language, noticeVersion: round.noticeVersion });
}

/**
 * Reminds late members by email (PRODUCT.md §4, §5), coordinators only. A dry run sends nothing
 * and shows who would get what, with one rendered email per language. A real run holds the
 * document lock from reading who was reminded today to recording it, so a rerun, or another
 * coordinator at the same moment, sends nobody a second reminder the same day.
 */
export const sendReminders = endpoint(z.object({ dryRun: z.boolean() }), (call, { dryRun }): Result<RemindersResult> => {
  const members = coordinatorMembers(call, 'reminders.coordinatorsOnly');
  // The dry run asks too: it shows whom today's quota leaves out, which needs the Mail scope.
  ensureScopes(call.google.ScriptApp, 'reminders');
  const settings = loadSettings(call);
  const round = readRound(call, members, settings);
  if (dryRun) return preview(call, round, members, settings);
  const sent = sendAll(call, members, settings, round);
  if (!sent) throw new UserError('reminders.pastDeadline');
  return sent;
});

/** Sends the round's deadline reminders, if any, then the poll reminders due; undefined when there was nobody to remind. */
function sendAll(call: Call, members: readonly Member[], settings: Settings, round: Round | undefined): Done | undefined {
  const done = round ? deliver(round) : undefined;
  const polls = deliverPollReminders(call, members, settings);
  if (!done && polls.sent.length + polls.skipped.length === 0) return undefined;
  return { ...(done ?? { ok: true, dryRun: false, sent: [], skipped: [], examples: [] }), polls, quotaLeft: remainingQuota(call.google.MailApp) };
}

/** Who would get what: the deadline reminders first, then the poll reminders within what the quota leaves. */
function preview(call: Call, round: Round | undefined, members: readonly Member[], settings: Settings): Done {
  const properties = call.google.PropertiesService.getDocumentProperties();
  const quota = remainingQuota(call.google.MailApp);
  const { send, skipped } = round ? plan(round, properties.getProperties(), quota) : { send: [], skipped: [] };
  const examples = examplesByLanguage(send, (r): ReminderExample => ({ language: r.language, memberId: r.memberId, ...render(round as Round, r) }));
  const { examples: pollExamples, ...polls } = previewPollReminders(call, members, settings, quota - send.length);
  if (!round && polls.sent.length + polls.skipped.length === 0) throw new UserError('reminders.pastDeadline');
  return { ok: true, dryRun: true, sent: send.map(sentEntry), skipped: [...skipped], quotaLeft: quota, examples: [...examples, ...pollExamples], polls };
}

const sentEntry = (r: PlannedReminder) => ({ memberId: r.memberId, name: r.name, kind: r.kind, language: r.language });

function deliver(round: Round): Done {
  const { call } = round;
  const google = call.google;
  const date = today(call);
  return withDocumentLock(google.LockService, () => {
    const properties = google.PropertiesService.getDocumentProperties();
    const stored = properties.getProperties();
    const reminded = remindedOn(stored, date);
    const counts = remindedFor(stored, round.deadline);
    const quota = remainingQuota(google.MailApp);
    const { send, skipped } = plan(round, stored, quota);
    const run: MailRun<PlannedReminder> = { sent: [], failed: [] };
    try {
      sendEach(call, send, quota, round.sender, (r) => render(round, r), run);
    } finally {
      // Whatever stopped the run, what went out is logged and recorded before the lock is let go.
      log(call, [
        ...run.sent.map((r) => ({ action: 'reminder.sent', target: r.memberId, details: `${r.kind}, ${r.language}` })),
        ...run.failed.filter((f) => f.reason === 'refused').map(({ item }) => ({ action: 'reminder.refused', target: item.memberId })),
      ], round.language);
      for (const r of run.sent) {
        reminded.add(r.memberId);
        counts.set(r.memberId, (counts.get(r.memberId) ?? 0) + 1);
      }
      if (run.sent.length > 0) {
        saveReminded(properties, stored, date, reminded);
        saveRemindedFor(properties, stored, round.deadline, counts);
      }
    }
    const failed = run.failed.map(({ item, reason }) => ({ memberId: item.memberId, reason }));
    return { ok: true, dryRun: false, sent: run.sent.map(sentEntry), skipped: [...skipped, ...failed], quotaLeft: remainingQuota(google.MailApp), examples: [], polls: { sent: [], skipped: [] } };
  });
}

interface ScheduleRecord {
  readonly owner: string;
  readonly triggerId: string;
}

/** What the record holds once the schedule stopped because its owner was erased: their member ID only. */
interface StoppedRecord {
  readonly stoppedFor: string;
}

function readRecord(properties: GoogleAppsScript.Properties.Properties): Partial<ScheduleRecord & StoppedRecord> | undefined {
  try {
    return (JSON.parse(properties.getProperty(PROPERTY_KEYS.reminderSchedule) ?? 'null') as Partial<ScheduleRecord & StoppedRecord> | null) ?? undefined;
  } catch {
    return undefined;
  }
}

function readSchedule(properties: GoogleAppsScript.Properties.Properties, record = readRecord(properties)): ScheduleRecord | undefined {
  return record?.owner && record.triggerId ? { owner: record.owner, triggerId: record.triggerId } : undefined;
}

/** Installs the daily trigger as the caller, and records it as the one schedule. */
function schedule(call: Call, properties: GoogleAppsScript.Properties.Properties): void {
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

/** Whether reminders are scheduled, and by whom (PRODUCT.md §4: the sidebar's switch). */
export function getReminderSchedule(google: GoogleServices): Result<ReminderSchedule> {
  return serve(google, (call): Result<ReminderSchedule> => {
    coordinatorMembers(call, 'reminders.coordinatorsOnly');
    const properties = google.PropertiesService.getDocumentProperties();
    const stored = readRecord(properties);
    const record = readSchedule(properties, stored);
    const stopped = !record && typeof stored?.stoppedFor === 'string' ? { stoppedFor: stored.stoppedFor } : {};
    return { ok: true, on: Boolean(record), owner: record?.owner ?? null, reminderDays: loadSettings(call).reminderDays, ...stopped };
  });
}

/**
 * Turns scheduled reminders on or off: one daily trigger per spreadsheet, whoever turns it on.
 * A coordinator turning it on while a colleague's exists takes it over: the record names the
 * new trigger, and the colleague's, which nobody else can delete, removes itself the next time
 * it fires. Turning it off clears the record the same way, whoever installed it.
 */
export const setReminderSchedule = endpoint(z.object({ on: z.boolean() }), (call, { on }): Result<ReminderSchedule> => {
    const google = call.google;
    coordinatorMembers(call, 'reminders.coordinatorsOnly');
    ensureScopes(google.ScriptApp, 'reminders');
    const settings = loadSettings(call);
    // A switch that is on but never sends would be a false promise.
    if (on && settings.reminderDays.length === 0) throw new UserError('reminders.noDays');
    const properties = google.PropertiesService.getDocumentProperties();
    return withDocumentLock(google.LockService, () => {
      const before = readSchedule(properties);
      if (before?.owner === call.caller.email || !on) deleteOwnTriggers(google.ScriptApp, REMINDER_HANDLER);
      if (!on) {
        properties.deleteProperty(PROPERTY_KEYS.reminderSchedule);
      } else {
        schedule(call, properties);
      }
      const details = on ? (before && before.owner !== call.caller.email ? `taken over from ${before.owner}` : 'on') : 'off';
      log(call, [{ action: 'reminders.schedule', details }], settings.language);
      return { ok: true, on, owner: on ? call.caller.email : null, reminderDays: settings.reminderDays, ...(on && before && before.owner !== call.caller.email ? { previousOwner: before.owner } : {}) };
    });
});

/**
 * The daily trigger's handler, run as the coordinator who installed it. A trigger the record no
 * longer names (switched off, or taken over) deletes itself and sends nothing; otherwise the
 * reminders go out on the days Settings › Reminder days names.
 */
export function runScheduledReminders(google: GoogleServices, event: { triggerUid?: unknown } | undefined): Result<RemindersResult | { idle: true }> {
  return serve(google, (call): Result<RemindersResult | { idle: true }> => {
    const record = readSchedule(google.PropertiesService.getDocumentProperties());
    const uid = String(event?.triggerUid ?? '');
    if (!record || record.triggerId !== uid) {
      deleteOwnTriggers(google.ScriptApp, REMINDER_HANDLER, uid);
      return { ok: true, idle: true };
    }
    const members = coordinatorMembers(call, 'reminders.coordinatorsOnly');
    const settings = loadSettings(call);
    // Poll reminders go every day a poll is due; deadline reminders only on Reminder days.
    const round = reminderDue(daysBetween(today(call), settings.submissionDeadline), settings.reminderDays) ? readRound(call, members, settings) : undefined;
    return sendAll(call, members, settings, round) ?? { ok: true, idle: true };
    // A time-driven trigger runs as its owner: the effective user, as the reference documents.
  }, 'effective');
}
