import { a1Notation } from './a1';
import { checkRange, checkShape, writeCells, writeTexts } from './cells';
import { normalizeColor } from './colors';
import type { Doc } from './context';
import { SheetsError } from './errors';
import { DEFAULT_NUMBER_FORMAT, displayValue } from './formats';
import type { Grid } from './grid';
import { addMetadata, metadataAt } from './metadata';
import { ProtectionView } from './protection';
import type { SheetView } from './sheet';
import type { GridRef, SheetState } from './store';
import { RichTextValueView, richTextOf } from './rich-text';
import { isFormula, readValue } from './values';
import { DataValidationView, ruleOf } from './validation';
import type { DeveloperMetadataView } from './metadata';

const DEFAULT_BACKGROUND = '#ffffff';
const DEFAULT_FONT_COLOR = '#000000';

export class RangeView {
  private readonly ref: GridRef;

  constructor(
    private readonly doc: Doc,
    private readonly sheetId: number,
    ref: GridRef,
  ) {
    this.ref = { ...ref };
  }

  private g(method: string, need: 'read' | 'write'): SheetState {
    this.doc.env.guard('Range', method, need);
    return this.doc.sheet(this.sheetId).state;
  }

  /** The same area as plain data, for records such as protections and charts. */
  gridRef(): GridRef {
    return { ...this.ref };
  }

  sheetIdOf(): number {
    return this.sheetId;
  }

  private map<T, R>(grid: Grid<T>, f: (v: T | undefined, r: number, c: number) => R): R[][] {
    const { row, column, numRows, numColumns } = this.ref;
    const out: R[][] = new Array<R[]>(numRows);
    for (let i = 0; i < numRows; i++) {
      const line = new Array<R>(numColumns);
      for (let j = 0; j < numColumns; j++) line[j] = f(grid.get(row - 1 + i, column - 1 + j), row - 1 + i, column - 1 + j);
      out[i] = line;
    }
    return out;
  }

