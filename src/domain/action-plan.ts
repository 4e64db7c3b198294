import type { EnumCode } from './enums';
import type { Locale } from './locale';
import { writtenDate } from './written-dates';
import type { Milestone, Proposal, Resource } from './records';
import { isIsoDate, type IsoDate } from './time';

/**
 * The action plan after the 15 days (issue 21): milestones that make a prioritized proposal's
 * progress, and deliveries that say how much of a pledge was actually given. Pure: the
 * server's endpoints, refreshProgress, Check, the Dashboard and the report all read it.
 */

export type MilestoneStatus = EnumCode<'milestoneStatus'>;

/** What a proposal's milestones add up to: Proposals › Progress and Next milestone. */
/** What a plan reads of a Milestones row. */
type Step = Pick<Milestone, 'row' | 'proposal' | 'milestone' | 'due' | 'status'>;

export interface ProposalPlan<M extends Step = Milestone> {
  /** The share of its milestones that are done, 0..1. */
  readonly progress: number;
  /** The earliest not done, by due date (then sheet order); undefined when all are done. */
  readonly next: M | undefined;
  readonly milestones: readonly M[];
}

/** Each proposal's plan, from the Milestones tab's rows; a proposal without milestones has none (its Progress is blank). */
export function plansByProposal<M extends Step>(milestones: readonly M[]): Map<string, ProposalPlan<M>> {
  const grouped = new Map<string, M[]>();
  for (const m of milestones) {
    if (!m.proposal || !m.milestone) continue;
    grouped.set(m.proposal, [...(grouped.get(m.proposal) ?? []), m]);
  }
  const plans = new Map<string, ProposalPlan<M>>();
  for (const [proposal, list] of grouped) {
    const sorted = [...list].sort(byDue);
    const done = sorted.filter((m) => m.status === 'done').length;
    plans.set(proposal, { progress: done / sorted.length, next: sorted.find((m) => m.status !== 'done'), milestones: sorted });
  }
  return plans;
}

/** By due date, a milestone without a readable date last, then in sheet order. */
function byDue(a: Step, b: Step): number {
  const da = isIsoDate(a.due) ? a.due : '9999';
  const db = isIsoDate(b.due) ? b.due : '9999';
  return da.localeCompare(db) || a.row - b.row;
}

/** A date as the language writes it in running text: `4 mars 2027`, `4 de mar. de 2027`, `4 Mar 2027`. */
export function shortDate(date: IsoDate, locale: Locale): string {
  return isIsoDate(date) ? writtenDate(date, locale, { day: 'numeric', month: 'short', year: 'numeric' }) : date;
}

/** Proposals › Next milestone: its title and due date, in the workbook's language. */
export function nextMilestoneText(next: Step | undefined, locale: Locale): string {
  return next ? `${next.milestone} (${shortDate(next.due, locale)})` : '';
}

/** Past its due date and not done: what the Dashboard flags. */
export function isOverdue(m: Step, today: IsoDate): boolean {
  return m.status !== 'done' && isIsoDate(m.due) && m.due < today;
}

/** What was pledged, in the pledge's Currency (money) or Unit (in kind): the cap of Delivered. */
export function pledgedOf(pledge: Pick<Resource, 'kind' | 'amount' | 'quantity'>): number | undefined {
  return pledge.kind === 'financial' ? pledge.amount : pledge.quantity;
}

export type DeliveryCheck =
  | { readonly ok: true; readonly total: number }
  | { readonly ok: false; readonly reason: 'nothingPledged' | 'beyondPledge'; readonly left: number };

/** Cents (or hundredths of a unit): sums of decimals compared without floating-point dust. */
export const hundredths = (n: number) => Math.round(n * 100);

/** Partial deliveries add up, never beyond what was pledged. */
export function addDelivery(pledge: Pick<Resource, 'kind' | 'amount' | 'quantity' | 'delivered'>, delivered: number): DeliveryCheck {
  const pledged = pledgedOf(pledge);
  const before = pledge.delivered ?? 0;
  if (pledged === undefined) return { ok: false, reason: 'nothingPledged', left: 0 };
  const total = (hundredths(before) + hundredths(delivered)) / 100;
  if (hundredths(total) > hundredths(pledged)) return { ok: false, reason: 'beyondPledge', left: Math.max(0, (hundredths(pledged) - hundredths(before)) / 100) };
  return { ok: true, total };
}


/** What some pledges add up to: pledged, and delivered (never counted beyond each pledge). */
export interface Given {
  pledged: number;
  delivered: number;
}

/**
 * The money pledges' sums, each pledge's amount taken through `value` (a conversion to EUR at
 * the rate, say); the Dashboard and the report both total this way, so their figures agree.
 */
export function moneyGiven(pledges: readonly Resource[], value: (amount: number, pledge: Resource) => number = (amount) => amount): Given {
  let pledged = 0;
  let delivered = 0;
  for (const r of pledges) {
    pledged += value(r.amount ?? 0, r);
    delivered += value(Math.min(r.delivered ?? 0, r.amount ?? 0), r);
  }
  return { pledged, delivered };
}

/** Help in kind summed by `keyOf` (its unit, written any case), never turned into money; the first pledge of each names it. */
export function inKindGiven<R extends Resource>(pledges: readonly R[], keyOf: (pledge: R) => string): (Given & { first: R; unit: string })[] {
  const sums = new Map<string, Given & { first: R; unit: string }>();
  for (const r of pledges) {
    if (r.kind !== 'in-kind' || r.quantity === undefined) continue;
    const key = keyOf(r);
    const sum = sums.get(key) ?? { first: r, unit: r.unit.trim(), pledged: 0, delivered: 0 };
    sum.pledged += r.quantity;
    sum.delivered += Math.min(r.delivered ?? 0, r.quantity);
    sums.set(key, sum);
  }
  return [...sums.values()];
}

/** The prioritized proposals in the action plan's order: by rank (unranked last), then in sheet order. */
export function prioritizedByRank<P extends Pick<Proposal, 'id' | 'status' | 'priorityRank' | 'row'>>(proposals: readonly P[]): P[] {
  return proposals.filter((p) => p.id && p.status === 'prioritized').sort((a, b) => (a.priorityRank ?? Infinity) - (b.priorityRank ?? Infinity) || a.row - b.row);
}
