import type { EnumCode } from './enums';
import type { MessageKey } from './languages/types';

/**
 * What a member may still change of what they submitted (issue 22, PRODUCT.md §4), and what a
 * withdrawal takes out of the group's counts (§2). Pure: the server decides with it, and
 * the sidebar shows Edit and Withdraw only where the server will accept them.
 */

interface ProposalState {
  readonly status: EnumCode<'proposalStatus'> | undefined;
  readonly answer: string;
  readonly answered: string;
}

interface PledgeState {
  readonly availability: EnumCode<'availability'> | undefined;
}

/** A withdrawn pledge leaves every total: the Dashboard, the progress, the late list. */
export const standingPledge = (r: { readonly availability?: EnumCode<'availability'> | undefined }): boolean => r.availability !== 'withdrawn';

/** A withdrawn proposal stays listed, but counts nowhere: neither its supports nor as its author's proposal. */
export const standingProposal = (p: { readonly status?: EnumCode<'proposalStatus'> | undefined }): boolean => p.status !== 'withdrawn';

/**
 * What has been given of a pledge so far: its Delivered cell once the Resources tab has that
 * column (PRODUCT.md §2), read from the record whatever declared it; 0 while it has none.
 */
export function deliveredOf(pledge: object): number {
  const delivered = (pledge as { readonly delivered?: unknown }).delivered;
  return typeof delivered === 'number' && Number.isFinite(delivered) ? delivered : 0;
}

/** Why the author can no longer edit or withdraw this proposal; undefined while they can. */
export function proposalLocked(p: ProposalState): MessageKey | undefined {
  if (p.status === 'withdrawn') return 'own.alreadyWithdrawn';
  // A coordinator answered: a status other than submitted, or a written answer.
  const answered = (p.status !== undefined && p.status !== 'submitted') || p.answer !== '' || p.answered !== '';
  return answered ? 'own.answered' : undefined;
}

/** Why the pledger can no longer edit or withdraw this pledge; undefined while they can. */
export function pledgeLocked(r: PledgeState & object): MessageKey | undefined {
  if (r.availability === 'withdrawn') return 'own.alreadyWithdrawn';
  return deliveredOf(r) > 0 ? 'own.delivered' : undefined;
}

/**
 * What an edit changed, for its Log row: `field: before → after` for each field whose value
 * differs, in the order given. Long texts are cut, so a Log row stays readable.
 */
export function describeChanges(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): string[] {
  const full = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
  const shown = (value: unknown): string => {
    const text = full(value);
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  };
  return Object.keys(after).flatMap((key) => (full(before[key]) === full(after[key]) ? [] : [`${key}: ${shown(before[key])} → ${shown(after[key])}`]));
}
