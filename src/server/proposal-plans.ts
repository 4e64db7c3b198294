import { nextMilestoneText, plansByProposal } from '../domain/action-plan';
import { cellText } from '../domain/cells';
import type { Locale } from '../domain/locale';
import type { Milestone } from '../domain/records';
import type { Cell, TableData } from '../sheets/table';
import { rewriteColumn } from '../sheets/write';

/**
 * Writes Proposals › Progress and Next milestone from the Milestones tab (PRODUCT.md §2):
 * blank for a proposal without milestones. Each column is rewritten with one write, and only
 * when one of its cells changed, so saving a milestone or refreshing costs the same at 30 and
 * 3,000 proposals. The columns are the add-on's (computed and protected), so nothing a person
 * typed is lost; a milestone's title stays text (sheets/write.ts).
 */
export function writeProposalPlans(data: TableData, milestones: readonly Milestone[], language: Locale): void {
  const id = data.columns.get('id');
  if (id === undefined || data.grid.length < 2) return;
  const plans = plansByProposal(milestones);
  const lines = data.grid.slice(1);
  const planOf = (line: readonly Cell[]) => plans.get(cellText(line[id]));
  rewriteColumn(data, 'progress', lines.map((line) => planOf(line)?.progress ?? ''), { locale: language });
  rewriteColumn(data, 'nextMilestone', lines.map((line) => nextMilestoneText(planOf(line)?.next, language)));
}
