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

export function dashboardPlan(input: DashboardInput): DashboardPlan {
  const { language } = input;
  const tr = (key: MessageKey) => t(language, key);
  const rows: DashboardCell[][] = [];
  const add = (...cells: DashboardCell[]) => rows.push(cells);
  const gap = () => rows.push([]);
  const header = (...keys: MessageKey[]) => add(...keys.map((k) => text(tr(k), 'header')));

  add(text(tr('dashboard.title'), 'title'));
  add(text(tr('dashboard.updated')), { value: input.now, kind: 'datetime' });
  gap();

  add(text(tr('dashboard.objectives'), 'title'));
  const firstRow = rows.length + 1;
  header('dashboard.id', 'dashboard.objective', 'dashboard.progress', 'dashboard.status');
  for (const o of input.objectives) {
    add(text(o.id), text(o.title), { value: o.progress, kind: 'percent' }, text(enumLabel('objectiveStatus', o.status, language)));
  }
  const chart = { title: tr('dashboard.chartTitle'), firstRow, numRows: input.objectives.length + 1, labelColumn: 1, valueColumn: 3 };
  gap();

  add(text(tr('dashboard.deadline'), 'title'));
  add(text(tr('dashboard.deadlineDate')), { value: input.deadline, kind: 'date' });
  const days = daysBetween(input.today, input.deadline);
  add(text(tr(days >= 0 ? 'dashboard.daysLeft' : 'dashboard.daysPast')), int(Math.abs(days)));
  gap();

  rows.push(...membersBlock(input), [], ...proposalsBlock(input), [], ...pledgesBlock(input), [], ...inKindBlock(input), [], ...lateBlock(input));
  if (input.supported) rows.push([], ...supportedBlock(input.supported, language));
  return { width: WIDTH, rows: rows.map((r) => pad(r)), chart };
}

function pad(cells: readonly DashboardCell[]): DashboardCell[] {
  return [...cells, ...Array.from({ length: WIDTH - cells.length }, () => text(''))];
}

const hubLabel = (hub: string | null, language: Locale) => hub ?? t(language, 'dashboard.noHub');

/** Active members only; members without a hub get their own row when there are any. */
function membersBlock({ members, language }: DashboardInput): DashboardCell[][] {
  const active = members.filter((m) => m.active && m.id);
  const rows = [
    [text(t(language, 'dashboard.membersByHub'), 'title')],
    [text(t(language, 'dashboard.hub'), 'header'), text(t(language, 'dashboard.members'), 'header')],
    ...HUBS.map((hub) => [text(hub), int(active.filter((m) => m.hub === hub).length)]),
  ];
  const noHub = active.filter((m) => !m.hub).length;
  if (noHub > 0) rows.push([text(hubLabel(null, language)), int(noHub)]);
  rows.push([text(t(language, 'dashboard.total'), 'header'), int(active.length)]);
  return rows;
}

function proposalsBlock({ proposals, language }: DashboardInput): DashboardCell[][] {
  const rows = [
    [text(t(language, 'dashboard.proposalsByStatus'), 'title')],
    [text(t(language, 'dashboard.status'), 'header'), text(t(language, 'dashboard.proposals'), 'header')],
    ...enumCodes('proposalStatus').map((s) => [text(enumLabel('proposalStatus', s, language)), int(proposals.filter((p) => p.status === s).length)]),
  ];
  const unknown = proposals.filter((p) => p.status === undefined).length;
  if (unknown > 0) rows.push([text(t(language, 'dashboard.noStatus')), int(unknown)]);
  rows.push([text(t(language, 'dashboard.total'), 'header'), int(proposals.length)]);
  return rows;
}

/** Pledges of active (or erased) members only: a member who left no longer stands behind a promise, nor a withdrawn pledge. */
function activePledges(input: DashboardInput) {
  const hubs = new Map(input.members.filter((m) => countsInTotals(m) && m.id).map((m) => [m.id, m.hub ?? null] as const));
  return input.resources.flatMap((r) => (hubs.has(r.member) && standingPledge(r) ? [{ ...r, hub: hubs.get(r.member) ?? null }] : []));
}

