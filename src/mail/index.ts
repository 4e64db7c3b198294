/**
 * MailApp: the day's quota and one message at a time, in the form that carries the HTML body,
 * the sender's name and the reply-to address.
 * https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,Object)
 * https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()
 */

export interface OutgoingEmail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
  /** The sender's display name. */
  readonly name: string;
  readonly replyTo: string;
}

/** Recipients the current user may still email today (every recipient counts one). */
export function remainingQuota(mail: GoogleAppsScript.Mail.MailApp): number {
  return mail.getRemainingDailyQuota();
}

export function sendEmail(mail: GoogleAppsScript.Mail.MailApp, email: OutgoingEmail): void {
  const options: GoogleAppsScript.Mail.MailAdvancedParameters = { htmlBody: email.htmlBody, name: email.name };
  if (email.replyTo) options.replyTo = email.replyTo;
  mail.sendEmail(email.to, email.subject, email.body, options);
}

/** MailApp's wording when the day's recipients are used up (the quotas page). */
export function isQuotaError(error: unknown): boolean {
  return /too many times for one day: email/i.test(String(error));
}
