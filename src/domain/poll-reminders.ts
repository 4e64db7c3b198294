import { isValidEmail } from './fields';
import type { Locale } from './locale';
import { inAudience } from './audience';
import { acceptsAnswers, countedAnswers } from './polls';
import { needsConsent } from './privacy';
import type { Member, Poll, PollAnswer } from './records';
import type { SkipReason } from './reminders';
import { daysBetween, type IsoDate } from './time';

/**
 * Poll reminders (issue 20, docs/polls.md): one email per poll to each member of its audience
 * who has not answered, once the poll closes tomorrow or today. A member expects it the day
 * before, with a day left to answer; a poll opened late, or a day without a run, still gets
 * its one reminder on its closing day. Independent of the submission deadline.
 */

/** Days before Closes from which a poll's reminder goes: the day before, or the day itself. */
export const POLL_REMINDER_DAYS = 1;

export interface PlannedPollReminder {
  readonly pollId: string;
  readonly title: string;
  readonly closes: IsoDate;
  readonly memberId: string;
  readonly name: string;
  readonly email: string;
  readonly language: Locale;
}

export interface PollSkipped {
  readonly pollId: string;
  readonly memberId: string;
  readonly reason: SkipReason;
}

export interface PollReminderInput {
  readonly polls: readonly Poll[];
  readonly answers: readonly PollAnswer[];
  readonly members: readonly Member[];
  readonly today: IsoDate;
  /** The reminders already sent, as pollReminderKey gives them. */
  readonly reminded: ReadonlySet<string>;
  readonly quota: number;
  readonly fallbackLanguage: Locale;
  /** Settings › Privacy notice version: a member who has not accepted it gets no email. */
  readonly noticeVersion: string;
}

/** One poll's reminder to one member, as document properties record it. */
export const pollReminderKey = (pollId: string, memberId: string) => `${pollId}:${memberId}`;

/** Open polls still taking answers whose Closes is today or tomorrow. */
export function pollsDue(polls: readonly Poll[], today: IsoDate): Poll[] {
  return polls.filter((p) => {
    if (!p.id || !acceptsAnswers(p, today) || !/^\d{4}-\d{2}-\d{2}$/.test(p.closes)) return false;
    const left = daysBetween(today, p.closes);
    return left >= 0 && left <= POLL_REMINDER_DAYS;
  });
}

/**
 * Who gets a poll reminder: an active, non-erased member of the poll's audience who accepted
 * the privacy notice in force (as deadline reminders), said yes to emails, has a valid email and has not answered; never twice
 * for one poll; the soonest closing poll first, within the day's quota.
 */
export function planPollReminders(input: PollReminderInput): { send: PlannedPollReminder[]; skipped: PollSkipped[] } {
  const candidates: PlannedPollReminder[] = [];
  const skipped: PollSkipped[] = [];
  const people = input.members.filter((m) => m.id && m.active && !m.erased);
  const due = pollsDue(input.polls, input.today).sort((a, b) => a.closes.localeCompare(b.closes) || a.id.localeCompare(b.id));
  for (const poll of due) {
    const answered = countedAnswers(poll, input.answers, input.members);
    const seen = new Set<string>();
    for (const m of people) {
      if (seen.has(m.id) || !inAudience(m, poll.audience) || answered.has(m.id)) continue;
      seen.add(m.id);
      const reason = !m.emails ? 'noEmails' : needsConsent(m, input.noticeVersion) ? 'noNotice' : !isValidEmail(m.email) ? 'invalidEmail' : input.reminded.has(pollReminderKey(poll.id, m.id)) ? 'alreadySent' : undefined;
      if (reason) skipped.push({ pollId: poll.id, memberId: m.id, reason });
      else candidates.push({ pollId: poll.id, title: poll.title, closes: poll.closes, memberId: m.id, name: m.name, email: m.email, language: m.language ?? input.fallbackLanguage });
    }
  }
  const room = Math.max(0, Math.floor(input.quota));
  for (const c of candidates.slice(room)) skipped.push({ pollId: c.pollId, memberId: c.memberId, reason: 'quota' });
  return { send: candidates.slice(0, room), skipped };
}