function pledgesBlock(input: DashboardInput): DashboardCell[][] {
  const { language, eurToBrlRate: rate } = input;
  const financial = activePledges(input).filter((r) => r.kind === 'financial' && r.amount !== undefined && r.currency !== undefined);
  const sum = (currency: Currency, hub?: string | null) =>
    financial.filter((r) => r.currency === currency && (hub === undefined || r.hub === hub)).reduce((total, r) => total + (r.amount ?? 0), 0);
  const money = (currency: Currency, amount: number): DashboardCell => ({ value: round(amount), kind: 'money', currency });
  const hubs: (string | null)[] = [...HUBS];
  if (financial.some((r) => r.hub === null)) hubs.push(null);
  const rows = [
    [text(t(language, 'dashboard.pledges'), 'title')],
    [text(t(language, 'dashboard.hub'), 'header'), ...CURRENCIES.map((c) => text(c, 'header'))],
    ...hubs.map((hub) => [text(hubLabel(hub, language)), ...CURRENCIES.map((c) => money(c, sum(c, hub)))]),
    [text(t(language, 'dashboard.total'), 'header'), ...CURRENCIES.map((c) => money(c, sum(c)))],
  ];
  if (rate === undefined) {
    rows.push([text(t(language, 'dashboard.noRate'))]);
  } else {
    const eur = sum('EUR');
    const brl = sum('BRL');
    rows.push(
      [text(t(language, 'dashboard.rate')), { value: rate, kind: 'rate' }],
      [text(t(language, 'dashboard.totalInEur')), money('EUR', eur + brl / rate)],
      [text(t(language, 'dashboard.totalInBrl')), text(''), money('BRL', brl + eur * rate)],
    );
  }
  return rows;
}

function inKindBlock(input: DashboardInput): DashboardCell[][] {
  const { language } = input;
  const inKind = activePledges(input).filter((r) => r.kind === 'in-kind');
  return [
    [text(t(language, 'dashboard.inKind'), 'title')],
    [text(t(language, 'dashboard.category'), 'header'), text(t(language, 'dashboard.count'), 'header')],
    // Funding is money: it has its own block above, never an in-kind row.
    ...enumCodes('category').filter((c) => c !== 'funding').map((c) => [text(enumLabel('category', c, language)), int(inKind.filter((r) => r.category === c).length)]),
    [text(t(language, 'dashboard.total'), 'header'), int(inKind.length)],
  ];
}

function lateBlock(input: DashboardInput): DashboardCell[][] {
  const { language } = input;
  const groups = lateMembers(input);
  const rows = [[text(t(language, 'dashboard.late'), 'title')]];
  if (groups.length === 0) return [...rows, [text(t(language, 'dashboard.noneLate'))]];
  rows.push((['dashboard.hub', 'dashboard.id', 'dashboard.name', 'dashboard.missing'] as const).map((k) => text(t(language, k), 'header')));
  for (const group of groups) {
    for (const m of group.members) {
      const missing = m.missing.map((k) => t(language, k === 'proposal' ? 'dashboard.missing.proposal' : 'dashboard.missing.pledge')).join(', ');
      rows.push([text(hubLabel(group.hub, language)), text(m.id), text(m.name), text(missing)]);
    }
  }
  return rows;
}

/** Cents, so that sums of many decimal amounts show no floating-point dust. */
function round(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** Top five by supports, and beside them the prioritized by rank, for each priority objective. */
function supportedBlock(supported: NonNullable<DashboardInput['supported']>, language: Locale): DashboardCell[][] {
  const tr = (key: MessageKey) => t(language, key);
  const rows: DashboardCell[][] = [[text(tr('dashboard.mostSupported'), 'title')]];
  for (const objective of supported.objectives) {
    const top = mostSupported(supported.proposals, supported.counts, objective.id, 5);
    const ranked = supported.proposals
      .filter((p) => p.objective === objective.id && p.status === 'prioritized')
      .sort((a, b) => (a.priorityRank ?? Infinity) - (b.priorityRank ?? Infinity));
    rows.push([text(`${objective.id} — ${objective.title}`, 'header'), text('', 'header'), text('', 'header'), text('', 'header')]);
    if (top.length === 0 && ranked.length === 0) {
      rows.push([text(tr('dashboard.noSupports'))]);
      continue;
    }
    rows.push((['dashboard.topSupported', 'dashboard.supports', 'dashboard.rank', 'dashboard.prioritized'] as const).map((k) => text(tr(k), 'header')));
    for (let i = 0; i < Math.max(top.length, ranked.length); i++) {
      const a = top[i];
      const b = ranked[i];
      rows.push([
        text(a ? `${a.id} ${a.title}` : ''),
        a ? int(supported.counts.get(a.id) ?? 0) : text(''),
        b?.priorityRank !== undefined ? int(b.priorityRank) : text(''),
        text(b ? `${b.id} ${b.title}` : ''),
      ]);
    }
  }
  return rows;
}
