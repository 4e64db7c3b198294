import { describe, expect, test } from 'vitest';
import { Emulator } from '../../emulator/index';

const ana = { email: 'ana@example.org', locale: 'pt-BR' };

describe('Session', () => {
  // https://developers.google.com/apps-script/reference/base/session#getActiveUser()
  test('the active user email is known when the user runs the script', () => {
    const em = new Emulator({ user: ana });
    expect(em.services.Session.getActiveUser().getEmail()).toBe('ana@example.org');
  });

  // https://developers.google.com/apps-script/reference/base/user#getEmail() ("not available in … a simple onOpen(e) or onEdit(e) trigger")
  test('the email is blank in a simple trigger', () => {
    const em = new Emulator({ user: ana });
    const email = em.run({ kind: 'simple-trigger', authMode: 'LIMITED' }, () => em.services.Session.getActiveUser().getEmail());
    expect(email).toBe('');
  });

  // https://developers.google.com/apps-script/reference/base/user#getEmail() ("… a custom function in Google Sheets")
  test('the email is blank in a custom function (lenient custom functions)', () => {
    const em = new Emulator({ user: ana, customFunctions: 'lenient' });
    const email = em.run({ kind: 'custom-function', authMode: 'CUSTOM_FUNCTION' }, () =>
      em.services.Session.getActiveUser().getEmail(),
    );
    expect(email).toBe('');
  });

  // https://developers.google.com/apps-script/reference/base/user#getEmail() ("returns a blank string if security policies do not allow access")
  test('the email is blank for a visitor who has not authorized', () => {
    const em = new Emulator({ user: null });
    expect(em.services.Session.getActiveUser().getEmail()).toBe('');
  });

  // https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()
  test('the effective user is the active user', () => {
    const em = new Emulator({ user: ana });
    expect(em.services.Session.getEffectiveUser().getEmail()).toBe('ana@example.org');
  });

  // getEffectiveUser: "in an installable trigger, the user who created the trigger"; nothing says
  // getActiveUser names them in a time-driven trigger, so it is blank (assumed-pessimistic).
  test('a time-driven trigger knows its owner as the effective user only', () => {
    const em = new Emulator({ user: ana });
    const who = em.run({ kind: 'trigger', authMode: 'FULL' }, () => [
      em.services.Session.getActiveUser().getEmail(),
      em.services.Session.getEffectiveUser().getEmail(),
    ]);
    expect(who).toEqual(['', 'ana@example.org']);
  });

  test('the activeUserRefused fault makes asking for the active user throw', () => {
    const em = new Emulator({ user: ana, faults: { activeUserRefused: true } });
    expect(() => em.services.Session.getActiveUser()).toThrow('You do not have permission to call Session.getActiveUser.');
    expect(em.services.Session.getEffectiveUser().getEmail()).toBe('ana@example.org');
  });

  // https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()
  test('the locale is the user language', () => {
    const em = new Emulator({ user: ana });
    expect(em.services.Session.getActiveUserLocale()).toBe('pt-BR');
  });

  // https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
  test('the script time zone comes from the options', () => {
    const em = new Emulator({ scriptTimeZone: 'Europe/Paris' });
    expect(em.services.Session.getScriptTimeZone()).toBe('Europe/Paris');
  });

  // https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey()
  test('the temporary key is stable per user and does not reveal the email', () => {
    const em = new Emulator({ user: ana });
    const key = em.services.Session.getTemporaryActiveUserKey();
    expect(key).toBe(em.services.Session.getTemporaryActiveUserKey());
    expect(key).not.toContain('ana');
    em.user = { email: 'bruno@example.org', locale: 'fr' };
    expect(em.services.Session.getTemporaryActiveUserKey()).not.toBe(key);
  });

  // Tests act as several members by switching the user between calls.
  test('switching the user changes who Session reports', () => {
    const em = new Emulator({ user: ana });
    em.user = { email: 'bruno@example.org', locale: 'fr' };
    expect([em.services.Session.getActiveUser().getEmail(), em.services.Session.getActiveUserLocale()]).toEqual([
      'bruno@example.org',
      'fr',
    ]);
  });
});
