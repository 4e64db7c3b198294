import { describe, expect, test } from 'vitest';
import { Emulator, type EmulatorSnapshot } from '../../emulator/index';
import { MAIL_DAILY_QUOTA } from '../../emulator/mail';

const COORDINATOR = { email: 'coord@example.org', locale: 'fr' };
const SIMPLE = { kind: 'simple-trigger', authMode: 'LIMITED' } as const;
const CUSTOM = { kind: 'custom-function', authMode: 'CUSTOM_FUNCTION' } as const;

/** The real clock behind each test's emulator, which setTime moves. */
let clock = new Date();

function emulator(now = '2026-05-01T09:00:00Z'): Emulator {
  clock = new Date(now);
  return new Emulator({ user: COORDINATOR, now: () => clock });
}

function setTime(iso: string): void {
  clock = new Date(iso);
}

describe('MailApp.sendEmail', () => {
  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,Object)
  test('the outbox keeps what was sent, from the effective user, with its options', () => {
    const em = emulator();
    em.services.MailApp.sendEmail('ana@example.org', 'Rappel', 'Texte', {
      htmlBody: '<p>Texte</p>',
      name: 'Mutirão — Atelier',
      replyTo: 'coord@example.org',
    });
    expect(em.mail.outbox).toEqual([
      {
        from: 'coord@example.org',
        to: ['ana@example.org'],
        cc: [],
        bcc: [],
        subject: 'Rappel',
        body: 'Texte',
        htmlBody: '<p>Texte</p>',
        name: 'Mutirão — Atelier',
        replyTo: 'coord@example.org',
        noReply: false,
        sentAt: '2026-05-01T09:00:00.000Z',
      },
    ]);
  });

  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
  test('the message-object form and the (to, replyTo, subject, body) form send the same fields', () => {
    const em = emulator();
    em.services.MailApp.sendEmail({ to: 'ana@example.org, bia@example.org', subject: 'S', body: 'B', htmlBody: '<b>B</b>', cc: 'c@example.org' });
    em.services.MailApp.sendEmail('ana@example.org', 'coord@example.org', 'S2', 'B2');
    const [first, second] = em.mail.outbox;
    expect(first).toMatchObject({ to: ['ana@example.org', 'bia@example.org'], cc: ['c@example.org'], subject: 'S', htmlBody: '<b>B</b>' });
    expect(second).toMatchObject({ to: ['ana@example.org'], replyTo: 'coord@example.org', subject: 'S2', body: 'B2', htmlBody: null });
    expect(em.mail.sentTo('bia@example.org')).toHaveLength(1);
  });

  // Apps Script rejects an address it cannot parse, and sends nothing.
  test('an invalid address fails with "Invalid email" and sends nothing', () => {
    const em = emulator();
    expect(() => em.services.MailApp.sendEmail('ana@example.org, not-an-address', 'S', 'B')).toThrow('Invalid email: not-an-address');
    expect(em.mail.outbox).toEqual([]);
    expect(em.services.MailApp.getRemainingDailyQuota()).toBe(MAIL_DAILY_QUOTA.consumer);
  });

  // https://developers.google.com/apps-script/guides/services/quotas (Email recipients per message: 50)
  test('more than 50 recipients in one message is refused', () => {
    const em = emulator();
    const many = Array.from({ length: 51 }, (_, i) => `m${i}@example.org`).join(',');
    expect(() => em.services.MailApp.sendEmail(many, 'S', 'B')).toThrow('Limit Exceeded: Email Recipients Per Message.');
  });
});

