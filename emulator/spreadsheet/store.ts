import { Grid } from './grid';
import { localeRules } from './locale';
import type { Content } from './values';

export interface GridRef {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ValidationRule {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ProtectionRecord {
  id: number;
  type: 'RANGE' | 'SHEET';
  range: GridRef | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

export interface ChartRecord {
  id: number;
  chartType: string | null;
  ranges: (GridRef & { sheetId: number })[];
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  options: Record<string, unknown>;
}

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'ROW' | 'COLUMN'; sheetId: number; start: number; count: number };

export interface MetadataRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** Every per-cell layer; row and column insertions move them all together. */
export interface Layers {
  contents: Grid<Content>;
  formats: Grid<string>;
  notes: Grid<string>;
  backgrounds: Grid<string>;
  fontWeights: Grid<string>;
  fontColors: Grid<string>;
  wraps: Grid<boolean>;
  horizontalAlignments: Grid<string>;
  verticalAlignments: Grid<string>;
  validations: Grid<ValidationRule>;
}

const LAYER_NAMES = [
  'contents',
  'formats',
  'notes',
  'backgrounds',
  'fontWeights',
  'fontColors',
  'wraps',
  'horizontalAlignments',
  'verticalAlignments',
  'validations',
] as const satisfies readonly (keyof Layers)[];

function emptyLayers(): Layers {
  return Object.fromEntries(LAYER_NAMES.map((name) => [name, new Grid()])) as unknown as Layers;
}

/** The size of a sheet that Sheets creates. */
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

export class SheetState {
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  columnWidths: Record<string, number> = {};
  layers: Layers = emptyLayers();
  protections: ProtectionRecord[] = [];
  charts: ChartRecord[] = [];

  constructor(
    public id: number,
    public name: string,
  ) {}

  allLayers(): Grid<unknown>[] {
    return LAYER_NAMES.map((name) => this.layers[name] as Grid<unknown>);
  }

  toJSON(): unknown {
    const { id, name, maxRows, maxColumns, frozenRows, frozenColumns, hidden, tabColor, columnWidths } = this;
    const layers = Object.fromEntries(LAYER_NAMES.map((n) => [n, this.layers[n].toJSON()]));
    return { id, name, maxRows, maxColumns, frozenRows, frozenColumns, hidden, tabColor, columnWidths, layers, protections: this.protections, charts: this.charts };
  }

  static fromJSON(json: Record<string, unknown>): SheetState {
    const sheet = new SheetState(Number(json['id']), String(json['name']));
    sheet.maxRows = Number(json['maxRows']);
    sheet.maxColumns = Number(json['maxColumns']);
    sheet.frozenRows = Number(json['frozenRows'] ?? 0);
    sheet.frozenColumns = Number(json['frozenColumns'] ?? 0);
    sheet.hidden = json['hidden'] === true;
    sheet.tabColor = typeof json['tabColor'] === 'string' ? json['tabColor'] : null;
    sheet.columnWidths = (json['columnWidths'] ?? {}) as Record<string, number>;
    const layers = (json['layers'] ?? {}) as Record<string, unknown>;
    for (const n of LAYER_NAMES) (sheet.layers as unknown as Record<string, Grid<unknown>>)[n] = Grid.fromJSON(layers[n]);
    sheet.protections = (json['protections'] ?? []) as ProtectionRecord[];
    sheet.charts = (json['charts'] ?? []) as ChartRecord[];
    return sheet;
  }
}

export interface StoreInit {
  id?: string;
  name?: string;
  locale?: string;
  timeZone?: string;
  url?: string;
}

/** All the state of one spreadsheet document, in plain data that survives JSON. */
export class SpreadsheetStore {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  url: string;
  sheets: SheetState[];
  activeSheetId: number;
  /** The range Range.activate() last selected (the user's selection), and how many times one was; not persisted. */
  selection: { readonly sheetId: number; readonly ref: GridRef; readonly count: number } | null = null;
  metadata: MetadataRecord[] = [];
  /** Every Spreadsheet.toast() shown, oldest first, for tests and the preview. */
  toasts: Toast[] = [];
  private lastId = 0;

  constructor(init: StoreInit = {}) {
    this.id = init.id ?? 'emulated-spreadsheet';
    this.name = init.name ?? 'Untitled spreadsheet';
    this.locale = init.locale ?? (process.env['MUTIRAO_LOCALE'] || 'en_US').replace('-', '_');
    this.timeZone = init.timeZone ?? 'America/Recife';
    this.url = init.url ?? `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
    // The first sheet of a new spreadsheet has gid 0.
    this.sheets = [new SheetState(0, localeRules(this.locale).defaultSheetName(1))];
    this.activeSheetId = 0;
  }

  /** Ids for sheets, metadata, protections and charts: unique within the document. */
  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  sheetById(id: number): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  toJSON(): unknown {
    const { id, name, locale, timeZone, url, activeSheetId, metadata, toasts, lastId } = this;
    const plain = { id, name, locale, timeZone, url, activeSheetId, metadata, toasts, lastId, sheets: this.sheets };
    // A deep copy, so the persisted snapshot never aliases live state.
    return JSON.parse(JSON.stringify(plain)) as unknown;
  }

  static fromJSON(json: unknown): SpreadsheetStore {
    const o = json as Record<string, unknown>;
    const store = new SpreadsheetStore({
      id: String(o['id']),
      name: String(o['name']),
      locale: String(o['locale']),
      timeZone: String(o['timeZone']),
      url: String(o['url']),
    });
    store.sheets = ((o['sheets'] ?? []) as Record<string, unknown>[]).map((s) => SheetState.fromJSON(s));
    store.activeSheetId = Number(o['activeSheetId'] ?? store.sheets[0]?.id ?? 0);
    store.metadata = (o['metadata'] ?? []) as MetadataRecord[];
    store.toasts = (o['toasts'] ?? []) as Toast[];
    store.lastId = Number(o['lastId'] ?? 0);
    return store;
  }
}