  private each(f: (r: number, c: number, i: number, j: number) => void): void {
    const { row, column, numRows, numColumns } = this.ref;
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numColumns; j++) f(row - 1 + i, column - 1 + j, i, j);
  }

  /** Selects the range in the editor: its sheet becomes the active one (…/reference/spreadsheet/range#activate()). */
  activate(): RangeView {
    this.g('activate', 'read');
    const store = this.doc.store;
    store.activeSheetId = this.sheetId;
    store.selection = { sheetId: this.sheetId, ref: this.gridRef(), count: (store.selection?.count ?? 0) + 1 };
    return this;
  }

  getRow(): number {
    this.g('getRow', 'read');
    return this.ref.row;
  }
  getColumn(): number {
    this.g('getColumn', 'read');
    return this.ref.column;
  }
  getLastRow(): number {
    this.g('getLastRow', 'read');
    return this.ref.row + this.ref.numRows - 1;
  }
  getLastColumn(): number {
    this.g('getLastColumn', 'read');
    return this.ref.column + this.ref.numColumns - 1;
  }
  getNumRows(): number {
    this.g('getNumRows', 'read');
    return this.ref.numRows;
  }
  getNumColumns(): number {
    this.g('getNumColumns', 'read');
    return this.ref.numColumns;
  }
  getSheet(): SheetView {
    this.g('getSheet', 'read');
    return this.doc.sheet(this.sheetId);
  }
  getA1Notation(): string {
    this.g('getA1Notation', 'read');
    return a1Notation(this.ref);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeView {
    const sheet = this.g('offset', 'read');
    const ref = {
      row: this.ref.row + rowOffset,
      column: this.ref.column + columnOffset,
      numRows: numRows ?? this.ref.numRows,
      numColumns: numColumns ?? this.ref.numColumns,
    };
    checkRange(sheet, ref);
    return new RangeView(this.doc, this.sheetId, ref);
  }

  /** Date cells read in the spreadsheet's zone; the dateCellsInScriptZone fault uses the script's. */
  private readZone(): string {
    return this.doc.env.faults.dateCellsInScriptZone === true ? this.doc.env.scriptTimeZone() : this.doc.store.timeZone;
  }

  getValues(): unknown[][] {
    const sheet = this.g('getValues', 'read');
    const { formats } = sheet.layers;
    const tz = this.readZone();
    return this.map(sheet.layers.contents, (v, r, c) => readValue(v, formats.get(r, c), tz));
  }
  getValue(): unknown {
    const sheet = this.g('getValue', 'read');
    const r = this.ref.row - 1;
    const c = this.ref.column - 1;
    return readValue(sheet.layers.contents.get(r, c), sheet.layers.formats.get(r, c), this.readZone());
  }
  setValues(values: unknown[][]): RangeView {
    const sheet = this.g('setValues', 'write');
    const rows = checkShape(this.ref, values, 'setValues');
    writeCells(this.doc, sheet, this.ref, (i, j) => rows[i]?.[j]);
    return this;
  }
  /** Writes the same value into every cell of the range, as Apps Script does. */
  setValue(value: unknown): RangeView {
    const sheet = this.g('setValue', 'write');
    writeCells(this.doc, sheet, this.ref, () => value);
    return this;
  }

  /**
   * Rich text is text: a cell holding a number, boolean, date or formula has none (null).
   * An empty cell reads as empty text (assumed).
   * https://developers.google.com/apps-script/reference/spreadsheet/range#getRichTextValue()
   */
  getRichTextValues(): (RichTextValueView | null)[][] {
    const sheet = this.g('getRichTextValues', 'read');
    return this.map(sheet.layers.contents, (v) => this.richText(v));
  }
  getRichTextValue(): RichTextValueView | null {
    const sheet = this.g('getRichTextValue', 'read');
    return this.richText(sheet.layers.contents.get(this.ref.row - 1, this.ref.column - 1));
  }
  private richText(v: unknown): RichTextValueView | null {
    if (v === undefined) return new RichTextValueView(this.doc.env, '');
    return typeof v === 'string' ? new RichTextValueView(this.doc.env, v) : null;
  }
  /**
   * Stores the text literally (never parsed, apostrophe kept) and leaves the number format alone.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setRichTextValues(RichTextValue)
   */
  setRichTextValues(values: unknown[][]): RangeView {
    const sheet = this.g('setRichTextValues', 'write');
    const rows = checkShape(this.ref, values, 'setRichTextValues');
    const texts = rows.map((row) => row.map((v) => richTextOf(v, 'setRichTextValues')));
    writeTexts(this.doc, sheet, this.ref, (i, j) => texts[i]?.[j] ?? '');
    return this;
  }
  /** Writes the same rich text into every cell of the range. */
  setRichTextValue(value: unknown): RangeView {
    const sheet = this.g('setRichTextValue', 'write');
    const text = richTextOf(value, 'setRichTextValue');
    writeTexts(this.doc, sheet, this.ref, () => text);
    return this;
  }

  getDisplayValues(): string[][] {
    const sheet = this.g('getDisplayValues', 'read');
    const { formats } = sheet.layers;
    const rules = this.doc.rules();
    return this.map(sheet.layers.contents, (v, r, c) =>
      v === undefined || isFormula(v) ? '' : displayValue(v, formats.get(r, c), rules),
    );
  }
  getDisplayValue(): string {
    const sheet = this.g('getDisplayValue', 'read');
    const r = this.ref.row - 1;
    const c = this.ref.column - 1;
    const v = sheet.layers.contents.get(r, c);
    return v === undefined || isFormula(v) ? '' : displayValue(v, sheet.layers.formats.get(r, c), this.doc.rules());
  }

  getFormulas(): string[][] {
    const sheet = this.g('getFormulas', 'read');
    return this.map(sheet.layers.contents, (v) => (isFormula(v) ? v.f : ''));
  }
  getFormula(): string {
    const sheet = this.g('getFormula', 'read');
    const v = sheet.layers.contents.get(this.ref.row - 1, this.ref.column - 1);
    return isFormula(v) ? v.f : '';
  }
  setFormula(formula: string): RangeView {
    const sheet = this.g('setFormula', 'write');
    writeCells(this.doc, sheet, this.ref, () => formula);
    return this;
  }
  setFormulas(formulas: string[][]): RangeView {
    const sheet = this.g('setFormulas', 'write');
    const rows = checkShape(this.ref, formulas, 'setFormulas');
    writeCells(this.doc, sheet, this.ref, (i, j) => rows[i]?.[j]);
    return this;
  }

  getNotes(): string[][] {
    const sheet = this.g('getNotes', 'read');
    return this.map(sheet.layers.notes, (v) => v ?? '');
  }
  getNote(): string {
    const sheet = this.g('getNote', 'read');
    return sheet.layers.notes.get(this.ref.row - 1, this.ref.column - 1) ?? '';
  }
  setNotes(notes: (string | null)[][]): RangeView {
    const sheet = this.g('setNotes', 'write');
    const rows = checkShape(this.ref, notes, 'setNotes');
    this.each((r, c, i, j) => sheet.layers.notes.set(r, c, textOrNothing(rows[i]?.[j])));
    return this;
  }
  setNote(note: string | null): RangeView {
    const sheet = this.g('setNote', 'write');
    this.each((r, c) => sheet.layers.notes.set(r, c, textOrNothing(note)));
    return this;
  }
  clearNote(): RangeView {
    const sheet = this.g('clearNote', 'write');
    sheet.layers.notes.clear(this.ref.row - 1, this.ref.column - 1, this.ref.numRows, this.ref.numColumns);
    return this;
  }

  getBackgrounds(): string[][] {
    const sheet = this.g('getBackgrounds', 'read');
    return this.map(sheet.layers.backgrounds, (v) => v ?? DEFAULT_BACKGROUND);
  }
  getBackground(): string {
    const sheet = this.g('getBackground', 'read');
    return sheet.layers.backgrounds.get(this.ref.row - 1, this.ref.column - 1) ?? DEFAULT_BACKGROUND;
  }
  setBackgrounds(colors: (string | null)[][]): RangeView {
    const sheet = this.g('setBackgrounds', 'write');
    const rows = checkShape(this.ref, colors, 'setBackgrounds');
    this.each((r, c, i, j) => sheet.layers.backgrounds.set(r, c, colorOrNothing(rows[i]?.[j])));
    return this;
  }
  setBackground(color: string | null): RangeView {
    const sheet = this.g('setBackground', 'write');
    this.each((r, c) => sheet.layers.backgrounds.set(r, c, colorOrNothing(color)));
    return this;
  }

  getNumberFormats(): string[][] {
    const sheet = this.g('getNumberFormats', 'read');
    return this.map(sheet.layers.formats, (v) => v ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    const sheet = this.g('getNumberFormat', 'read');
    return sheet.layers.formats.get(this.ref.row - 1, this.ref.column - 1) ?? DEFAULT_NUMBER_FORMAT;
  }
  setNumberFormat(format: string): RangeView {
    const sheet = this.g('setNumberFormat', 'write');
    this.each((r, c) => sheet.layers.formats.set(r, c, format));
    return this;
  }
  setNumberFormats(formats: string[][]): RangeView {
    const sheet = this.g('setNumberFormats', 'write');
    const rows = checkShape(this.ref, formats, 'setNumberFormats');
    this.each((r, c, i, j) => sheet.layers.formats.set(r, c, textOrNothing(rows[i]?.[j])));
    return this;
  }

  getDataValidations(): (DataValidationView | null)[][] {
    const sheet = this.g('getDataValidations', 'read');
    return this.map(sheet.layers.validations, (v) => (v ? new DataValidationView(this.doc.env, v) : null));
  }
  getDataValidation(): DataValidationView | null {
    const sheet = this.g('getDataValidation', 'read');
    const v = sheet.layers.validations.get(this.ref.row - 1, this.ref.column - 1);
    return v ? new DataValidationView(this.doc.env, v) : null;
  }
  setDataValidation(rule: DataValidationView | null): RangeView {
    const sheet = this.g('setDataValidation', 'write');
    const record = rule ? ruleOf(rule) : undefined;
    this.each((r, c) => sheet.layers.validations.set(r, c, record));
    return this;
  }
  setDataValidations(rules: (DataValidationView | null)[][]): RangeView {
    const sheet = this.g('setDataValidations', 'write');
    const rows = checkShape(this.ref, rules, 'setDataValidations') as (DataValidationView | null)[][];
    this.each((r, c, i, j) => {
      const rule = rows[i]?.[j];
      sheet.layers.validations.set(r, c, rule ? ruleOf(rule) : undefined);
    });
    return this;
  }
  clearDataValidations(): RangeView {
    const sheet = this.g('clearDataValidations', 'write');
    sheet.layers.validations.clear(this.ref.row - 1, this.ref.column - 1, this.ref.numRows, this.ref.numColumns);
    return this;
  }

  clearContent(): RangeView {
    const sheet = this.g('clearContent', 'write');
    sheet.layers.contents.clear(this.ref.row - 1, this.ref.column - 1, this.ref.numRows, this.ref.numColumns);
    return this;
  }
  /** "Clears the range of contents and formats": notes and validation rules stay. */
  clear(): RangeView {
    const sheet = this.g('clear', 'write');
    const { layers } = sheet;
    for (const grid of [layers.contents, layers.formats, layers.backgrounds, layers.fontWeights, layers.fontColors, layers.wraps, layers.horizontalAlignments, layers.verticalAlignments] as Grid<unknown>[]) {
      grid.clear(this.ref.row - 1, this.ref.column - 1, this.ref.numRows, this.ref.numColumns);
    }
    return this;
  }

  protect(): ProtectionView {
    const sheet = this.g('protect', 'write');
    const record = { id: this.doc.store.nextId(), type: 'RANGE' as const, range: this.gridRef(), description: '', warningOnly: false, editors: [] };
    sheet.protections.push(record);
    return new ProtectionView(this.doc, this.sheetId, record.id);
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): RangeView {
    const sheet = this.g('addDeveloperMetadata', 'write');
    const { row, column, numRows, numColumns } = this.ref;
    if (column === 1 && numColumns === sheet.maxColumns) {
      addMetadata(this.doc.store, { type: 'ROW', sheetId: this.sheetId, start: row, count: numRows }, key, valueOrVisibility, visibility);
    } else if (row === 1 && numRows === sheet.maxRows) {
      addMetadata(this.doc.store, { type: 'COLUMN', sheetId: this.sheetId, start: column, count: numColumns }, key, valueOrVisibility, visibility);
    } else {
      throw new SheetsError(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
    }
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataView[] {
    const sheet = this.g('getDeveloperMetadata', 'read');
    const { row, column, numRows, numColumns } = this.ref;
    const rows = column === 1 && numColumns === sheet.maxColumns;
    const columns = row === 1 && numRows === sheet.maxRows;
    return metadataAt(this.doc, (loc) => {
      if (loc.type !== 'ROW' && loc.type !== 'COLUMN') return false;
      if (loc.sheetId !== this.sheetId) return false;
      if (loc.type === 'ROW') return rows && loc.start === row && loc.count === numRows;
      return columns && loc.start === column && loc.count === numColumns;
    });
  }

  private style<T>(grid: Grid<T>, value: T | undefined): RangeView {
    this.each((r, c) => grid.set(r, c, value));
    return this;
  }
  private styles<T>(grid: Grid<T>, values: unknown, method: string, convert: (v: unknown) => T | undefined): RangeView {
    const rows = checkShape(this.ref, values, method);
    this.each((r, c, i, j) => grid.set(r, c, convert(rows[i]?.[j])));
    return this;
  }

  setFontWeight(weight: string | null): RangeView {
    return this.style(this.g('setFontWeight', 'write').layers.fontWeights, textOrNothing(weight));
  }
  setFontWeights(weights: (string | null)[][]): RangeView {
    return this.styles(this.g('setFontWeights', 'write').layers.fontWeights, weights, 'setFontWeights', textOrNothing);
  }
  getFontWeights(): string[][] {
    return this.map(this.g('getFontWeights', 'read').layers.fontWeights, (v) => v ?? 'normal');
  }
  getFontWeight(): string {
    return this.g('getFontWeight', 'read').layers.fontWeights.get(this.ref.row - 1, this.ref.column - 1) ?? 'normal';
  }
  setFontColor(color: string | null): RangeView {
    return this.style(this.g('setFontColor', 'write').layers.fontColors, colorOrNothing(color));
  }
  setFontColors(colors: (string | null)[][]): RangeView {
    return this.styles(this.g('setFontColors', 'write').layers.fontColors, colors, 'setFontColors', colorOrNothing);
  }
  getFontColors(): string[][] {
    return this.map(this.g('getFontColors', 'read').layers.fontColors, (v) => v ?? DEFAULT_FONT_COLOR);
  }
  getFontColor(): string {
    return this.g('getFontColor', 'read').layers.fontColors.get(this.ref.row - 1, this.ref.column - 1) ?? DEFAULT_FONT_COLOR;
  }
  setWrap(wrap: boolean): RangeView {
    return this.style(this.g('setWrap', 'write').layers.wraps, wrap);
  }
  setHorizontalAlignment(alignment: string | null): RangeView {
    return this.style(this.g('setHorizontalAlignment', 'write').layers.horizontalAlignments, textOrNothing(alignment));
  }
  setVerticalAlignment(alignment: string | null): RangeView {
    return this.style(this.g('setVerticalAlignment', 'write').layers.verticalAlignments, textOrNothing(alignment));
  }
}

function textOrNothing(v: unknown): string | undefined {
  return v === null || v === undefined || v === '' ? undefined : String(v);
}

function colorOrNothing(v: unknown): string | undefined {
  const text = textOrNothing(v);
  return text === undefined ? undefined : normalizeColor(text);
}
