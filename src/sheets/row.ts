import type { Locale } from '../domain/locale';
import { numberFormat } from './formats';
import { columnOf, toCell, type Cell, type TableData } from './table';

/**
 * Writes a few cells of one row, each with its column's format: a constant number of calls
 * (two per cell), whatever the tab's size. Only the cells that change are written, so the
 * row's other cells are never typed again (a `0012` stays text).
 */
export function writeRowCells(data: TableData, row: number, values: Readonly<Record<string, unknown>>, timeZone: string, locale: Locale): void {
  for (const [key, value] of Object.entries(values)) {
    const index = columnOf(data, key);
    const column = data.table.columns.find((c) => c.key === key);
    if (!column) continue;
    const range = data.sheet.getRange(row, index + 1);
    range.setNumberFormat(numberFormat(column.kind, locale));
    range.setValue(toCell(value, column, timeZone));
  }
}

/**
 * Replaces one column below the header in one write. Text goes in behind a leading apostrophe,
 * as Sheets reads typing, so nothing written back (a title such as `=A1`, a `0012`) becomes a
 * formula, a number or a date; other cells (a timestamp) are written back as they were read.
 */
export function rewriteColumn(data: TableData, index: number, cells: readonly Cell[]): void {
  const values = cells.map((cell) => [typeof cell === 'string' && cell !== '' ? `'${cell}` : cell]);
  data.sheet.getRange(2, index + 1, cells.length, 1).setValues(values);
}
