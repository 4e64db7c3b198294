import type { EnumCode } from '../domain/enums';
import type { Locale } from '../domain/locale';

/** saveMilestone's input: a new milestone without `id`; dates `YYYY-MM-DD`. */
export interface MilestoneRequest {
  readonly id?: string;
  readonly proposalId: string;
  readonly milestone: string;
  readonly due: string;
  readonly status: EnumCode<'milestoneStatus'>;
  /** Required when `done`. */
  readonly doneOn?: string;
  readonly notes?: string;
}

/** recordDelivery's input: this delivery (added to what was delivered before), as typed. */
export interface DeliveryRequest {
  readonly resourceId: string;
  /** Money as the caller's language writes it (`1.500,00`), or a quantity. */
  readonly delivered: number | string;
  readonly deliveredOn: string;
}

export interface ReportRequest {
  readonly language?: Locale;
  readonly format?: 'html' | 'csv';
}

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
