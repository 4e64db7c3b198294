import vm from 'node:vm';
import type { EmulatedUser, ExecutionContext, Requirement } from './core';
import { Meter } from './core';
import type { ServiceEnv } from './env';
import { createCalendarApp } from './calendar';
import { createCalendarApi } from './calendar-api';
import { CalendarStore, type CalendarSnapshot } from './calendar-store';
import { createHtmlService } from './html';
import { createLockService, LockControl } from './lock';
import { createConsole, createLogger, type LogLine } from './logger';
import { createMailApp, MailStore, type MailSnapshot } from './mail';
import { isAllowed, permissionError } from './permissions';
import { createPropertiesService, PropertyStores, type PropertiesSnapshot } from './properties';
import { createScriptApp } from './script-app';
import { createSession } from './session';
import { createSpreadsheetApp, SpreadsheetStore, type StoreInit } from './spreadsheet';
import { TriggerStore, type TriggersSnapshot } from './triggers';
import { createUi, UiRecord } from './ui';
import { createUtilities } from './utilities';

/**
 * An in-memory stand-in for the Apps Script services the add-on uses, bound to one
 * spreadsheet. Every call goes through `guard`, which meters it and applies the restrictions
 * of the current execution context (menu, simple trigger, custom function, AuthMode).
 */

export type { AuthModeName, EmulatedUser, ExecutionContext } from './core';

export interface AppsScriptServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Session: GoogleAppsScript.Base.Session;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CalendarApp: GoogleAppsScript.Calendar.CalendarApp;
  /** The Calendar advanced service (Calendar API v3), over the same calendars as CalendarApp. */
  Calendar: GoogleAppsScript.Calendar;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
}

export interface EmulatorOptions {
  /** Who runs the script; null is a visitor who has not authorized it. */
  user?: EmulatedUser | null;
  spreadsheet?: StoreInit;
  /** Session.getScriptTimeZone(); the manifest's zone by default. */
  scriptTimeZone?: string;
  /** The project's HTML files, keyed by name without `.html`. */
  files?: Record<string, string>;
  /** The real clock behind the emulated one (which Utilities.sleep and lock waits move forward). */
  now?: () => Date;
  /** Title of the add-on menu (createAddonMenu). */
  addonName?: string;
}

export interface EmulatorSnapshot {
  version: 1;
  spreadsheet: unknown;
  properties: PropertiesSnapshot;
  calendar: CalendarSnapshot;
  /** Absent from snapshots saved before MailApp and triggers were modelled. */
  mail?: MailSnapshot;
  triggers?: TriggersSnapshot;
  user: EmulatedUser | null;
  scriptTimeZone: string;
}

/** State restored by fromJSON. */
interface Restored {
  spreadsheet: SpreadsheetStore;
  properties: PropertyStores;
  calendar: CalendarStore;
  mail: MailStore;
  triggers: TriggerStore;
}

export const DEFAULT_USER: EmulatedUser = { email: 'member@example.org', locale: 'en' };
const USER_FULL: ExecutionContext = { kind: 'user', authMode: 'FULL' };

export class Emulator {
  readonly services: AppsScriptServices;
  readonly meter = new Meter();
  readonly spreadsheet: SpreadsheetStore;
  readonly ui: UiRecord;
  readonly calendar: CalendarStore;
  readonly locks: LockControl;
  readonly properties: PropertyStores;
  /** Every email MailApp sent (`mail.outbox`), and each user's daily quota. */
  readonly mail: MailStore;
  /** The installed triggers of every user; project.runDueTriggers fires them. */
  readonly triggers: TriggerStore;
  /** Everything Logger.log and console.* printed. */
  readonly logs: LogLine[] = [];
  readonly scriptTimeZone: string;
  /** Spreadsheet and property writes made while the script did not hold the document lock. */
  writesWithoutDocumentLock = 0;
  user: EmulatedUser | null;
  context: ExecutionContext = USER_FULL;

  private readonly baseNow: () => Date;
  private clockOffsetMs = 0;
  private depth = 0;
  private scriptRealm: vm.Context | undefined;

