import { inKindGiven, isOverdue, moneyGiven, nextMilestoneText, plansByProposal, prioritizedByRank, type Given, type ProposalPlan } from './action-plan';
import { standingPledge } from './own';
import type { CellStyle, DashboardCell } from './dashboard';
import { enumLabel, type EnumCode } from './enums';
import { t, type MessageKey } from './i18n';
import { INTL_TAG, type Locale } from './locale';
import { countsInTotals } from './privacy';
import type { Member, Milestone, Resource, Proposal } from './records';
import type { IsoDate } from './time';

/**
 * The Dashboard's action plan (issue 21): each prioritized proposal by rank with a progress bar
 * and its next milestone, what was pledged for it against what was delivered (per currency, in
 * EUR at the rate shown, help in kind by unit, never turned into money), and the milestones
 * past due. Pure, like dashboard.ts, which places these rows.
 */

export interface ActionPlanInput {
  readonly language: Locale;
  readonly today: IsoDate;
  readonly eurToBrlRate: number | undefined;
  readonly members: readonly Member[];
  readonly proposals: readonly Proposal[];
  readonly milestones: readonly Milestone[];
  readonly resources: readonly Resource[];
}

type Currency = EnumCode<'currency'>;

const text = (value: string, style?: CellStyle): DashboardCell => (style ? { value, kind: 'text', style } : { value, kind: 'text' });
const money = (value: number, currency: Currency): DashboardCell => ({ value: Math.round(value * 100) / 100, kind: 'money', currency });
const quantity = (value: number): DashboardCell => ({ value: Math.round(value * 100) / 100, kind: 'number' });

/** Ten blocks, as many filled as tenths done, then the percentage: a bar that reads in any cell. */
export function progressBar(progress: number, language: Locale): string {
  const filled = Math.round(Math.min(1, Math.max(0, progress)) * 10);
  return `${'▰'.repeat(filled)}${'▱'.repeat(10 - filled)} ${new Intl.NumberFormat(INTL_TAG[language], { style: 'percent' }).format(progress)}`;
}

/** The Dashboard's rows after its other blocks, each `width` cells wide: the action plan, then the milestones past due. */
export function actionPlanRows(input: ActionPlanInput, width: number): DashboardCell[][] {
  const rows = [[], ...actionPlanBlock(input), [], ...overdueBlock(input)];
  return rows.map((row) => [...row, ...Array.from({ length: width - row.length }, () => text(''))]);
}

function actionPlanBlock(input: ActionPlanInput): DashboardCell[][] {
  const { language } = input;
  const tr = (key: MessageKey) => t(language, key);
  const header = (...keys: MessageKey[]) => keys.map((k) => text(tr(k), 'header'));
  const plans = plansByProposal(input.milestones);
  const prioritized = prioritizedByRank(input.proposals);
  const rows: DashboardCell[][] = [[text(tr('dashboard.actionPlan'), 'title')]];
  if (prioritized.length === 0) return [...rows, [text(tr('dashboard.noActionPlan'))]];
  rows.push(header('dashboard.rank', 'dashboard.proposals', 'dashboard.progress', 'dashboard.nextMilestone'));
  for (const p of prioritized) rows.push(proposalRow(p, plans.get(p.id), language));

  // Pledges that stand, of members who count, for each prioritized proposal.
  const counted = new Set(input.members.filter((m) => countsInTotals(m) && m.id).map((m) => m.id));
  const pledges = input.resources.filter((r) => counted.has(r.member) && standingPledge(r) && r.proposal);
  const rate = input.eurToBrlRate;
  rows.push([], [text(tr('dashboard.pledgedDelivered'), 'title')], header('dashboard.proposals', 'dashboard.currencyOrUnit', 'report.col.pledged', 'report.col.delivered'));
  if (rate !== undefined) rows.push([text(tr('dashboard.rate')), { value: rate, kind: 'rate' }]);
  for (const p of prioritized) rows.push(...pledgeRows(p, pledges.filter((r) => r.proposal === p.id), rate));
  return rows;
}

function proposalRow(p: Proposal, plan: ProposalPlan | undefined, language: Locale): DashboardCell[] {
  const next = plan?.next;
  return [
    p.priorityRank === undefined ? text('') : { value: p.priorityRank, kind: 'integer' },
    text(`${p.id} ${p.title}`),
    text(plan ? progressBar(plan.progress, language) : ''),
    text(nextMilestoneText(next, language)),
  ];
}

/** Per currency, then both in EUR at the rate when there is one, then help in kind by unit. */
function pledgeRows(p: Proposal, pledges: readonly Resource[], rate: number | undefined): DashboardCell[][] {
  const rows: DashboardCell[][] = [];
  const financial = pledges.filter((r) => r.kind === 'financial' && r.currency && r.amount !== undefined);
  const row = (label: string, { pledged, delivered }: Given, currency?: Currency) =>
    rows.push([text(p.id), text(label), ...(currency ? [money(pledged, currency), money(delivered, currency)] : [quantity(pledged), quantity(delivered)])]);
  for (const currency of ['EUR', 'BRL'] as const) {
    const list = financial.filter((r) => r.currency === currency);
    if (list.length > 0) row(currency, moneyGiven(list), currency);
  }
  if (rate !== undefined && financial.some((r) => r.currency === 'BRL')) row('≈ EUR', moneyGiven(financial, (amount, r) => (r.currency === 'BRL' ? amount / rate : amount)), 'EUR');
  for (const sum of inKindGiven(pledges, (r) => r.unit.trim().toLowerCase())) row(sum.unit, sum);
  return rows;
}

/** Milestones past their due date and not done, earliest first. */
function overdueBlock(input: ActionPlanInput): DashboardCell[][] {
  const { language } = input;
  const late = input.milestones.filter((m) => m.proposal && m.milestone && isOverdue(m, input.today)).sort((a, b) => a.due.localeCompare(b.due));
  const rows: DashboardCell[][] = [[text(t(language, 'dashboard.overdue'), 'title')]];
  if (late.length === 0) return [...rows, [text(t(language, 'dashboard.noneOverdue'))]];
  rows.push((['dashboard.proposals', 'dashboard.milestone', 'dashboard.due', 'dashboard.status'] as const).map((k) => text(t(language, k), 'header')));
  for (const m of late) {
    rows.push([text(m.proposal), text(m.milestone), { value: m.due, kind: 'date' }, text(m.status ? enumLabel('milestoneStatus', m.status, language) : '')]);
  }
  return rows;
}
