import '../domain/zod';
import * as z from 'zod/mini';
import { UserError } from '../domain/errors';
import { lateMembers } from '../domain/late';
import { translatedSeed } from '../domain/objectives';
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
import { ensureScopes } from '../script';
import { deleteOwnTriggers } from '../script/triggers';
import { readRecord, readSchedule, REMINDER_HANDLER, schedule } from './reminder-schedule';
import type { Call } from './call';
import { renderReminder, senderName, type RenderedEmail } from './emails/render';
import { coordinatorMembers, endpoint } from './endpoint';
import { log } from './log';
import { examplesByLanguage, sendEach, type MailRun } from './mail-run';
import { progressOfTabs } from './progress';
import { deliverPollReminders, previewPollReminders } from './poll-reminders';
import { serve, type Result } from './respond';
import type { GoogleServices } from './services';
import { loadSettings, readTab, today } from './workbook-data';

type Done = { ok: true } & RemindersResult;

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
