import type { ServiceEnv } from './env';
import { ScriptException } from './errors';

/**
 * MailApp, as much as reminders and Diagnose need: the daily quota and sendEmail.
 * https://developers.google.com/apps-script/reference/mail/mail-app
 * Consumer accounts may email 100 recipients a day:
 * https://developers.google.com/apps-script/guides/services/quotas#current_quotas
 */
export const DAILY_RECIPIENTS = 100;

export interface SentMail {
  recipient: string;
  subject: string;
  body: string;
}

/** Reported when the day's recipients are used up (wording as Apps Script is reported to throw it: assumed). */
export const MAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';

class MailAppImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly sent: SentMail[],
  ) {}

  private left(): number {
    return this.env.faults.mailQuotaLeft ?? Math.max(0, DAILY_RECIPIENTS - this.sent.length);
  }

  getRemainingDailyQuota(): number {
    this.env.guard('MailApp', 'getRemainingDailyQuota', 'authorized');
    return this.left();
  }

  sendEmail(recipient: string, subject: string, body: string): MailAppImpl {
    this.env.guard('MailApp', 'sendEmail', 'authorized');
    if (this.left() <= 0) throw new ScriptException(MAIL_QUOTA_MESSAGE);
    this.sent.push({ recipient: String(recipient), subject: String(subject), body: String(body) });
    return this;
  }
}

export function createMailApp(env: ServiceEnv, sent: SentMail[]): GoogleAppsScript.Mail.MailApp {
  return new MailAppImpl(env, sent) as unknown as GoogleAppsScript.Mail.MailApp;
}
