import { isValidEmail } from './fields';
import type { LateMember, Missing } from './late';
import type { Locale } from './locale';
import { needsConsent } from './privacy';
import type { Member } from './records';

/**
 * Who gets a reminder (PRODUCT.md §5): a late member (the late list: active, owing a proposal,
 * a pledge or both) who said yes to emails, accepted the privacy notice in force, is not
 * erased, has a valid email, and was not reminded today. Within the day's Mail quota, in turn:
 * those reminded least for this deadline first, so that under a small quota nobody gets a
 * second reminder before every late member has had a first, even across days; then those who
 * owe the most, then the earliest registered.
 */

/** What a late member still owes: the reminder is worded for one gap or both. */
export type ReminderGap = Missing | 'both';

export type SkipReason = 'noEmails' | 'noNotice' | 'invalidEmail' | 'alreadySent' | 'quota' | 'refused';

export interface PlannedReminder {
  readonly memberId: string;
  readonly name: string;
  readonly email: string;
  readonly kind: ReminderGap;
  readonly language: Locale;
}

export interface Skipped {
  readonly memberId: string;
  readonly reason: SkipReason;
}

export interface ReminderPlan {
  readonly send: readonly PlannedReminder[];
  readonly skipped: readonly Skipped[];
}

export interface PlanInput {
  readonly late: readonly LateMember[];
  readonly members: readonly Member[];
  /** Member IDs already reminded today, by anyone. */
  readonly remindedToday: ReadonlySet<string>;
  /** How many reminders each member already got for this deadline, any day, by anyone. */
  readonly remindedBefore?: ReadonlyMap<string, number>;
  /** Emails MailApp lets the sender send today (one recipient each). */
  readonly quota: number;
  /** The workbook's language, for members whose Language cell is blank. */
  readonly fallbackLanguage: Locale;
  /** Settings › Privacy notice version: a member who has not accepted it gets no email. */
  readonly noticeVersion: string;
}

export function gapOf(missing: readonly Missing[]): ReminderGap {
  return missing.length > 1 ? 'both' : (missing[0] ?? 'both');
}

export function planReminders({ late, members, remindedToday, remindedBefore = new Map(), quota, fallbackLanguage, noticeVersion }: PlanInput): ReminderPlan {
  const byId = new Map<string, Member>();
  for (const m of members) if (m.active && !byId.has(m.id)) byId.set(m.id, m);
  const skipped: Skipped[] = [];
  const candidates: (PlannedReminder & { before: number; owes: number; joined: string; row: number })[] = [];
  for (const l of late) {
    const member = byId.get(l.id);
    if (!member || member.erased) continue;
    const reason = !member.emails ? 'noEmails' : needsConsent(member, noticeVersion) ? 'noNotice' : !isValidEmail(member.email) ? 'invalidEmail' : remindedToday.has(member.id) ? 'alreadySent' : undefined;
    if (reason) {
      skipped.push({ memberId: member.id, reason });
      continue;
    }
    candidates.push({
      memberId: member.id,
      name: member.name,
      email: member.email,
      kind: gapOf(l.missing),
      language: member.language ?? fallbackLanguage,
      before: remindedBefore.get(member.id) ?? 0,
      owes: l.missing.length,
      joined: member.joined || '9999',
      row: member.row,
    });
  }
  candidates.sort((a, b) => a.before - b.before || b.owes - a.owes || a.joined.localeCompare(b.joined) || a.row - b.row);
  const room = Math.max(0, Math.floor(quota));
  const send = candidates.slice(0, room).map(({ memberId, name, email, kind, language }) => ({ memberId, name, email, kind, language }));
  for (const c of candidates.slice(room)) skipped.push({ memberId: c.memberId, reason: 'quota' });
  return { send, skipped };
}

/** Whether a scheduled reminder goes out today: the days left are one of Settings › Reminder days. */
export function reminderDue(daysLeft: number, reminderDays: readonly number[]): boolean {
  return daysLeft >= 0 && reminderDays.includes(daysLeft);
}
