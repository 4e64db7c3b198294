import type { Locale } from '../domain/locale';
import type { Column } from '../domain/tables';
import { isDate } from '../domain/time';
import { numberFormat } from './formats';
import { toCell, type Cell, type TableData } from './table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type RichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;

/**
 * The add-on's one writer: every cell it puts in a tab goes through this module, and how a cell
 * goes in follows its column's kind (tables.ts):
 *
 * - people's text (kind `text`, not an enum) is literal: Sheets must store it as it is, never
 *   read it as typing, where `=1+1` is a formula, `0012` a number and `2027-01-12` a date.
 *   In rows that a submission adds or changes it goes in as rich text, which Sheets stores
 *   literally whatever the cell's format
 *   (https://developers.google.com/apps-script/reference/spreadsheet/range#setRichTextValues(RichTextValue);
 *   setValues reads a string as typing: …/range#setValue(Object)). A column or grid rewritten
 *   whole (the Dashboard, the Log's scrubbed column) puts it behind Sheets' quote prefix (`'`)
 *   instead, in the same setValues: a rich text value costs a builder call per distinct text,
 *   which would grow with the rows.
 * - everything else, numbers, dates and the add-on's own labels (an enum's), is a plain value,
 *   under the number format of its kind (formats.ts).
 *
 * The calls depend on the columns, never on the rows: a block is one setNumberFormats (when
 * formats are given), one setValues for its plain values, and one setRichTextValues per run of
 * adjacent literal columns.
 */

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

/** Whether a declared column holds people's text, which the writer keeps literal. */
export const isLiteral = (column: Pick<Column, 'kind' | 'enum'>): boolean => column.kind === 'text' && column.enum === undefined;

/** How literal text goes in: rich text (rows a submission adds or changes), or behind the quote prefix (a block rewritten whole). */
export type Literal = TextMaker | 'quoted';

export interface Block {
  readonly sheet: Sheet;
  /** The top-left cell, 1-based. */
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (readonly Cell[])[];
  /** Each column's: whether its strings are literal text (see above); without it, every string is. */
  readonly literal?: readonly boolean[];
  /** Set first: each cell's number format. */
  readonly formats?: readonly (readonly string[])[];
}

/** Writes a block of cells, each the way its column's kind says (see the top of this module). */
export function writeBlock(block: Block, literal: Literal): void {
  const { sheet, row, column, cells } = block;
  const height = cells.length;
  const width = cells[0]?.length ?? 0;
  if (height === 0 || width === 0) return;
  let whole: GoogleAppsScript.Spreadsheet.Range | undefined;
  const range = () => (whole ??= sheet.getRange(row, column, height, width));
  if (block.formats) range().setNumberFormats(block.formats.map((line) => [...line]));
  const isLiteralColumn = (c: number) => block.literal?.[c] ?? true;
  if (literal === 'quoted') {
    range().setValues(cells.map((line) => line.map((cell, c) => (isLiteralColumn(c) ? quoted(cell) : cell))));
    return;
  }
  const richColumns = richRuns(cells, isLiteralColumn);
  if (richColumns.some((rich) => !rich)) {
    range().setValues(cells.map((line) => line.map((cell, c) => (richColumns[c] || (typeof cell === 'string' && isLiteralColumn(c)) ? '' : cell))));
  }
  for (let c = 0; c < width; ) {
    if (!richColumns[c]) {
      if (isLiteralColumn(c)) writeTextRuns(sheet, row, column + c, cells.map((line) => line[c] as Cell), literal);
      c++;
      continue;
    }
    let end = c;
    while (end + 1 < width && richColumns[end + 1]) end++;
    const texts = cells.map((line) => line.slice(c, end + 1).map((cell) => literal(cell as string)));
    sheet.getRange(row, column + c, height, end - c + 1).setRichTextValues(texts);
    c = end + 1;
  }
}

/**
 * Which columns go in as rich text: the literal ones holding strings alone, and between two of
 * them, the columns of the add-on's labels or blanks, which read the same either way, so that
 * one setRichTextValues covers the run instead of two.
 */
