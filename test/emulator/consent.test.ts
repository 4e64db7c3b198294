import { describe, expect, test } from 'vitest';
import { ConsentRequired, Emulator, SCOPES, type EmulatedUser } from '../../emulator/index';
import { MANIFEST_SCOPES } from '../../emulator/scopes';

// Granular consent: a user may grant only some of the manifest's scopes.
// https://developers.google.com/apps-script/concepts/scopes#granular_consent
// https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
// https://developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String)

/** The granular-consent methods, newer than the @types/google-apps-script in use. */
interface AuthorizationInfo {
  getAuthorizationStatus(): unknown;
  getAuthorizationUrl(): string | null;
  getAuthorizedScopes(): string[];
}
function authorizationInfo(em: Emulator, scopes?: readonly string[]): AuthorizationInfo {
  const app = em.services.ScriptApp as unknown as { getAuthorizationInfo(mode: unknown, scopes?: readonly string[]): AuthorizationInfo };
  return app.getAuthorizationInfo(em.services.ScriptApp.AuthMode.FULL, scopes);
}

const MEMBER_SCOPES = [SCOPES.spreadsheetsCurrentOnly, SCOPES.containerUi, SCOPES.email];
/** A manifest without the reminders' scopes, to see what one that does not declare them does. */
const WITHOUT_MAIL = [...MEMBER_SCOPES, SCOPES.calendarEvents];
const member: EmulatedUser = { email: 'ana@example.org', locale: 'pt-BR', grantedScopes: MEMBER_SCOPES };

describe('a member who granted only the spreadsheet, the UI and the email', () => {
  test('can read and write the spreadsheet, show a sidebar and see their email', () => {
    const em = new Emulator({ user: member });
    const { SpreadsheetApp, HtmlService, Session } = em.services;
    SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x');
    SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('hi'));
    expect(Session.getActiveUser().getEmail()).toBe('ana@example.org');
  });

  test('is refused Calendar with the permission error naming the scopes', () => {
    const em = new Emulator({ user: member });
    expect(() => em.services.CalendarApp.getCalendarById('group@example.org')).toThrow(
      /^You do not have permission to call CalendarApp\.getCalendarById\. Required permissions: \(https:\/\/www\.googleapis\.com\/auth\/calendar \|\| /,
    );
  });

  test('is refused MailApp, which the manifest does not even ask for', () => {
    const em = new Emulator({ user: member });
    expect(() => em.services.MailApp.getRemainingDailyQuota()).toThrow(/script\.send_mail/);
  });

  test('getAuthorizationInfo reports Calendar as required, and what was granted', () => {
    const em = new Emulator({ user: member });
    const all = authorizationInfo(em);
    const calendar = authorizationInfo(em, [SCOPES.calendarEvents]);
    const mine = authorizationInfo(em, MEMBER_SCOPES);
    expect([all, calendar, mine].map((info) => String(info.getAuthorizationStatus()))).toEqual(['REQUIRED', 'REQUIRED', 'NOT_REQUIRED']);
    expect(all.getAuthorizedScopes()).toEqual(MEMBER_SCOPES);
    expect(calendar.getAuthorizedScopes()).toEqual([]);
    expect(calendar.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\/.*calendar/);
    expect(mine.getAuthorizationUrl()).toBeNull();
  });

  test('requireScopes ends the execution with a recognisable error and records the prompt', () => {
    const em = new Emulator({ user: member });
    const { ScriptApp } = em.services;
    let error: unknown;
    try {
      ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [SCOPES.spreadsheetsCurrentOnly, SCOPES.calendarEvents]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConsentRequired);
    expect((error as ConsentRequired).missingScopes).toEqual([SCOPES.calendarEvents]);
    expect(em.consentPrompts).toEqual([[SCOPES.calendarEvents]]);
  });

  test('requireScopes returns quietly when everything asked for was granted', () => {
    const em = new Emulator({ user: member });
    const { ScriptApp } = em.services;
    ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, MEMBER_SCOPES);
    expect(em.consentPrompts).toEqual([]);
  });

  test('asking about a scope the manifest does not declare is an error', () => {
    const em = new Emulator({ user: member, oauthScopes: WITHOUT_MAIL });
    const { ScriptApp } = em.services;
    expect(() => ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [SCOPES.sendMail])).toThrow(/not declared in the manifest/);
  });
});

describe('recovering', () => {
  test('once the user grants Calendar, Calendar works and nothing is required', () => {
    const em = new Emulator({ user: member, oauthScopes: WITHOUT_MAIL });
    const { CalendarApp } = em.services;
    expect(() => CalendarApp.getDefaultCalendar()).toThrow(/permission/);
    em.grantScopes(SCOPES.calendarEvents);
    expect(CalendarApp.getDefaultCalendar().getId()).toBe('ana@example.org');
    expect(String(authorizationInfo(em).getAuthorizationStatus())).toBe('NOT_REQUIRED');
  });

  test('a scope the manifest does not ask for is never granted', () => {
    const em = new Emulator({ user: member, oauthScopes: WITHOUT_MAIL });
    em.grantScopes(SCOPES.sendMail);
    expect(em.grantedScopes()).toEqual(MEMBER_SCOPES);
  });

  test('a manifest that asks for MailApp lets a user grant it', () => {
    const em = new Emulator({ user: member, oauthScopes: [...MEMBER_SCOPES, SCOPES.sendMail] });
    em.grantScopes(SCOPES.sendMail);
    expect(em.services.MailApp.getRemainingDailyQuota()).toBe(100);
  });
});

describe('a user who granted everything (the default)', () => {
  test('has every manifest scope and no consent to give', () => {
    const em = new Emulator();
    const { ScriptApp } = em.services;
    expect(em.grantedScopes()).toEqual(MANIFEST_SCOPES);
    ScriptApp.requireAllScopes(ScriptApp.AuthMode.FULL);
    expect(em.consentPrompts).toEqual([]);
  });

  test('simple triggers are not held to the consent (their AuthMode already limits them)', () => {
    const em = new Emulator({ user: { ...member, grantedScopes: [] } });
    const value = em.run({ kind: 'simple-trigger', authMode: 'LIMITED' }, () =>
      em.services.SpreadsheetApp.getActiveSheet().getRange('A1').getValue(),
    );
    expect(value).toBe('');
  });
});
