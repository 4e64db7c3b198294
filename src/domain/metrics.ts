import { countsInTotals } from './privacy';
import { standingPledge } from './own';
import type { Localized } from './locale';
import type { MeetingRecord, PersonRecord, PledgeRecord, ProposalRecord } from './progress';
import { isIsoDate, type IsoDate } from './time';

/**
 * The registry of metrics (PRODUCT.md §3): each entry is everything the add-on knows of a
 * metric: its label in the Metric column, the tabs it reads, what it counts and what its
 * target means when blank. Setup's dropdown, validation, refreshProgress, WG_PROGRESS,
 * the dashboard and the sidebar all read it; a new metric is one entry here (and a tally,
 * if none of the tallies below is what it counts).
 */

/** The tabs a metric may read, besides Objectives and Settings. */
export type SourceName = 'members' | 'proposals' | 'resources' | 'meetings';

export interface Sources {
  readonly members: readonly PersonRecord[];
  readonly proposals: readonly ProposalRecord[];
  readonly resources: readonly PledgeRecord[];
  readonly meetings: readonly MeetingRecord[];
  readonly workshopDate: IsoDate;
}

/**
 * What the metrics count, worked out once for every objective. Inactive members count
 * nowhere: neither as members nor through their pledges. A prioritized proposal counts
 * whoever made it, since prioritizing is the group's decision. A meeting counts once it is
 * planned, on or after the workshop, and has a calendar event.
 */
const TALLIES = {
  activeMembers: (s: Sources) => activeIds(s).size,
  activeMembersWithPledge: (s: Sources) => {
    const active = activeIds(s);
    return new Set(s.resources.filter(standingPledge).map((r) => r.member).filter((id) => active.has(id))).size;
  },
  prioritizedProposals: (s: Sources) => s.proposals.filter((p) => p.status === 'prioritized').length,
  scheduledMeetings: (s: Sources) =>
    s.meetings.filter((m) => m.status === 'planned' && isIsoDate(m.date) && m.date >= s.workshopDate && m.eventId !== '').length,
};

// Erased members still count: their contributions stay, so erasure moves no progress (issue 12).
const activeIds = (s: Sources) => new Set(s.members.filter((m) => countsInTotals(m) && m.id).map((m) => m.id));

export type Counts = { readonly [K in keyof typeof TALLIES]: number };

export function countsOf(sources: Sources): Counts {
  const entries = Object.entries(TALLIES).map(([name, tally]) => [name, tally(sources)]);
  return Object.fromEntries(entries) as Counts;
}

export interface Metric {
  readonly label: Localized;
  readonly needs: readonly SourceName[];
  /** What it counts toward its target. */
  readonly count: (counts: Counts) => number;
  /** What a blank target stands for; without it a blank target is refused and gives no progress. */
  readonly blankTarget?: (counts: Counts) => number;
}

const h = (en: string, fr: string, pt: string): Localized => ({ en, fr, 'pt-BR': pt });

const BUILT_IN = {
  members: { label: h('members', 'membres', 'membros'), needs: ['members'], count: (c) => c.activeMembers },
  proposals_prioritized: {
    label: h('proposals_prioritized', 'propositions_priorisées', 'propostas_priorizadas'),
    needs: ['proposals'],
    count: (c) => c.prioritizedProposals,
  },
  resources_declared: {
    label: h('resources_declared', 'ressources_déclarées', 'recursos_declarados'),
    needs: ['members', 'resources'],
    count: (c) => c.activeMembersWithPledge,
    // Blank means every active member.
    blankTarget: (c) => c.activeMembers,
  },
  meetings_scheduled: {
    label: h('meetings_scheduled', 'réunions_planifiées', 'reuniões_agendadas'),
    needs: ['meetings'],
    count: (c) => c.scheduledMeetings,
  },
} satisfies Record<string, Metric>;

/** The computed metrics, by code; `manual` is not one: the coordinator types its progress. */
const METRICS = new Map<string, Metric>(Object.entries(BUILT_IN));

/** The Metric column's labels, `manual` first: the enum of the Metric dropdown (enums.ts). */
export const METRIC_LABELS: Readonly<Record<'manual' | keyof typeof BUILT_IN, Localized>> = {
  manual: h('manual', 'manuel', 'manual'),
  ...Object.fromEntries(Object.entries(BUILT_IN).map(([code, metric]) => [code, metric.label])),
} as Record<'manual' | keyof typeof BUILT_IN, Localized>;

/** The computed metric of a code, or undefined for `manual`, blank or unknown. */
export function metricOf(code: string | undefined): Metric | undefined {
  return METRICS.get(code ?? '');
}

/** Adds a metric to the registry, its label to the Metric dropdown and the labels read back. */
export function registerMetric(code: string, metric: Metric): void {
  METRICS.set(code, metric);
  (METRIC_LABELS as Record<string, Localized>)[code] = metric.label;
}
