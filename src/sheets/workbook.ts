import { LOCALES, normalizeLabel, toLocale, type Locale } from '../domain/locale';
import { TABLES, type Table, type TableKey } from '../domain/tables';
import { PROPERTY_KEYS, PROPERTY_LIMITS, readTabRecords, tabRecordsText, type Properties, type TabRecord } from '../properties';
import { recordColumns, recordHolds, stampedColumns, type StampedColumn } from './columns';
import { indexColumns, type ColumnIndex } from './table';
import { textMaker, type TextMaker } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The developer-metadata key that marks a tab as one of ours, whatever its name. */
export const TAB_KEY = 'mutirao.tab';

const tableKeys = new Set<string>(TABLES.map((t) => t.key));

/** Where a tab's columns are, and how that was learned. */
export interface Located {
  readonly columns: ColumnIndex;
  /** Where our metadata puts each column that carries it (all of them, where recorded, when the record held). */
  readonly stamped: ReadonlyMap<string, StampedColumn>;
  /** Whether setup's record of the tab still holds: its columns are where setup put them, under its headers. */
  readonly recorded: boolean;
}

/**
 * The group's spreadsheet as the add-on sees it: tabs found by their stable key, then by
 * their name in any language (a tab created by hand, or before the key existed). The keys
 * setup tagged are remembered by sheet ID in the document properties, so a call finds its
 * tabs with one getSheets() and a getSheetId() per sheet; only a tab missing from that record
 * sends it to the developer metadata (the finder, or, in a custom function, which may only
 * use get… methods, each sheet's getDeveloperMetadata()).
 *
 * Columns the same way (locate): where setup recorded them, checked against the header row the
 * read has anyway; else by the metadata setup stamped on each column; else by their header in
 * any language, whose words are read from the Messages pages only then.
 */
export class Workbook {
  private tabs: Map<TableKey, Sheet> | undefined;
  /** The tabs found by their key, as the objects tab() returns, with their sheet IDs. */
  private tagged: Map<Sheet, number> | undefined;
  private records: Map<number, TabRecord> | undefined;
  /** What setup laid out in this call, by tab, for rememberTabs. */
  private readonly laidOut = new Map<TableKey, NonNullable<TabRecord['laidOut']>>();
  private zone: string | undefined;
  private maker: TextMaker | undefined;

  constructor(
    readonly spreadsheet: Spreadsheet,
    private readonly app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    private readonly properties: () => Properties,
    /** False in a custom function: createDeveloperMetadataFinder is not a get… method. */
    private readonly metadataFinder = true,
  ) {}

  /** Rich text values, which the sheet stores as literal text (see write.ts). */
  get text(): TextMaker {
    this.maker ??= textMaker(this.app);
    return this.maker;
  }

  /** The zone of date cells; asked once per call, since every read and write needs it. */
  get timeZone(): string {
    this.zone ??= this.spreadsheet.getSpreadsheetTimeZone();
    return this.zone;
  }

  /** The language a new workbook gets, before Settings says otherwise. */
  get spreadsheetLocale(): Locale {
    return toLocale(this.spreadsheet.getSpreadsheetLocale());
  }

  tab(key: TableKey): Sheet | undefined {
    return this.findTabs().get(key);
  }

  /** Whether a tab is found by its key (true) or only by its name (false: setup should tag it). */
  isTagged(sheet: Sheet): boolean {
    this.findTabs();
    return this.tagged?.has(sheet) ?? false;
  }

  /**
   * Where a tab's columns are, for its header row (read by the caller): no call at all when
   * setup's record holds. Else a header in any language names its column first (its words read
   * from the Messages pages: a column cut and pasted elsewhere takes its header along, not its
   * metadata), and the metadata setup stamped finds the columns whose header was renamed; a
   * blank header is none (a blank row inserted above the header row blanks them all). Setup
   * (`stamping`) searches the metadata in any case, to stamp what lacks it.
   */
  locate(sheet: Sheet, table: Table, headerRow: readonly unknown[], stamping = false): Located {
    const laidOut = this.recordOf(sheet)?.laidOut;
    if (laidOut && recordHolds(laidOut.columns, table, headerRow)) {
      const columns = new Map(laidOut.columns.filter((c) => table.columns.some((d) => d.key === c.key)).map((c) => [c.key, c.index] as const));
      return { columns, stamped: new Map([...columns].map(([key, index]) => [key, { index }])), recorded: true };
    }
    const columns = new Map(indexColumns(table, headerRow));
    // A custom function may not search metadata (createDeveloperMetadataFinder is not a get… method).
    const search = table.columns.length > 0 && this.metadataFinder && (stamping || columns.size < table.columns.length);
    const stamped = search ? stampedColumns(sheet, table) : new Map<string, StampedColumn>();
    const taken = new Set(columns.values());
    for (const [key, { index }] of stamped) {
      const header = headerRow[index];
      if (columns.has(key) || taken.has(index) || typeof header !== 'string' || header.trim() === '') continue;
      columns.set(key, index);
      taken.add(index);
    }
    return { columns, stamped, recorded: false };
  }

