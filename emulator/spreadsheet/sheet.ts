import { parseA1, splitSheetName } from './a1';
import { EmbeddedChartBuilderView, EmbeddedChartView } from './charts';
import { normalizeColor } from './colors';
import type { Doc } from './context';
import { SheetsError } from './errors';
import { displayValue } from './formats';
import type { Grid } from './grid';
import { addMetadata, copySheetMetadata, DeveloperMetadataFinderView, metadataAt, permuteColumnMetadata, shiftMetadata, type DeveloperMetadataView } from './metadata';
import { ProtectionView } from './protection';
import { checkRange, writeCells } from './cells';
import { RangeView } from './range';
import type { SpreadsheetView } from './spreadsheet';
import { SheetState } from './store';
import { isFormula } from './values';

const DEFAULT_COLUMN_WIDTH = 100;

/** https://developers.google.com/apps-script/reference/spreadsheet/sheet */
export class SheetView {
  constructor(
    private readonly doc: Doc,
    private readonly id: number,
  ) {}

  /** The live state; throws once the sheet is deleted. */
  get state(): SheetState {
    const state = this.doc.store.sheetById(this.id);
    if (!state) throw new SheetsError('Sheet not found (it was deleted).');
    return state;
  }

  private g(method: string, need: 'read' | 'write'): SheetState {
    this.doc.env.guard('Sheet', method, need);
    return this.state;
  }

  private range(row: number, column: number, numRows: number, numColumns: number): RangeView {
    const ref = { row, column, numRows, numColumns };
    checkRange(this.state, ref);
    return new RangeView(this.doc, this.id, ref);
  }

  getName(): string {
    return this.g('getName', 'read').name;
  }
  /** Sheet names are unique regardless of case. */
  setName(name: string): SheetView {
    const state = this.g('setName', 'write');
    const taken = this.doc.store.sheets.some((s) => s !== state && s.name.toLowerCase() === String(name).toLowerCase());
    if (taken) throw new SheetsError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    state.name = String(name);
    return this;
  }
  getSheetId(): number {
    return this.g('getSheetId', 'read').id;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    const state = this.g('getIndex', 'read');
    return this.doc.store.sheets.indexOf(state) + 1;
  }
  getParent(): SpreadsheetView {
    this.g('getParent', 'read');
    return this.doc.spreadsheet();
  }
  getMaxRows(): number {
    return this.g('getMaxRows', 'read').maxRows;
  }
  getMaxColumns(): number {
    return this.g('getMaxColumns', 'read').maxColumns;
  }
  /** Only values and formulas count, not notes or formats. */
  getLastRow(): number {
    return this.g('getLastRow', 'read').layers.contents.lastRow();
  }
  getLastColumn(): number {
    return this.g('getLastColumn', 'read').layers.contents.lastColumn();
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): RangeView {
    const state = this.g('getRange', 'read');
    if (typeof a === 'string') {
      const ref = parseA1(splitSheetName(a).cells, state.maxRows, state.maxColumns);
      return this.range(ref.row, ref.column, ref.numRows, ref.numColumns);
    }
    return this.range(a, column as number, numRows ?? 1, numColumns ?? 1);
  }
  getDataRange(): RangeView {
    const state = this.g('getDataRange', 'read');
    const { contents } = state.layers;
    return this.range(1, 1, Math.max(contents.lastRow(), 1), Math.max(contents.lastColumn(), 1));
  }

