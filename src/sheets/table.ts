import { UserError } from '../domain/errors';
import { LOCALES, normalizeLabel, type Locale } from '../domain/locale';
import { amountOf, currencyOr } from '../domain/money';
import type { Column, Table } from '../domain/tables';
import { dateCellToIsoDate, instantToZoned, isDate, isoDateToDateCell } from '../domain/time';
import { columnLetters, headerHash } from './columns';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Cell = string | number | boolean | Date;

/** Where each known column is (0-based), by key; unknown columns are simply absent. */
export type ColumnIndex = ReadonlyMap<string, number>;

export interface SheetRow {
  /** 1-based row number in the sheet, for marks and messages. */
  readonly row: number;
  /** Values by column key: date cells as `YYYY-MM-DD`, date-times as ISO instants, text trimmed by the schemas. */
  readonly values: Readonly<Record<string, unknown>>;
}

export interface TableData {
  readonly table: Table;
  readonly sheet: Sheet;
  readonly columns: ColumnIndex;
  /** Every cell as the sheet returned it, header row first. */
  readonly grid: readonly (readonly Cell[])[];
  readonly rows: readonly SheetRow[];
  /** The number of columns of the grid (the header row's width). */
  readonly width: number;
}

/** Where a column the caller needs is (0-based); a tab without it is one setup has not repaired yet. */
export function columnOf(data: { readonly columns: ColumnIndex }, key: string): number {
  const index = data.columns.get(key);
  if (index === undefined) throw new UserError('error.notSetUp');
  return index;
}

/**
 * Finds each column by its header in any language; case and surrounding spaces ignored. In
 * Code.js the headers are read from the Messages pages: only for a column setup has not
 * stamped (Workbook.locate).
 */
export function indexColumns(table: Table, headerRow: readonly unknown[]): ColumnIndex {
  // A blank header row (a new tab) names no column: no words to read.
  if (!headerRow.some((cell) => typeof cell === 'string' && cell.trim() !== '')) return new Map();
  const byHeader = new Map<string, string>();
  for (const column of table.columns) {
    for (const locale of LOCALES) byHeader.set(normalizeLabel(column.header[locale]), column.key);
  }
  const index = new Map<string, number>();
  headerRow.forEach((header, i) => {
    const key = typeof header === 'string' ? byHeader.get(normalizeLabel(header)) : undefined;
    if (key && !index.has(key)) index.set(key, i);
  });
  return index;
}

/**
 * The cells below a column's header, read in one call where setup recorded the column
 * (`place`), or undefined when there is no record or the header there is no longer the one
 * setup wrote (a coordinator moved the column): the caller then reads the whole tab.
 */
export function readColumnInPlace(sheet: Sheet, place: { readonly index: number; readonly header: string } | undefined): Cell[] | undefined {
  if (!place) return undefined;
  const letters = columnLetters(place.index + 1);
  const [header = [], ...cells] = sheet.getRange(`${letters}1:${letters}`).getValues() as Cell[][];
  if (headerHash(header[0]) !== place.header) return undefined;
  return cells.map((cell) => cell[0] ?? '');
}

/** Finds a tab's columns from its header row: by their header in any language, or as the workbook knows them (Workbook.findColumns). */
export type ColumnFinder = (sheet: Sheet, table: Table, headerRow: readonly unknown[]) => ColumnIndex;
const byHeaders: ColumnFinder = (_sheet, table, headerRow) => indexColumns(table, headerRow);

/**
 * A tab in one getValues; blank rows (anywhere) are skipped. With the workbook's `language`, money typed as text (`1.500,00`,
 * `1 234,50 €`) becomes its amount, read as that language writes money in the row's
 * currency; text it can't read stays text, for the checks to word (rows.ts amountProblems).
 */
export function readTable(sheet: Sheet, table: Table, timeZone: string, language?: Locale, find: ColumnFinder = byHeaders): TableData {
  const grid = sheet.getDataRange().getValues() as Cell[][];
  const headerRow = grid[0] ?? [];
  const columns = find(sheet, table, headerRow);
  const kinds = new Map(table.columns.map((c) => [c.key, c] as const));
  const rows: SheetRow[] = [];
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (cells.every((cell) => cell === '')) continue;
    const values: Record<string, unknown> = {};
    for (const [key, i] of columns) values[key] = fromCell(cells[i] ?? '', kinds.get(key), timeZone);
    if (language) readMoneyText(table, values, language);
    rows.push({ row: r + 1, values });
  }
  return { table, sheet, columns, grid, rows, width: headerRow.length };
}

function readMoneyText(table: Table, values: Record<string, unknown>, language: Locale): void {
  for (const column of table.columns) {
    const value = values[column.key];
    if (column.kind !== 'money' || typeof value !== 'string' || value.trim() === '') continue;
    const reading = amountOf(value, language, currencyOr(values['currency'], language));
    if (reading.ok) values[column.key] = reading.amount;
  }
}

/**
 * Date cells become what the person sees: a calendar date, a time of day (Sheets keeps
 * those on 1899-12-30), or, in the add-on's own timestamp columns, an instant.
 */
function fromCell(cell: Cell, column: Column | undefined, timeZone: string): unknown {
  if (!isDate(cell)) return cell;
  if (column?.kind === 'datetime') return cell.toISOString();
  if (column?.kind === 'date') return dateCellToIsoDate(cell, timeZone);
  const local = instantToZoned(cell, timeZone);
  if (column?.wallClock) return `${local.date} ${local.time}`;
  if (local.date === '1899-12-30') return local.time;
  return local.time === '00:00' ? local.date : cell.toISOString();
}

/** The cell to write for a value: ISO dates become date cells of the spreadsheet's zone. */
export function toCell(value: unknown, column: Column, timeZone: string): Cell {
  if (value === undefined || value === null) return '';
  if (column.kind === 'date' && typeof value === 'string' && value !== '') return isoDateToDateCell(value, timeZone);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || isDate(value)) return value;
  return String(value);
}
