import type { Locale } from '../domain/locale';
import type { ReminderGap, SkipReason } from '../domain/reminders';

/** What the reminder endpoints return to the sidebar (PRODUCT.md §4): plain JSON. */

export interface SentReminder {
  readonly memberId: string;
  readonly name: string;
  readonly kind: ReminderGap;
  readonly language: Locale;
}

/** One email as a member of that language would receive it. */
export interface ReminderExample {
  readonly language: Locale;
  readonly memberId: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
  /** Set for a poll reminder's example. */
  readonly pollId?: string;
}

export interface RemindersResult {
  readonly dryRun: boolean;
  /** In a dry run, who would get one. */
  readonly sent: readonly SentReminder[];
  readonly skipped: readonly { readonly memberId: string; readonly reason: SkipReason }[];
  /** Emails MailApp still allows today. */
  readonly quotaLeft: number;
  /** A dry run's one rendered email per language; empty for a real run. */
  readonly examples: readonly ReminderExample[];
  /** Poll reminders, sent by the same run; a dry run's examples include theirs. */
  readonly polls: PollRemindersResult;
}

export interface ReminderSchedule {
  readonly on: boolean;
  /** The coordinator whose daily trigger sends them. */
  readonly owner: string | null;
  /** Settings › Reminder days. */
  readonly reminderDays: readonly number[];
  /** Set when turning it on took over a colleague's schedule. */
  readonly previousOwner?: string;
  /** Set while the schedule is off because the coordinator who ran it was erased: their member ID. */
  readonly stoppedFor?: string;
}

/** Poll reminders (docs/polls.md): who got, or in a dry run would get, one for which poll. */
export interface PollRemindersResult {
  readonly sent: readonly { readonly pollId: string; readonly title: string; readonly memberId: string; readonly name: string; readonly language: Locale }[];
  readonly skipped: readonly { readonly pollId: string; readonly memberId: string; readonly reason: SkipReason }[];
}
