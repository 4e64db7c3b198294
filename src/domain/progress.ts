import type { EnumCode } from './enums';
import type { IsoDate } from './time';

/**
 * Progress of the workshop's objectives (PRODUCT.md §3), from records already read off the
 * tabs. Pure, so the refresh, the custom function and the sidebar all agree.
 */

export type ObjectiveStatus = EnumCode<'objectiveStatus'>;

export interface ObjectiveRecord {
  readonly id: string;
  readonly metric: EnumCode<'metric'> | undefined;
  readonly target: number | undefined;
  /** The Progress cell as the sheet holds it: what a coordinator typed for a manual objective. */
  readonly typedProgress: unknown;
  readonly typedStatus: ObjectiveStatus | undefined;
}

export interface PersonRecord {
  readonly id: string;
  readonly active: boolean;
}

export interface ProposalRecord {
  readonly member: string;
  readonly status: EnumCode<'proposalStatus'> | undefined;
}

export interface PledgeRecord {
  readonly member: string;
}

/** What the progress needs of a Meetings row (read with the calendar's reader, calendar-event.ts MeetingRow). */
export interface MeetingRecord {
  readonly status: EnumCode<'meetingStatus'> | undefined;
  /** `YYYY-MM-DD`, or '' when the cell holds no date. */
  readonly date: string;
  readonly eventId: string;
}

/** What the metrics count, worked out once for every objective. */
export interface Counts {
  readonly activeMembers: number;
  readonly activeMembersWithPledge: number;
  readonly prioritizedProposals: number;
  readonly scheduledMeetings: number;
}

export interface Sources {
  readonly members: readonly PersonRecord[];
  readonly proposals: readonly ProposalRecord[];
  readonly resources: readonly PledgeRecord[];
  readonly meetings: readonly MeetingRecord[];
  readonly workshopDate: IsoDate;
}

export interface Progress {
  readonly id: string;
  /** 0..1 */
  readonly progress: number;
  readonly status: ObjectiveStatus;
}

/**
 * Inactive members count nowhere: neither as members nor through their pledges. A
 * prioritized proposal counts whoever made it, since prioritizing is the group's decision.
 * A meeting counts once it is planned, on or after the workshop, and has a calendar event.
 */
export function countsOf(sources: Sources): Counts {
  const active = new Set(sources.members.filter((m) => m.active && m.id).map((m) => m.id));
  const pledgers = new Set(sources.resources.map((r) => r.member).filter((id) => active.has(id)));
  return {
    activeMembers: active.size,
    activeMembersWithPledge: pledgers.size,
    prioritizedProposals: sources.proposals.filter((p) => p.status === 'prioritized').length,
    scheduledMeetings: sources.meetings.filter(
      (m) => m.status === 'planned' && m.date !== '' && m.date >= sources.workshopDate && m.eventId !== '',
    ).length,
  };
}

/** Within 0..1 whatever comes in: a missing or nonsensical value counts as no progress. */
export function clamp(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

export function statusFor(progress: number): ObjectiveStatus {
  if (progress >= 1) return 'achieved';
  return progress <= 0 ? 'not started' : 'in progress';
}

const ratio = (count: number, target: number | undefined): number =>
  target !== undefined && target > 0 ? clamp(count / target) : 0;

/**
 * One objective's progress. A manual objective keeps what the coordinator typed: its
 * Progress (a percentage cell holds 0..1; `50 %` typed as text is read too) and its Status,
 * `achieved` meaning 100 %. A computed objective without the target it needs has none.
 */
export function progressOf(objective: ObjectiveRecord, counts: Counts): Progress {
  const { id, metric, target } = objective;
  switch (metric) {
    case 'members':
      return computed(id, ratio(counts.activeMembers, target));
    case 'proposals_prioritized':
      return computed(id, ratio(counts.prioritizedProposals, target));
    case 'resources_declared':
      return computed(id, ratio(counts.activeMembersWithPledge, target ?? counts.activeMembers));
    case 'meetings_scheduled':
      return computed(id, ratio(counts.scheduledMeetings, target));
    case 'manual':
    case undefined: {
      const status = objective.typedStatus ?? 'not started';
      return { id, progress: status === 'achieved' ? 1 : typedFraction(objective.typedProgress), status };
    }
  }
}

function computed(id: string, progress: number): Progress {
  return { id, progress, status: statusFor(progress) };
}

function typedFraction(value: unknown): number {
  if (typeof value === 'number') return clamp(value);
  if (typeof value !== 'string') return 0;
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(value);
  if (!match) return 0;
  const n = Number((match[1] ?? '').replace(',', '.'));
  return clamp(match[2] ? n / 100 : n);
}

export function progressAll(objectives: readonly ObjectiveRecord[], sources: Sources): Progress[] {
  const counts = countsOf(sources);
  return objectives.map((o) => progressOf(o, counts));
}
