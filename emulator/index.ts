import vm from 'node:vm';
import type { EmulatedUser, ExecutionContext, Requirement } from './core';
import { Meter } from './core';
import type { Faults, ServiceEnv, TextRule } from './env';
import { ScriptException } from './errors';
import { MANIFEST_SCOPES, describeScopes, scopesFor } from './scopes';
import { createCalendarApp } from './calendar';
import { createCalendarApi } from './calendar-api';
import { CalendarStore, type CalendarSnapshot } from './calendar-store';
import { createHtmlService } from './html';
import { createLanguageApp, LanguageStore } from './language';
import { createLockService, LockControl } from './lock';
import { createConsole, createLogger, type LogLine } from './logger';
import { createMailApp, MailStore, type MailSnapshot } from './mail';
import { consentError, customFunctionRefusal, isAllowed, permissionError } from './permissions';
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
export type { Faults, TextRule } from './env';
export { SCOPES } from './scopes';
export { ConsentRequired, CONSENT_REQUIRED_MESSAGE } from './script-app';

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
  /** The Language service: a deterministic fake with a daily quota (see ./language). */
  LanguageApp: GoogleAppsScript.Language.LanguageApp;
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
  /** How setValue(s) reads strings; 'pessimistic' by default (see TextRule in env.ts). */
  textRule?: TextRule;
  /**
   * 'strict' (default): a custom function may call only what the custom-functions guide lists
   * (see permissions.ts). 'lenient': the former rule, any read but no write, ui or authorization.
   */
  customFunctions?: 'strict' | 'lenient';
  /** The manifest's oauthScopes; appsscript.json's by default. */
  oauthScopes?: readonly string[];
  /** Assumptions to break, one at a time (see Faults in env.ts). */
  faults?: Faults;
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

/** What Calendar answers under the calendarUnreachable fault (a generic service failure: assumed). */
export const CALENDAR_UNREACHABLE = 'Service unavailable: Calendar';

/**
 * The language of a user or spreadsheet a test does not give one: English, or the one
 * `MUTIRAO_LOCALE` names (`MUTIRAO_LOCALE=en-XA npx vitest run`: the suite in the pseudo-locale).
 */
export const DEFAULT_LOCALE = process.env['MUTIRAO_LOCALE'] || 'en';
export const DEFAULT_USER: EmulatedUser = { email: 'member@example.org', locale: DEFAULT_LOCALE };
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
  /** Every translation LanguageApp made, and each user's daily quota (not kept in snapshots). */
  readonly language = new LanguageStore();
  /** Everything Logger.log and console.* printed. */
  readonly logs: LogLine[] = [];
  readonly scriptTimeZone: string;
  /** The project's HTML files by name without `.html`; loadProject adds a built project's. */
  readonly files: Record<string, string>;
  /** Spreadsheet and property writes made while the script did not hold the document lock. */
  writesWithoutDocumentLock = 0;
  user: EmulatedUser | null;
  context: ExecutionContext = USER_FULL;
  textRule: TextRule;
  customFunctions: 'strict' | 'lenient';
  readonly oauthScopes: readonly string[];
  /** Live switches: tests may turn a fault on or off between calls. */
  readonly faults: Faults;
  /** Every consent prompt requireScopes showed: the scopes it asked for. */
  readonly consentPrompts: string[][] = [];
  /** Every email MailApp sent. */

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
    this.textRule = options.textRule ?? 'pessimistic';
    this.customFunctions = options.customFunctions ?? 'strict';
    this.oauthScopes = [...(options.oauthScopes ?? MANIFEST_SCOPES)];
    this.faults = { ...options.faults };
    this.locks = new LockControl(
      (ms) => this.advanceClock(ms),
      () => this.faults.lockNeverGranted === true,
    );

    this.files = { ...options.files };
    const env: ServiceEnv = {
      guard: (service, method, need) => this.guard(service, method, need),
      now: () => this.now(),
      ui: () => uiService,
      textRule: () => this.textRule,
      faults: this.faults,
      scriptTimeZone: () => this.scriptTimeZone,
    };
    const uiService = createUi(env, this.ui);
    const advance = (ms: number): void => this.advanceClock(ms);
    const services: Omit<AppsScriptServices, 'console'> = {
      SpreadsheetApp: createSpreadsheetApp(env, this.spreadsheet),
      HtmlService: createHtmlService(env, this.files, (source) => this.evaluateInScriptRealm(source)),
      Session: createSession(env, this),
      LockService: createLockService(env, this.locks),
      PropertiesService: createPropertiesService(env, this.properties, () => this.user?.email ?? ''),
      CalendarApp: createCalendarApp(env, this.calendar, this),
      Calendar: createCalendarApi(env, this.calendar, this),
      Utilities: createUtilities(env, advance),
      ScriptApp: createScriptApp(env, {
        scriptId: `emulated-script-${this.spreadsheet.id}`,
        oauthScopes: this.oauthScopes,
        grantedScopes: () => this.grantedScopes(),
        promptForConsent: (scopes) => this.consentPrompts.push(scopes),
      }, this.triggers, this),
      MailApp: createMailApp(env, this.mail, this),
      LanguageApp: createLanguageApp(env, this.language, this),
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

  /** The scopes the current user granted: all the manifest's unless EmulatedUser.grantedScopes says fewer. */
  grantedScopes(): string[] {
    if (this.user === null) return [];
    const granted = this.user.grantedScopes;
    return granted === undefined ? [...this.oauthScopes] : this.oauthScopes.filter((scope) => granted.includes(scope));
  }

  /** The user ticks more scopes on a later consent screen (recovering from a partial consent). */
  grantScopes(...scopes: string[]): void {
    if (this.user === null) throw new Error('A visitor has no consent to extend: set emulator.user first.');
    const granted = this.user.grantedScopes;
    if (granted === undefined) return;
    this.user = { ...this.user, grantedScopes: [...new Set([...granted, ...scopes])] };
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
    if (this.context.kind === 'custom-function' && this.customFunctions === 'strict') {
      const refusal = customFunctionRefusal(service, method, need);
      if (refusal) throw refusal;
    }
    if (!isAllowed(this.context, this.user, need)) throw permissionError(this.context, service, method, need);
    if (this.context.kind === 'user') this.checkConsent(service, method, need);
    if (this.faults.calendarUnreachable === true && (service.startsWith('Calendar') || service === 'EventGuest')) {
      throw new ScriptException(CALENDAR_UNREACHABLE);
    }
    if (need === 'write' && !this.locks.documentLockHeld) this.writesWithoutDocumentLock++;
  }

  /** Granular consent: a call whose scope the user did not grant fails with the permission error. */
  private checkConsent(service: string, method: string, need: Requirement): void {
    if (this.user?.grantedScopes === undefined) return;
    const needed = scopesFor(service, method, need);
    if (needed.length === 0) return;
    // An advanced-service method none of whose scopes the manifest declares is not the user's to
    // grant: the API itself refuses it (403, calendar-api.ts).
    if (service.startsWith('Calendar.') && !needed.some((scope) => this.oauthScopes.includes(scope))) return;
    const granted = this.grantedScopes();
    if (!needed.some((scope) => granted.includes(scope))) throw consentError(service, method, describeScopes(needed));
  }

  private evaluateInScriptRealm(source: string): unknown {
    this.scriptRealm ??= vm.createContext({ ...this.services });
    return new vm.Script(source, { filename: 'template.html' }).runInContext(this.scriptRealm);
  }
}
