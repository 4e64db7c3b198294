import * as z from 'zod/mini';
import '../domain/zod';
import { UserError } from '../domain/errors';
import { wordingFor } from '../domain/i18n';
import { TABLES, type TableKey } from '../domain/tables';
import { check } from '../domain/validate';
import { selectRange } from '../sheets/select';
import { serve, type Result } from './respond';
import type { GoogleServices } from './services';

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
export function selectCell(google: GoogleServices, input: unknown): Result<{ cell: string }> {
  return serve(google, (call): Result<{ cell: string }> => {
    const checked = check(cellInput, input ?? {}, wordingFor(call.caller.locale));
    if (!checked.ok) return checked;
    const sheet = call.workbook.tab(checked.value.table);
    if (!sheet) throw new UserError('error.notSetUp');
    selectRange(sheet, checked.value.cell);
    return { ok: true, cell: checked.value.cell };
  });
}
