import { cellText } from '../domain/cells';
import type { TableData } from '../sheets/table';
import { rewriteColumn } from '../sheets/write';

/**
 * Writes Proposals › Supports from a tally with one setValues, and only when a count changed;
 * rows without an ID are left blank. The column is the add-on's (computed), so nothing a
 * person typed is lost.
 */
export function writeSupportCounts(data: TableData, counts: ReadonlyMap<string, number>): void {
  const column = data.columns.get('supports');
  const id = data.columns.get('id');
  const height = data.grid.length - 1;
  if (column === undefined || id === undefined || height < 1) return;
  const cells = data.grid.slice(1).map((line) => {
    const proposal = cellText(line[id]);
    return proposal ? (counts.get(proposal) ?? 0) : '';
  });
  rewriteColumn(data, 'supports', cells);
}
