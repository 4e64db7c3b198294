import { intlZoneErrors, type IntlLike } from '../domain/intl-check';
import { recordsOf } from '../domain/records';
import { MEMBERS, SETTINGS } from '../domain/tables';
import { CHECK_NAMES, type CheckName, type DiagnosticCheck, type Diagnosis } from '../contract/diagnose';
import { PROPERTY_KEYS } from '../properties';
import { MEMBER_SCOPES, missingScopes, SCOPES_FOR } from '../script';
import { probeDate, probeText } from '../sheets/probes';
import type { Call } from './call';
import { loadEveryChapter } from './chapter-check';
import { serve, type Refused } from './respond';
import type { GoogleServices } from './services';
import { isCoordinator, loadSettings, memberByEmail, readTab } from './workbook-data';

/**
 * Diagnose (PRODUCT.md §1, §4): checks live, in the user's own spreadsheet, each platform fact
 * the add-on relies on and the emulator can only assume (emulator/README.md), then puts
 * everything back: the cells live on a scratch tab deleted at the end, the property is
 * deleted, the lock released. It writes no Log row: the document is left as it was found.
 */

export interface DiagnoseInputs {
  /** The runtime's Intl; a test passes a broken one to see the check fail. */
  readonly intl?: IntlLike;
  /** The clock each check is timed with, in ms; tests pass the emulator's. */
  readonly clock?: () => number;
}

type Outcome = Omit<DiagnosticCheck, 'name' | 'ms'>;

/** Text that typing would turn into a formula, a number, and a quote prefix. */
const SAMPLES = ['=1+1', '0012', "'x"] as const;
/** An instant whose wall-clock time differs between any two of the group's zones. */
const SAMPLE_INSTANT = '2026-07-14T15:00:00.000Z';
const LOCK_WAIT_MS = 10_000;

export function diagnose(google: GoogleServices, inputs: DiagnoseInputs = {}): Diagnosis | Refused {
  return serve(google, (call): Diagnosis => {
    const checks = runChecks(call, inputs.intl ?? Intl, inputs.clock ?? (() => Date.now()));
    return { ok: checks.every((c) => c.ok), checks };
  });
}

function runChecks(call: Call, intl: IntlLike, clock: () => number): DiagnosticCheck[] {
  const checks: DiagnosticCheck[] = [];
  const record = (name: CheckName, check: () => Outcome): void => {
    const start = clock();
    const outcome = attempt(check);
    checks.push({ name, ...outcome, ms: Math.max(0, Math.round(clock() - start)) });
  };
  let lock: GoogleAppsScript.Lock.Lock | undefined;
  let locked = false;
  record('lock', () => {
    lock = call.google.LockService.getDocumentLock();
    locked = lock.tryLock(LOCK_WAIT_MS);
    return { ok: locked, detail: `tryLock(${LOCK_WAIT_MS} ms): ${locked}` };
  });
  try {
    const coordinator = coordinatorOrFirstUser(call);
    withScratchTab(call, (sheet) => {
      record('text', () => textCheck(call, sheet));
      record('dateZone', () => dateZoneCheck(call, sheet));
      record('metadata', () => metadataCheck(call, sheet));
    });
    record('properties', () => propertiesCheck(call));
    record('chapters', () => {
      const { loaded, failed } = loadEveryChapter(call.google);
      return { ok: failed.length === 0, detail: failed.join('; ') || (loaded ? `${loaded} chapters loaded` : 'none: the sources run whole') };
    });
    record('intl', () => {
      const errors = intlZoneErrors(intl);
      return { ok: errors.length === 0, detail: errors.join('; ') || 'America/Recife, Europe/Paris: 2026-03-29, 2026-10-25' };
    });
    record('scopes', () => scopesCheck(call, coordinator));
    if (coordinator) {
      record('calendar', () => calendarCheck(call));
      record('mail', () => mailCheck(call));
    }
  } finally {
    if (locked) lock?.releaseLock();
  }
  return sortedChecks(checks);
}

/** A check that throws has failed: its first line is the detail (no stack trace). */
function attempt(check: () => Outcome): Outcome {
  try {
    return check();
  } catch (error) {
    return { ok: false, detail: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '' };
  }
}

/** Calendar and Mail are coordinators' tools; before setup, whoever diagnoses will set up. */
function coordinatorOrFirstUser(call: Call): boolean {
  try {
    const data = readTab(call, MEMBERS);
    if (!data) return true;
    const members = recordsOf('members', data);
    return isCoordinator(memberByEmail(members, call.caller.email)) || !members.some(isCoordinator);
  } catch (error) {
    // A Members tab that cannot be read is for the other checks to reveal; the member's lines still run.
    console.error(error);
    return false;
  }
}

/**
 * A tab of our own, at the end (so no other tab's index moves), deleted whatever happens, and
 * the user's active tab given back. If the tab cannot be made, the checks that need it fail.
 */
function withScratchTab(call: Call, use: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void): void {
  const spreadsheet = call.workbook.spreadsheet;
  let active: GoogleAppsScript.Spreadsheet.Sheet | undefined;
  let sheet: GoogleAppsScript.Spreadsheet.Sheet;
  try {
    active = spreadsheet.getActiveSheet();
    sheet = spreadsheet.insertSheet(`Mutirão · diagnose ${call.now.getTime()}`, spreadsheet.getNumSheets());
  } catch (error) {
    use(unusable(error));
    return;
  }
  try {
    use(sheet);
  } finally {
    spreadsheet.deleteSheet(sheet);
    if (active) spreadsheet.setActiveSheet(active);
  }
}

