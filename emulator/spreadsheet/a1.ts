import { SheetsError } from './errors';
import type { GridRef } from './store';

export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Notation(ref: GridRef): string {
  const start = `${columnLetters(ref.column)}${ref.row}`;
  if (ref.numRows === 1 && ref.numColumns === 1) return start;
  return `${start}:${columnLetters(ref.column + ref.numColumns - 1)}${ref.row + ref.numRows - 1}`;
}

/** Splits "'My sheet'!A1:B2" into the sheet name (quotes undone) and the cell part. */
export function splitSheetName(a1: string): { sheetName: string | null; cells: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, cells: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, cells: a1.slice(bang + 1) };
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Reads "A1", "A1:C3", "A:C", "2:5" or "A2:C" (open to the sheet's edge) against a sheet's size. */
export function parseA1(cells: string, maxRows: number, maxColumns: number): GridRef {
  const [first = '', second, extra] = cells.trim().split(':');
  const a = PART.exec(first);
  const b = second === undefined ? a : PART.exec(second);
  if (!a || !b || extra !== undefined || (a[1] === '' && a[2] === '') || (b[1] === '' && b[2] === '')) {
    throw new SheetsError('Range not found');
  }
  if (second === undefined && (a[1] === '' || a[2] === '')) throw new SheetsError('Range not found');
  const c1 = a[1] ? columnNumber(a[1]) : 1;
  const r1 = a[2] ? Number(a[2]) : 1;
  const c2 = b[1] ? columnNumber(b[1]) : maxColumns;
  const r2 = b[2] ? Number(b[2]) : maxRows;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}
