import type { Locale } from '../domain/locale';
import { MEETINGS } from '../domain/tables';
import { replaceOurNote } from '../sheets/marks';

/** The sync's own part of an Event ID note; distinct from validation's marker, so a check never clears it. */
export const SYNC_NOTE_MARKER = '⚠ Mutirão · Agenda: ';
import { readTable } from '../sheets/table';
import { rewriteColumn, rewriteNotes } from '../sheets/write';
import type { Call } from './call';

/** What the sync learnt about one meeting's row; undefined fields are left as they are. */
export interface RowUpdate {
  readonly eventId?: string;
  /** A date: when the calendar was last changed for it; '' to clear. */
  readonly synced?: Date | '';
  readonly recifeTime?: string;
  readonly nantesTime?: string;
  readonly videoLink?: string;
  /** The guests' answers as this run read them; '' once the meeting has no event. */
  readonly going?: number | '';
  readonly maybe?: number | '';
  readonly notGoing?: number | '';
  readonly noReply?: number | '';
  /**
   * The sync's part of the note on the Event ID cell (why the meeting did not sync, who was
   * left out), none once all is well. A coordinator's own note on the cell is kept (marks.ts).
   */
  readonly notes?: readonly string[];
}

const COLUMNS = ['eventId', 'synced', 'recifeTime', 'nantesTime', 'videoLink', 'going', 'maybe', 'notGoing', 'noReply'] as const;

/** An update for the meeting that was on `row` with this ID when the sync read the tab. */
export interface RowTarget {
  readonly row: number;
  readonly id: string;
  readonly update: RowUpdate;
}

/**
 * Writes the sync's findings back with a constant number of calls: the tab is read again
 * (under the document lock), each update lands on its row if that row still has its ID,
 * else on the row that now has it (rows moved during a long sync), then each changed
 * column is written as one block, and the Event ID notes as one block (only the sync's part
 * of each note changes). Columns and notes that did not change are not written at all.
 */
export function writeRowUpdates(call: Call, updates: readonly RowTarget[], language: Locale): number {
  const sheet = call.workbook.tab('meetings');
  if (!sheet || updates.length === 0) return 0;
  const data = readTable(sheet, MEETINGS, call.workbook.timeZone, undefined, call.workbook.findColumns);
  const idColumn = data.columns.get('id');
  if (idColumn === undefined || data.grid.length < 2) return 0;
  const body = data.grid.slice(1);
  const idAt = (i: number): string => String(body[i]?.[idColumn] ?? '').trim();
  const rowOfId = new Map<string, number>();
  body.forEach((_, i) => {
    if (idAt(i) !== '' && !rowOfId.has(idAt(i))) rowOfId.set(idAt(i), i);
  });
  const target: (RowUpdate | undefined)[] = new Array<RowUpdate | undefined>(body.length);
  for (const { row, id, update } of updates) {
    const i = idAt(row - 2) === id ? row - 2 : rowOfId.get(id);
    if (i !== undefined && target[i] === undefined) target[i] = update;
  }
  let written = 0;
  for (const key of COLUMNS) {
    const column = data.columns.get(key);
    if (column === undefined) continue;
    const cells = body.map((line, i) => target[i]?.[key] ?? line[column] ?? '');
    if (rewriteColumn(data, key, cells, { locale: language })) written++;
  }
  if (target.some((u) => u?.notes !== undefined)) {
    if (rewriteNotes(data, 'eventId', (before, i) => {
      const ours = target[i]?.notes;
      return ours === undefined ? before : replaceOurNote(before, ours, SYNC_NOTE_MARKER);
    })) written++;
  }
  return written;
}
