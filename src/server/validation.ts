import { t, wordingFor } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import { issueMessage } from '../domain/messages';
import { CHECKED_TABLES, crossProblems, rowProblems, settingProblems, type Problem, type References } from '../domain/rows';
import { SETTINGS, tableByKey, type TableKey } from '../domain/tables';
import { withDocumentLock } from '../lock';
import { readRecord, recordEntries } from '../sheets/mark-record';
import { applyMarks } from '../sheets/marks';
import type { TableData } from '../sheets/table';
import { openCall, type Call } from './call';
import { refreshCityTimes } from './city-times';
import { guarded, type Result } from './respond';
import type { ProblemView, Validation } from '../shared/validation';
import type { GoogleServices } from './services';
import { loadSettings, readTab } from './workbook-data';

const VALIDATED: readonly TableKey[] = [SETTINGS.key, ...CHECKED_TABLES.map((t) => t.key)];

const ids = (data: TableData | undefined): Set<string> =>
  new Set((data?.rows ?? []).map((r) => String(r.values['id'] ?? '').trim()).filter(Boolean));

/** Which tabs a tab's rules look into. */
const REFERENCED: Partial<Record<TableKey, readonly TableKey[]>> = {
  proposals: ['members', 'objectives'],
  resources: ['members', 'proposals'],
};

/** The tabs asked for, each read once, and the IDs the others refer to. */
function readWorkbook(call: Call, keys: readonly TableKey[] = VALIDATED): { tabs: Map<TableKey, TableData>; refs: References } {
  const tabs = new Map<TableKey, TableData>();
  for (const key of keys) {
    const data = readTab(call, tableByKey(key));
    if (data) tabs.set(key, data);
  }
  return { tabs, refs: { members: ids(tabs.get('members')), objectives: ids(tabs.get('objectives')), proposals: ids(tabs.get('proposals')) } };
}

function problemsOf(data: TableData, refs: References): Problem[] {
  if (data.table.key === SETTINGS.key) return settingProblems(data.table, data.rows);
  return [...rowProblems(data.table, data.rows), ...crossProblems(data.table, data.rows, refs)];
}

/**
 * Marks rows `first`..`last` of a tab: a note in the workbook language and a colour on each
 * bad cell, and last run's marks cleared from the cells that are now right.
 */
function mark(call: Call, data: TableData, problems: readonly Problem[], first: number, last: number, language: Locale): void {
  const properties = call.google.PropertiesService.getDocumentProperties();
  const all = properties.getProperties();
  const coloured = readRecord(all, data.table.key);
  const recordedLast = Math.max(0, ...[...coloured].map((key) => Number(key.split(':')[0])));
  const end = Math.min(Math.max(last, recordedLast), data.sheet.getMaxRows());
  const wording = wordingFor(language);
  const marks = problems.flatMap((p) => {
    const column = data.columns.get(p.column);
    return column === undefined ? [] : [{ row: p.row, column, message: issueMessage(p.issue, wording) }];
  });
  applyMarks(data.sheet, first, end, data.width, marks, coloured);
  properties.setProperties(recordEntries(all, data.table.key, coloured));
}

function headerOf(data: TableData, column: string, language: Locale): string {
  const index = data.columns.get(column);
  const header = index === undefined ? undefined : data.grid[0]?.[index];
  return typeof header === 'string' && header ? header : (data.table.columns.find((c) => c.key === column)?.header[language] ?? column);
}

/** Checks every tab (PRODUCT.md §2), marks the bad cells and clears old marks; returns the list for the sidebar. */
export function validateAll(google: GoogleServices): Result<Validation> {
  const call = openCall(google);
  const locale = call.caller.locale;
  const result = guarded(locale, () => {
    const language = loadSettings(call).language;
    const { tabs, refs } = readWorkbook(call);
    const problems: ProblemView[] = [];
    const byTable: Partial<Record<TableKey, number>> = {};
    withDocumentLock(google.LockService, () => {
      for (const data of tabs.values()) {
        const found = problemsOf(data, refs);
        mark(call, data, found, 2, data.grid.length, language);
        byTable[data.table.key] = found.length;
        const tab = data.sheet.getName();
        const wording = wordingFor(locale);
        for (const p of found) {
          problems.push({ table: p.table, tab, row: p.row, column: headerOf(data, p.column, locale), message: issueMessage(p.issue, wording) });
        }
      }
    });
    return { ok: true as const, valid: problems.length === 0, problems, byTable };
  });
  if (result.ok) {
    const summary = result.valid ? t(locale, 'validate.none') : t(locale, 'validate.found', { count: result.problems.length });
    call.workbook.spreadsheet.toast(summary, t(locale, 'app.name'));
  }
  return result;
}

/**
 * The onEdit simple trigger: checks the edited rows only (a paste of many rows included),
 * with no service that needs authorization, and keeps a meeting's city times current.
 */
export function validateEdit(google: GoogleServices, range: GoogleAppsScript.Spreadsheet.Range): void {
  const call = openCall(google);
  const sheetId = range.getSheet().getSheetId();
  const key = VALIDATED.find((k) => call.workbook.tab(k)?.getSheetId() === sheetId);
  if (!key) return;
  const first = Math.max(2, range.getRow());
  const last = range.getLastRow();
  if (last < first) return;
  const language = loadSettings(call).language;
  const { tabs, refs } = readWorkbook(call, [key, ...(REFERENCED[key] ?? [])]);
  const data = tabs.get(key);
  if (!data) return;
  const edited = problemsOf(data, refs).filter((p) => p.row >= first && p.row <= last);
  withDocumentLock(google.LockService, () => {
    if (key === 'meetings') refreshCityTimes(data, first, last, language);
    mark(call, data, edited, first, last, language);
  });
}

/** The onEdit simple trigger; a failure is logged, never shown: the person is typing. */
export function onEdit(google: GoogleServices, e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    validateEdit(google, e.range);
  } catch (error) {
    console.error(error);
  }
}
