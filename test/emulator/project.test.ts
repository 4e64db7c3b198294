import { describe, expect, test } from 'vitest';
import { Emulator } from '../../emulator/index';
import { loadProject } from '../../emulator/project';

const BUNDLE = `
var counter = 0;
function onOpen(e) {
  lastOpen = { mode: String(e.authMode), isNone: e.authMode === ScriptApp.AuthMode.NONE };
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open sidebar', 'showSidebar').addToUi();
  if (e.authMode !== ScriptApp.AuthMode.NONE) PropertiesService.getDocumentProperties().setProperty('opened', 'yes');
}
var lastOpen = null;
function lastOpenInfo() { return lastOpen; }
function readSource(e) { return e.source; }
function onEdit(e) { lastEdit = { value: e.value, oldValue: e.oldValue, mode: String(e.authMode), email: e.user.getEmail() }; }
var lastEdit = null;
function lastEditInfo() { return lastEdit; }
function showSidebar() {
  var t = HtmlService.createTemplateFromFile('Sidebar');
  t.title = 'Mutirão';
  SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle('Mutirão'));
}
function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
function hostGlobals() { return [typeof require, typeof process, typeof module, typeof setTimeout]; }
function tryEval() { return eval('1 + 1'); }
function tryFunction() { return new Function('return 1')(); }
function now() { return new Date().toISOString(); }
function datesAgree() { return Utilities.parseDate('2026-07-01', 'UTC', 'yyyy-MM-dd') instanceof Date; }
function WG_DOUBLE(x) { return x * 2; }
function WG_WRITE() { PropertiesService.getDocumentProperties().setProperty('k', 'v'); }
function echo(input) { input.touched = true; return input; }
function today() { return new Date(); }
function withDate() { return { ok: true, at: new Date() }; }
function keep(input) { kept = input; return kept; }
var kept = null;
function keptNow() { return kept; }
`;

const FILES = { Sidebar: '<h1><?= title ?></h1><?!= include("Style") ?>', Style: '<style>h1{}</style>' };

function load(options: ConstructorParameters<typeof Emulator>[0] = {}) {
  const em = new Emulator({ files: FILES, now: () => new Date('2026-05-01T09:00:00Z'), ...options });
  return { em, project: loadProject(em, BUNDLE) };
}

