import { SPREADSHEET_CLASSES } from './scopes';
import type { EmulatedUser, ExecutionContext, Requirement } from './core';
import { PermissionError } from './core';

/**
 * What each authorization mode and each kind of execution may do.
 * - NONE: an add-on's onOpen before the add-on is used in this document: menus only. HtmlService
 *   needs no authorization, but the lifecycle guide lists only menus for this mode, so the
 *   emulator refuses it there (assumed-pessimistic); simple triggers and custom functions
 *   ("can generate HTML") may use it.
 * - LIMITED: simple triggers: the bound document, but nothing that needs authorization.
 * - CUSTOM_FUNCTION: read-only access to the document.
 * https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 * https://developers.google.com/apps-script/guides/triggers#restrictions
 * https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
 */
const BY_MODE: Record<ExecutionContext['authMode'], readonly Requirement[]> = {
  NONE: ['ui-menu', 'locale'],
  CUSTOM_FUNCTION: ['locale', 'html', 'read'],
  LIMITED: ['ui-menu', 'locale', 'html', 'read', 'write'],
  FULL: ['ui-menu', 'locale', 'html', 'read', 'write', 'ui', 'authorized'],
};

const BY_KIND: Record<ExecutionContext['kind'], readonly Requirement[]> = {
  user: BY_MODE.FULL,
  'simple-trigger': BY_MODE.LIMITED,
  'custom-function': BY_MODE.CUSTOM_FUNCTION,
  // https://developers.google.com/apps-script/guides/triggers/installable (runs with its owner's authorization)
  trigger: BY_MODE.FULL,
};

/** The OAuth scope a denied call would have needed, as Apps Script names it in the error. */
function scopeFor(service: string, need: Requirement): string {
  if (need === 'ui' || need === 'ui-menu') return 'https://www.googleapis.com/auth/script.container.ui';
  if (service.startsWith('Calendar') || service === 'EventGuest') return 'https://www.googleapis.com/auth/calendar';
  if (service === 'Session' || service === 'User') return 'https://www.googleapis.com/auth/userinfo.email';
  if (service === 'MailApp') return 'https://www.googleapis.com/auth/script.send_mail';
  if (service === 'ScriptApp' || service.endsWith('TriggerBuilder') || service === 'Trigger') return 'https://www.googleapis.com/auth/script.scriptapp';
  return 'https://www.googleapis.com/auth/spreadsheets.currentonly';
}

export function isAllowed(context: ExecutionContext, user: EmulatedUser | null, need: Requirement): boolean {
  // A visitor who never authorized the script cannot reach services that need authorization.
  if (need === 'authorized' && user === null) return false;
  return BY_MODE[context.authMode].includes(need) && BY_KIND[context.kind].includes(need);
}

/**
 * Custom functions report a refused write with the bare method name ("You do not have
 * permission to call setValues"); elsewhere the message names the class and the scope, e.g.
 * "You do not have permission to call CalendarApp.getDefaultCalendar. Required permissions: …".
 * https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
 */
export function permissionError(context: ExecutionContext, service: string, method: string, need: Requirement): PermissionError {
  if (context.kind === 'custom-function' && need === 'write') {
    return new PermissionError(`You do not have permission to call ${method}`);
  }
  return new PermissionError(
    `You do not have permission to call ${service}.${method}. Required permissions: ${scopeFor(service, need)}`,
  );
}

/**
 * What a custom function may call, from the guide's table of supported services:
 * https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
 * - Spreadsheet: "Read only (can use most get*() methods, but not set*())"; we allow get…/is…
 *   and the structural reads below, and refuse createDeveloperMetadataFinder (not a get…: the
 *   guide is silent, so the less convenient answer), set…, and every write.
 * - Properties: reads; "Spreadsheet editors can't set user properties", and the guide says
 *   nothing of the other stores' setters, so every setter is refused.
 * - Lock ("Works"), HTML ("Can generate HTML, but can't display it"), Utilities, Language: allowed.
 * - Logger and console need no authorization and are part of the runtime: allowed (inferred).
 * - Everything else is absent from the table, so refused: Session (even the locale and time
 *   zone), ScriptApp, Ui and menus, CalendarApp, MailApp.
 */
const CUSTOM_FUNCTION_SERVICES = new Set([
  'Lock',
  'LockService',
  'HtmlService',
  'HtmlOutput',
  'HtmlTemplate',
  'Utilities',
  'LanguageApp',
  'PropertiesService',
  'Properties',
  'Logger',
  'console',
]);
const SPREADSHEET_READS = new Set(['getActive', 'getActiveSpreadsheet', 'getActiveSheet']);
/** What a custom function may read: the spreadsheet's classes, but no finder and no builder (they serve writes). */
const SPREADSHEET_READ_CLASSES = new Set([...SPREADSHEET_CLASSES].filter((name) => name !== 'DeveloperMetadataFinder' && !name.endsWith('Builder')));
/** Range methods that only read although their names do not start with get. */
const READ_ONLY_OTHERS = new Set(['offset', 'isBlank', 'canEdit']);

function customFunctionMayCall(service: string, method: string, need: Requirement): boolean {
  if (need === 'write') return false;
  if (CUSTOM_FUNCTION_SERVICES.has(service)) return true;
  if (!SPREADSHEET_READ_CLASSES.has(service)) return false;
  if (method === 'getUi') return false;
  return SPREADSHEET_READS.has(method) || /^(get|is)[A-Z]/.test(method) || READ_ONLY_OTHERS.has(method);
}

/**
 * The refusal a custom function meets, or undefined when the call is allowed. The guide gives
 * the wording "You do not have permission to call X service."; for a refused method of an
 * allowed service (a write), Sheets shows "You do not have permission to call setValues".
 */
export function customFunctionRefusal(service: string, method: string, need: Requirement): PermissionError | undefined {
  if (customFunctionMayCall(service, method, need)) return undefined;
  if (SPREADSHEET_READ_CLASSES.has(service) || CUSTOM_FUNCTION_SERVICES.has(service) || service === 'DeveloperMetadataFinder') {
    return new PermissionError(`You do not have permission to call ${method}`);
  }
  return new PermissionError(`You do not have permission to call ${service} service.`);
}

/**
 * A call whose scope the user did not grant (granular consent). Apps Script's message names
 * the method and the scopes that would do:
 * https://developers.google.com/apps-script/concepts/scopes#granular_consent
 */
export function consentError(service: string, method: string, scopes: string): PermissionError {
  return new PermissionError(`You do not have permission to call ${service}.${method}. Required permissions: ${scopes}`);
}
