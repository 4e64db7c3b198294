import { describe, expect, test } from 'vitest';
import { Emulator } from '../../emulator/index';

const NONE = { kind: 'simple-trigger', authMode: 'NONE' } as const;
const SIMPLE = { kind: 'simple-trigger', authMode: 'LIMITED' } as const;
const CUSTOM = { kind: 'custom-function', authMode: 'CUSTOM_FUNCTION' } as const;

describe('AuthMode.NONE', () => {
  // https://developers.google.com/apps-script/reference/script/auth-mode ("does not allow access to any services that require authorization")
  test('menus can be built', () => {
    const em = new Emulator();
    em.run(NONE, () => em.services.SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showSidebar').addToUi());
    expect(em.ui.menus).toHaveLength(1);
  });

  // https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle#authorization_modes
  test('document properties are refused with the permission error', () => {
    const em = new Emulator();
    expect(() => em.run(NONE, () => em.services.PropertiesService.getDocumentProperties())).toThrow(
      /^You do not have permission to call PropertiesService\.getDocumentProperties\. Required permissions: /,
    );
  });

  // https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()
  test('the user locale is available', () => {
    const em = new Emulator({ user: { email: 'ana@example.org', locale: 'pt-BR' } });
    expect(em.run(NONE, () => em.services.Session.getActiveUserLocale())).toBe('pt-BR');
  });

  // https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle#authorization_modes
  test('the refusal is an Exception, as Apps Script prints it', () => {
    const em = new Emulator();
    const error = (() => {
      try {
        em.run(NONE, () => em.services.LockService.getDocumentLock());
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(String(error)).toMatch(/^Exception: You do not have permission to call LockService\.getDocumentLock/);
  });
});

describe('simple triggers (LIMITED)', () => {
  // https://developers.google.com/apps-script/guides/triggers#restrictions
  test('document properties can be read and written', () => {
    const em = new Emulator();
    em.run(SIMPLE, () => em.services.PropertiesService.getDocumentProperties().setProperty('k', 'v'));
    expect(em.properties.document).toEqual({ k: 'v' });
  });

  // https://developers.google.com/apps-script/guides/triggers#restrictions ("cannot access services that require authorization")
  test('a sidebar is refused', () => {
    const em = new Emulator();
    const html = em.services.HtmlService.createHtmlOutput('<p>hi</p>');
    expect(() => em.run(SIMPLE, () => em.services.SpreadsheetApp.getUi().showSidebar(html))).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    expect(em.ui.sidebar).toBeNull();
  });

  // https://developers.google.com/apps-script/guides/triggers#restrictions
  test('CalendarApp is refused', () => {
    const em = new Emulator();
    expect(() => em.run(SIMPLE, () => em.services.CalendarApp.getDefaultCalendar())).toThrow(
      'You do not have permission to call CalendarApp.getDefaultCalendar. Required permissions: https://www.googleapis.com/auth/calendar',
    );
  });

  // https://developers.google.com/apps-script/reference/base/ui#alert(String)
  test('an alert is refused', () => {
    const em = new Emulator();
    expect(() => em.run(SIMPLE, () => em.services.SpreadsheetApp.getUi().alert('hi'))).toThrow(/Ui\.alert/);
    expect(em.ui.alerts).toEqual([]);
  });
});

describe('custom functions', () => {
  // https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services (Properties: read only)
  test('properties can be read', () => {
    const em = new Emulator();
    em.properties.document['k'] = 'v';
    expect(em.run(CUSTOM, () => em.services.PropertiesService.getDocumentProperties().getProperty('k'))).toBe('v');
  });

  // https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
  test('a write is refused with the bare method name', () => {
    const em = new Emulator();
    const props = em.services.PropertiesService.getDocumentProperties();
    expect(() => em.run(CUSTOM, () => props.setProperty('k', 'v'))).toThrow(/^You do not have permission to call setProperty$/);
  });

  // https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
  test('the Ui is refused', () => {
    const em = new Emulator();
    expect(() => em.run(CUSTOM, () => em.services.SpreadsheetApp.getUi())).toThrow(/^You do not have permission to call getUi$/);
  });

  // https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
  test('CalendarApp is refused as a service', () => {
    const em = new Emulator();
    expect(() => em.run(CUSTOM, () => em.services.CalendarApp.getDefaultCalendar())).toThrow(
      /^You do not have permission to call CalendarApp service\.$/,
    );
  });
});

describe('the user (FULL)', () => {
  // https://developers.google.com/apps-script/reference/script/auth-mode ("FULL: access to all services")
  test('calendar, sidebar and writes are allowed', () => {
    const em = new Emulator();
    em.services.CalendarApp.getDefaultCalendar();
    em.services.SpreadsheetApp.getUi().showSidebar(em.services.HtmlService.createHtmlOutput('x'));
    em.services.PropertiesService.getScriptProperties().setProperty('a', '1');
    expect(em.ui.sidebar?.html).toBe('x');
  });

  // https://developers.google.com/apps-script/guides/services/authorization
  test('a visitor who has not authorized cannot use CalendarApp', () => {
    const em = new Emulator({ user: null });
    expect(() => em.services.CalendarApp.getDefaultCalendar()).toThrow(/You do not have permission to call CalendarApp/);
  });
});

describe('Emulator.run', () => {
  // The context decides the restrictions, so it must come back even when the script throws.
  test('restores the previous context after a throw', () => {
    const em = new Emulator();
    expect(() =>
      em.run(SIMPLE, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(em.context).toEqual({ kind: 'user', authMode: 'FULL' });
  });

  // Meter counts are the benchmark's unit: refused calls are counted too.
  test('meters every call, refused or not', () => {
    const em = new Emulator();
    em.services.Session.getActiveUserLocale();
    expect(() => em.run(NONE, () => em.services.Session.getActiveUser())).toThrow();
    expect(em.meter.snapshot()).toEqual({ 'Session.getActiveUser': 1, 'Session.getActiveUserLocale': 1 });
  });
});
