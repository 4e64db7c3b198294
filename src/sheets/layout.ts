import { enumLabels } from '../domain/enums';
import { LOCALES, normalizeLabel, type Locale } from '../domain/locale';
import { TABLES, type Table, type TableKey } from '../domain/tables';
import { PROPERTY_KEYS, type Properties } from '../properties';
import { HEADER_BACKGROUND, numberFormat } from './formats';
import { stampColumns } from './columns';
import type { Cell } from './table';
import { TAB_KEY, type Workbook } from './workbook';
import { writeBlock, type TextMaker } from './write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Marks our own protections, so setup adds each once and never touches a coordinator's. */
const PROTECTION_PREFIX = 'mutirao:';

export interface TabsReport {
  readonly created: string[];
  readonly repaired: string[];
}

/** Tabs the caller has already read, so that setup reads each tab once. */
export type KnownTabs = Partial<Record<TableKey, { readonly grid: readonly (readonly unknown[])[] } | undefined>>;

interface LaidOut {
  readonly table: Table;
  readonly sheet: Sheet;
  readonly isNew: boolean;
  readonly renamed: boolean;
  /** Its header row rewritten. */
  readonly changed: boolean;
  readonly columns: ReadonlyMap<string, number>;
  readonly newKeys: ReadonlySet<string>;
  readonly maxRows: number;
}

/**
 * Creates the missing tabs and repairs the others: key in developer metadata, name and
 * headers in the workbook language, missing columns appended at the end, frozen header,
 * dropdowns, formats of new columns, and warning-only protection of computed columns.
 * Existing rows and columns are never deleted or moved. Dropdowns, frozen rows and
 * protections cost a call per column: they are applied again only when the layout differs
 * from the one recorded after the last run (tabs, columns, rows, language, declarations).
 * Returns the tabs whose sheet or header row it changed, whose earlier reads are stale.
 */
export function ensureTabs(app: SpreadsheetApp, workbook: Workbook, language: Locale, properties: Properties, known: KnownTabs = {}): TabsReport & { touched: Set<TableKey> } {
  const blank = untouchedFirstSheet(workbook);
  let retagged = false;
  const tabs = TABLES.map((table, position): LaidOut => {
    const found = workbook.tab(table.key);
    const sheet = found ?? workbook.spreadsheet.insertSheet(table.name[language], position);
    if (!found || !workbook.isTagged(sheet)) {
      sheet.addDeveloperMetadata(TAB_KEY, table.key);
      retagged = true;
    }
    // Only when created: a coordinator who shows the tab keeps it shown.
    if (!found && table.hidden) sheet.hideSheet();
    // The Dashboard has no columns: nothing to read or lay out.
    const headerRow = table.columns.length ? (found ? known[table.key]?.grid[0] : []) ?? sheet.getRange('1:1').getValues()[0] ?? [] : [];
    const located = workbook.locate(sheet, table, headerRow, true);
    const renamed = renameToLanguage(sheet, table, language);
    // As setup left it, in this language: its headers need no words (and no page read).
    const settled = found !== undefined && located.recorded && workbook.laidOutIn(sheet, language);
    const headers = settled || !table.columns.length
      ? { changed: false, columns: located.columns, newKeys: new Set<string>(), header: headerRow }
      : ensureHeaders(sheet, table, language, headerRow, located.columns, workbook.text);
    stampColumns(sheet, headers.columns, located.stamped);
    workbook.layOut(table.key, language, headers.columns, headers.header);
    return { table, sheet, isNew: !found, renamed, ...headers, maxRows: table.columns.length && sheet.getMaxRows() };
  });
  const layout = layoutRecord(language, tabs);
  const touched = tabs.filter((tab) => tab.isNew || tab.changed);
  const settled = touched.length === 0 && properties.getProperty(PROPERTY_KEYS.setup) === layout;
  const report: TabsReport = { created: [], repaired: [] };
  for (const tab of tabs) {
    applyDropdowns(app, tab, language);
    const dressed = !settled && dressTab(app, tab, language);
    if (tab.isNew) report.created.push(tab.table.key);
    else if (!workbook.isTagged(tab.sheet) || tab.renamed || tab.changed || dressed) report.repaired.push(tab.table.key);
  }
  if (!settled) properties.setProperty(PROPERTY_KEYS.setup, layout);
  if (blank) workbook.spreadsheet.deleteSheet(blank);
  if (retagged) workbook.refresh();
  workbook.rememberTabs();
  return { ...report, touched: new Set(touched.map((tab) => tab.table.key)) };
}

/**
 * What setup lays out, short enough for one property: the language, the declarations'
 * dropdowns and computed columns, and each tab's columns (not its height: rows come and go).
 */