  constructor(options: EmulatorOptions = {}, restored?: Restored) {
    this.user = options.user === undefined ? DEFAULT_USER : options.user;
    this.baseNow = options.now ?? (() => new Date());
    this.spreadsheet = restored?.spreadsheet ?? new SpreadsheetStore(options.spreadsheet);
    this.scriptTimeZone = options.scriptTimeZone ?? 'America/Recife';
    this.ui = new UiRecord(options.addonName ?? 'Mutirão');
    this.calendar = restored?.calendar ?? new CalendarStore();
    this.calendar.clock = () => this.now();
    this.properties = restored?.properties ?? new PropertyStores();
    this.mail = restored?.mail ?? new MailStore();
    this.triggers = restored?.triggers ?? new TriggerStore();
    this.locks = new LockControl((ms) => this.advanceClock(ms));

    const env: ServiceEnv = {
      guard: (service, method, need) => this.guard(service, method, need),
      now: () => this.now(),
      ui: () => uiService,
    };
    const uiService = createUi(env, this.ui);
    const advance = (ms: number): void => this.advanceClock(ms);
    const services: Omit<AppsScriptServices, 'console'> = {
      SpreadsheetApp: createSpreadsheetApp(env, this.spreadsheet),
      HtmlService: createHtmlService(env, options.files ?? {}, (source) => this.evaluateInScriptRealm(source)),
      Session: createSession(env, this),
      LockService: createLockService(env, this.locks),
      PropertiesService: createPropertiesService(env, this.properties, () => this.user?.email ?? ''),
      CalendarApp: createCalendarApp(env, this.calendar, this),
      Calendar: createCalendarApi(env, this.calendar, this),
      Utilities: createUtilities(env, advance),
      ScriptApp: createScriptApp(env, `emulated-script-${this.spreadsheet.id}`, this.triggers, this),
      MailApp: createMailApp(env, this.mail, this),
      Logger: createLogger(env, this.logs),
    };
    this.services = { ...services, console: createConsole(env, this.logs) };
  }

  /** The emulated clock: the real one plus every simulated wait. */
  now(): Date {
    return new Date(this.baseNow().getTime() + this.clockOffsetMs);
  }

  advanceClock(ms: number): void {
    this.clockOffsetMs += ms;
  }

  /**
   * Runs `fn` as an execution of the given kind. When the outermost execution ends, its locks
   * are released, as Apps Script does when a script terminates.
   */
  run<T>(context: ExecutionContext, fn: () => T): T {
    const previous = this.context;
    this.context = context;
    this.depth++;
    try {
      return fn();
    } finally {
      this.context = previous;
      this.depth--;
      if (this.depth === 0) this.locks.releaseAll();
    }
  }

  /** Templates evaluate where the script's globals live, once a project is loaded (see project.ts). */
  useScriptRealm(realm: vm.Context): void {
    this.scriptRealm = realm;
  }

  toJSON(): EmulatorSnapshot {
    return {
      version: 1,
      spreadsheet: this.spreadsheet.toJSON(),
      properties: this.properties.toJSON(),
      calendar: this.calendar.toJSON(),
      mail: this.mail.toJSON(),
      triggers: this.triggers.toJSON(),
      user: this.user === null ? null : { ...this.user },
      scriptTimeZone: this.scriptTimeZone,
    };
  }

  static fromJSON(snapshot: EmulatorSnapshot, options: Omit<EmulatorOptions, 'spreadsheet'> = {}): Emulator {
    const restored: Restored = {
      spreadsheet: SpreadsheetStore.fromJSON(snapshot.spreadsheet),
      properties: PropertyStores.fromJSON(snapshot.properties),
      calendar: CalendarStore.fromJSON(snapshot.calendar),
      mail: snapshot.mail ? MailStore.fromJSON(snapshot.mail) : new MailStore(),
      triggers: snapshot.triggers ? TriggerStore.fromJSON(snapshot.triggers) : new TriggerStore(),
    };
    return new Emulator({ user: snapshot.user, scriptTimeZone: snapshot.scriptTimeZone, ...options }, restored);
  }

  private guard(service: string, method: string, need: Requirement): void {
    this.meter.record(service, method);
    if (!isAllowed(this.context, this.user, need)) throw permissionError(this.context, service, method, need);
    if (need === 'write' && !this.locks.documentLockHeld) this.writesWithoutDocumentLock++;
  }

  private evaluateInScriptRealm(source: string): unknown {
    this.scriptRealm ??= vm.createContext({ ...this.services });
    return new vm.Script(source, { filename: 'template.html' }).runInContext(this.scriptRealm);
  }
}
