import type { ServiceEnv } from '../env';
import { isIntlTimeZone } from '../timezone';
import { splitSheetName } from './a1';
import type { Doc } from './context';
import { SheetsError } from './errors';
import { localeRules } from './locale';
import { addMetadata, DeveloperMetadataFinderView, metadataAt, type DeveloperMetadataView } from './metadata';
import type { RangeView } from './range';
import { SheetView } from './sheet';
import { SheetState, type SpreadsheetStore } from './store';

/** Builds the shared context, with one view per sheet so views compare equal by identity. */
export function createDoc(env: ServiceEnv, store: SpreadsheetStore): Doc {
  const views = new Map<number, SheetView>();
  let spreadsheet: SpreadsheetView | undefined;
  const doc: Doc = {
    env,
    store,
    rules: () => localeRules(store.locale),
    spreadsheet: () => (spreadsheet ??= new SpreadsheetView(doc)),
    sheet: (id) => {
      if (!store.sheetById(id)) throw new SheetsError('Sheet not found (it was deleted).');
      let view = views.get(id);
      if (!view) {
        view = new SheetView(doc, id);
        views.set(id, view);
      }
      return view;
    },
  };
  return doc;
}

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet */
export class SpreadsheetView {
  constructor(private readonly doc: Doc) {}

  private g(method: string, need: 'read' | 'write'): SpreadsheetStore {
    this.doc.env.guard('Spreadsheet', method, need);
    return this.doc.store;
  }

  getId(): string {
    return this.g('getId', 'read').id;
  }
  getName(): string {
    return this.g('getName', 'read').name;
  }
  rename(name: string): void {
    this.g('rename', 'write').name = String(name);
  }
  getUrl(): string {
    return this.g('getUrl', 'read').url;
  }
  getSpreadsheetLocale(): string {
    return this.g('getSpreadsheetLocale', 'read').locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.g('setSpreadsheetLocale', 'write').locale = String(locale);
  }
  getSpreadsheetTimeZone(): string {
    return this.g('getSpreadsheetTimeZone', 'read').timeZone;
  }
  /** Stored serials are wall-clock times, so they keep their digits in the new zone. */
  setSpreadsheetTimeZone(timeZone: string): void {
    const store = this.g('setSpreadsheetTimeZone', 'write');
    if (!isIntlTimeZone(timeZone)) throw new SheetsError(`Invalid argument: ${timeZone}`);
    store.timeZone = timeZone;
  }

  getSheets(): SheetView[] {
    return this.g('getSheets', 'read').sheets.map((s) => this.doc.sheet(s.id));
  }
  getNumSheets(): number {
    return this.g('getNumSheets', 'read').sheets.length;
  }
  getSheetByName(name: string): SheetView | null {
    const state = this.g('getSheetByName', 'read').sheets.find((s) => s.name === name);
    return state ? this.doc.sheet(state.id) : null;
  }
  getSheetById(id: number): SheetView | null {
    const state = this.g('getSheetById', 'read').sheetById(id);
    return state ? this.doc.sheet(state.id) : null;
  }

  /** insertSheet(), (index), (name) or (name, index); the index is 0-based and the new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number): SheetView {
    const store = this.g('insertSheet', 'write');
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.defaultName();
    const position = typeof nameOrIndex === 'number' ? nameOrIndex : index ?? store.sheets.length;
    if (store.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new SheetsError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const state = new SheetState(store.nextId(), name);
    store.sheets.splice(Math.max(0, Math.min(position, store.sheets.length)), 0, state);
    store.activeSheetId = state.id;
    return this.doc.sheet(state.id);
  }

  private defaultName(): string {
    const { sheets } = this.doc.store;
    const rules = this.doc.rules();
    let n = sheets.length + 1;
    while (sheets.some((s) => s.name === rules.defaultSheetName(n))) n++;
    return rules.defaultSheetName(n);
  }

  deleteSheet(sheet: SheetView): void {
    const store = this.g('deleteSheet', 'write');
    const id = sheet.state.id;
    if (store.sheets.length === 1) throw new SheetsError('Sorry, it is not possible to delete all non-hidden sheets in a spreadsheet.');
    store.sheets = store.sheets.filter((s) => s.id !== id);
    // A sheet's metadata (its own, its rows' and its columns') goes with it.
    store.metadata = store.metadata.filter((m) => m.location.type === 'SPREADSHEET' || m.location.sheetId !== id);
    if (store.activeSheetId === id) store.activeSheetId = store.sheets[0]?.id ?? 0;
  }
  setActiveSheet(sheet: SheetView): SheetView {
    this.g('setActiveSheet', 'read').activeSheetId = sheet.state.id;
    return sheet;
  }
  getActiveSheet(): SheetView {
    const store = this.g('getActiveSheet', 'read');
    const id = store.sheetById(store.activeSheetId) ? store.activeSheetId : store.sheets[0]?.id ?? 0;
    return this.doc.sheet(id);
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(position: number): void {
    const store = this.g('moveActiveSheet', 'write');
    const state = store.sheetById(store.activeSheetId);
    if (!state) return;
    store.sheets = store.sheets.filter((s) => s !== state);
    store.sheets.splice(Math.max(0, Math.min(position - 1, store.sheets.length)), 0, state);
  }

  /** Toasts are recorded on the store rather than shown. */
  toast(message: unknown, title?: unknown, timeoutSeconds?: number): void {
    const store = this.g('toast', 'read');
    store.toasts.push({ message: String(message), title: title === undefined ? '' : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }

  addDeveloperMetadata(key: string, second?: unknown, third?: unknown): SpreadsheetView {
    addMetadata(this.g('addDeveloperMetadata', 'write'), { type: 'SPREADSHEET' }, key, second, third);
    return this;
  }
  /** Metadata attached to the spreadsheet itself. */
  getDeveloperMetadata(): DeveloperMetadataView[] {
    this.g('getDeveloperMetadata', 'read');
    return metadataAt(this.doc, (loc) => loc.type === 'SPREADSHEET');
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderView {
    this.g('createDeveloperMetadataFinder', 'read');
    return new DeveloperMetadataFinderView(this.doc, null);
  }

  /** An A1 range, on the named sheet ("'Membres'!A1:C3") or on the active sheet. */
  getRange(a1: string): RangeView {
    const store = this.g('getRange', 'read');
    const { sheetName, cells } = splitSheetName(String(a1));
    if (sheetName === null) return this.getActiveSheet().getRange(cells);
    const state = store.sheets.find((s) => s.name === sheetName);
    if (!state) throw new SheetsError('Range not found');
    return this.doc.sheet(state.id).getRange(cells);
  }
}