/** Stands in for the scratch tab that could not be made: every use fails with the reason. */
function unusable(error: unknown): GoogleAppsScript.Spreadsheet.Sheet {
  return new Proxy({} as GoogleAppsScript.Spreadsheet.Sheet, {
    get: () => () => {
      throw error;
    },
  });
}

const shown = (value: unknown): string => JSON.stringify(value) ?? String(value);

/**
 * Rich text must come back verbatim, never a formula, a number or without its apostrophe:
 * submissions write user text that way. What setValues does to the same text in a plain-text
 * (@) cell is reported too, for the record; the add-on does not rely on it.
 */
function textCheck(call: Call, sheet: GoogleAppsScript.Spreadsheet.Sheet): Outcome {
  const { rich, typed } = probeText(call.google.SpreadsheetApp, sheet, SAMPLES);
  const wrong = SAMPLES.flatMap((text, i) => (rich[i]?.value === text && !rich[i]?.formula ? [] : [`${text} → ${shown(rich[i]?.formula || rich[i]?.value)}`]));
  const setValues = SAMPLES.map((text, i) => `${text} → ${shown(typed[i]?.formula || typed[i]?.value)}`).join(', ');
  return {
    ok: wrong.length === 0,
    detail: `rich text: ${wrong.length === 0 ? 'verbatim' : wrong.join(', ')}; setValues in @: ${setValues}`,
  };
}

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/**
 * A date written and read back must be the same instant: Apps Script reads date cells in the
 * spreadsheet's zone. Only conclusive when the script's zone differs, which the detail says.
 */
function dateZoneCheck(call: Call, sheet: GoogleAppsScript.Spreadsheet.Sheet): Outcome {
  const zones = `spreadsheet ${call.workbook.spreadsheet.getSpreadsheetTimeZone()}, script ${call.google.Session.getScriptTimeZone()}`;
  const read = probeDate(sheet, new Date(SAMPLE_INSTANT));
  const got = isDate(read) ? read.toISOString() : shown(read);
  return { ok: got === SAMPLE_INSTANT, detail: `${zones}: wrote ${SAMPLE_INSTANT}, read ${got}` };
}

/** The add-on finds its tabs by developer metadata: what it attaches must be found again. */
function metadataCheck(call: Call, sheet: GoogleAppsScript.Spreadsheet.Sheet): Outcome {
  const value = String(call.now.getTime());
  sheet.addDeveloperMetadata(PROPERTY_KEYS.diagnose, value);
  const found = call.workbook.spreadsheet.createDeveloperMetadataFinder().withKey(PROPERTY_KEYS.diagnose).find();
  const ok = found.some((m) => m.getValue() === value);
  return { ok, detail: `${PROPERTY_KEYS.diagnose}: ${found.length} found` };
}

function propertiesCheck(call: Call): Outcome {
  const properties = call.google.PropertiesService.getDocumentProperties();
  const key = PROPERTY_KEYS.diagnose;
  const value = String(call.now.getTime());
  try {
    properties.setProperty(key, value);
    const read = properties.getProperty(key);
    return { ok: read === value, detail: `${key}: wrote ${value}, read ${shown(read)}` };
  } finally {
    properties.deleteProperty(key);
  }
}

const shortScope = (scope: string) => scope.replace('https://www.googleapis.com/auth/', '');

/** Members need only the spreadsheet, the UI and their email; coordinators also Calendar, Mail and triggers. */
function scopesCheck(call: Call, coordinator: boolean): Outcome {
  const needed = coordinator ? [...MEMBER_SCOPES, ...SCOPES_FOR.calendar, ...SCOPES_FOR.reminders] : [...MEMBER_SCOPES];
  const missing = missingScopes(call.google.ScriptApp, needed);
  const granted = needed.filter((scope) => !missing.includes(scope));
  return {
    ok: missing.length === 0,
    detail: `granted: ${granted.map(shortScope).join(', ') || '—'}${missing.length ? `; missing: ${missing.map(shortScope).join(', ')}` : ''}`,
  };
}

/**
 * One read-only call: the group calendar of Settings, or the user's own before the first sync;
 * the access level it reports decides (a reader cannot sync).
 */
function calendarCheck(call: Call): Outcome {
  const missing = missingScopes(call.google.ScriptApp, SCOPES_FOR.calendar);
  if (missing.length) return { ok: false, detail: `missing: ${missing.map(shortScope).join(', ')}` };
  const api = call.google.Calendar;
  if (!api) return { ok: false, detail: 'Calendar advanced service not enabled' };
  const calendarId = readTab(call, SETTINGS) ? loadSettings(call).calendarId || 'primary' : 'primary';
  const role = api.Events.list(calendarId, { maxResults: 1 }).accessRole ?? '';
  return {
    ok: role === 'owner' || role === 'writer',
    detail: `${calendarId}: reachable, access ${role || 'unknown'}`,
    measured: { kind: 'calendarAccess', role, calendar: calendarId === 'primary' ? 'own' : 'group' },
  };
}

/** Reminders stop at the day's quota; none left means none sent today. */
function mailCheck(call: Call): Outcome {
  const missing = missingScopes(call.google.ScriptApp, SCOPES_FOR.reminders.filter((scope) => scope.endsWith('script.send_mail')));
  if (missing.length) return { ok: false, detail: `missing: ${missing.map(shortScope).join(', ')}` };
  const left = call.google.MailApp.getRemainingDailyQuota();
  return { ok: left > 0, detail: `${left} left today`, measured: { kind: 'emailsLeft', count: left } };
}

function sortedChecks(checks: readonly DiagnosticCheck[]): DiagnosticCheck[] {
  return [...checks].sort((a, b) => CHECK_NAMES.indexOf(a.name) - CHECK_NAMES.indexOf(b.name));
}
