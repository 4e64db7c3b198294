import { isValidEmail } from '../domain/fields';
import { enumLabel, type EnumCode } from '../domain/enums';
import type { Locale } from '../domain/locale';
import { needsConsent } from '../domain/privacy';
import type { Member } from '../domain/records';
import { remainingQuota } from '../mail';
import type { Call } from './call';
import { renderAnswer } from './emails/render';
import { mailTo, maySendMail } from './mail-run';
import { log } from './log';

/** What the coordinators answered, as answerProposal writes it. */
export interface ProposalAnswer {
  readonly proposalId: string;
  readonly title: string;
  readonly status: EnumCode<'proposalStatus'>;
  readonly priorityRank: number | undefined;
  readonly answer: string;
}

export type AnswerEmailOutcome =
  | { readonly sent: true }
  | { readonly sent: false; readonly reason: 'noEmails' | 'noNotice' | 'invalidEmail' | 'unchanged' | 'consent' | 'quota' };

const same = (a: ProposalAnswer, b: ProposalAnswer | undefined) =>
  b !== undefined && a.status === b.status && a.priorityRank === b.priorityRank && a.answer === b.answer;

/**
 * Tells a proposal's author of the coordinators' answer (PRODUCT.md §4 answerProposal, §5): one
 * email in their language, only if they said yes to emails and accepted the privacy notice in
 * force (`noticeVersion`), not twice for the same answer
 * (`previous` is what the row held before), within the day's quota, and one Log row without the
 * body. Call it after the answer is written: it never throws for a reason of its own, so a
 * coordinator who has not granted the mail scope still saves the answer (the email is skipped).
 */
export function sendAnswerEmail(call: Call, author: Member | undefined, answer: ProposalAnswer, previous: ProposalAnswer | undefined, workbookLanguage: Locale, noticeVersion: string): AnswerEmailOutcome {
  const outcome = decide(call, author, answer, previous, noticeVersion);
  if (!outcome.sent || !author) return outcome;
  const locale = author.language ?? workbookLanguage;
  const spreadsheet = call.workbook.spreadsheet;
  const email = renderAnswer({
    locale,
    name: author.name,
    title: answer.title,
    status: enumLabel('proposalStatus', answer.status, locale),
    rank: answer.status === 'prioritized' ? answer.priorityRank : undefined,
    answer: answer.answer,
    link: spreadsheet.getUrl(),
  });
  mailTo(call, author.email, email);
  log(call, [{ action: 'answer.emailed', target: answer.proposalId, details: `${author.id}, ${locale}` }], workbookLanguage);
  return outcome;
}

function decide(call: Call, author: Member | undefined, answer: ProposalAnswer, previous: ProposalAnswer | undefined, noticeVersion: string): AnswerEmailOutcome {
  if (!author || author.erased || !author.active || !author.emails) return { sent: false, reason: 'noEmails' };
  if (needsConsent(author, noticeVersion)) return { sent: false, reason: 'noNotice' };
  if (!isValidEmail(author.email)) return { sent: false, reason: 'invalidEmail' };
  if (same(answer, previous)) return { sent: false, reason: 'unchanged' };
  // Only script.send_mail: an answer needs no trigger.
  if (!maySendMail(call)) return { sent: false, reason: 'consent' };
  if (remainingQuota(call.google.MailApp) < 1) return { sent: false, reason: 'quota' };
  return { sent: true };
}
