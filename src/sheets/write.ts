import type { Cell } from './table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type RichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;

/** Makes a rich text value holding `text` (SpreadsheetApp.newRichTextValue()). */
export type TextMaker = (text: string) => RichTextValue;

/** One builder serves every value (build() makes a value and leaves the builder usable), and each text is built once. */
export function textMaker(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp): TextMaker {
  const made = new Map<string, RichTextValue>();
  let builder: GoogleAppsScript.Spreadsheet.RichTextValueBuilder | undefined;
  return (text) => {
    let value = made.get(text);
    if (!value) {
      builder ??= app.newRichTextValue();
      value = builder.setText(text).build();
      made.set(text, value);
    }
    return value;
  };
}

/**
 * Writes a block of cells whose top-left corner is (row, column), 1-based. Strings go in as
 * rich text, which Sheets stores literally: `=1+1`, `+33 1 40 00`, `0012`, `2027-01-12`,
 * `TRUE` or `'90s fair` stay the text they are, whatever the cell's number format
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setRichTextValues(RichTextValue);
 * setValues reads a string as typing: …/range#setValue(Object)). Numbers, dates and booleans go
 * in with one setValues. The calls depend on the columns, never on the rows: one setValues,
 * and one setRichTextValues per run of adjacent text columns (a column mixing text and values,
 * which the add-on's tables do not produce, gets one per run of text cells).
 */
export function writeCells(sheet: Sheet, row: number, column: number, cells: readonly (readonly Cell[])[], text: TextMaker): void {
  const height = cells.length;
  const width = cells[0]?.length ?? 0;
  if (height === 0 || width === 0) return;
  const isText = (c: number) => cells.every((line) => typeof line[c] === 'string');
  const textColumns = Array.from({ length: width }, (_, c) => isText(c));
  if (textColumns.some((t) => !t)) {
    sheet.getRange(row, column, height, width).setValues(cells.map((line) => line.map((cell) => (typeof cell === 'string' ? '' : cell))));
  }
  for (let c = 0; c < width; ) {
    if (!textColumns[c]) {
      writeTextRuns(sheet, row, column + c, cells.map((line) => line[c] as Cell), text);
      c++;
      continue;
    }
    let end = c;
    while (end + 1 < width && textColumns[end + 1]) end++;
    const block = cells.map((line) => line.slice(c, end + 1).map((cell) => text(cell as string)));
    sheet.getRange(row, column + c, height, end - c + 1).setRichTextValues(block);
    c = end + 1;
  }
}

const isText = (cell: Cell | undefined): cell is string => typeof cell === 'string' && cell !== '';

/** The strings of a column (those `which` picks: every non-empty one by default) that also holds values, one call per run of them. */
function writeTextRuns(sheet: Sheet, row: number, column: number, cells: readonly Cell[], text: TextMaker, which: (cell: Cell | undefined) => boolean = isText): void {
  for (let r = 0; r < cells.length; ) {
    const cell = cells[r];
    if (!which(cell)) {
      r++;
      continue;
    }
    let end = r;
    while (end + 1 < cells.length && which(cells[end + 1])) end++;
    sheet.getRange(row + r, column, end - r + 1, 1).setRichTextValues(cells.slice(r, end + 1).map((value) => [text(value as string)]));
    r = end + 1;
  }
}

/**
 * Writes a block of a tab the add-on alone fills (the Dashboard) with one setValues, whatever
 * its rows: each string goes behind Sheets' quote prefix (`'`), which makes a typed value text,
 * so a member's name or a proposal's title can never become a formula or a number there. Rich
 * text would cost a builder call per distinct text, and the Dashboard lists one row per late
 * member. Under a plain-text format that keeps the prefix literally, this stays safe, at worst
 * showing the apostrophe.
 */
export function writeQuotedCells(sheet: Sheet, row: number, column: number, cells: readonly (readonly Cell[])[]): void {
  if (cells.length === 0 || (cells[0]?.length ?? 0) === 0) return;
  const quoted = cells.map((line) => line.map((cell) => (typeof cell === 'string' && cell !== '' ? `'${cell}` : cell)));
  sheet.getRange(row, column, cells.length, cells[0]?.length ?? 0).setValues(quoted);
}

/**
 * Whether typing `text` could give something else than that text: a formula (`=`), a number or
 * a sign (`+33…`, `-5`, `0012`, `1,5`, `12%`), a mention (`@`), a quote prefix (`'`) or a
 * boolean. Deliberately broad; what it lets through (an event ID, a link, "27/03/2027 14:00" in
 * a plain-text column) goes in as it is typed.
 */
export function typingMayChange(text: string): boolean {
  const trimmed = text.trim();
  return /^[=+\-@']/.test(trimmed) || /^[\d\s.,]+%?$/.test(trimmed) || /^(true|false|vrai|faux|verdadeiro|falso)$/i.test(trimmed);
}

/**
 * Writes back one column the add-on read and partly changed (the calendar sync's read-back),
 * with calls that do not depend on its rows: one setValues, and rich text only for the strings
 * typing could change (see writeCells), which exist only where someone typed them by hand: a
 * `'=1+2` in a row the sync left alone stays text.
 */
export function writeBackColumn(sheet: Sheet, row: number, column: number, cells: readonly Cell[], text: TextMaker): void {
  if (cells.length === 0) return;
  const risky = (cell: Cell | undefined): boolean => typeof cell === 'string' && typingMayChange(cell);
  sheet.getRange(row, column, cells.length, 1).setValues(cells.map((cell) => [risky(cell) ? '' : cell]));
  writeTextRuns(sheet, row, column, cells, text, risky);
}
