import { cityTimeCells } from '../domain/calendar-event';
import type { Locale } from '../domain/locale';
import { recordsOf } from '../domain/records';
import type { TableData } from './table';
import { writeBlock, type TextMaker } from './write';

/**
 * Rewrites the Recife time and Nantes time cells of rows `first`..`last` that changed, one block
 * per column, as literal text: typed, `27/03/2027 10:00` would become a date-time.
 */
export function refreshCityTimes(data: TableData, first: number, last: number, language: Locale, text: TextMaker): void {
  const byRow = new Map(recordsOf('meetings', data).map((meeting) => [meeting.row, cityTimeCells(meeting, language)] as const));
  for (const key of ['recifeTime', 'nantesTime'] as const) {
    const column = data.columns.get(key);
    if (column === undefined) continue;
    const wanted = [];
    let changed = false;
    for (let row = first; row <= last; row++) {
      const cell = byRow.get(row)?.[key] ?? '';
      wanted.push([cell]);
      if ((data.grid[row - 1]?.[column] ?? '') !== cell) changed = true;
    }
    if (changed) writeBlock({ sheet: data.sheet, row: first, column: column + 1, cells: wanted }, text);
  }
}
