import type { EmulatedUser } from './core';
import type { ServiceEnv } from './env';
import { ScriptException } from './errors';
import { signatureMessage } from './values';

/**
 * MailApp over a MailStore: every message sent is kept in an outbox (for tests and the
 * preview's Outbox), and each sender has a daily quota counted in recipients.
 * https://developers.google.com/apps-script/reference/mail/mail-app
 * https://developers.google.com/apps-script/guides/services/quotas
 */

/** One message as MailApp sent it. */
export interface SentEmail {
  /** The effective user: whoever ran the script, or a trigger's owner. */
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  /** The plain-text body. */
  body: string;
  htmlBody: string | null;
  /** The sender's display name (`options.name`). */
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  /** ISO instant on the emulated clock. */
  sentAt: string;
}

export interface MailSnapshot {
  outbox: SentEmail[];
  quotas: Record<string, number>;
  usage: Record<string, { since: string; recipients: number }>;
}

/**
 * Email recipients per day (to, cc and bcc all count), per user: 100 on a consumer account,
 * 1,500 on Google Workspace. The count resets 24 hours after the first send.
 * https://developers.google.com/apps-script/guides/services/quotas
 */
export const MAIL_DAILY_QUOTA = { consumer: 100, workspace: 1500 } as const;
/** "Email recipients per message: 50" in the same table of limits. */
export const MAIL_RECIPIENTS_PER_MESSAGE = 50;
/** What Apps Script throws once the day's recipients are used up (the quotas page's wording). */
export const MAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';
const DAY_MS = 24 * 60 * 60 * 1000;

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

export class MailStore {
  /** Every message sent, oldest first. */
  readonly outbox: SentEmail[] = [];
  private readonly quotas = new Map<string, number>();
  private readonly usage = new Map<string, { since: number; recipients: number }>();

  /** A user's recipients per day; a consumer account's 100 unless set. */
  setDailyQuota(email: string, recipientsPerDay: number): void {
    this.quotas.set(email.toLowerCase(), recipientsPerDay);
  }

  /** Recipients `email` may still send to today, at instant `now`. */
  remaining(email: string, now: Date): number {
    const key = email.toLowerCase();
    const quota = this.quotas.get(key) ?? MAIL_DAILY_QUOTA.consumer;
    return Math.max(0, quota - this.used(key, now.getTime()));
  }

  /** Messages sent to `address` (in to, cc or bcc), oldest first. */
  sentTo(address: string): SentEmail[] {
    const wanted = address.toLowerCase();
    return this.outbox.filter((m) => [...m.to, ...m.cc, ...m.bcc].some((a) => a.toLowerCase() === wanted));
  }

  /** Records a message after checking the sender's quota; throws and sends nothing when short. */
  send(message: Omit<SentEmail, 'sentAt'>, now: Date): void {
    const key = message.from.toLowerCase();
    const count = message.to.length + message.cc.length + message.bcc.length;
    if (count > this.remaining(key, now)) throw new ScriptException(MAIL_QUOTA_MESSAGE);
    const usage = this.usage.get(key);
    if (usage && now.getTime() - usage.since < DAY_MS) usage.recipients += count;
    else this.usage.set(key, { since: now.getTime(), recipients: count });
    this.outbox.push({ ...message, sentAt: now.toISOString() });
  }

  toJSON(): MailSnapshot {
    return {
      outbox: structuredClone(this.outbox),
      quotas: Object.fromEntries(this.quotas),
      usage: Object.fromEntries([...this.usage].map(([k, u]) => [k, { since: new Date(u.since).toISOString(), recipients: u.recipients }])),
    };
  }

  static fromJSON(snapshot: MailSnapshot): MailStore {
    const store = new MailStore();
    store.outbox.push(...structuredClone(snapshot.outbox));
    for (const [k, n] of Object.entries(snapshot.quotas)) store.quotas.set(k, n);
    for (const [k, u] of Object.entries(snapshot.usage)) store.usage.set(k, { since: Date.parse(u.since), recipients: u.recipients });
    return store;
  }

  private used(key: string, now: number): number {
    const usage = this.usage.get(key);
    return usage && now - usage.since < DAY_MS ? usage.recipients : 0;
  }
}

/** Who is sending, read at call time. */
export interface MailSender {
  readonly user: EmulatedUser | null;
}

/** The fields of sendEmail's `options` and of its single-object form. */
interface MessageFields {
  to?: unknown;
  cc?: unknown;
  bcc?: unknown;
  replyTo?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  name?: unknown;
  noReply?: unknown;
}

/**
 * A comma-separated list of addresses. An address Apps Script cannot parse fails the whole
 * send with "Invalid email: <address>".
 */
function addresses(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = String(value)
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  for (const address of list) if (!EMAIL.test(address)) throw new ScriptException(`Invalid email: ${address}`);
  return list;
}

function optionalText(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}

class MailAppImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly store: MailStore,
    private readonly sender: MailSender,
  ) {}

  getRemainingDailyQuota(): number {
    this.env.guard('MailApp', 'getRemainingDailyQuota', 'authorized');
    return this.store.remaining(this.sender.user?.email ?? '', this.env.now());
  }

  /**
   * sendEmail(message), sendEmail(recipient, subject, body), sendEmail(recipient, subject,
   * body, options) and sendEmail(to, replyTo, subject, body).
   */
  sendEmail(...args: unknown[]): void {
    this.env.guard('MailApp', 'sendEmail', 'authorized');
    const [first, second, third, fourth] = args;
    let fields: MessageFields;
    if (args.length === 1 && typeof first === 'object' && first !== null) fields = first;
    else if (args.length === 4 && typeof fourth === 'string') fields = { to: first, replyTo: second, subject: third, body: fourth };
    else if (args.length >= 3) fields = { ...(typeof fourth === 'object' && fourth !== null ? fourth : {}), to: first, subject: second, body: third };
    else throw new ScriptException(signatureMessage('MailApp.sendEmail', args));
    this.send(fields);
  }

  private send(fields: MessageFields): void {
    const to = addresses(fields.to);
    const cc = addresses(fields.cc);
    const bcc = addresses(fields.bcc);
    const replyTo = optionalText(fields.replyTo);
    if (replyTo !== null) addresses(replyTo);
    if (to.length + cc.length + bcc.length === 0) throw new ScriptException('Failed to send email: no recipient');
    if (to.length + cc.length + bcc.length > MAIL_RECIPIENTS_PER_MESSAGE) {
      throw new ScriptException('Limit Exceeded: Email Recipients Per Message.');
    }
    this.store.send(
      {
        from: this.sender.user?.email ?? '',
        to,
        cc,
        bcc,
        subject: String(fields.subject ?? ''),
        body: String(fields.body ?? ''),
        htmlBody: optionalText(fields.htmlBody),
        name: optionalText(fields.name),
        replyTo,
        noReply: fields.noReply === true,
      },
      this.env.now(),
    );
  }
}

export function createMailApp(env: ServiceEnv, store: MailStore, sender: MailSender): GoogleAppsScript.Mail.MailApp {
  return new MailAppImpl(env, store, sender) as unknown as GoogleAppsScript.Mail.MailApp;
}
