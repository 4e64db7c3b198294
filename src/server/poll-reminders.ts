import type { PollRemindersResult, ReminderExample } from '../contract/reminders';
import { planPollReminders, pollReminderKey, pollsDue, type PlannedPollReminder } from '../domain/poll-reminders';
import { recordsOf, type Member } from '../domain/records';
import type { Settings } from '../domain/settings';
import { POLL_ANSWERS, POLLS } from '../domain/tables';
import { withDocumentLock } from '../lock';
import { isQuotaError, remainingQuota, sendEmail } from '../mail';
import { pollReminded, savePollReminded } from '../properties';
import type { Call } from './call';
import { renderPollReminder, senderName } from './emails/render';
import { log } from './log';
import { readTab, today } from './workbook-data';

/**
 * Poll reminders (docs/polls.md), sent by the same runs as the deadline reminders: the
 * coordinators' Send reminders (its dry run lists them) and the daily scheduled run. The Poll
 * answers tab is read only when a poll is due; who each poll reminded is kept in document
 * properties, so a rerun, or the scheduled run after a coordinator's, reminds nobody twice.
 */

const entry = (r: PlannedPollReminder) => ({ pollId: r.pollId, title: r.title, memberId: r.memberId, name: r.name, language: r.language });

function render(link: string, r: PlannedPollReminder) {
  return renderPollReminder({ locale: r.language, name: r.name, title: r.title, closes: r.closes, link });
}

function planned(call: Call, members: readonly Member[], settings: Settings, reminded: ReadonlySet<string>, quota: number) {
  const day = today(call);
  const polls = pollsDue(recordsOf('polls', readTab(call, POLLS)), day);
  if (polls.length === 0) return { polls, send: [], skipped: [] };
  const answers = recordsOf('pollAnswers', readTab(call, POLL_ANSWERS));
  return { polls, ...planPollReminders({ polls, answers, members, today: day, reminded, quota, fallbackLanguage: settings.language, noticeVersion: settings.privacyNoticeVersion }) };
}

/** What a run would send, with one rendered email per language; sends nothing. */
export function previewPollReminders(call: Call, members: readonly Member[], settings: Settings, quota: number): PollRemindersResult & { examples: ReminderExample[] } {
  const { send, skipped } = planned(call, members, settings, pollReminded(call.google.PropertiesService.getDocumentProperties().getProperties()), quota);
  const examples: ReminderExample[] = [];
  const link = send.length > 0 ? call.workbook.spreadsheet.getUrl() : '';
  for (const r of send) if (!examples.some((e) => e.language === r.language)) examples.push({ language: r.language, memberId: r.memberId, pollId: r.pollId, ...render(link, r) });
  return { sent: send.map(entry), skipped, examples };
}

/** Sends the due poll reminders under the document lock, within the day's quota, one Log row per email (no body). */
export function deliverPollReminders(call: Call, members: readonly Member[], settings: Settings): PollRemindersResult {
  const google = call.google;
  return withDocumentLock(google.LockService, () => {
    const properties = google.PropertiesService.getDocumentProperties();
    const stored = properties.getProperties();
    let quota = remainingQuota(google.MailApp);
    const before = pollReminded(stored);
    const { polls, send, skipped } = planned(call, members, settings, before, quota);
    // Only the polls still due are remembered: a closed poll's record is forgotten.
    const due = new Set(polls.map((p) => p.id));
    const reminded = new Set([...before].filter((key) => due.has(key.slice(0, key.indexOf(':')))));
    const sent: PlannedPollReminder[] = [];
    const failed: PollRemindersResult['skipped'][number][] = [];
    const spreadsheet = call.workbook.spreadsheet;
    const [sender, link] = send.length > 0 ? [senderName(spreadsheet.getName()), spreadsheet.getUrl()] : ['', ''];
    try {
      for (const r of send) {
        if (quota <= 0) {
          failed.push({ pollId: r.pollId, memberId: r.memberId, reason: 'quota' });
          continue;
        }
        try {
          sendEmail(google.MailApp, { to: r.email, ...render(link, r), name: sender, replyTo: call.caller.email });
          sent.push(r);
          reminded.add(pollReminderKey(r.pollId, r.memberId));
        } catch (error) {
          if (isQuotaError(error)) quota = 0;
          else console.error(error);
          failed.push({ pollId: r.pollId, memberId: r.memberId, reason: isQuotaError(error) ? 'quota' : 'refused' });
        }
      }
    } finally {
      log(call, [
        ...sent.map((r) => ({ action: 'poll.reminded', target: r.pollId, details: `${r.memberId}, ${r.language}` })),
        ...failed.filter((f) => f.reason === 'refused').map((f) => ({ action: 'poll.notReminded', target: f.pollId, details: f.memberId })),
      ], settings.language);
      if (sent.length > 0) savePollReminded(properties, stored, reminded);
    }
    return { sent: sent.map(entry), skipped: [...skipped, ...failed] };
  });
}
