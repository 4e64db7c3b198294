import type { Doc } from './context';
import { byName, DeveloperMetadataLocationType, DeveloperMetadataVisibility, type EnumValue } from './enums';
import { SheetsError } from './errors';
import { RangeView } from './range';
import type { SheetView } from './sheet';
import type { SpreadsheetView } from './spreadsheet';
import type { MetadataLocation, MetadataRecord, SpreadsheetStore } from './store';

function isVisibility(v: unknown): boolean {
  return v === DeveloperMetadataVisibility.DOCUMENT || v === DeveloperMetadataVisibility.PROJECT;
}

/**
 * addDeveloperMetadata(key), (key, value), (key, visibility) and (key, value, visibility):
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#addDeveloperMetadata(String,String,DeveloperMetadataVisibility)
 */
export function addMetadata(store: SpreadsheetStore, location: MetadataLocation, key: string, second?: unknown, third?: unknown): void {
  const value = isVisibility(second) || second === undefined || second === null ? null : String(second);
  const visibility = isVisibility(second) ? second : isVisibility(third) ? third : DeveloperMetadataVisibility.DOCUMENT;
  store.metadata.push({ id: store.nextId(), key: String(key), value, visibility: String(visibility) as MetadataRecord['visibility'], location });
}

export function metadataAt(doc: Doc, match: (loc: MetadataLocation) => boolean): DeveloperMetadataView[] {
  return doc.store.metadata.filter((m) => match(m.location)).map((m) => new DeveloperMetadataView(doc, m.id));
}

/** Row and column metadata moves with its rows and columns, and goes when they are deleted. */
export function shiftMetadata(store: SpreadsheetStore, sheetId: number, type: 'ROW' | 'COLUMN', at: number, delta: number): void {
  store.metadata = store.metadata.filter((m) => {
    const loc = m.location;
    if (loc.type !== type || loc.sheetId !== sheetId) return true;
    if (delta > 0) {
      if (loc.start >= at) loc.start += delta;
      return true;
    }
    const end = at - delta;
    if (loc.start >= at && loc.start + loc.count <= end) return false;
    if (loc.start >= end) loc.start += delta;
    return true;
  });
}

/** Column metadata follows its columns when they are moved: `order[i]` is the former (0-based) column now at i. */
export function permuteColumnMetadata(store: SpreadsheetStore, sheetId: number, order: readonly number[]): void {
  for (const m of store.metadata) {
    const loc = m.location;
    if (loc.type === 'COLUMN' && loc.sheetId === sheetId) loc.start = order.indexOf(loc.start - 1) + 1;
  }
}

/**
 * A sheet's copy carries a copy of the metadata on the sheet, its rows and its columns. The
 * reference does not say whether Sheet.copyTo copies developer metadata; the emulator assumes
 * it does, the less convenient case: two tabs then carry one tab key, and the add-on must keep
 * to the tab it recorded.
 */
export function copySheetMetadata(store: SpreadsheetStore, from: number, to: number): void {
  const copies = store.metadata
    .filter((m) => m.location.type !== 'SPREADSHEET' && m.location.sheetId === from)
    .map((m) => ({ ...m, id: store.nextId(), location: { ...m.location, sheetId: to } as MetadataLocation }));
  store.metadata.push(...copies);
}

export class DeveloperMetadataLocationView {
  constructor(
    private readonly doc: Doc,
    private readonly location: MetadataLocation,
  ) {}

