import { enumLabels } from '../domain/enums';
import { LOCALES, normalizeLabel, type Locale } from '../domain/locale';
import { TABLES, type Table } from '../domain/tables';
import { HEADER_BACKGROUND, numberFormat } from '../sheets/formats';
import { indexColumns } from '../sheets/table';
import { TAB_KEY, type Workbook } from '../sheets/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Marks our own protections, so setup adds each once and never touches a coordinator's. */
const PROTECTION_PREFIX = 'mutirao:';

export interface TabsReport {
  readonly created: string[];
  readonly repaired: string[];
}

/**
 * Creates the missing tabs and repairs the others: key in developer metadata, name and
 * headers in the workbook language, missing columns appended at the end, frozen header,
 * dropdowns, formats of new columns, and warning-only protection of computed columns.
 * Existing rows and columns are never deleted or moved.
 */
export function ensureTabs(app: SpreadsheetApp, workbook: Workbook, language: Locale): TabsReport {
  const report: TabsReport = { created: [], repaired: [] };
  const blank = untouchedFirstSheet(workbook);
  TABLES.forEach((table, position) => {
    const found = workbook.tab(table.key);
    const sheet = found ?? workbook.spreadsheet.insertSheet(table.name[language], position);
    const changes = repairTab(app, sheet, table, language, !found);
    if (!found) report.created.push(table.key);
    else if (!workbook.isTagged(sheet) || changes) report.repaired.push(table.key);
    if (!found || !workbook.isTagged(sheet)) sheet.addDeveloperMetadata(TAB_KEY, table.key);
  });
  if (blank) workbook.spreadsheet.deleteSheet(blank);
  workbook.refresh();
  return report;
}

/**
 * The empty "Sheet1" of a brand-new spreadsheet, which would sit beside the tabs for
 * nothing. Only ever that: a lone tab with no content, in a workbook with none of ours.
 */
function untouchedFirstSheet(workbook: Workbook): Sheet | undefined {
  if (TABLES.some((table) => workbook.tab(table.key))) return undefined;
  const sheets = workbook.spreadsheet.getSheets();
  const [only] = sheets;
  return sheets.length === 1 && only && only.getLastRow() === 0 && only.getLastColumn() === 0 ? only : undefined;
}

/** Returns whether anything had to change. */
function repairTab(app: SpreadsheetApp, sheet: Sheet, table: Table, language: Locale, isNew: boolean): boolean {
  let changed = renameToLanguage(sheet, table, language);
  if (table.columns.length === 0) {
    if (isNew) protect(sheet.protect(), 'tab');
    return changed;
  }
  const added = ensureHeaders(sheet, table, language);
  changed ||= added.changed;
  if (sheet.getFrozenRows() !== 1) {
    sheet.setFrozenRows(1);
    changed = true;
  }
  const columns = added.columns;
  const rows = sheet.getMaxRows() - 1;
  for (const column of table.columns) {
    const index = columns.get(column.key);
    if (index === undefined) continue;
    const body = sheet.getRange(2, index + 1, rows, 1);
    if (added.newKeys.has(column.key)) body.setNumberFormat(numberFormat(column.kind, language));
    if (column.enum) {
      // Invalid values stay allowed: labels of the other languages are valid to the add-on, and validateAll explains the rest.
      body.setDataValidation(
        app.newDataValidation().requireValueInList(enumLabels(column.enum, language), true).setAllowInvalid(true).build(),
      );
    }
  }
  changed = protectComputed(app, sheet, table, columns, isNew) || changed;
  if (table.key === 'log' && isNew) protect(sheet.protect(), 'tab');
  return changed;
}

function renameToLanguage(sheet: Sheet, table: Table, language: Locale): boolean {
  const name = normalizeLabel(sheet.getName());
  const wanted = table.name[language];
  const isOurs = LOCALES.some((l) => normalizeLabel(table.name[l]) === name);
  if (!isOurs || sheet.getName() === wanted) return false;
  sheet.setName(wanted);
  return true;
}

/** Writes the header row in the workbook language, appending missing columns after the last one. */
function ensureHeaders(sheet: Sheet, table: Table, language: Locale) {
  const width = Math.max(sheet.getLastColumn(), 1);
  const current = (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []).slice();
  const found = indexColumns(table, current);
  const header = current.map((cell) => (cell === '' ? '' : cell));
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const newKeys = new Set<string>();
  const columns = new Map(found);
  for (const column of table.columns) {
    const index = found.get(column.key);
    if (index === undefined) {
      columns.set(column.key, header.length);
      header.push(column.header[language]);
      newKeys.add(column.key);
    } else {
      header[index] = column.header[language];
    }
  }
  const changed = header.some((cell, i) => cell !== current[i]);
  if (changed) {
    if (header.length > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length - sheet.getMaxColumns());
    const range = sheet.getRange(1, 1, 1, header.length);
    range.setNumberFormat('@');
    range.setValues([header]);
    range.setFontWeight('bold');
    range.setBackground(HEADER_BACKGROUND);
  }
  return { changed, columns, newKeys };
}

function protectComputed(app: SpreadsheetApp, sheet: Sheet, table: Table, columns: ReadonlyMap<string, number>, isNew: boolean): boolean {
  const computed = table.columns.filter((c) => c.computed && columns.has(c.key));
  if (computed.length === 0) return false;
  const existing = isNew
    ? new Set<string>()
    : new Set(sheet.getProtections(app.ProtectionType.RANGE).map((p) => p.getDescription()));
  let added = false;
  for (const column of computed) {
    const description = `${PROTECTION_PREFIX}${column.key}`;
    if (existing.has(description)) continue;
    const index = columns.get(column.key) as number;
    protect(sheet.getRange(1, index + 1, sheet.getMaxRows(), 1).protect(), column.key);
    added = true;
  }
  return added;
}

function protect(protection: GoogleAppsScript.Spreadsheet.Protection, what: string): void {
  // Warning only: coordinators may still fix a computed cell by hand, after a confirmation.
  protection.setWarningOnly(true).setDescription(`${PROTECTION_PREFIX}${what}`);
}
