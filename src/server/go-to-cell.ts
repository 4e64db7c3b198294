import * as z from 'zod/mini';
import '../domain/zod';
import { UserError } from '../domain/errors';
import { TABLES, type TableKey } from '../domain/tables';
import { selectRange } from '../sheets/select';
import { endpoint } from './endpoint';
import type { Result } from './respond';

/** A cell's A1 name from its 1-based row and 0-based column: `D12`, `AA3`. */
export function a1(row: number, column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row}`;
}

const KEYS = new Set<string>(TABLES.map((t) => t.key));
const cellInput = z.object({
  table: z.custom<TableKey>((v) => typeof v === 'string' && KEYS.has(v), { params: { key: 'invalid' } }),
  cell: z.custom<string>((v) => typeof v === 'string' && /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(v), { params: { key: 'invalid' } }),
});

/**
 * Selects a cell Check found a problem in (issue 22): its tab becomes the active one and the
 * cell the selection, as a click in the sheet would. A selection is no change to the data:
 * no lock, no Log row; the spreadsheet scope is all it needs.
 */
export const selectCell = endpoint(cellInput, (call, { table, cell }): Result<{ cell: string }> => {
  const sheet = call.workbook.tab(table);
  if (!sheet) throw new UserError('error.notSetUp');
  selectRange(sheet, cell);
  return { ok: true, cell };
});
