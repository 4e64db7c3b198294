import type { EmulatedUser, ExecutionContext, Requirement } from './core';
import { PermissionError } from './core';

/**
 * What each authorization mode and each kind of execution may do.
 * - NONE: an add-on's onOpen before the add-on is used in this document: menus only.
 * - LIMITED: simple triggers: the bound document, but nothing that needs authorization.
 * - CUSTOM_FUNCTION: read-only access to the document.
 * https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 * https://developers.google.com/apps-script/guides/triggers#restrictions
 * https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
 */
const BY_MODE: Record<ExecutionContext['authMode'], readonly Requirement[]> = {
  NONE: ['ui-menu', 'locale'],
  CUSTOM_FUNCTION: ['locale', 'read'],
  LIMITED: ['ui-menu', 'locale', 'read', 'write'],
  FULL: ['ui-menu', 'locale', 'read', 'write', 'ui', 'authorized'],
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
