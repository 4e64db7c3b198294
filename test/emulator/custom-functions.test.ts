import { describe, expect, test } from 'vitest';
import { DEFAULT_LOCALE, Emulator } from '../../emulator/index';

// What a custom function may call: the guide's table of supported services.
// https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services

const CUSTOM = { kind: 'custom-function', authMode: 'CUSTOM_FUNCTION' } as const;

function inCustomFunction<T>(em: Emulator, fn: () => T): T {
  return em.run(CUSTOM, fn);
}

describe('strict custom functions (default)', () => {
  test('read-only get… calls of the spreadsheet work, developer metadata included', () => {
    const em = new Emulator();
    const ss = em.services.SpreadsheetApp.getActiveSpreadsheet();
    ss.getActiveSheet().getRange('A1').setValue('hello');
    ss.getActiveSheet().addDeveloperMetadata('mutirao.tab', 'members');
    const read = inCustomFunction(em, () => {
      const sheet = em.services.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      return [sheet?.getRange('A1').getValues(), sheet?.getDeveloperMetadata().map((m) => m.getValue())];
    });
    expect(read).toEqual([[['hello']], ['members']]);
  });

  test.each([
    ['getActiveUser', (em: Emulator) => em.services.Session.getActiveUser()],
    ['getActiveUserLocale', (em: Emulator) => em.services.Session.getActiveUserLocale()],
    ['getScriptTimeZone', (em: Emulator) => em.services.Session.getScriptTimeZone()],
    ['getTemporaryActiveUserKey', (em: Emulator) => em.services.Session.getTemporaryActiveUserKey()],
  ])('Session.%s is refused: Session is not in the table', (_name, call) => {
    const em = new Emulator();
    expect(() => inCustomFunction(em, () => call(em))).toThrow(/^You do not have permission to call Session service\.$/);
  });

  test.each([
    ['CalendarApp', (em: Emulator) => em.services.CalendarApp.getDefaultCalendar()],
    ['MailApp', (em: Emulator) => em.services.MailApp.getRemainingDailyQuota()],
    ['ScriptApp', (em: Emulator) => em.services.ScriptApp.getScriptId()],
  ])('%s is refused as a service', (service, call) => {
    const em = new Emulator();
    expect(() => inCustomFunction(em, () => call(em))).toThrow(`You do not have permission to call ${service} service.`);
  });

  test('a developer metadata finder is refused (not a get…: the guide is silent)', () => {
    const em = new Emulator();
    const ss = em.services.SpreadsheetApp.getActiveSpreadsheet();
    expect(() => inCustomFunction(em, () => ss.createDeveloperMetadataFinder())).toThrow(
      /^You do not have permission to call createDeveloperMetadataFinder$/,
    );
  });

  test.each([
    ['setValue', (r: GoogleAppsScript.Spreadsheet.Range) => r.setValue('x')],
    ['setNumberFormat', (r: GoogleAppsScript.Spreadsheet.Range) => r.setNumberFormat('@')],
    ['setActiveSheet', (r: GoogleAppsScript.Spreadsheet.Range) => r.getSheet().getParent().setActiveSheet(r.getSheet())],
  ])('spreadsheet setters are refused: %s', (method, call) => {
    const em = new Emulator();
    const range = em.services.SpreadsheetApp.getActiveSheet().getRange('A1');
    expect(() => inCustomFunction(em, () => call(range))).toThrow(`You do not have permission to call ${method}`);
  });

  test('the Ui is refused, even to build a menu', () => {
    const em = new Emulator();
    expect(() => inCustomFunction(em, () => em.services.SpreadsheetApp.getUi())).toThrow('You do not have permission to call getUi');
  });

  test('Lock, HTML, Utilities and property reads work; property writes do not', () => {
    const em = new Emulator();
    em.properties.document['k'] = 'v';
    const results = inCustomFunction(em, () => [
      em.services.LockService.getDocumentLock().tryLock(100),
      em.services.HtmlService.createHtmlOutput('<b>x</b>').getContent(),
      em.services.Utilities.formatDate(new Date(0), 'UTC', 'yyyy'),
      em.services.PropertiesService.getDocumentProperties().getProperty('k'),
    ]);
    expect(results).toEqual([true, '<b>x</b>', '1970', 'v']);
    const props = em.services.PropertiesService.getUserProperties();
    expect(() => inCustomFunction(em, () => props.setProperty('k', 'v'))).toThrow('You do not have permission to call setProperty');
  });
});

describe('lenient custom functions (the former rule)', () => {
  test('Session and the finder are allowed, writes still refused', () => {
    const em = new Emulator({ customFunctions: 'lenient' });
    const ss = em.services.SpreadsheetApp.getActiveSpreadsheet();
    const locale = inCustomFunction(em, () => [em.services.Session.getActiveUserLocale(), ss.createDeveloperMetadataFinder().find().length]);
    expect(locale).toEqual([DEFAULT_LOCALE, 0]);
    expect(() => inCustomFunction(em, () => ss.getActiveSheet().getRange('A1').setValue(1))).toThrow(/setValue/);
  });
});
