import { plansByProposal } from './action-plan';
import { ENUMS, type EnumCode } from './enums';
import { standingPledge } from './own';
import type { Localized } from './locale';
import { countsInTotals } from './privacy';
import { isIsoDate, type IsoDate } from './time';

/**
 * The registry of metrics (PRODUCT.md §3): each entry says the tabs a metric reads, what it
 * counts and what its target means when blank; its label in the Metric column is the Metric
 * enum's (enums.ts). Setup's dropdown, validation, refreshProgress, WG_PROGRESS, the
 * dashboard and the sidebar all read it; a new metric is its code and labels in the enum and
 * one entry here (and a tally, if none of the tallies below is what it counts).
 */

/** The tabs a metric may read, besides Objectives and Settings. */
export type SourceName = 'members' | 'proposals' | 'resources' | 'meetings' | 'milestones';

export interface PersonRecord {
  readonly id: string;
  readonly active: boolean;
  /** Erased on request: no longer active, but their contributions still count. */
  readonly erased?: boolean;
}

export interface ProposalRecord {
  /** Needed by the metrics that read milestones; a proposal without one has none. */
  readonly id?: string;
  readonly member: string;
  readonly status: EnumCode<'proposalStatus'> | undefined;
}

export interface ResourceRecord {
  readonly member: string;
  /** What resources_delivered reads of a financial pledge (issue 21). */
  readonly kind?: EnumCode<'resourceKind'> | undefined;
  readonly amount?: number | undefined;
  readonly currency?: EnumCode<'currency'> | undefined;
  readonly availability?: EnumCode<'availability'> | undefined;
  readonly delivered?: number | undefined;
}

/** What actions_progress reads of a Milestones row. */
export interface MilestoneRecord {
  readonly row: number;
  readonly proposal: string;
  readonly milestone: string;
  readonly due: string;
  readonly status: EnumCode<'milestoneStatus'> | undefined;
}

/** What the progress needs of a Meetings row (a Meeting record, records.ts). */
export interface MeetingRecord {
  readonly status: EnumCode<'meetingStatus'> | undefined;
  /** `YYYY-MM-DD`, or '' when the cell holds no date. */
  readonly date: string;
  readonly eventId: string;
}

export interface Sources {
  readonly members: readonly PersonRecord[];
  readonly proposals: readonly ProposalRecord[];
  readonly resources: readonly ResourceRecord[];
  readonly meetings: readonly MeetingRecord[];
  readonly milestones: readonly MilestoneRecord[];
  readonly workshopDate: IsoDate;
  /** Settings › EUR to BRL rate: BRL for 1 EUR. */
  readonly eurToBrlRate: number | undefined;
}

/**
 * What the metrics count, worked out once for every objective. Inactive members count
 * nowhere: neither as members nor through their pledges. A prioritized proposal counts
 * whoever made it, since prioritizing is the group's decision. A meeting counts once it is
 * planned or held, on or after the workshop, and has a calendar event.
 */
const TALLIES = {
  activeMembers: (s: Sources) => activeIds(s).size,
  activeMembersWithResource: (s: Sources) => {
    const active = activeIds(s);
    return new Set(s.resources.filter(standingPledge).map((r) => r.member).filter((id) => active.has(id))).size;
  },
  prioritizedProposals: (s: Sources) => s.proposals.filter((p) => p.status === 'prioritized').length,
  scheduledMeetings: (s: Sources) =>
    s.meetings.filter((m) => (m.status === 'planned' || m.status === 'held') && isIsoDate(m.date) && m.date >= s.workshopDate && m.eventId !== '').length,
  /** The mean share of milestones done, in %, over the prioritized proposals that have milestones. */
  actionsProgressPercent: (s: Sources) => {
    const prioritized = new Set(s.proposals.filter((p) => p.status === 'prioritized' && p.id).map((p) => p.id));
    const shares = [...plansByProposal(s.milestones)].filter(([id]) => prioritized.has(id)).map(([, plan]) => plan.progress);
    return shares.length === 0 ? 0 : (100 * shares.reduce((a, b) => a + b, 0)) / shares.length;
  },
  // Money only, both currencies in EUR at the rate; without a rate BRL cannot be added up (NaN: no progress).
  pledgedEur: (s: Sources) => inEur(s, (r) => r.amount ?? 0),
  deliveredEur: (s: Sources) => inEur(s, (r) => Math.min(r.delivered ?? 0, r.amount ?? 0)),
};

/** Standing financial pledges of members who count, summed in EUR. */
function inEur(s: Sources, value: (r: ResourceRecord) => number): number {
  const counted = activeIds(s);
  return s.resources
    .filter((r) => r.kind === 'financial' && r.currency !== undefined && counted.has(r.member) && standingPledge(r))
    .reduce((sum, r) => sum + (r.currency === 'BRL' ? (s.eurToBrlRate ? value(r) / s.eurToBrlRate : Number.NaN) : value(r)), 0);
}

// Erased members still count: their contributions stay, so erasure moves no progress (issue 12).
const activeIds = (s: Sources) => new Set(s.members.filter((m) => countsInTotals(m) && m.id).map((m) => m.id));

export type Counts = { readonly [K in keyof typeof TALLIES]: number };

export function countsOf(sources: Sources): Counts {
  const entries = Object.entries(TALLIES).map(([name, tally]) => [name, tally(sources)]);
  return Object.fromEntries(entries) as Counts;
}

export interface Metric {
  readonly needs: readonly SourceName[];
  /** What it counts toward its target. */
  readonly count: (counts: Counts) => number;
  /** What a blank target stands for; without it a blank target is refused and gives no progress. */
  readonly blankTarget?: (counts: Counts) => number;
}

/** Every computed code of the Metric enum (enums.ts, where their labels are) has its entry. */
const BUILT_IN = {
  members: { needs: ['members'], count: (c) => c.activeMembers },
  proposals_prioritized: { needs: ['proposals'], count: (c) => c.prioritizedProposals },
  resources_declared: {
    needs: ['members', 'resources'],
    count: (c) => c.activeMembersWithResource,
    // Blank means every active member.
    blankTarget: (c) => c.activeMembers,
  },
  meetings_scheduled: { needs: ['meetings'], count: (c) => c.scheduledMeetings },
  // Issue 21. A target is a mean progress in % (blank: 100).
  actions_progress: { needs: ['proposals', 'milestones'], count: (c) => c.actionsProgressPercent, blankTarget: () => 100 },
  // A target is an amount in EUR to deliver (blank: everything pledged).
  resources_delivered: { needs: ['members', 'resources'], count: (c) => c.deliveredEur, blankTarget: (c) => c.pledgedEur },
} satisfies Record<Exclude<EnumCode<'metric'>, 'manual'>, Metric>;

/** The computed metrics, by code; `manual` is not one: the coordinator types its progress. */
const METRICS = new Map<string, Metric>(Object.entries(BUILT_IN));

/** The computed metric of a code, or undefined for `manual`, blank or unknown. */
export function metricOf(code: string | undefined): Metric | undefined {
  return METRICS.get(code ?? '');
}

/** Adds a metric to the registry, and its label to the Metric dropdown and the labels read back. */
export function registerMetric(code: string, metric: Metric & { readonly label: Localized }): void {
  METRICS.set(code, metric);
  (ENUMS.metric as Record<string, Localized>)[code] = metric.label;
}
