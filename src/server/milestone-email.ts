import type { Locale } from '../domain/locale';
import { mayEmail } from '../domain/privacy';
import type { Member } from '../domain/records';
import { remainingQuota } from '../mail';
import type { Call } from './call';
import { renderMilestone } from './emails/render';
import { mailTo, maySendMail } from './mail-run';
import { log } from './log';

export interface MilestoneDone {
  readonly milestoneId: string;
  readonly proposalId: string;
  readonly title: string;
  readonly milestone: string;
  readonly doneOn: string;
  /** The proposal's share of milestones done, 0..1, this one included. */
  readonly progress: number;
}

/**
 * Tells a proposal's author that one of its milestones is done (issue 21), as the answer email
 * does (answer-email.ts): only if they said yes to emails and accepted the privacy notice in
 * force (`noticeVersion`), in their language, within the day's
 * quota, with one Log row and no body. saveMilestone calls it only when a milestone becomes
 * done, so the same milestone is not announced twice by saving it again. It never throws for a
 * reason of its own: without the mail scope the milestone is saved and the email skipped.
 */
export function sendMilestoneEmail(call: Call, author: Member | undefined, done: MilestoneDone, workbookLanguage: Locale, noticeVersion: string): boolean {
  if (!author || !mayEmail(author, noticeVersion)) return false;
  if (!maySendMail(call)) return false;
  if (remainingQuota(call.google.MailApp) < 1) return false;
  const locale = author.language ?? workbookLanguage;
  const spreadsheet = call.workbook.spreadsheet;
  const email = renderMilestone({ locale, name: author.name, title: done.title, milestone: done.milestone, doneOn: done.doneOn, progress: done.progress, link: spreadsheet.getUrl() });
  mailTo(call, author.email, email);
  log(call, [{ action: 'milestone.emailed', target: done.milestoneId, details: `${author.id}, ${locale}` }], workbookLanguage);
  return true;
}
