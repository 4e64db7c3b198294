import type { Locale } from '../domain/locale';
import { cityTimes, formatLocalTime } from '../domain/meetings';
import { isIsoDate, isTimeZone, isWallTime } from '../domain/time';
import type { TableData } from '../sheets/table';

/** The Recife and Nantes cells of one meeting row: blank while its date, start or zone is not valid. */
export function cityCells(values: Readonly<Record<string, unknown>>, language: Locale): [string, string] {
  const date = typeof values['date'] === 'string' ? values['date'] : '';
  const start = typeof values['start'] === 'string' ? values['start'].trim() : '';
  const zone = typeof values['timeZone'] === 'string' ? values['timeZone'].trim() : '';
  if (!isIsoDate(date) || !isWallTime(start) || !isTimeZone(zone)) return ['', ''];
  const times = cityTimes({ date, start, timeZone: zone });
  return [formatLocalTime(times.recife, language), formatLocalTime(times.nantes, language)];
}

/** Rewrites the Recife time and Nantes time cells of rows `first`..`last` that changed, one block per column. */
export function refreshCityTimes(data: TableData, first: number, last: number, language: Locale): void {
  const byRow = new Map(data.rows.map((r) => [r.row, r.values] as const));
  for (const [index, key] of [[0, 'recifeTime'], [1, 'nantesTime']] as const) {
    const column = data.columns.get(key);
    if (column === undefined) continue;
    const wanted = [];
    let changed = false;
    for (let row = first; row <= last; row++) {
      const values = byRow.get(row);
      const cell = values ? cityCells(values, language)[index] : '';
      wanted.push([cell]);
      if ((data.grid[row - 1]?.[column] ?? '') !== cell) changed = true;
    }
    if (changed) data.sheet.getRange(first, column + 1, wanted.length, 1).setValues(wanted);
  }
}