describe('the daily quota', () => {
  // https://developers.google.com/apps-script/guides/services/quotas (100 recipients a day on a consumer account)
  test('counts recipients, not messages, from 100 by default', () => {
    const em = emulator();
    em.services.MailApp.sendEmail({ to: 'a@example.org', cc: 'b@example.org', bcc: 'c@example.org', subject: 'S', body: 'B' });
    expect(em.services.MailApp.getRemainingDailyQuota()).toBe(97);
  });

  // https://developers.google.com/apps-script/guides/services/quotas (1,500 on Google Workspace)
  test('is set per account, e.g. a Workspace account', () => {
    const em = emulator();
    em.mail.setDailyQuota('coord@example.org', MAIL_DAILY_QUOTA.workspace);
    expect(em.services.MailApp.getRemainingDailyQuota()).toBe(1500);
  });

  // https://developers.google.com/apps-script/guides/services/quotas ("Service invoked too many times for one day: email.")
  test('once used up, sending throws the quota error and records nothing', () => {
    const em = emulator();
    em.mail.setDailyQuota('coord@example.org', 2);
    em.services.MailApp.sendEmail('a@example.org', 'S', 'B');
    expect(() => em.services.MailApp.sendEmail('b@example.org, c@example.org', 'S', 'B')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(em.mail.outbox).toHaveLength(1);
    expect(em.services.MailApp.getRemainingDailyQuota()).toBe(1);
  });

  // https://developers.google.com/apps-script/guides/services/quotas ("reset 24 hours after the first request")
  test('comes back 24 hours after the first send, not at midnight', () => {
    const em = emulator('2026-05-01T20:00:00Z');
    em.mail.setDailyQuota('coord@example.org', 1);
    em.services.MailApp.sendEmail('a@example.org', 'S', 'B');
    setTime('2026-05-02T19:59:00Z');
    expect(em.services.MailApp.getRemainingDailyQuota()).toBe(0);
    setTime('2026-05-02T20:00:00Z');
    expect(em.services.MailApp.getRemainingDailyQuota()).toBe(1);
  });

  // https://developers.google.com/apps-script/guides/services/quotas ("Quotas are per user")
  test("is each user's own", () => {
    const em = emulator();
    em.mail.setDailyQuota('coord@example.org', 1);
    em.services.MailApp.sendEmail('a@example.org', 'S', 'B');
    em.user = { email: 'other@example.org', locale: 'en' };
    expect(em.services.MailApp.getRemainingDailyQuota()).toBe(100);
  });
});

describe('permissions', () => {
  // https://developers.google.com/apps-script/guides/triggers#restrictions (no service that needs authorization)
  test('simple triggers (naming the send_mail scope) and custom functions cannot send', () => {
    const em = emulator();
    const send = (): void => em.services.MailApp.sendEmail('a@example.org', 'S', 'B');
    expect(() => em.run(SIMPLE, send)).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(() => em.run(CUSTOM, () => em.services.MailApp.getRemainingDailyQuota())).toThrow('You do not have permission to call MailApp service.');
    expect(em.mail.outbox).toEqual([]);
  });

  test('a visitor who has not authorized the script cannot send', () => {
    const em = new Emulator({ user: null });
    expect(() => em.services.MailApp.sendEmail('a@example.org', 'S', 'B')).toThrow(/^You do not have permission/);
  });
});

describe('snapshots', () => {
  // The preview persists the emulator between runs: its Outbox and each user's quota survive.
  test('the outbox, quotas and usage survive a JSON round trip', () => {
    const em = emulator();
    em.mail.setDailyQuota('coord@example.org', 5);
    em.services.MailApp.sendEmail('a@example.org', 'S', 'B', { htmlBody: '<p>B</p>' });
    const snapshot = JSON.parse(JSON.stringify(em.toJSON())) as EmulatorSnapshot;
    const restored = Emulator.fromJSON(snapshot, { now: () => new Date('2026-05-01T10:00:00Z') });
    expect(restored.mail.outbox).toEqual(em.mail.outbox);
    expect(restored.services.MailApp.getRemainingDailyQuota()).toBe(4);
  });

  // Workbooks saved before MailApp was modelled still open.
  test('a snapshot without mail restores an empty outbox', () => {
    const { mail: _mail, triggers: _triggers, ...old } = emulator().toJSON();
    expect(Emulator.fromJSON(old).mail.outbox).toEqual([]);
  });
});
