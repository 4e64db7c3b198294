import { LOCALES, normalizeLabel, toLocale, type Locale } from '../domain/locale';
import { TABLES, type Table, type TableKey } from '../domain/tables';
import { textMaker, type TextMaker } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The developer-metadata key that marks a tab as one of ours, whatever its name. */
export const TAB_KEY = 'mutirao.tab';

const tableKeys = new Set<string>(TABLES.map((t) => t.key));

/**
 * The group's spreadsheet as the add-on sees it: tabs found by their stable key, then by
 * their name in any language (a tab created by hand, or before the key existed).
 */
export class Workbook {
  private tabs: Map<TableKey, Sheet> | undefined;
  private zone: string | undefined;
  private maker: TextMaker | undefined;

  constructor(
    readonly spreadsheet: Spreadsheet,
    private readonly app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  ) {}

  /** Rich text values, which the sheet stores as literal text (see writeCells). */
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

  /** The tabs found by their key, as the objects tab() returns. */
  private tagged: Set<Sheet> | undefined;

  private findTabs(): Map<TableKey, Sheet> {
    if (this.tabs) return this.tabs;
    const tabs = new Map<TableKey, Sheet>();
    const tagged = new Set<Sheet>();
    // One finder call for every tab's key, whatever the number of tabs.
    for (const metadata of this.spreadsheet.createDeveloperMetadataFinder().withKey(TAB_KEY).find()) {
      const key = metadata.getValue();
      const sheet = metadata.getLocation().getSheet();
      if (key && tableKeys.has(key) && sheet && !tabs.has(key as TableKey)) {
        tabs.set(key as TableKey, sheet);
        tagged.add(sheet);
      }
    }
    if (tabs.size < TABLES.length) {
      const taggedIds = new Set([...tagged].map((sheet) => sheet.getSheetId()));
      for (const sheet of this.spreadsheet.getSheets()) {
        if (taggedIds.has(sheet.getSheetId())) continue;
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
