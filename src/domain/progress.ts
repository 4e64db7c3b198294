import type { EnumCode } from './enums';
import { countsOf, metricOf, type Counts, type Sources } from './metrics';

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

export interface Progress {
  readonly id: string;
  /** 0..1 */
  readonly progress: number;
  readonly status: ObjectiveStatus;
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
  const computedBy = metricOf(metric);
  if (computedBy) return computed(id, ratio(computedBy.count(counts), target ?? computedBy.blankTarget?.(counts)));
  const status = objective.typedStatus ?? 'not started';
  return { id, progress: status === 'achieved' ? 1 : typedFraction(objective.typedProgress), status };
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

/** Each objective beside its progress (`progress[i]` is objective i's): what the Dashboard and the report show. */
export function withProgress(objectives: readonly { id: string; title: string }[], progress: readonly Progress[]): { id: string; title: string; progress: number; status: ObjectiveStatus }[] {
  return objectives.map((o, i) => ({ id: o.id, title: o.title, progress: progress[i]?.progress ?? 0, status: progress[i]?.status ?? 'not started' }));
}
