import type { Requirement } from './core';

/**
 * How a string written with Range.setValue(s) is read.
 * - 'pessimistic' (default): as a user's typing whatever the cell's number format, so in a
 *   plain-text (`@`) cell "=1+1" still becomes a formula. The setValue reference says a string
 *   starting with "=" is a formula and nothing says the `@` format prevents it:
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
 * - 'plain-text-trusted': an `@` cell keeps the string as typed (the emulator's former rule).
 */
export type TextRule = 'pessimistic' | 'plain-text-trusted';

/**
 * Switches that break one assumption at a time, so the add-on's Diagnose can be shown to
 * notice. All off by default; the Emulator's `faults` object may be changed at any time.
 */
export interface Faults {
  /** setRichTextValue(s) is read like typing: "=1+1" becomes a formula, "0012" a number. */
  richTextParsesLikeTyping?: boolean;
  /** getValues reads date cells in the script's time zone instead of the spreadsheet's. */
  dateCellsInScriptZone?: boolean;
  /** DeveloperMetadataFinder.find() returns nothing. */
  metadataFinderFindsNothing?: boolean;
  /** Every lock is held by someone else: tryLock returns false, waitLock times out. */
  lockNeverGranted?: boolean;
  /** Every Properties read or write throws. */
  propertiesFail?: boolean;
  /** CalendarApp cannot be reached: every Calendar call throws. */
  calendarUnreachable?: boolean;
  /** Session.getActiveUser() throws instead of answering (as where a policy forbids asking). */
  activeUserRefused?: boolean;
}

/**
 * What every emulated service gets from the Emulator that owns it. Each public method
 * starts with `guard`, so that calls are counted and the execution's restrictions apply.
 */
export interface ServiceEnv {
  /** Counts `Service.method` and throws the Apps Script permission error when the context forbids it. */
  guard(service: string, method: string, need: Requirement): void;
  /** The Ui of the bound spreadsheet (SpreadsheetApp.getUi()). */
  ui(): GoogleAppsScript.Base.Ui;
  /** The emulated clock. */
  now(): Date;
  textRule(): TextRule;
  /** The live fault switches (see Faults). */
  readonly faults: Faults;
  /** Session.getScriptTimeZone(), for the dateCellsInScriptZone fault. */
  scriptTimeZone(): string;
}
