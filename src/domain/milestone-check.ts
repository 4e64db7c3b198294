import './zod';
import type * as z from 'zod/mini';
import type { Milestone, Proposal } from './records';
import type { Problem } from './rows';

/**
 * Milestones of a proposal that exists but is not prioritized (Check): only the action plan has
 * milestones. An unknown proposal is the references' problem (rows.ts crossProblems).
 */
export function milestoneProblems(milestones: readonly Milestone[], proposals: readonly Proposal[]): Problem[] {
  const status = new Map(proposals.filter((p) => p.id).map((p) => [p.id, p.status] as const));
  return milestones.flatMap((m): Problem[] => {
    if (!m.proposal || !status.has(m.proposal) || status.get(m.proposal) === 'prioritized') return [];
    const issue = { code: 'custom', params: { key: 'notPrioritized', id: m.proposal }, input: m.proposal, path: [] } as unknown as z.core.$ZodRawIssue;
    return [{ table: 'milestones', row: m.row, column: 'proposal', issue }];
  });
}
