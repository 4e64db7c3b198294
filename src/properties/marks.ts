import type { ColouredCells } from '../sheets/marks';
import { PROPERTY_KEYS, PROPERTY_LIMITS } from '.';

/**
 * Where the cells we coloured are remembered between runs: document properties, one entry
 * per tab, as runs of rows per column ("3:2-40,7:12") so that thousands of marks fit; long
 * records are split across numbered entries, each under a value's limit (the text is ASCII,
 * so a character is a byte). A record that would not fit in a tab's share of the store
 * (MAX_CHUNKS entries, so that every tab's together stay far below the 500 KB of the store)
 * is replaced by BY_NOTE: our coloured cells are then those whose note carries our marker.
 */

const CHUNK = Math.min(8000, PROPERTY_LIMITS.valueBytes);
const MAX_CHUNKS = 4;
const BY_NOTE = '*';

/** A tab's record: the cells we coloured, or 'by-note' when they are found by our note's marker. */
export type MarkRecord = ColouredCells | 'by-note';

export function encodeCells(cells: ColouredCells): string {
  const byColumn = new Map<number, number[]>();
  for (const key of cells) {
    const [row, column] = key.split(':').map(Number) as [number, number];
    byColumn.set(column, [...(byColumn.get(column) ?? []), row]);
  }
  const parts: string[] = [];
  for (const [column, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0] as number;
    let previous = start;
    const runs: string[] = [];
    for (const row of [...rows.slice(1), Infinity]) {
      if (row === previous + 1) {
        previous = row;
        continue;
      }
      runs.push(start === previous ? String(start) : `${start}-${previous}`);
      start = row;
      previous = row;
    }
    parts.push(`${column}:${runs.join('.')}`);
  }
  return parts.join(',');
}

export function decodeCells(text: string): ColouredCells {
  const cells: ColouredCells = new Set();
  for (const part of text.split(',')) {
    const [column, runs] = part.split(':');
    if (!column || !runs) continue;
    for (const run of runs.split('.')) {
      const [from, to = from] = run.split('-').map(Number);
      if (from === undefined || to === undefined || !Number.isFinite(from) || !Number.isFinite(to)) continue;
      for (let row = from; row <= to; row++) cells.add(`${row}:${column}`);
    }
  }
  return cells;
}

export function readRecord(all: Readonly<Record<string, string>>, tab: string): MarkRecord {
  if (all[PROPERTY_KEYS.marks(tab, 0)] === BY_NOTE) return 'by-note';
  let text = '';
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const chunk = all[PROPERTY_KEYS.marks(tab, i)];
    if (!chunk) break;
    text += chunk;
  }
  return decodeCells(text);
}

/** The entries that store a tab's record, including blanks for chunks it no longer needs. */
export function recordEntries(all: Readonly<Record<string, string>>, tab: string, record: MarkRecord): Record<string, string> {
  const encoded = record === 'by-note' ? BY_NOTE : encodeCells(record);
  const text = encoded.length > CHUNK * MAX_CHUNKS ? BY_NOTE : encoded;
  const entries: Record<string, string> = {};
  for (let i = 0; i * CHUNK < text.length && i < MAX_CHUNKS; i++) entries[PROPERTY_KEYS.marks(tab, i)] = text.slice(i * CHUNK, (i + 1) * CHUNK);
  for (let i = Object.keys(entries).length; i < MAX_CHUNKS && all[PROPERTY_KEYS.marks(tab, i)]; i++) entries[PROPERTY_KEYS.marks(tab, i)] = '';
  return entries;
}
