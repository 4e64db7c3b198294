import { Meter, PermissionError, type Requirement } from '../../emulator/core';
import type { Faults, ServiceEnv, TextRule } from '../../emulator/env';
import { createSpreadsheetApp, SpreadsheetStore, type StoreInit } from '../../emulator/spreadsheet';

export interface GuardCall {
  service: string;
  method: string;
  need: Requirement;
}

export interface Harness {
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  store: SpreadsheetStore;
  meter: Meter;
  calls: GuardCall[];
  ui: GoogleAppsScript.Base.Ui;
  /** Needs the guard refuses, as a restricted execution (simple trigger, custom function) would. */
  deny: Set<Requirement>;
  /** The fault switches the services read (see emulator/env.ts). */
  faults: Faults;
  /** The text rule of setValue(s); pessimistic unless a test changes it. */
  options: { textRule: TextRule };
  ss(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet(): GoogleAppsScript.Spreadsheet.Sheet;
}

/** A SpreadsheetApp over a fresh store, with a guard that records every call. */
export function harness(init: StoreInit = {}, store = new SpreadsheetStore(init)): Harness {
  const meter = new Meter();
  const calls: GuardCall[] = [];
  const deny = new Set<Requirement>();
  const faults: Faults = {};
  const options: { textRule: TextRule } = { textRule: 'pessimistic' };
  const ui = { marker: 'fake ui' } as unknown as GoogleAppsScript.Base.Ui;
  const env: ServiceEnv = {
    guard(service, method, need) {
      meter.record(service, method);
      calls.push({ service, method, need });
      if (deny.has(need)) throw new PermissionError(`${service}.${method} is not allowed here`);
    },
    ui: () => ui,
    now: () => new Date('2027-01-05T12:00:00Z'),
    textRule: () => options.textRule,
    faults,
    scriptTimeZone: () => 'Europe/Paris',
  };
  const app = createSpreadsheetApp(env, store);
  return {
    app,
    store,
    meter,
    calls,
    ui,
    deny,
    faults,
    options,
    ss: () => app.getActiveSpreadsheet(),
    sheet: () => app.getActiveSpreadsheet().getActiveSheet(),
  };
}