  private g(method: string): void {
    this.doc.env.guard('DeveloperMetadataLocation', method, 'read');
  }
  getLocationType(): EnumValue {
    this.g('getLocationType');
    return byName(DeveloperMetadataLocationType, this.location.type);
  }
  getSpreadsheet(): SpreadsheetView | null {
    this.g('getSpreadsheet');
    return this.location.type === 'SPREADSHEET' ? this.doc.spreadsheet() : null;
  }
  getSheet(): SheetView | null {
    this.g('getSheet');
    return this.location.type === 'SHEET' ? this.doc.sheet(this.location.sheetId) : null;
  }
  getRow(): RangeView | null {
    this.g('getRow');
    const loc = this.location;
    if (loc.type !== 'ROW') return null;
    const state = this.doc.sheet(loc.sheetId).state;
    return new RangeView(this.doc, loc.sheetId, { row: loc.start, column: 1, numRows: loc.count, numColumns: state.maxColumns });
  }
  getColumn(): RangeView | null {
    this.g('getColumn');
    const loc = this.location;
    if (loc.type !== 'COLUMN') return null;
    const state = this.doc.sheet(loc.sheetId).state;
    return new RangeView(this.doc, loc.sheetId, { row: 1, column: loc.start, numRows: state.maxRows, numColumns: loc.count });
  }
}

export class DeveloperMetadataView {
  constructor(
    private readonly doc: Doc,
    private readonly id: number,
  ) {}

  private g(method: string, need: 'read' | 'write'): MetadataRecord {
    this.doc.env.guard('DeveloperMetadata', method, need);
    const record = this.doc.store.metadata.find((m) => m.id === this.id);
    if (!record) throw new SheetsError('The developer metadata no longer exists.');
    return record;
  }
  getId(): number {
    return this.g('getId', 'read').id;
  }
  getKey(): string {
    return this.g('getKey', 'read').key;
  }
  getValue(): string | null {
    return this.g('getValue', 'read').value;
  }
  getVisibility(): EnumValue {
    return byName(DeveloperMetadataVisibility, this.g('getVisibility', 'read').visibility);
  }
  getLocation(): DeveloperMetadataLocationView {
    return new DeveloperMetadataLocationView(this.doc, this.g('getLocation', 'read').location);
  }
  setKey(key: string): DeveloperMetadataView {
    this.g('setKey', 'write').key = String(key);
    return this;
  }
  setValue(value: string | null): DeveloperMetadataView {
    this.g('setValue', 'write').value = value === null ? null : String(value);
    return this;
  }
  remove(): void {
    this.g('remove', 'write');
    this.doc.store.metadata = this.doc.store.metadata.filter((m) => m.id !== this.id);
  }
}

/** Searches the whole document, or one sheet and its rows and columns. */
export class DeveloperMetadataFinderView {
  private readonly tests: ((m: MetadataRecord) => boolean)[] = [];

  constructor(
    private readonly doc: Doc,
    sheetId: number | null,
  ) {
    if (sheetId !== null) this.tests.push((m) => m.location.type !== 'SPREADSHEET' && m.location.sheetId === sheetId);
  }

  private add(method: string, test: (m: MetadataRecord) => boolean): DeveloperMetadataFinderView {
    this.doc.env.guard('DeveloperMetadataFinder', method, 'read');
    this.tests.push(test);
    return this;
  }
  withKey(key: string): DeveloperMetadataFinderView {
    return this.add('withKey', (m) => m.key === key);
  }
  withValue(value: string): DeveloperMetadataFinderView {
    return this.add('withValue', (m) => m.value === value);
  }
  withId(id: number): DeveloperMetadataFinderView {
    return this.add('withId', (m) => m.id === id);
  }
  withLocationType(type: unknown): DeveloperMetadataFinderView {
    return this.add('withLocationType', (m) => m.location.type === String(type));
  }
  withVisibility(visibility: unknown): DeveloperMetadataFinderView {
    return this.add('withVisibility', (m) => m.visibility === String(visibility));
  }
  find(): DeveloperMetadataView[] {
    this.doc.env.guard('DeveloperMetadataFinder', 'find', 'read');
    if (this.doc.env.faults.metadataFinderFindsNothing === true) return [];
    return this.doc.store.metadata.filter((m) => this.tests.every((t) => t(m))).map((m) => new DeveloperMetadataView(this.doc, m.id));
  }
}
