import type { Table } from '../domain/tables';
import type { RecordedColumn } from '../properties';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The developer-metadata key setup stamps on each of our columns, its value the column's key
 * (tables.ts). Metadata on a column moves with it when columns are inserted or moved, and goes
 * when it is deleted (https://developers.google.com/sheets/api/guides/metadata), so a column
 * is found whatever its header says or where it went.
 */
export const COLUMN_KEY = 'mutirao.column';

/** A short hash of a header cell as read back, so the record of a tab fits one property. */
export function headerHash(cell: unknown): string {
  const text = String(cell ?? '');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** The columns as recorded for a header row, to check the next reads against. */
export function recordColumns(columns: ReadonlyMap<string, number>, headerRow: readonly unknown[]): RecordedColumn[] {
  return [...columns].map(([key, index]) => ({ key, index, header: headerHash(headerRow[index]) }));
}

/**
 * Whether the record still describes the tab: every declared column is in it, and each header
 * it recorded is still where it was. A column inserted, moved or deleted before ours, or a
 * header renamed, sends the reader to the metadata.
 */
export function recordHolds(recorded: readonly RecordedColumn[], table: Table, headerRow: readonly unknown[]): boolean {
  const keys = new Set(recorded.map((c) => c.key));
  return table.columns.every((c) => keys.has(c.key)) && recorded.every((c) => headerHash(headerRow[c.index]) === c.header);
}

/** A column carrying our metadata: where it is, and the metadata (absent when known from setup's record). */
export interface StampedColumn {
  readonly index: number;
  readonly metadata?: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

/** Where each column carrying our metadata is (0-based), with one finder call for the tab and a few getters per column. */
export function stampedColumns(sheet: Sheet, table: Table): Map<string, StampedColumn> {
  const declared = new Set(table.columns.map((c) => c.key));
  const columns = new Map<string, StampedColumn>();
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
    const key = metadata.getValue();
    if (!key || !declared.has(key) || columns.has(key)) continue;
    const column = metadata.getLocation().getColumn();
    if (column) columns.set(key, { index: column.getColumn() - 1, metadata });
  }
  return columns;
}

/**
 * Stamps our key on the columns that lack it (setup, under the lock): one call or two per
 * column, once. A column found elsewhere than its metadata says (cut and pasted: the metadata
 * stayed) gets it anew, where it now is.
 */
export function stampColumns(sheet: Sheet, columns: ReadonlyMap<string, number>, stamped: ReadonlyMap<string, StampedColumn>): void {
  for (const [key, index] of columns) {
    const present = stamped.get(key);
    if (present?.index === index) continue;
    present?.metadata?.remove();
    const letters = columnLetters(index + 1);
    sheet.getRange(`${letters}:${letters}`).addDeveloperMetadata(COLUMN_KEY, key);
  }
}

/** A1 letters of a 1-based column: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