describe('loading', () => {
  // https://developers.google.com/apps-script/guides/v8-runtime (functions are the script's global scope)
  test('globals lists the top-level functions only', () => {
    const { project } = load();
    expect(project.globals()).toContain('onOpen');
    expect(project.globals()).toContain('WG_DOUBLE');
    expect(project.globals()).not.toContain('SpreadsheetApp');
    expect(project.globals()).not.toContain('counter');
  });

  // https://developers.google.com/apps-script/guides/v8-runtime (no Node.js globals on Google's servers)
  test('require, process, module and setTimeout do not exist', () => {
    const { project } = load();
    expect(project.call('hostGlobals')).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  // Code generation from strings is disabled in the bundle's realm.
  test('eval throws', () => {
    const { project } = load();
    expect(() => project.call('tryEval')).toThrow(/Code generation from strings disallowed/);
  });

  // Code generation from strings is disabled in the bundle's realm.
  test('new Function throws', () => {
    const { project } = load();
    expect(() => project.call('tryFunction')).toThrow(/Code generation from strings disallowed/);
  });

  // https://developers.google.com/apps-script/guides/menus ("Script function not found" when a menu names a missing function)
  test('calling a missing function fails like a broken menu item', () => {
    const { project } = load();
    expect(() => project.call('nope')).toThrow('Script function not found: nope');
  });

  // Dates from services and from the script share one Date, and new Date() follows the emulated clock.
  test('new Date() follows the emulated clock and service dates are Dates', () => {
    const { em, project } = load();
    em.advanceClock(1_000);
    expect([project.call('now'), project.call('datesAgree')]).toEqual(['2026-05-01T09:00:01.000Z', true]);
  });
});

describe('running', () => {
  // https://developers.google.com/apps-script/guides/html/templates#calling_apps_script_apis_from_a_template
  test('a menu call opens the sidebar, and templates see the script globals', () => {
    const { em, project } = load();
    project.call('showSidebar');
    expect(em.ui.sidebar).toEqual({ title: 'Mutirão', width: 300, height: 0, html: '<h1>Mutirão</h1><style>h1{}</style>' });
  });

  // https://developers.google.com/apps-script/reference/script/auth-mode (NONE: the add-on is not yet used in this document)
  test('onOpen in AuthMode.NONE gets NONE and may only build the menu', () => {
    const { em, project } = load();
    project.onOpen('NONE');
    expect(project.call('lastOpenInfo')).toEqual({ mode: 'NONE', isNone: true });
    expect(em.ui.menus).toHaveLength(1);
    expect(em.properties.document).toEqual({});
  });

  // https://developers.google.com/apps-script/guides/triggers/events#open
  test('onOpen in LIMITED may use document properties', () => {
    const { em, project } = load();
    project.onOpen('LIMITED');
    expect(em.properties.document).toEqual({ opened: 'yes' });
  });

  // https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle#authorization_modes
  test('in AuthMode.NONE even e.source is out of reach', () => {
    const em = new Emulator();
    const project = loadProject(em, 'function onOpen(e) { e.source; }');
    expect(() => project.onOpen('NONE')).toThrow(/You do not have permission to call SpreadsheetApp\.getActiveSpreadsheet/);
  });

  // https://developers.google.com/apps-script/guides/triggers/events#edit
  test('onEdit gets the new and old values, LIMITED, and a blank user email', () => {
    const { project } = load();
    const range = { getNumRows: () => 1, getNumColumns: () => 1, getValue: () => 'new' };
    project.onEdit(range as unknown as GoogleAppsScript.Spreadsheet.Range, 'old');
    expect(project.call('lastEditInfo')).toEqual({ value: 'new', oldValue: 'old', mode: 'LIMITED', email: '' });
  });

  // https://developers.google.com/apps-script/guides/triggers/events#edit ("value: only available if the edited range is a single cell")
  test('onEdit of several cells has no value', () => {
    const { project } = load();
    const range = { getNumRows: () => 2, getNumColumns: () => 1, getValue: () => 'x' };
    project.onEdit(range as unknown as GoogleAppsScript.Spreadsheet.Range);
    expect(project.call('lastEditInfo')).toMatchObject({ value: undefined, oldValue: undefined });
  });

  // https://developers.google.com/apps-script/guides/sheets/functions
  test('a custom function returns its value', () => {
    const { project } = load();
    expect(project.customFunction('WG_DOUBLE', 21)).toBe(42);
  });

  // https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
  test('a custom function cannot write', () => {
    const { project } = load();
    expect(() => project.customFunction('WG_WRITE')).toThrow('You do not have permission to call setProperty');
  });
});

describe('google.script.run', () => {
  // https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...) ("Requests fail if you attempt to pass a Date")
  test('a Date argument is refused', () => {
    const { project } = load();
    expect(() => project.scriptRun('echo', [new Date()])).toThrow('Failed due to illegal value in property: 0');
  });

  // https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...) ("including prohibited types inside objects or arrays")
  test('a Date inside an object is refused, naming the property', () => {
    const { project } = load();
    expect(() => project.scriptRun('echo', [{ when: new Date() }])).toThrow('Failed due to illegal value in property: when');
  });

  // https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...) ("the return type is subject to the same restrictions")
  test('a Date result is refused', () => {
    const { project } = load();
    expect(() => project.scriptRun('today', [])).toThrow(/Failed due to illegal value/);
  });

  // https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
  test('a Date nested in the result is refused', () => {
    const { project } = load();
    expect(() => project.scriptRun('withDate', [])).toThrow('Failed due to illegal value in property: at');
  });

  // https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
  test('a function argument is refused', () => {
    const { project } = load();
    expect(() => project.scriptRun('echo', [{ f: () => 1 }])).toThrow('Failed due to illegal value in property: f');
  });

  // https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...) ("Objects that create circular references will also fail")
  test('a circular argument is refused', () => {
    const { project } = load();
    const input: Record<string, unknown> = {};
    input['self'] = input;
    expect(() => project.scriptRun('echo', [input])).toThrow('Failed due to circular reference.');
  });

  // https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...) ("an object passed to the server becomes a copy")
  test('the server works on a copy of the arguments', () => {
    const { project } = load();
    const input = { name: 'Ana', tags: ['a', undefined], nothing: null };
    expect(project.scriptRun('echo', [input])).toEqual({ name: 'Ana', tags: ['a', null], nothing: null, touched: true });
    expect(input).toEqual({ name: 'Ana', tags: ['a', undefined], nothing: null });
  });

  // https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
  test('the caller gets a copy of the result', () => {
    const { project } = load();
    const result = project.scriptRun('keep', [{ n: 1 }]) as { n: number };
    result.n = 2;
    expect(project.call('keptNow')).toEqual({ n: 1 });
  });
});
