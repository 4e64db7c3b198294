import { LOCALES, normalizeLabel, toLocale, type Locale } from '../domain/locale';
import { TABLES, type Table, type TableKey } from '../domain/tables';
import { PROPERTY_KEYS, readTabIds, tabIdsText, type Properties } from '../properties';
import { textMaker, type TextMaker } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The developer-metadata key that marks a tab as one of ours, whatever its name. */
export const TAB_KEY = 'mutirao.tab';

const tableKeys = new Set<string>(TABLES.map((t) => t.key));

/**
 * The group's spreadsheet as the add-on sees it: tabs found by their stable key, then by
 * their name in any language (a tab created by hand, or before the key existed). The keys
 * setup tagged are remembered by sheet ID in the document properties, so a call finds its
 * tabs with one getSheets() and a getSheetId() per sheet; only a tab missing from that record
 * sends it to the developer metadata (the finder, or, in a custom function, which may only
 * use get… methods, each sheet's getDeveloperMetadata()).
 */
export class Workbook {
  private tabs: Map<TableKey, Sheet> | undefined;
  /** The tabs found by their key, as the objects tab() returns, with their sheet IDs. */
  private tagged: Map<Sheet, number> | undefined;
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

  /** Forget what was found, after tabs were created or renamed. */
  refresh(): void {
    this.tabs = undefined;
    this.tagged = undefined;
  }

  /** Records which sheet holds each tagged tab, when that changed (setup, under the lock). */
  rememberTabs(): void {
    const tabs = this.findTabs();
    const ids = new Map<number, string>();
    for (const [key, sheet] of tabs) {
      const id = this.tagged?.get(sheet);
      if (id !== undefined) ids.set(id, key);
    }
    const properties = this.properties();
    const text = tabIdsText(ids);
    if (text !== tabIdsText(readTabIds(properties))) properties.setProperty(PROPERTY_KEYS.tabs, text);
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
    const remembered = readTabIds(this.properties());
    sheets.forEach((sheet, i) => take(remembered.get(ids[i] ?? -1) ?? null, sheet, ids[i] ?? -1));
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
