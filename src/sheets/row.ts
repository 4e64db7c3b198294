import type { Locale } from '../domain/locale';
import { numberFormat } from './formats';
import { columnOf, toCell, type TableData } from './table';

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
 * Replaces the text of one column below the header in one write. Rich text values hold
 * literal text, so nothing written back (a title such as `=A1`) is read as typing.
 */
export function rewriteTextColumn(spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp, data: TableData, index: number, texts: readonly string[]): void {
  const values = texts.map((text) => [spreadsheetApp.newRichTextValue().setText(text).build()]);
  data.sheet.getRange(2, index + 1, texts.length, 1).setRichTextValues(values);
}
