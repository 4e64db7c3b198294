import type { Locale } from '../domain/locale';
import type { Table } from '../domain/tables';
import { numberFormat } from './formats';
import { indexColumns, toCell, type Cell, type ColumnFinder, type ColumnIndex } from './table';
import type { Workbook } from './workbook';
import { isLiteral, writeBlock } from './write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where new rows go: the tab, its columns, and the last row in use. */
export interface AppendTarget {
  readonly table: Table;
  readonly sheet: Sheet;
  readonly columns: ColumnIndex;
  readonly width: number;
  readonly lastRow: number;
}

/** The layout of a tab from its header row alone: for append-only tabs such as the Log. */
export function appendTarget(sheet: Sheet, table: Table, find: ColumnFinder = (_sheet, t, row) => indexColumns(t, row)): AppendTarget {
  const lastRow = sheet.getLastRow();
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  return { table, sheet, columns: find(sheet, table, header), width, lastRow };
}

/**
 * Appends records (values by column key) below the last row with a constant number of
 * calls. Known columns get their format first (dates and numbers display as the language
 * writes them); people's text is written literally (write.ts), so no format can change it.
 */
export function appendRecords(
  target: AppendTarget,
  records: readonly Readonly<Record<string, unknown>>[],
  workbook: Workbook,
  locale: Locale,
): number {
  const timeZone = workbook.timeZone;
  if (records.length === 0) return target.lastRow;
  const { sheet, table, columns, width } = target;
  const first = target.lastRow + 1;
  const maxRows = sheet.getMaxRows();
  const needed = first + records.length - 1 - maxRows;
  if (needed > 0) sheet.insertRowsAfter(maxRows, needed);

  const range = sheet.getRange(first, 1, records.length, width);
  const formats = range.getNumberFormats();
  const values: Cell[][] = records.map(() => new Array<Cell>(width).fill(''));
  const literal = new Array<boolean>(width).fill(true);
  for (const column of table.columns) {
    const i = columns.get(column.key);
    if (i === undefined) continue;
    literal[i] = isLiteral(column);
    const format = numberFormat(column.kind, locale);
    records.forEach((record, r) => {
      (formats[r] as string[])[i] = format;
      (values[r] as Cell[])[i] = toCell(record[column.key], column, timeZone);
    });
  }
  range.setNumberFormats(formats);
  writeBlock({ sheet, row: first, column: 1, cells: values, literal }, workbook.text);
  return first + records.length - 1;
}
