import type { Requirement } from './core';

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
}
