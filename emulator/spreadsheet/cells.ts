import type { Doc } from './context';
import { SheetsError } from './errors';
import type { GridRef, SheetState } from './store';
import { literalText, toWritten, type Written } from './values';

/**
 * Bounds rules and messages of Sheet.getRange:
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
 */
export function checkRange(sheet: SheetState, ref: GridRef): void {
  for (const n of [ref.row, ref.column, ref.numRows, ref.numColumns]) {
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new SheetsError(`Cannot convert '${String(n)}' to int.`);
  }
  if (ref.row < 1) throw new SheetsError('The starting row of the range is too small.');
  if (ref.column < 1) throw new SheetsError('The starting column of the range is too small.');
  if (ref.numRows < 1) throw new SheetsError('The number of rows in the range must be at least 1.');
  if (ref.numColumns < 1) throw new SheetsError('The number of columns in the range must be at least 1.');
  if (ref.row + ref.numRows - 1 > sheet.maxRows) throw new SheetsError('Those rows are out of bounds.');
  if (ref.column + ref.numColumns - 1 > sheet.maxColumns) throw new SheetsError('Those columns are out of bounds.');
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'Object[]';
  const t = typeof v;
  return t === 'object' ? 'Object' : t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * Checks a 2-D argument the way Range.setValues does:
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
 */
export function checkShape(ref: GridRef, data: unknown, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    throw new SheetsError(`The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  const rows = data as unknown[][];
  if (rows.length !== ref.numRows) {
    throw new SheetsError(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${ref.numRows}.`,
    );
  }
  for (const row of rows) {
    if (row.length !== ref.numColumns) {
      throw new SheetsError(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${ref.numColumns}.`,
      );
    }
  }
  return rows;
}

/** Writes values as a user would type them; parses the whole area first so a bad cell changes nothing. */
export function writeCells(doc: Doc, sheet: SheetState, ref: GridRef, valueAt: (i: number, j: number) => unknown): void {
  const { formats } = sheet.layers;
  const rules = doc.rules();
  const tz = doc.store.timeZone;
  const textRule = doc.env.textRule();
  storeCells(sheet, ref, (i, j) => toWritten(valueAt(i, j), formats.get(ref.row - 1 + i, ref.column - 1 + j), rules, tz, textRule));
}

/**
 * Writes rich text: the literal text, never parsed, the cell's format untouched (unless the
 * richTextParsesLikeTyping fault is on, which plays a platform that parses it anyway).
 */
export function writeTexts(doc: Doc, sheet: SheetState, ref: GridRef, textAt: (i: number, j: number) => string): void {
  if (doc.env.faults.richTextParsesLikeTyping === true) {
    const { formats } = sheet.layers;
    const rules = doc.rules();
    storeCells(sheet, ref, (i, j) => toWritten(textAt(i, j), formats.get(ref.row - 1 + i, ref.column - 1 + j), rules, doc.store.timeZone, 'pessimistic'));
    return;
  }
  storeCells(sheet, ref, (i, j) => literalText(textAt(i, j)));
}

function storeCells(sheet: SheetState, ref: GridRef, writtenAt: (i: number, j: number) => Written): void {
  const { contents, formats } = sheet.layers;
  const written: Written[][] = [];
  for (let i = 0; i < ref.numRows; i++) {
    const line: Written[] = [];
    for (let j = 0; j < ref.numColumns; j++) line.push(writtenAt(i, j));
    written.push(line);
  }
  written.forEach((line, i) =>
    line.forEach((w, j) => {
      contents.set(ref.row - 1 + i, ref.column - 1 + j, w.content);
      if (w.format !== undefined) formats.set(ref.row - 1 + i, ref.column - 1 + j, w.format);
    }),
  );
}
