import { countsInTotals } from './privacy';
import { standingPledge } from './own';
import { enumCodes, enumLabel, type EnumCode } from './enums';
import { t, type MessageKey } from './i18n';
import { lateMembers, type LateInput } from './late';
import type { Locale } from './locale';
import type { Currency } from './money';
import type { CellKind } from './tables';
import type { ObjectiveStatus } from './progress';
import { mostSupported } from './supports';
import { daysBetween, type IsoDate } from './time';

/**
 * What the Dashboard tab shows (issue 5), as a grid of cells the server writes in one go.
 * Pure: the server turns each cell's kind into a number format of the workbook's locale.
 */

export type CellStyle = 'title' | 'header';

export interface DashboardCell {
  readonly value: string | number | Date;
  readonly kind: CellKind;
  /** A money cell's currency, which its format shows. */
  readonly currency?: Currency;
  readonly style?: CellStyle;
}

export interface DashboardInput extends LateInput {
  readonly language: Locale;
  readonly now: Date;
  readonly today: IsoDate;
  readonly deadline: IsoDate;
  readonly eurToBrlRate: number | undefined;
  readonly objectives: readonly { id: string; title: string; progress: number; status: ObjectiveStatus }[];
  readonly proposals: readonly { member: string; status: EnumCode<'proposalStatus'> | undefined }[];
  readonly resources: readonly {
    member: string;
    kind: EnumCode<'resourceKind'> | undefined;
    category: EnumCode<'category'> | undefined;
    amount: number | undefined;
    currency: Currency | undefined;
    availability?: EnumCode<'availability'> | undefined;
  }[];
  /** The priority objectives' most supported proposals, beside the prioritized ones; no block when absent. */
  readonly supported?: {
    readonly objectives: readonly { id: string; title: string }[];
    readonly proposals: readonly { id: string; title: string; objective: string; status: EnumCode<'proposalStatus'> | undefined; priorityRank: number | undefined }[];
    readonly counts: ReadonlyMap<string, number>;
  };
}

/** A block of rows within the grid; the chart reads the objectives' block. */
export interface DashboardPlan {
  readonly width: number;
  readonly rows: readonly (readonly DashboardCell[])[];
  readonly chart: {
    readonly title: string;
    /** 1-based rows of the objectives (header included), and the columns of their IDs and progress. */
    readonly firstRow: number;
    readonly numRows: number;
    readonly labelColumn: number;
    readonly valueColumn: number;
  };
}

export const WIDTH = 4;
const CURRENCIES: readonly Currency[] = ['EUR', 'BRL'];
const HUBS = ['Recife', 'Nantes'] as const;

const text = (value: string, style?: CellStyle): DashboardCell => (style ? { value, kind: 'text', style } : { value, kind: 'text' });
const int = (value: number): DashboardCell => ({ value, kind: 'integer' });

/** The grid as it grows: rows of cells, the Dashboard's words in its language. */
function grid(language: Locale) {
  const rows: DashboardCell[][] = [];
  const say = (key: MessageKey) => t(language, key);
  const add = (...cells: DashboardCell[]) => rows.push(cells);
  return {
    rows,
    say,
    add,
    /** A block's title, after a blank row unless it is the first. */
    title: (key: MessageKey) => (rows.length > 0 ? rows.push([], [text(say(key), 'title')]) : add(text(say(key), 'title'))),
    header: (...keys: MessageKey[]) => add(...keys.map((key) => text(say(key), 'header'))),
    line: (key: MessageKey, ...cells: DashboardCell[]) => add(text(say(key)), ...cells),
    total: (...cells: DashboardCell[]) => add(text(say('dashboard.total'), 'header'), ...cells),
  };
}

type Grid = ReturnType<typeof grid>;

export function dashboardPlan(input: DashboardInput): DashboardPlan {
  const g = grid(input.language);
  g.title('dashboard.title');
  g.line('dashboard.updated', { value: input.now, kind: 'datetime' });

  g.title('dashboard.objectives');
  const firstRow = g.rows.length + 1;
  g.header('dashboard.id', 'dashboard.objective', 'dashboard.progress', 'dashboard.status');
  for (const o of input.objectives) {
    g.add(text(o.id), text(o.title), { value: o.progress, kind: 'percent' }, text(enumLabel('objectiveStatus', o.status, input.language)));
  }
  const chart = { title: g.say('dashboard.chartTitle'), firstRow, numRows: input.objectives.length + 1, labelColumn: 1, valueColumn: 3 };

  g.title('dashboard.deadline');
  g.line('dashboard.deadlineDate', { value: input.deadline, kind: 'date' });
  const days = daysBetween(input.today, input.deadline);
  g.line(days >= 0 ? 'dashboard.daysLeft' : 'dashboard.daysPast', int(Math.abs(days)));

  for (const block of [membersBlock, proposalsBlock, pledgesBlock, inKindBlock, lateBlock]) block(g, input);
  if (input.supported) supportedBlock(g, input.supported);
  return { width: WIDTH, rows: g.rows.map((r) => pad(r)), chart };
}

function pad(cells: readonly DashboardCell[]): DashboardCell[] {
  return [...cells, ...Array.from({ length: WIDTH - cells.length }, () => text(''))];
}

const hubLabel = (g: Grid, hub: string | null) => hub ?? g.say('dashboard.noHub');

/** A title, two headers, a count per label, and the total. */
function countBlock(g: Grid, [title, what, counted]: readonly [MessageKey, MessageKey, MessageKey], counts: readonly (readonly [string, number])[], total: number): void {
  g.title(title);
  g.header(what, counted);
  for (const [label, count] of counts) g.add(text(label), int(count));
  g.total(int(total));
}

