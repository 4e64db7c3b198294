import { nextMilestoneText, plansByProposal } from '../domain/action-plan';
import { cellText } from '../domain/cells';
import type { Locale } from '../domain/locale';
import type { Milestone } from '../domain/records';
import { numberFormat } from '../sheets/formats';
import type { Cell, TableData } from '../sheets/table';
import { writeCells, type TextMaker } from '../sheets/write';

/**
 * Writes Proposals › Progress and Next milestone from the Milestones tab (PRODUCT.md §2):
 * blank for a proposal without milestones. Each column is written with one block (and the
 * Progress column's percentage format with one call) only when one of its cells changed, so
 * saving a milestone or refreshing costs the same at 30 and 3,000 proposals. The columns are
 * the add-on's (computed and protected), so nothing a person typed is lost; Next milestone
 * holds a milestone's title, written as rich text so it stays text.
 */
export function writeProposalPlans(data: TableData, milestones: readonly Milestone[], language: Locale, text: TextMaker): void {
  const id = data.columns.get('id');
  const height = data.grid.length - 1;
  if (id === undefined || height < 1) return;
  const plans = plansByProposal(milestones);
  const lines = data.grid.slice(1);
  const planOf = (line: readonly Cell[]) => plans.get(cellText(line[id]));
  writeColumn(data, 'progress', lines.map((line) => planOf(line)?.progress ?? ''), text, numberFormat('percent', language));
  writeColumn(data, 'nextMilestone', lines.map((line) => nextMilestoneText(planOf(line)?.next, language)), text);
}

function writeColumn(data: TableData, key: string, cells: readonly Cell[], text: TextMaker, format?: string): void {
  const column = data.columns.get(key);
  if (column === undefined) return;
  if (cells.every((cell, i) => cell === (data.grid[i + 1]?.[column] ?? ''))) return;
  if (format) data.sheet.getRange(2, column + 1, cells.length, 1).setNumberFormat(format);
  writeCells(data.sheet, 2, column + 1, cells.map((cell) => [cell]), text);
}
