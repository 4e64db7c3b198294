import type { PollRemindersResult, ReminderExample } from '../contract/reminders';
import { planPollReminders, pollReminderKey, pollsDue, type PlannedPollReminder } from '../domain/poll-reminders';
import { recordsOf, type Member } from '../domain/records';
import type { Settings } from '../domain/settings';
import { POLL_ANSWERS, POLLS } from '../domain/tables';
import { withDocumentLock } from '../lock';
import { remainingQuota } from '../mail';
import { pollReminded, savePollReminded } from '../properties';
import type { Call } from './call';
import { renderPollReminder, senderName } from './emails/render';
import { log } from './log';
import { examplesByLanguage, sendEach, type MailRun } from './mail-run';
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
  const link = send.length > 0 ? call.workbook.spreadsheet.getUrl() : '';
  const examples = examplesByLanguage(send, (r): ReminderExample => ({ language: r.language, memberId: r.memberId, pollId: r.pollId, ...render(link, r) }));
  return { sent: send.map(entry), skipped, examples };
}

/** Sends the due poll reminders under the document lock, within the day's quota, one Log row per email (no body). */
export function deliverPollReminders(call: Call, members: readonly Member[], settings: Settings): PollRemindersResult {
  const google = call.google;
  return withDocumentLock(google.LockService, () => {
    const properties = google.PropertiesService.getDocumentProperties();
    const stored = properties.getProperties();
    const quota = remainingQuota(google.MailApp);
    const before = pollReminded(stored);
    const { polls, send, skipped } = planned(call, members, settings, before, quota);
    // Only the polls still due are remembered: a closed poll's record is forgotten.
    const due = new Set(polls.map((p) => p.id));
    const reminded = new Set([...before].filter((key) => due.has(key.slice(0, key.indexOf(':')))));
    const run: MailRun<PlannedPollReminder> = { sent: [], failed: [] };
    const spreadsheet = call.workbook.spreadsheet;
    const [sender, link] = send.length > 0 ? [senderName(spreadsheet.getName()), spreadsheet.getUrl()] : ['', ''];
    try {
      sendEach(call, send, quota, sender, (r) => render(link, r), run);
    } finally {
      log(call, [
        ...run.sent.map((r) => ({ action: 'poll.reminded', target: r.pollId, details: `${r.memberId}, ${r.language}` })),
        ...run.failed.filter((f) => f.reason === 'refused').map(({ item }) => ({ action: 'poll.notReminded', target: item.pollId, details: item.memberId })),
      ], settings.language);
      for (const r of run.sent) reminded.add(pollReminderKey(r.pollId, r.memberId));
      if (run.sent.length > 0) savePollReminded(properties, stored, reminded);
    }
    const failed = run.failed.map(({ item, reason }) => ({ pollId: item.pollId, memberId: item.memberId, reason }));
    return { sent: run.sent.map(entry), skipped: [...skipped, ...failed] };
  });
}