function richRuns(cells: readonly (readonly Cell[])[], isLiteralColumn: (c: number) => boolean): boolean[] {
  const width = cells[0]?.length ?? 0;
  const strings = Array.from({ length: width }, (_, c) => cells.every((line) => typeof line[c] === 'string'));
  const rich = strings.map((all, c) => all && isLiteralColumn(c));
  for (let c = 0; c < width; c++) {
    if (rich[c] || !strings[c]) continue;
    let end = c;
    while (end + 1 < width && strings[end + 1] && !rich[end + 1]) end++;
    if (rich[c - 1] && rich[end + 1]) rich.fill(true, c, end + 1);
    c = end;
  }
  return rich;
}

/** Behind the quote prefix, which makes Sheets read what follows as text. */
const quoted = (cell: Cell): Cell => (typeof cell === 'string' && cell !== '' ? `'${cell}` : cell);

/** The non-empty strings of a literal column that also holds values, one call per run of them. */
function writeTextRuns(sheet: Sheet, row: number, column: number, cells: readonly Cell[], text: TextMaker): void {
  for (let r = 0; r < cells.length; ) {
    const cell = cells[r];
    if (typeof cell !== 'string' || cell === '') {
      r++;
      continue;
    }
    let end = r;
    while (end + 1 < cells.length && typeof cells[end + 1] === 'string' && cells[end + 1] !== '') end++;
    sheet.getRange(row + r, column, end - r + 1, 1).setRichTextValues(cells.slice(r, end + 1).map((value) => [text(value as string)]));
    r = end + 1;
  }
}

/** What the row writers need of the workbook: its zone (date cells) and its rich text maker. */
export interface Writing {
  readonly timeZone: string;
  readonly text: TextMaker;
}

export interface RowChange {
  /** 1-based row number in the sheet. */
  readonly row: number;
  /** Values by column key; a key the tab lacks is refused by the caller beforehand (requireColumns). */
  readonly values: Readonly<Record<string, unknown>>;
}

/**
 * Writes the given cells of some rows, each with its column's format, and nothing else: the
 * row's other cells are never typed again (a `0012` stays text, a coordinator's formula stays).
 * Adjacent rows changing the same columns make one block, adjacent columns too; each block is
 * written by writeBlock, so the calls depend on the runs, never on the tab's size.
 */
export function writeRows(data: TableData, changes: readonly RowChange[], workbook: Writing, locale: Locale): void {
  const declared = new Map(data.table.columns.map((column) => [column.key, column] as const));
  const sorted = [...changes].sort((a, b) => a.row - b.row);
  const shape = (change: RowChange) => Object.keys(change.values).filter((key) => declared.has(key) && data.columns.has(key)).sort().join('\n');
  for (let i = 0; i < sorted.length; ) {
    let end = i;
    while (end + 1 < sorted.length && sorted[end + 1]!.row === sorted[end]!.row + 1 && shape(sorted[end + 1]!) === shape(sorted[i]!)) end++;
    const band = sorted.slice(i, end + 1);
    const columns = shape(band[0]!)
      .split('\n')
      .filter(Boolean)
      .map((key) => ({ key, index: data.columns.get(key)!, column: declared.get(key)! }))
      .sort((a, b) => a.index - b.index);
    for (let c = 0; c < columns.length; ) {
      let last = c;
      while (last + 1 < columns.length && columns[last + 1]!.index === columns[last]!.index + 1) last++;
      const run = columns.slice(c, last + 1);
      writeBlock(
        {
          sheet: data.sheet,
          row: band[0]!.row,
          column: run[0]!.index + 1,
          cells: band.map((change) => run.map(({ key, column }) => toCell(change.values[key], column, workbook.timeZone))),
          literal: run.map(({ column }) => isLiteral(column)),
          formats: formatsOf(run.map(({ column }) => column), band.length, locale),
        },
        workbook.text,
      );
      c = last + 1;
    }
    i = end + 1;
  }
}

/**
 * Each cell's format, or none when every column is text, whose format setup gave and whose cells
 * (rich text, or labels) read the same under any.
 */
function formatsOf(columns: readonly Column[], height: number, locale: Locale): string[][] | undefined {
  if (columns.every((column) => column.kind === 'text')) return undefined;
  const line = columns.map((column) => numberFormat(column.kind, locale));
  return Array.from({ length: height }, () => line);
}

/**
 * Replaces one column below the header with one write (a column the add-on recomputes whole:
 * supports counts, the calendar's columns, the Log's scrubbed column), and only when a cell
 * changed. People's text goes behind the quote prefix (see the top of this module); with
 * `format`, the column's number format is set first.
 */
