import type { Cell, TableData } from './table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * What erasure and the personal-data export need of whole tabs (src/server/personal-data.ts):
 * every cell and every note, read with one call, and written back only where something
 * changed, with one call per changed column (values) or per tab (notes), whatever the rows.
 */

/** Every value of a tab, as the sheet returns them. */
export function readGrid(sheet: Sheet): Cell[][] {
  return sheet.getDataRange().getValues() as Cell[][];
}

/** Every note of a tab, '' where there is none. */
export function readNotes(sheet: Sheet): string[][] {
  return sheet.getDataRange().getNotes();
}

/** Rewrites a tab's notes through `change` with one write, and only when one changed. */
export function rewriteAllNotes(sheet: Sheet, change: (notes: readonly (readonly string[])[]) => string[][]): boolean {
  const range = sheet.getDataRange();
  const before = range.getNotes();
  const after = change(before);
  if (!after.some((line, r) => line.some((note, c) => note !== before[r]?.[c]))) return false;
  range.setNotes(after);
  return true;
}

/**
 * Rewrites the cells below a tab's header through `change`, one setValues per column that
 * changed. Text goes in behind Sheets' quote prefix, so nothing written back (`=1+1`, `0012`)
 * becomes a formula or a number; a formula a coordinator put in that column is written back as
 * the formula it was; other values as they were read.
 */
export function rewriteText(data: TableData, change: (body: readonly (readonly Cell[])[]) => Cell[][]): boolean {
  if (data.grid.length < 2) return false;
  const body = data.grid.slice(1);
  const after = change(body);
  const changed = [...Array(data.width).keys()].filter((c) => after.some((line, r) => line[c] !== body[r]?.[c]));
  if (changed.length === 0) return false;
  const formulas = data.sheet.getRange(2, 1, body.length, data.width).getFormulas();
  for (const c of changed) {
    const cells = after.map((line, r) => {
      const formula = formulas[r]?.[c] ?? '';
      if (formula !== '') return [formula];
      const cell = line[c] ?? '';
      return [typeof cell === 'string' && cell !== '' ? `'${cell}` : cell];
    });
    data.sheet.getRange(2, c + 1, body.length, 1).setValues(cells);
  }
  return true;
}
