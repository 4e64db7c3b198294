import type { Milestone, Proposal, Resource } from '../domain/records';
import type { Locale } from '../domain/locale';
import type { AsJson } from './json';

export interface MilestoneView extends AsJson<Pick<Milestone, 'id' | 'milestone' | 'due' | 'status' | 'doneOn' | 'notes'>> {
  /** Whoever last wrote it, else the proposal's author: their language, null when unknown (Translate is offered). */
  readonly language: Locale | null;
  readonly overdue: boolean;
}

/** A prioritized proposal the caller may plan: theirs, or any for a coordinator. */
export interface PlannedProposal extends AsJson<Pick<Proposal, 'id' | 'title' | 'priorityRank'>> {
  /** 0..1, or null without milestones. */
  readonly progress: number | null;
  readonly milestones: readonly MilestoneView[];
}

/** A pledge the caller may record deliveries for: theirs, or any for a coordinator. */
export interface DeliverablePledge extends AsJson<Pick<Resource, 'id' | 'kind' | 'description' | 'currency' | 'unit' | 'deliveredOn'>> {
  /** Amount or quantity pledged. */
  readonly pledged: number;
  /** Nothing delivered yet is 0. */
  readonly delivered: number;
}

export interface ActionPlanPage {
  readonly proposals: readonly PlannedProposal[];
  readonly pledges: readonly DeliverablePledge[];
  readonly coordinator: boolean;
}
