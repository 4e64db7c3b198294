import './zod';
import * as z from 'zod/mini';
import * as f from './fields';
import type { Member, Proposal, Support } from './records';
import { requireWhen } from './requirements';
import { standingProposal } from './own';
import type { Problem } from './rows';

/**
 * Which rows of the Supports tab count (PRODUCT.md §2), and why the others do not. The sheet
 * may hold anything people typed; a support counts only when it names an existing proposal
 * and an active member who is not its author, once per pair, and within the member's limit
 * (their first rows, in sheet order). Pure: the server, refreshProgress and Check share it.
 */

export type SupportFlaw = 'unknownProposal' | 'unknownMember' | 'ownProposal' | 'duplicateSupport' | 'overLimit' | 'inactiveSupporter' | 'withdrawnProposal';

export interface SupportVerdict {
  readonly support: Support;
  /** Why it counts nowhere; undefined when it counts. */
  readonly flaw?: SupportFlaw;
  /** For a duplicate: the row of the pair's support that counts. */
  readonly counted?: number;
}

export interface SupportTally {
  readonly verdicts: readonly SupportVerdict[];
  /** Counted supports by proposal ID. */
  readonly byProposal: ReadonlyMap<string, number>;
  /** Counted supports by member ID. */
  readonly byMember: ReadonlyMap<string, number>;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

export function tallySupports(supports: readonly Support[], members: readonly Member[], proposals: readonly Proposal[], limit: number): SupportTally {
  const memberById = new Map(members.filter((m) => m.id).map((m) => [m.id, m] as const));
  const authorOf = new Map(proposals.filter((p) => p.id).map((p) => [p.id, p.member] as const));
  // Supports of a withdrawn proposal go back to their members: they count nowhere, nor against the limit.
  const withdrawn = new Set(proposals.filter((p) => p.id && !standingProposal(p)).map((p) => p.id));
  const seen = new Map<string, number>();
  const byProposal = new Map<string, number>();
  const byMember = new Map<string, number>();
  const verdicts = supports.filter((s) => s.proposal || s.member).map((support): SupportVerdict => {
    const member = memberById.get(support.member);
    const author = authorOf.get(support.proposal);
    const pair = `${support.proposal}\u0000${support.member}`;
    const flaw: SupportFlaw | undefined =
      author === undefined ? 'unknownProposal'
      : member === undefined ? 'unknownMember'
      : !member.active ? 'inactiveSupporter'
      : withdrawn.has(support.proposal) ? 'withdrawnProposal'
      : author === member.id ? 'ownProposal'
      : seen.has(pair) ? 'duplicateSupport'
      : (byMember.get(member.id) ?? 0) >= limit ? 'overLimit'
      : undefined;
    if (flaw === 'duplicateSupport') return { support, flaw, counted: seen.get(pair) ?? 0 };
    if (!flaw) {
      seen.set(pair, support.row);
      bump(byProposal, support.proposal);
      bump(byMember, support.member);
    }
    return flaw ? { support, flaw } : { support };
  });
  return { verdicts, byProposal, byMember };
}

const custom = (key: string, params: Record<string, unknown>): z.core.$ZodRawIssue =>
  ({ code: 'custom', params: { key, ...params }, input: undefined, path: [] }) as unknown as z.core.$ZodRawIssue;

/**
 * Check's problems with the Supports tab beyond each cell's own rule and unknown IDs (which
 * the columns' declarations give): the rows that count nowhere because of a mistake, and why.
 * A support of a member who became inactive or asked to be erased is no mistake: it simply
 * stops counting (PRODUCT.md §2), and nobody is asked to fix it.
 */
export function supportProblems(tally: SupportTally, limit: number): Problem[] {
  return tally.verdicts.flatMap(({ support, flaw, counted }): Problem[] => {
    // A withdrawn proposal's supports are the add-on's doing, not a mistake in the sheet.
    if (!flaw || flaw === 'unknownProposal' || flaw === 'unknownMember' || flaw === 'inactiveSupporter' || flaw === 'withdrawnProposal') return [];
    const column = flaw === 'duplicateSupport' ? 'proposal' : 'member';
    return [{ table: 'supports', row: support.row, column, issue: custom(flaw, { rows: counted ?? '', count: limit }) }];
  });
}

/** The caller's counted supports, by proposal ID. */
export function supportedBy(tally: SupportTally, memberId: string): Set<string> {
  return new Set(tally.verdicts.filter((v) => !v.flaw && v.support.member === memberId).map((v) => v.support.proposal));
}

/**
 * The proposals of one objective most supported first (ties: the earlier submitted, then the
 * sheet order), the `count` first that have at least one support.
 */
export function mostSupported<P extends { readonly id: string; readonly objective: string }>(proposals: readonly P[], counts: ReadonlyMap<string, number>, objective: string, count: number): P[] {
  return proposals
    .filter((p) => p.objective === objective && (counts.get(p.id) ?? 0) > 0)
    .map((p, i) => ({ p, i, n: counts.get(p.id) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, count)
    .map(({ p }) => p);
}

/** What the sidebar sends to support or withdraw a support. */
export const supportInput = z.object({ proposalId: f.required(f.idOf('PRO')) });

/** The page size of listProposals: the sidebar asks for the next page as the reader scrolls. */
export const PROPOSALS_PAGE = 25;

export const listInput = z.object({
  objectiveId: f.optional(f.objectiveId()),
  sort: f.optional(z.custom<'supports' | 'date'>((v) => v === 'supports' || v === 'date', { params: { key: 'invalid' } })),
  offset: f.optional(f.integerBetween(0, 1_000_000)),
});

/** A coordinator's answer: a rank only for a prioritized proposal, where it is required. */
export const answerInput = z
  .object({
    proposalId: f.required(f.idOf('PRO')),
    status: f.required(f.enumOf('proposalStatus')),
    priorityRank: f.optional(f.positiveInteger()),
    answer: f.required(f.text(f.LIMITS.text)),
  })
  .check(requireWhen<{ status?: string; priorityRank?: unknown }>((a) => a.status === 'prioritized', 'priorityRank'));
