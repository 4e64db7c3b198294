import { currentCaller, type Caller } from '../session';
import { Workbook } from '../sheets/workbook';
import type { GoogleServices } from './services';

/** Everything one server call works with, gathered once at its start. */
export interface Call {
  readonly google: GoogleServices;
  readonly caller: Caller;
  readonly workbook: Workbook;
  readonly now: Date;
}

export function openCall(google: GoogleServices): Call {
  return {
    google,
    caller: currentCaller(google.Session),
    workbook: new Workbook(google.SpreadsheetApp.getActive(), google.SpreadsheetApp),
    now: new Date(),
  };
}
