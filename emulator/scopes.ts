import { readFileSync } from 'node:fs';
import { CALENDAR_API_METHODS } from './calendar-api';
import type { Requirement } from './core';

/**
 * Which OAuth scope each emulated call needs, and the manifest's scopes (appsscript.json).
 * Scopes per class come from the "Authorization" line of each method's reference page, e.g.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
 * (spreadsheets.currentonly or spreadsheets),
 * https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object) (script.container.ui),
 * https://developers.google.com/apps-script/reference/base/user#getEmail() (userinfo.email),
 * https://developers.google.com/apps-script/reference/calendar/calendar-app (calendar),
 * https://developers.google.com/apps-script/reference/mail/mail-app (script.send_mail),
 * https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String) (script.scriptapp).
 */

const AUTH = 'https://www.googleapis.com/auth/';
export const SCOPES = {
  spreadsheetsCurrentOnly: `${AUTH}spreadsheets.currentonly`,
  spreadsheets: `${AUTH}spreadsheets`,
  containerUi: `${AUTH}script.container.ui`,
  email: `${AUTH}userinfo.email`,
  calendar: `${AUTH}calendar`,
  calendarReadonly: `${AUTH}calendar.readonly`,
  calendarEvents: `${AUTH}calendar.events`,
  sendMail: `${AUTH}script.send_mail`,
  scriptApp: `${AUTH}script.scriptapp`,
} as const;

/** The scopes of this project's appsscript.json, used when EmulatorOptions.oauthScopes is not given: the project's own manifest decides what can ever be granted. */
export const MANIFEST_SCOPES: readonly string[] = (
  JSON.parse(readFileSync(new URL('../appsscript.json', import.meta.url), 'utf8')) as { oauthScopes: string[] }
).oauthScopes;

/** The classes of SpreadsheetApp's service (data, builders and finders alike). */
export const SPREADSHEET_CLASSES: ReadonlySet<string> = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
  'DataValidation',
  'DataValidationBuilder',
  'Protection',
  'EmbeddedChart',
  'EmbeddedChartBuilder',
  'RichTextValue',
  'RichTextValueBuilder',
]);

const UI_CLASSES = new Set(['Ui', 'Menu']);
const TRIGGER_METHODS = new Set(['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger']);
const EMAIL_METHODS = new Set(['getActiveUser', 'getEffectiveUser', 'getEmail']);

/**
 * The scopes of which the call needs one (any of them will do), or [] when it needs none.
 * Builders and enums (newRichTextValue, newDataValidation) touch no data and need none.
 */
export function scopesFor(service: string, method: string, need: Requirement): readonly string[] {
  if (SPREADSHEET_CLASSES.has(service)) {
    if (service.endsWith('Builder') || service === 'RichTextValue' || method.startsWith('new')) return [];
    if (method === 'getUi') return [SCOPES.containerUi];
    return [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets];
  }
  if (UI_CLASSES.has(service)) return [SCOPES.containerUi];
  if ((service === 'Session' || service === 'User') && EMAIL_METHODS.has(method)) return [SCOPES.email];
  const api = CALENDAR_API_METHODS[`${service}.${method}`];
  // The advanced service, per method's "Authorization" section. calendar.app.created reaches only
  // calendars the script made; the emulator does not tell them apart (assumed, not enforced).
  if (api) return api.scopes;
  if (service.startsWith('Calendar') || service === 'EventGuest') {
    const reading = method.startsWith('get') || method === 'list';
    return reading ? [SCOPES.calendar, SCOPES.calendarReadonly, SCOPES.calendarEvents] : [SCOPES.calendar, SCOPES.calendarEvents];
  }
  if (service === 'MailApp') return [SCOPES.sendMail];
  if (service === 'ScriptApp' && TRIGGER_METHODS.has(method)) return [SCOPES.scriptApp];
  if (service === 'Trigger') return [SCOPES.scriptApp];
  if (need === 'ui') return [SCOPES.containerUi];
  return [];
}

/** How Apps Script names the scopes a call needed in its error: one, or "(a || b)". */
export function describeScopes(scopes: readonly string[]): string {
  return scopes.length === 1 ? (scopes[0] ?? '') : `(${scopes.join(' || ')})`;
}
