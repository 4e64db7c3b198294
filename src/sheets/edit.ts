import type { Locale } from '../domain/locale';
import { numberFormat } from './formats';
import { columnOf, toCell, type TableData } from './table';
import type { Workbook } from './workbook';
import { writeCells } from './write';

/**
 * Rewrites a few cells of one existing row (a member's edit): each with its column's format,
 * text as literal text (writeCells), so an edited title `=1+1` or `0012` stays what was typed.
 * Only the keys given are written, two calls each: constant whatever the tab's length.
 */
export function rewriteRowCells(data: TableData, row: number, values: Readonly<Record<string, unknown>>, workbook: Workbook, locale: Locale): void {
  for (const [key, value] of Object.entries(values)) {
    const column = data.table.columns.find((c) => c.key === key);
    if (!column) continue;
    const index = columnOf(data, key);
    data.sheet.getRange(row, index + 1).setNumberFormat(numberFormat(column.kind, locale));
    writeCells(data.sheet, row, index + 1, [[toCell(value, column, workbook.timeZone)]], workbook.text);
  }
}
