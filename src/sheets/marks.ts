/**
 * The add-on's marks on bad cells: a note and a background colour. A coordinator's own note
 * stays above ours, and a cell they coloured keeps its colour (it gets our note only), so
 * clearing our marks gives back exactly what they had. The cells we coloured are recorded
 * (see MarkRecord) because a colour alone cannot tell whose it is.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const MARK_BACKGROUND = '#fce8e6';
const PLAIN_BACKGROUND = '#ffffff';
/**
 * Starts our part of a note; everything before it is the coordinator's. Each writer has its
 * own marker (validation here, the calendar sync its own), so that one never clears the other's.
 */
export const NOTE_MARKER = '⚠ Mutirão: ';
const SEPARATOR = '\n\n';

export interface CellMark {
  /** 1-based sheet row. */
  readonly row: number;
  /** 0-based column index. */
  readonly column: number;
  readonly message: string;
}

/** Cells we coloured, as "row:column" (1-based row, 0-based column). */
export type ColouredCells = Set<string>;

const cellKey = (row: number, column: number) => `${row}:${column}`;

function theirNote(note: string, marker: string): string {
  const at = note.indexOf(marker);
  return at < 0 ? note : note.slice(0, at).trimEnd();
}

function withOurNote(base: string, messages: readonly string[], marker: string): string {
  const ours = marker + messages.join(`\n${marker}`);
  return base ? `${base}${SEPARATOR}${ours}` : ours;
}

/**
 * The note with our part (everything from `marker` on) replaced by `messages`, or removed
 * when there are none; the coordinator's part above it is kept as they wrote it.
 */
export function replaceOurNote(note: string, messages: readonly string[], marker = NOTE_MARKER): string {
  const base = theirNote(note, marker);
  return messages.length > 0 ? withOurNote(base, messages, marker) : base;
}

/**
 * Rewrites the marks of rows `first`..`last` (the cells of `marks` marked, every other cell of
 * the block cleared of our marks) with two reads and at most two writes; `coloured` is
 * updated in place (`byNote`: the record was lost, our cells are told by our note's marker).
 * Returns whether anything was written.
 */
export function applyMarks(sheet: Sheet, first: number, last: number, width: number, marks: readonly CellMark[], coloured: ColouredCells, byNote = false): boolean {
  if (last < first || width < 1) return false;
  const range = sheet.getRange(first, 1, last - first + 1, width);
  const notes = range.getNotes();
  const backgrounds = range.getBackgrounds();
  const byCell = new Map<string, string[]>();
  for (const mark of marks) {
    if (mark.row < first || mark.row > last || mark.column >= width) continue;
    const key = cellKey(mark.row, mark.column);
    byCell.set(key, [...(byCell.get(key) ?? []), mark.message]);
  }
  let notesChanged = false;
  let backgroundsChanged = false;
  for (let r = 0; r <= last - first; r++) {
    const noteRow = notes[r] as string[];
    const backgroundRow = backgrounds[r] as string[];
    for (let c = 0; c < width; c++) {
      const key = cellKey(first + r, c);
      const messages = byCell.get(key);
      const before = noteRow[c] ?? '';
      const note = replaceOurNote(before, messages ?? []);
      if (note !== before) {
        noteRow[c] = note;
        notesChanged = true;
      }
      // Without a record (too large for the properties), a cell is ours when our note says so.
      const ours = (byNote ? before.includes(NOTE_MARKER) : coloured.has(key)) && backgroundRow[c] === MARK_BACKGROUND;
      const wanted = messages ? (ours || backgroundRow[c] === PLAIN_BACKGROUND ? MARK_BACKGROUND : backgroundRow[c]) : ours ? PLAIN_BACKGROUND : backgroundRow[c];
      if (wanted !== backgroundRow[c]) {
        backgroundRow[c] = wanted as string;
        backgroundsChanged = true;
      }
      if (messages && wanted === MARK_BACKGROUND) coloured.add(key);
      else coloured.delete(key);
    }
  }
  if (notesChanged) range.setNotes(notes);
  if (backgroundsChanged) range.setBackgrounds(backgrounds);
  return notesChanged || backgroundsChanged;
}
