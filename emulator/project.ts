import vm from 'node:vm';
import type { AuthModeName, ExecutionContext } from './core';
import { ScriptException } from './errors';
import type { Emulator } from './index';
import { AuthMode } from './script-app';
import { transportArguments, transportResult } from './transport';

/**
 * Runs a built Apps Script bundle (dist/Code.js) in a bare V8 context whose globals are the
 * emulated services: no require, process or module, and no eval or new Function, as in Apps
 * Script. It is not a security boundary (the services are host objects); it keeps the bundle
 * honest about what exists on Google's servers.
 */

export interface Project {
  /** Names of the top-level functions the bundle defines. */
  globals(): string[];
  /** As the script editor or a menu item runs it: by the user, in AuthMode.FULL. */
  call(name: string, ...args: unknown[]): unknown;
  /** The onOpen simple trigger, in AuthMode.NONE (add-on not yet used here) or LIMITED. */
  onOpen(authMode: AuthModeName): void;
  /** The onEdit simple trigger for an edit of `range`. */
  onEdit(range: GoogleAppsScript.Spreadsheet.Range, oldValue?: unknown): void;
  /** As a formula such as =WG_PROGRESS("O3") calls it. */
  customFunction(name: string, ...args: unknown[]): unknown;
  /** As google.script.run calls it from the sidebar: arguments and result cross as copies. */
  scriptRun(name: string, args: readonly unknown[]): unknown;
  /**
   * Moves the emulated clock to `at` (never back) and runs every time-driven trigger due by
   * then, of every owner, each once, in creation order: as its owner, in AuthMode.FULL. A
   * handler that throws is reported and the others still run, as in Apps Script.
   */
  runDueTriggers(at: Date): FiredTrigger[];
}

export interface FiredTrigger {
  uniqueId: string;
  handler: string;
  owner: string;
  /** The error's text when the handler failed. */
  error?: string;
}

const USER: ExecutionContext = { kind: 'user', authMode: 'FULL' };
const TRIGGER: ExecutionContext = { kind: 'trigger', authMode: 'FULL' };

/**
 * `new Date()` and `Date.now()` follow the emulated clock, and dates made by the services and by
 * the script share one Date, so `instanceof Date` works on both.
 */
function emulatedDate(now: () => Date): DateConstructor {
  return new Proxy(Date, {
    construct: (target, args, newTarget) =>
      Reflect.construct(target, args.length === 0 ? [now().getTime()] : args, newTarget) as object,
    apply: () => now().toString(),
    get: (target, property, receiver) =>
      property === 'now' ? () => now().getTime() : (Reflect.get(target, property, receiver) as unknown),
  });
}

/** Event properties computed when read, so that building the event calls no service. */
function lazily<T extends object>(target: T, getters: Record<string, () => unknown>): T {
  for (const [name, get] of Object.entries(getters)) Object.defineProperty(target, name, { enumerable: true, get });
  return target;
}

/**
 * Loads a script into the emulator: `code` as Code.js, and `files`, the project's HTML files by
 * name without `.html` (dist/'s pages: see ./built), next to those the Emulator was given.
 */
export function loadProject(emulator: Emulator, code: string, files: Readonly<Record<string, string>> = {}): Project {
  Object.assign(emulator.files, files);
  const injected: Record<string, unknown> = { ...emulator.services, Date: emulatedDate(() => emulator.now()) };
  const realm = vm.createContext(
    { ...injected },
    { name: 'Apps Script project', codeGeneration: { strings: false, wasm: false } },
  ) as Record<string, unknown>;
  new vm.Script(code, { filename: 'Code.js' }).runInContext(realm);
  emulator.useScriptRealm(realm);

  const globals = (): string[] =>
    Object.keys(realm).filter((name) => !Object.hasOwn(injected, name) && typeof realm[name] === 'function');

  /** "Script function not found: x" is what Sheets shows when a menu names a missing function. */
  const fn = (name: string): ((...args: unknown[]) => unknown) => {
    const found = Object.hasOwn(injected, name) ? undefined : realm[name];
    if (typeof found !== 'function') throw new ScriptException(`Script function not found: ${name}`);
    return found as (...args: unknown[]) => unknown;
  };

  const run = (context: ExecutionContext, name: string, args: readonly unknown[]): unknown => {
    const target = fn(name);
    return emulator.run(context, () => target(...args));
  };

  const triggerEvent = (authMode: AuthModeName): Record<string, unknown> =>
    lazily(
      { authMode: AuthMode[authMode] },
      {
        source: () => emulator.services.SpreadsheetApp.getActiveSpreadsheet(),
        user: () => emulator.services.Session.getActiveUser(),
      },
    );

  /**
   * A time-driven event, with its fields in UTC as the reference gives them (day-of-week and
   * week-of-year left out: their numbering is not modelled).
   * https://developers.google.com/apps-script/guides/triggers/events#time-driven-events
   */
  const clockEvent = (uniqueId: string, at: Date): Record<string, unknown> => ({
    authMode: AuthMode.FULL,
    triggerUid: uniqueId,
    timezone: 'UTC',
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    'day-of-month': at.getUTCDate(),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
  });

  const runDueTriggers = (at: Date): FiredTrigger[] => {
    const ahead = at.getTime() - emulator.now().getTime();
    if (ahead > 0) emulator.advanceClock(ahead);
    const caller = emulator.user;
    const fired: FiredTrigger[] = [];
    for (const trigger of emulator.triggers.takeDue(emulator.now())) {
      const result: FiredTrigger = { uniqueId: trigger.id, handler: trigger.handler, owner: trigger.owner.email };
      emulator.user = trigger.owner;
      try {
        run(TRIGGER, trigger.handler, [clockEvent(trigger.id, emulator.now())]);
      } catch (error) {
        result.error = String(error);
      } finally {
        emulator.user = caller;
      }
      fired.push(result);
    }
    return fired;
  };

  return {
    globals,
    runDueTriggers,
    call: (name, ...args) => run(USER, name, args),
    // https://developers.google.com/apps-script/guides/triggers/events#open
    onOpen(authMode) {
      run({ kind: 'simple-trigger', authMode }, 'onOpen', [triggerEvent(authMode)]);
    },
    // https://developers.google.com/apps-script/guides/triggers/events#edit
    onEdit(range, oldValue) {
      const event = lazily(Object.assign(triggerEvent('LIMITED'), { range }), {
        value: () => (range.getNumRows() === 1 && range.getNumColumns() === 1 ? range.getValue() : undefined),
      });
      if (oldValue !== undefined) event['oldValue'] = oldValue;
      run({ kind: 'simple-trigger', authMode: 'LIMITED' }, 'onEdit', [event]);
    },
    customFunction: (name, ...args) => run({ kind: 'custom-function', authMode: 'CUSTOM_FUNCTION' }, name, args),
    scriptRun: (name, args) => transportResult(run(USER, name, transportArguments(args))),
  };
}
