import { isQuotaError, sendEmail } from '../mail';
import { grantedScopes, SCOPES_FOR } from '../script';
import type { Call } from './call';
import { senderName, type RenderedEmail } from './emails/render';

/** Whether the caller granted sending mail (script.send_mail): a courtesy email needs no trigger. */
export const maySendMail = (call: Call): boolean => grantedScopes(call.google.ScriptApp).includes(SCOPES_FOR.reminders[0]);

/** One email from "Mutirão — <spreadsheet name>", answered to the caller. */
export function mailTo(call: Call, to: string, email: RenderedEmail): void {
  sendEmail(call.google.MailApp, { to, ...email, name: senderName(call.workbook.spreadsheet.getName()), replyTo: call.caller.email });
}

/** What a run of emails did so far: read in the caller's `finally`, whatever stopped the run. */
export interface MailRun<R> {
  readonly sent: R[];
  readonly failed: { readonly item: R; readonly reason: 'quota' | 'refused' }[];
}

/**
 * Sends one email per item, in turn, within `quota` (the day's, read by the caller before it
 * planned): past it, or once MailApp says the day's quota is used up (another script of the
 * same user may have spent it), the rest wait for another day. Every reminder run sends this way.
 */
export function sendEach<R extends { readonly email: string }>(call: Call, items: readonly R[], quota: number, sender: string, render: (item: R) => RenderedEmail, run: MailRun<R>): void {
  let left = quota;
  for (const item of items) {
    if (left <= 0) {
      run.failed.push({ item, reason: 'quota' });
      continue;
    }
    try {
      sendEmail(call.google.MailApp, { to: item.email, ...render(item), name: sender, replyTo: call.caller.email });
      run.sent.push(item);
    } catch (error) {
      const quotaError = isQuotaError(error);
      if (quotaError) left = 0;
      else console.error(error);
      run.failed.push({ item, reason: quotaError ? 'quota' : 'refused' });
    }
  }
}

/** One rendered example per language, from the first item in each: what a dry run shows. */
export function examplesByLanguage<R extends { readonly language: string }, E>(items: readonly R[], example: (item: R) => E): E[] {
  const seen = new Set<string>();
  return items.flatMap((item) => (seen.has(item.language) ? [] : (seen.add(item.language), [example(item)])));
}