function layoutRecord(language: Locale, tabs: readonly LaidOut[]): string {
  const text = JSON.stringify([
    language,
    tabs.map((tab) => [
      tab.table.key,
      tab.table.columns.map((c) => [c.key, tab.columns.get(c.key), c.kind, c.enum ? enumLabels(c.enum, language) : '', c.computed ? 1 : 0]),
    ]),
  ]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
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

/**
 * The enumerated columns' dropdowns on every row below the header, with one getDataValidations
 * and one setDataValidations over the columns they span: the other columns' rules (a
 * coordinator's own) are written back as they were. Invalid values stay allowed: labels of the
 * other languages are valid to the add-on, and validateAll explains the rest.
 */
function applyDropdowns(app: SpreadsheetApp, tab: LaidOut, language: Locale): void {
  const dropdowns = tab.table.columns.flatMap((column) => {
    const index = tab.columns.get(column.key);
    if (!column.enum || index === undefined) return [];
    return [{ index, rule: app.newDataValidation().requireValueInList(enumLabels(column.enum, language), true).setAllowInvalid(true).build() }];
  });
  if (dropdowns.length === 0 || tab.maxRows < 2) return;
  const first = Math.min(...dropdowns.map((d) => d.index));
  const last = Math.max(...dropdowns.map((d) => d.index));
  const range = tab.sheet.getRange(2, first + 1, tab.maxRows - 1, last - first + 1);
  const rules = range.getDataValidations();
  for (const line of rules) for (const { index, rule } of dropdowns) line[index - first] = rule;
  range.setDataValidations(rules);
}

/** Frozen header, formats of new columns and protections. Returns whether anything had to change. */
function dressTab(app: SpreadsheetApp, tab: LaidOut, language: Locale): boolean {
  const { sheet, table, isNew, columns } = tab;
  if (table.columns.length === 0) {
    if (isNew) protect(sheet.protect(), 'tab');
    return false;
  }
  let changed = false;
  if (sheet.getFrozenRows() !== 1) {
    sheet.setFrozenRows(1);
    changed = true;
  }
  const rows = tab.maxRows - 1;
  for (const column of table.columns) {
    const index = columns.get(column.key);
    if (index === undefined || !tab.newKeys.has(column.key)) continue;
    const body = sheet.getRange(2, index + 1, rows, 1);
    if (tab.newKeys.has(column.key)) body.setNumberFormat(numberFormat(column.kind, language));
  }
  changed = protectComputed(app, sheet, table, columns, isNew) || changed;
  if (table.key === 'log' && isNew) protect(sheet.protect(), 'tab');
  return changed;
}

function renameToLanguage(sheet: Sheet, table: Table, language: Locale): boolean {
  const current = sheet.getName();
  const name = normalizeLabel(current);
  const wanted = table.name[language];
  const isOurs = LOCALES.some((l) => normalizeLabel(table.name[l]) === name);
  if (!isOurs || current === wanted) return false;
  sheet.setName(wanted);
  return true;
}

/**
 * Writes the header row in the workbook language, appending missing columns after the
 * last one. `current` is the header row, `found` the columns located in it.
 */
function ensureHeaders(sheet: Sheet, table: Table, language: Locale, current: readonly unknown[], found: ReadonlyMap<string, number>, text: TextMaker) {
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
    const maxColumns = sheet.getMaxColumns();
    if (header.length > maxColumns) sheet.insertColumnsAfter(maxColumns, header.length - maxColumns);
    const range = sheet.getRange(1, 1, 1, header.length);
    range.setNumberFormat('@');
    // A coordinator's own header is their text: written literally, like the add-on's.
    writeBlock({ sheet, row: 1, column: 1, cells: [header as Cell[]] }, text);
    range.setFontWeight('bold');
    range.setBackground(HEADER_BACKGROUND);
  }
  return { changed, columns, newKeys, header };
}

function protectComputed(app: SpreadsheetApp, sheet: Sheet, table: Table, columns: ReadonlyMap<string, number>, isNew: boolean): boolean {
  const computed = table.columns.flatMap((c) => {
    const index = c.computed ? columns.get(c.key) : undefined;
    return index === undefined ? [] : [{ key: c.key, index }];
  });
  if (computed.length === 0) return false;
  const existing = isNew
    ? new Set<string>()
    : new Set(sheet.getProtections(app.ProtectionType.RANGE).map((p) => p.getDescription()));
  let added = false;
  for (const { key, index } of computed) {
    const description = `${PROTECTION_PREFIX}${key}`;
    if (existing.has(description)) continue;
    protect(sheet.getRange(1, index + 1, sheet.getMaxRows(), 1).protect(), key);
    added = true;
  }
  return added;
}

function protect(protection: GoogleAppsScript.Spreadsheet.Protection, what: string): void {
  // Warning only: coordinators may still fix a computed cell by hand, after a confirmation.
  protection.setWarningOnly(true).setDescription(`${PROTECTION_PREFIX}${what}`);
}