  private insertRows(at: number, howMany: number): void {
    const state = this.state;
    for (const grid of state.allLayers()) grid.insertRows(at - 1, howMany);
    state.maxRows += howMany;
    shiftMetadata(this.doc.store, this.id, 'ROW', at, howMany);
  }
  insertRowsAfter(afterPosition: number, howMany: number): SheetView {
    const state = this.g('insertRowsAfter', 'write');
    checkRange(state, { row: afterPosition, column: 1, numRows: 1, numColumns: 1 });
    this.insertRows(afterPosition + 1, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): SheetView {
    const state = this.g('insertRowsBefore', 'write');
    checkRange(state, { row: beforePosition, column: 1, numRows: 1, numColumns: 1 });
    this.insertRows(beforePosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetView {
    const state = this.g('insertColumnsAfter', 'write');
    checkRange(state, { row: 1, column: afterPosition, numRows: 1, numColumns: 1 });
    for (const grid of state.allLayers()) grid.insertColumns(afterPosition, howMany);
    state.maxColumns += howMany;
    shiftMetadata(this.doc.store, this.id, 'COLUMN', afterPosition + 1, howMany);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    const state = this.g('deleteColumns', 'write');
    checkRange(state, { row: 1, column: columnPosition, numRows: 1, numColumns: howMany });
    if (howMany >= state.maxColumns - state.frozenColumns) {
      throw new SheetsError('Sorry, it is not possible to delete all non-frozen columns.');
    }
    for (const grid of state.allLayers()) grid.deleteColumns(columnPosition - 1, howMany);
    state.maxColumns -= howMany;
    shiftMetadata(this.doc.store, this.id, 'COLUMN', columnPosition, -howMany);
  }
  /**
   * Moves the columns the range spans to before `destinationIndex` (1-based, counted before the
   * move), with everything in them: values, formats, notes and their developer metadata.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveColumns(Range,Integer)
   */
  moveColumns(columnSpec: RangeView, destinationIndex: number): void {
    const state = this.g('moveColumns', 'write');
    if (!(columnSpec instanceof RangeView)) throw new SheetsError("The parameters (" + typeof columnSpec + ",number) don't match the method signature for SpreadsheetApp.Sheet.moveColumns.");
    if (columnSpec.sheetIdOf() !== this.id) throw new SheetsError('The range must be on this sheet.');
    checkRange(state, { row: 1, column: destinationIndex, numRows: 1, numColumns: 1 });
    const { column, numColumns } = columnSpec.gridRef();
    const all = Array.from({ length: state.maxColumns }, (_, i) => i);
    const moved = all.slice(column - 1, column - 1 + numColumns);
    const rest = all.filter((c) => c < column - 1 || c >= column - 1 + numColumns);
    const at = rest.filter((c) => c < destinationIndex - 1).length;
    const order = [...rest.slice(0, at), ...moved, ...rest.slice(at)];
    for (const grid of state.allLayers()) grid.permuteColumns(order);
    permuteColumnMetadata(this.doc.store, this.id, order);
  }

  /**
   * Copies the sheet into a spreadsheet (here, the same one) as "Copy of <name>", at the end.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#copyTo(Spreadsheet)
   */
  copyTo(spreadsheet: unknown): SheetView {
    const state = this.g('copyTo', 'write');
    if (spreadsheet !== this.doc.spreadsheet()) throw new SheetsError('Emulator: Sheet.copyTo copies into the same spreadsheet only.');
    const store = this.doc.store;
    const copy = SheetState.fromJSON(JSON.parse(JSON.stringify(state.toJSON())) as Record<string, unknown>);
    copy.id = store.nextId();
    let name = `Copy of ${state.name}`;
    for (let n = 2; store.sheets.some((s) => s.name === name); n++) name = `Copy ${n} of ${state.name}`;
    copy.name = name;
    store.sheets.push(copy);
    copySheetMetadata(store, this.id, copy.id);
    return this.doc.sheet(copy.id);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const state = this.g('deleteRows', 'write');
    checkRange(state, { row: rowPosition, column: 1, numRows: howMany, numColumns: 1 });
    if (howMany >= state.maxRows - state.frozenRows) {
      throw new SheetsError('Sorry, it is not possible to delete all non-frozen rows.');
    }
    for (const grid of state.allLayers()) grid.deleteRows(rowPosition - 1, howMany);
    state.maxRows -= howMany;
    shiftMetadata(this.doc.store, this.id, 'ROW', rowPosition, -howMany);
  }
  deleteRow(rowPosition: number): SheetView {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  /** Writes after the last row with content, adding a row (or columns) when the sheet is full. */
  appendRow(rowContents: unknown[]): SheetView {
    const state = this.g('appendRow', 'write');
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw new SheetsError('The parameters () don\'t match the method signature for SpreadsheetApp.Sheet.appendRow.');
    }
    const row = state.layers.contents.lastRow() + 1;
    if (row > state.maxRows) state.maxRows = row;
    if (rowContents.length > state.maxColumns) state.maxColumns = rowContents.length;
    writeCells(this.doc, state, { row, column: 1, numRows: 1, numColumns: rowContents.length }, (_i, j) => rowContents[j]);
    return this;
  }

  setFrozenRows(rows: number): void {
    this.g('setFrozenRows', 'write').frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.g('getFrozenRows', 'read').frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.g('setFrozenColumns', 'write').frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.g('getFrozenColumns', 'read').frozenColumns;
  }

  addDeveloperMetadata(key: string, second?: unknown, third?: unknown): SheetView {
    this.g('addDeveloperMetadata', 'write');
    addMetadata(this.doc.store, { type: 'SHEET', sheetId: this.id }, key, second, third);
    return this;
  }
  /** Metadata attached to the sheet itself (not to its rows or columns). */
  getDeveloperMetadata(): DeveloperMetadataView[] {
    this.g('getDeveloperMetadata', 'read');
    return metadataAt(this.doc, (loc) => loc.type === 'SHEET' && loc.sheetId === this.id);
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderView {
    this.g('createDeveloperMetadataFinder', 'read');
    return new DeveloperMetadataFinderView(this.doc, this.id);
  }

  /** Returns the existing sheet protection when there is one, as Sheet.protect() does. */
  protect(): ProtectionView {
    const state = this.g('protect', 'write');
    let record = state.protections.find((p) => p.type === 'SHEET');
    if (!record) {
      record = { id: this.doc.store.nextId(), type: 'SHEET', range: null, description: '', warningOnly: false, editors: [] };
      state.protections.push(record);
    }
    return new ProtectionView(this.doc, this.id, record.id);
  }
  getProtections(type: unknown): ProtectionView[] {
    const state = this.g('getProtections', 'read');
    return state.protections.filter((p) => p.type === String(type)).map((p) => new ProtectionView(this.doc, this.id, p.id));
  }

  private clearLayers(names: (keyof SheetState['layers'])[]): void {
    const state = this.state;
    for (const name of names) (state.layers[name] as Grid<unknown>).clear(0, 0, state.maxRows, state.maxColumns);
  }
  /** "Clears the sheet of content and formatting information": notes and validations stay. */
  clear(): SheetView {
    this.g('clear', 'write');
    this.clearLayers(['contents', 'formats', 'backgrounds', 'fontWeights', 'fontColors', 'wraps', 'horizontalAlignments', 'verticalAlignments']);
    return this;
  }
  clearContents(): SheetView {
    this.g('clearContents', 'write');
    this.clearLayers(['contents']);
    return this;
  }
  clearNotes(): SheetView {
    this.g('clearNotes', 'write');
    this.clearLayers(['notes']);
    return this;
  }
  clearFormats(): SheetView {
    this.g('clearFormats', 'write');
    this.clearLayers(['formats', 'backgrounds', 'fontWeights', 'fontColors', 'wraps', 'horizontalAlignments', 'verticalAlignments']);
    return this;
  }

  newChart(): EmbeddedChartBuilderView {
    this.g('newChart', 'read');
    return new EmbeddedChartBuilderView(this.doc, this.id);
  }
  insertChart(chart: EmbeddedChartView): void {
    const state = this.g('insertChart', 'write');
    state.charts.push({ ...chart.snapshot(), id: this.doc.store.nextId() });
  }
  getCharts(): EmbeddedChartView[] {
    const state = this.g('getCharts', 'read');
    return state.charts.map((c) => new EmbeddedChartView(this.doc, this.id, JSON.parse(JSON.stringify(c)) as typeof c));
  }
  removeChart(chart: EmbeddedChartView): void {
    const state = this.g('removeChart', 'write');
    const id = chart.snapshot().id;
    state.charts = state.charts.filter((c) => c.id !== id);
  }
  updateChart(chart: EmbeddedChartView): void {
    const state = this.g('updateChart', 'write');
    const record = chart.snapshot();
    const index = state.charts.findIndex((c) => c.id === record.id);
    if (index < 0) throw new SheetsError('The chart is not on this sheet.');
    state.charts[index] = record;
  }

  setColumnWidth(column: number, width: number): SheetView {
    this.g('setColumnWidth', 'write').columnWidths[String(column)] = width;
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetView {
    const state = this.g('setColumnWidths', 'write');
    for (let c = startColumn; c < startColumn + numColumns; c++) state.columnWidths[String(c)] = width;
    return this;
  }
  getColumnWidth(column: number): number {
    return this.g('getColumnWidth', 'read').columnWidths[String(column)] ?? DEFAULT_COLUMN_WIDTH;
  }
  /** Approximates the fitted width from the longest shown text (about 7 px a character). */
  autoResizeColumns(startColumn: number, numColumns: number): SheetView {
    const state = this.g('autoResizeColumns', 'write');
    const { contents, formats } = state.layers;
    const rules = this.doc.rules();
    const lastRow = contents.lastRow();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 0; r < lastRow; r++) {
        const v = contents.get(r, c - 1);
        if (v === undefined || isFormula(v)) continue;
        longest = Math.max(longest, displayValue(v, formats.get(r, c - 1), rules).length);
      }
      state.columnWidths[String(c)] = Math.max(longest * 7 + 10, 21);
    }
    return this;
  }

  setTabColor(color: string | null): SheetView {
    this.g('setTabColor', 'write').tabColor = color === null ? null : normalizeColor(color);
    return this;
  }
  getTabColor(): string | null {
    return this.g('getTabColor', 'read').tabColor;
  }
  activate(): SheetView {
    this.g('activate', 'read');
    this.doc.store.activeSheetId = this.id;
    return this;
  }
  hideSheet(): SheetView {
    this.g('hideSheet', 'write').hidden = true;
    return this;
  }
  showSheet(): SheetView {
    this.g('showSheet', 'write').hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.g('isSheetHidden', 'read').hidden;
  }
}