  /** The columns of a tab for its header row (see locate): what readTable and appendTarget take. */
  readonly findColumns = (sheet: Sheet, table: Table, headerRow: readonly unknown[]): ColumnIndex => this.locate(sheet, table, headerRow).columns;

  /** Where setup recorded a column and the hash of its header, to read that column alone. */
  recordedColumn(sheet: Sheet, key: string): { readonly index: number; readonly header: string } | undefined {
    return this.recordOf(sheet)?.laidOut?.columns.find((c) => c.key === key);
  }

  /** Whether setup last laid this tab out in this language: its headers need no rewriting while its record holds. */
  laidOutIn(sheet: Sheet, language: Locale): boolean {
    return this.recordOf(sheet)?.laidOut?.language === language;
  }

  /** Setup laid a tab out (its columns and header row as now written): recorded by rememberTabs. */
  layOut(key: TableKey, language: Locale, columns: ColumnIndex, headerRow: readonly unknown[]): void {
    this.laidOut.set(key, { language, columns: recordColumns(columns, headerRow) });
  }

  private recordOf(sheet: Sheet): TabRecord | undefined {
    this.findTabs();
    const id = this.tagged?.get(sheet);
    return id === undefined ? undefined : this.records?.get(id);
  }

  /** Forget what was found, after tabs were created or renamed. */
  refresh(): void {
    this.tabs = undefined;
    this.tagged = undefined;
  }

  /** Records which sheet holds each tagged tab and how setup laid it out, when that changed (setup, under the lock). */
  rememberTabs(): void {
    const tabs = this.findTabs();
    const records = new Map<number, TabRecord>();
    for (const [key, sheet] of tabs) {
      const id = this.tagged?.get(sheet);
      const laidOut = this.laidOut.get(key);
      if (id !== undefined) records.set(id, laidOut ? { key, laidOut } : { key });
    }
    // Should the declarations outgrow one property (9 KB; about 3 KB today), the tabs alone are kept: columns go by their headers and metadata.
    const full = tabRecordsText(records);
    const text = full.length <= PROPERTY_LIMITS.valueBytes ? full : tabRecordsText(new Map([...records].map(([id, { key }]) => [id, { key }])));
    if (text !== tabRecordsText(this.records ?? new Map())) this.properties().setProperty(PROPERTY_KEYS.tabs, text);
  }

  private findTabs(): Map<TableKey, Sheet> {
    if (this.tabs) return this.tabs;
    const tabs = new Map<TableKey, Sheet>();
    const tagged = new Map<Sheet, number>();
    const sheets = this.spreadsheet.getSheets();
    const ids = sheets.map((sheet) => sheet.getSheetId());
    const take = (key: string | null, sheet: Sheet, id: number) => {
      if (!key || !tableKeys.has(key) || tabs.has(key as TableKey) || tagged.has(sheet)) return;
      tabs.set(key as TableKey, sheet);
      tagged.set(sheet, id);
    };
    this.records = readTabRecords(this.properties());
    const remembered = this.records;
    sheets.forEach((sheet, i) => take(remembered.get(ids[i] ?? -1)?.key ?? null, sheet, ids[i] ?? -1));
    if (tabs.size < TABLES.length) {
      if (this.metadataFinder) {
        // One finder call for every tab's key, whatever the number of tabs.
        for (const metadata of this.spreadsheet.createDeveloperMetadataFinder().withKey(TAB_KEY).find()) {
          const key = metadata.getValue();
          if (!key || tabs.has(key as TableKey)) continue;
          const sheet = metadata.getLocation().getSheet();
          const i = sheet ? ids.indexOf(sheet.getSheetId()) : -1;
          const listed = sheets[i];
          if (listed) take(key, listed, ids[i] ?? -1);
        }
      } else {
        for (const [i, sheet] of sheets.entries()) {
          if (tagged.has(sheet)) continue;
          for (const metadata of sheet.getDeveloperMetadata()) {
            if (metadata.getKey() === TAB_KEY) take(metadata.getValue(), sheet, ids[i] ?? -1);
          }
        }
      }
    }
    if (tabs.size < TABLES.length) {
      for (const sheet of sheets) {
        if (tagged.has(sheet)) continue;
        const table = tableNamed(sheet.getName());
        if (table && !tabs.has(table.key)) tabs.set(table.key, sheet);
      }
    }
    this.tabs = tabs;
    this.tagged = tagged;
    return tabs;
  }
}

/** The table whose name, in any language, is this tab's name. */
export function tableNamed(name: string): Table | undefined {
  const wanted = normalizeLabel(name);
  return TABLES.find((table) => LOCALES.some((locale) => normalizeLabel(table.name[locale]) === wanted));
}
