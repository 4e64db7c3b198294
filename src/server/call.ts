import { BRIDGE_LOCALE } from '../domain/locale';
import { currentCaller, type Caller, type Identity } from '../session';
import { Workbook } from '../sheets/workbook';
import type { GoogleServices } from './services';

/** Everything one server call works with, gathered once at its start. */
export interface Call {
  readonly google: GoogleServices;
  readonly caller: Caller;
  readonly workbook: Workbook;
  readonly now: Date;
}

export function openCall(google: GoogleServices, identity: Identity = 'active'): Call {
  return {
    google,
    caller: currentCaller(google.Session, identity),
    workbook: new Workbook(google.SpreadsheetApp.getActive(), google.SpreadsheetApp, () => google.PropertiesService.getDocumentProperties()),
    now: new Date(),
  };
}

/**
 * A custom function's call: nothing from Session (not a service custom functions may use,
 * https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services),
 * so no caller, and tabs found with get… methods only. Its words are the workbook's.
 */
export function openCustomFunctionCall(google: GoogleServices): Call {
  return {
    google,
    caller: { email: '', locale: BRIDGE_LOCALE },
    workbook: new Workbook(google.SpreadsheetApp.getActive(), google.SpreadsheetApp, () => google.PropertiesService.getDocumentProperties(), false),
    now: new Date(),
  };
}
