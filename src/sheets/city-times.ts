import { cityTimeCells } from '../domain/calendar-event';
import type { Locale } from '../domain/locale';
import { recordsOf } from '../domain/records';
import type { TableData } from './table';

/** Rewrites the Recife time and Nantes time cells of rows `first`..`last` that changed, one block per column. */
export function refreshCityTimes(data: TableData, first: number, last: number, language: Locale): void {
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
    if (changed) data.sheet.getRange(first, column + 1, wanted.length, 1).setValues(wanted);
  }
}
