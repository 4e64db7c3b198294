import type { EnumCode } from '../domain/enums';
import type { Locale } from '../domain/locale';

export interface MilestoneView {
  readonly id: string;
  readonly milestone: string;
  /** Whoever last wrote it, else the proposal's author: their language, null when unknown (Translate is offered). */
  readonly language: Locale | null;
  readonly due: string;
  readonly status: EnumCode<'milestoneStatus'> | null;
  readonly doneOn: string;
  readonly notes: string;
  readonly overdue: boolean;
}

/** A prioritized proposal the caller may plan: theirs, or any for a coordinator. */
export interface PlannedProposal {
  readonly id: string;
  readonly title: string;
  readonly priorityRank: number | null;
  /** 0..1, or null without milestones. */
  readonly progress: number | null;
  readonly milestones: readonly MilestoneView[];
}

/** A pledge the caller may record deliveries for: theirs, or any for a coordinator. */
export interface DeliverablePledge {
  readonly id: string;
  readonly kind: EnumCode<'resourceKind'> | null;
  readonly description: string;
  readonly currency: EnumCode<'currency'> | null;
  readonly unit: string;
  /** Amount or quantity pledged. */
  readonly pledged: number;
  readonly delivered: number;
  readonly deliveredOn: string;
}

export interface ActionPlanPage {
  readonly proposals: readonly PlannedProposal[];
  readonly pledges: readonly DeliverablePledge[];
  readonly coordinator: boolean;
}