export function rewriteColumn(data: TableData, key: string, cells: readonly Cell[], options: { readonly locale?: Locale } = {}): boolean {
  const index = data.columns.get(key);
  const column = data.table.columns.find((c) => c.key === key);
  if (index === undefined || !column || cells.length === 0) return false;
  if (cells.every((cell, i) => same(cell, data.grid[i + 1]?.[index] ?? ''))) return false;
  const format = options.locale === undefined ? undefined : numberFormat(column.kind, options.locale);
  writeBlock(
    {
      sheet: data.sheet,
      row: 2,
      column: index + 1,
      cells: cells.map((cell) => [cell]),
      // A string in a column of numbers or dates is text someone typed there (the add-on writes
      // none): rewritten, it stays text too (a typed '=1+2 in a count column).
      literal: [isLiteral(column) || column.kind !== 'text'],
      ...(format === undefined ? {} : { formats: cells.map(() => [format]) }),
    },
    'quoted',
  );
  return true;
}

const same = (a: Cell, b: Cell): boolean => (isDate(a) && isDate(b) ? a.getTime() === b.getTime() : a === b);

/**
 * Rewrites the notes of one column below the header with one write, and only when one changed:
 * `note` gives each row's next note from its current one (a coordinator's own words kept).
 */
export function rewriteNotes(data: TableData, key: string, note: (current: string, index: number) => string): boolean {
  const index = data.columns.get(key);
  const height = data.grid.length - 1;
  if (index === undefined || height < 1) return false;
  const range = data.sheet.getRange(2, index + 1, height, 1);
  const notes = range.getNotes();
  const next = notes.map((line, i) => [note(line[0] ?? '', i)]);
  if (next.every(([value], i) => value === (notes[i]?.[0] ?? ''))) return false;
  range.setNotes(next);
  return true;
}

/** A cell of a grid the add-on alone fills, with its look. */
export interface PaintedCell {
  readonly value: Cell;
  /** Whether a string is text to keep literal (people's words: a name, a title), rather than the add-on's own. */
  readonly literal: boolean;
  readonly format: string;
  readonly bold: boolean;
  readonly background: string | null;
}

/**
 * Paints a grid the add-on alone fills (the Dashboard) from its top-left cell: formats, values,
 * weights and backgrounds, one call each whatever its rows. Its text is rewritten whole, so it
 * goes behind the quote prefix (see the top of this module).
 */
export function paintGrid(sheet: Sheet, cells: readonly (readonly PaintedCell[])[]): void {
  const height = cells.length;
  const width = cells[0]?.length ?? 0;
  if (height === 0 || width === 0) return;
  const range = sheet.getRange(1, 1, height, width);
  const grid = <T>(f: (cell: PaintedCell) => T): T[][] => cells.map((line) => line.map(f));
  range.setNumberFormats(grid((cell) => cell.format));
  range.setValues(grid((cell) => (cell.literal ? quoted(cell.value) : cell.value)));
  range.setFontWeights(grid((cell) => (cell.bold ? 'bold' : 'normal')));
  range.setBackgrounds(grid((cell) => cell.background));
}

export interface BarChart {
  readonly title: string;
  /** 1-based: the first row of the bars, their labels' and their values' columns. */
  readonly firstRow: number;
  readonly numRows: number;
  readonly labelColumn: number;
  readonly valueColumn: number;
  /** The column the chart's top-left corner sits in. */
  readonly column: number;
}

/** A horizontal bar per row, 0–100 %, placed at the top of `column`. */
export function insertBarChart(sheet: Sheet, chart: BarChart): void {
  const { firstRow, numRows, labelColumn, valueColumn, title } = chart;
  const built = sheet
    .newChart()
    .asBarChart()
    .addRange(sheet.getRange(firstRow, labelColumn, numRows, 1))
    .addRange(sheet.getRange(firstRow, valueColumn, numRows, 1))
    .setPosition(1, chart.column, 0, 0)
    .setOption('title', title)
    .setOption('legend', { position: 'none' })
    .setOption('hAxis', { minValue: 0, maxValue: 1, format: 'percent' })
    .setOption('useFirstRowAsHeaders', true)
    .build();
  sheet.insertChart(built);
}
