import { isValidEmail } from '../domain/fields';
import { fill } from '../domain/i18n/wording';
import { wordsOf } from '../domain/i18n/source';
import { INTL_TAG, type Locale } from '../domain/locale';
import type { Member } from '../domain/records';
import { remainingQuota, sendEmail } from '../mail';
import { SCOPES_FOR, grantedScopes } from '../script';
import type { Call } from './call';
import { longDate, senderName } from './emails/render';
import { escapeHtml } from './html';
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
 * does (answer-email.ts): only if they said yes to emails, in their language, within the day's
 * quota, with one Log row and no body. saveMilestone calls it only when a milestone becomes
 * done, so the same milestone is not announced twice by saving it again. It never throws for a
 * reason of its own: without the mail scope the milestone is saved and the email skipped.
 */
export function sendMilestoneEmail(call: Call, author: Member | undefined, done: MilestoneDone, workbookLanguage: Locale): boolean {
  if (!author || author.erased || !author.active || !author.emails || !isValidEmail(author.email)) return false;
  if (!grantedScopes(call.google.ScriptApp).includes(SCOPES_FOR.reminders[0])) return false;
  if (remainingQuota(call.google.MailApp) < 1) return false;
  const locale = author.language ?? workbookLanguage;
  const texts = wordsOf(locale).emails;
  const link = call.workbook.spreadsheet.getUrl();
  const params = {
    name: author.name,
    title: done.title,
    milestone: done.milestone,
    doneOn: longDate(done.doneOn, locale),
    progress: new Intl.NumberFormat(INTL_TAG[locale], { style: 'percent' }).format(done.progress),
    link,
  };
  const say = (template: string) => fill(template, params, locale);
  const lines = [say(texts.greeting), say(texts.milestone.intro), say(texts.milestone.progress), say(texts.milestone.link), texts.reply, texts.stop];
  const html = lines.map((line) => (line.endsWith(link) ? `<p>${escapeHtml(line.slice(0, -link.length))}<a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : `<p>${escapeHtml(line)}</p>`));
  sendEmail(call.google.MailApp, {
    to: author.email,
    subject: say(texts.milestone.subject),
    body: lines.join('\n\n'),
    htmlBody: `<div lang="${locale}" style="font:14px/1.5 Arial,sans-serif;color:#202124">${html.join('')}</div>`,
    name: senderName(call.workbook.spreadsheet.getName()),
    replyTo: call.caller.email,
  });
  log(call, [{ action: 'milestone.emailed', target: done.milestoneId, details: `${author.id}, ${locale}` }], workbookLanguage);
  return true;
}