/** Active members only; members without a hub get their own row when there are any. */
function membersBlock(g: Grid, { members }: DashboardInput): void {
  const active = members.filter((m) => m.active && m.id);
  const noHub = active.filter((m) => !m.hub).length;
  const counts = [...HUBS.map((hub) => [hub, active.filter((m) => m.hub === hub).length] as const), ...(noHub > 0 ? [[hubLabel(g, null), noHub] as const] : [])];
  countBlock(g, ['dashboard.membersByHub', 'dashboard.hub', 'dashboard.members'], counts, active.length);
}

function proposalsBlock(g: Grid, { proposals, language }: DashboardInput): void {
  const unknown = proposals.filter((p) => p.status === undefined).length;
  const counts = [
    ...enumCodes('proposalStatus').map((s) => [enumLabel('proposalStatus', s, language), proposals.filter((p) => p.status === s).length] as const),
    ...(unknown > 0 ? [[g.say('dashboard.noStatus'), unknown] as const] : []),
  ];
  countBlock(g, ['dashboard.proposalsByStatus', 'dashboard.status', 'dashboard.proposals'], counts, proposals.length);
}

/** Pledges of active (or erased) members only: a member who left no longer stands behind a promise, nor a withdrawn pledge. */
function activePledges(input: DashboardInput) {
  const hubs = new Map(input.members.filter((m) => countsInTotals(m) && m.id).map((m) => [m.id, m.hub ?? null] as const));
  return input.resources.flatMap((r) => (hubs.has(r.member) && standingPledge(r) ? [{ ...r, hub: hubs.get(r.member) ?? null }] : []));
}

function pledgesBlock(g: Grid, input: DashboardInput): void {
  const rate = input.eurToBrlRate;
  const financial = activePledges(input).filter((r) => r.kind === 'financial' && r.amount !== undefined && r.currency !== undefined);
  const sum = (currency: Currency, hub?: string | null) =>
    financial.filter((r) => r.currency === currency && (hub === undefined || r.hub === hub)).reduce((total, r) => total + (r.amount ?? 0), 0);
  const money = (currency: Currency, amount: number): DashboardCell => ({ value: round(amount), kind: 'money', currency });
  const hubs: (string | null)[] = [...HUBS];
  if (financial.some((r) => r.hub === null)) hubs.push(null);
  g.title('dashboard.pledges');
  g.add(text(g.say('dashboard.hub'), 'header'), ...CURRENCIES.map((c) => text(c, 'header')));
  for (const hub of hubs) g.add(text(hubLabel(g, hub)), ...CURRENCIES.map((c) => money(c, sum(c, hub))));
  g.total(...CURRENCIES.map((c) => money(c, sum(c))));
  if (rate === undefined) {
    g.line('dashboard.noRate');
  } else {
    const eur = sum('EUR');
    const brl = sum('BRL');
    g.line('dashboard.rate', { value: rate, kind: 'rate' });
    g.line('dashboard.totalInEur', money('EUR', eur + brl / rate));
    g.line('dashboard.totalInBrl', text(''), money('BRL', brl + eur * rate));
  }
}

function inKindBlock(g: Grid, input: DashboardInput): void {
  const inKind = activePledges(input).filter((r) => r.kind === 'in-kind');
  // Funding is money: it has its own block above, never an in-kind row.
  const counts = enumCodes('category').filter((c) => c !== 'funding').map((c) => [enumLabel('category', c, input.language), inKind.filter((r) => r.category === c).length] as const);
  countBlock(g, ['dashboard.inKind', 'dashboard.category', 'dashboard.count'], counts, inKind.length);
}

function lateBlock(g: Grid, input: DashboardInput): void {
  const groups = lateMembers(input);
  g.title('dashboard.late');
  if (groups.length === 0) return void g.line('dashboard.noneLate');
  g.header('dashboard.hub', 'dashboard.id', 'dashboard.name', 'dashboard.missing');
  for (const group of groups) {
    for (const m of group.members) {
      const missing = m.missing.map((k) => g.say(k === 'proposal' ? 'dashboard.missing.proposal' : 'dashboard.missing.pledge')).join(', ');
      g.add(text(hubLabel(g, group.hub)), text(m.id), text(m.name), text(missing));
    }
  }
}

/** Cents, so that sums of many decimal amounts show no floating-point dust. */
function round(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** Top five by supports, and beside them the prioritized by rank, for each priority objective. */
function supportedBlock(g: Grid, supported: NonNullable<DashboardInput['supported']>): void {
  g.title('dashboard.mostSupported');
  for (const objective of supported.objectives) {
    const top = mostSupported(supported.proposals, supported.counts, objective.id, 5);
    const ranked = supported.proposals
      .filter((p) => p.objective === objective.id && p.status === 'prioritized')
      .sort((a, b) => (a.priorityRank ?? Infinity) - (b.priorityRank ?? Infinity));
    g.add(text(`${objective.id} — ${objective.title}`, 'header'), text('', 'header'), text('', 'header'), text('', 'header'));
    if (top.length === 0 && ranked.length === 0) {
      g.line('dashboard.noSupports');
      continue;
    }
    g.header('dashboard.topSupported', 'dashboard.supports', 'dashboard.rank', 'dashboard.prioritized');
    for (let i = 0; i < Math.max(top.length, ranked.length); i++) {
      const a = top[i];
      const b = ranked[i];
      g.add(
        text(a ? `${a.id} ${a.title}` : ''),
        a ? int(supported.counts.get(a.id) ?? 0) : text(''),
        b?.priorityRank !== undefined ? int(b.priorityRank) : text(''),
        text(b ? `${b.id} ${b.title}` : ''),
      );
    }
  }
}
