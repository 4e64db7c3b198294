import type { Locale } from '../domain/locale';
import type { EnumCode } from '../domain/enums';
import type { Proposal } from '../domain/records';
import type { AsJson } from './json';
import type { DiscussedAt } from './polls';

/**
 * What listProposals() sends the sidebar's "Proposals" section: one page of the group's
 * proposals, plain JSON, with names but never an email address.
 */
export interface ProposalListing extends AsJson<Pick<Proposal, 'id' | 'title' | 'description' | 'status' | 'priorityRank' | 'answer'>> {
  readonly objectiveId: string;
  /** The author's name; '' when their data was erased or the row names no member. */
  readonly author: string;
  readonly hub: EnumCode<'hub'> | null;
  /** The language the author reads and writes (Members › Language), null when unknown: another than the reader's offers Translate. */
  readonly language: Locale | null;
  /** Counted supports (inactive and erased members' left out). */
  readonly supports: number;
  /** `YYYY-MM-DD`, or null. */
  readonly answered: string | null;
  /** The caller wrote it: they cannot support it. */
  readonly mine: boolean;
  /** The caller supports it. */
  readonly supported: boolean;
  /** The held meetings that discussed it, that the caller may see (issue 20). */
  readonly discussed: readonly DiscussedAt[];
}

export interface ProposalPage {
  readonly proposals: readonly ProposalListing[];
  /** Proposals matching the filter, all pages together. */
  readonly total: number;
  readonly offset: number;
  /** Settings › Supports per member. */
  readonly supportsPerMember: number;
  /** The caller's supports still free; 0 for someone who is not an active member. */
  readonly supportsLeft: number;
  /** Whether the caller may support at all (an active member). */
  readonly canSupport: boolean;
}

/** After a support or a withdrawal: the proposal's count and the caller's supports still free. */
export interface SupportChange {
  readonly supports: number;
  readonly left: number;
}
