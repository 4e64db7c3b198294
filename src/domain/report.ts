import { inKindGiven, moneyGiven, plansByProposal, prioritizedByRank } from './action-plan';
import { standingPledge } from './own';
import { enumLabel, type EnumCode } from './enums';
import { t, type MessageKey } from './i18n';
import { INTL_TAG, type Locale } from './locale';
import { countsInTotals } from './privacy';
import type { ObjectiveStatus } from './progress';
import type { Meeting, Member, Milestone, Resource, Proposal } from './records';
import { isIsoDate, type IsoDate } from './time';

/**
 * The report for partners (issue 21), as tables of typed cells that the HTML page and the
 * CSV file both render, so their figures are the same. Pure. Privacy: a proposal is carried by
 * an organization and a hub, never a person; an erased member's proposals carry nothing, and
 * their pledges count in the totals by hub as the Dashboard's do (their contributions stay).
 */

type Currency = EnumCode<'currency'>;

export type ReportCell =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'percent'; readonly value: number }
  | { readonly kind: 'money'; readonly value: number; readonly currency: Currency }
  | { readonly kind: 'quantity'; readonly value: number }
  | { readonly kind: 'date'; readonly value: IsoDate }
  | { readonly kind: 'blank' };

export interface ReportTable {
  readonly key: 'objectives' | 'actionPlan' | 'milestones' | 'resources' | 'inKind' | 'meetings';
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Lines said under the title (the rate used). */
  readonly notes: readonly string[];
}

export interface Report {
  readonly language: Locale;
  readonly title: string;
  readonly subtitle: string;
  /** The date of the figures. */
  readonly today: IsoDate;
  readonly tables: readonly ReportTable[];
  /** The objectives' progress, for the chart. */
  readonly chart: readonly { readonly label: string; readonly progress: number }[];
}

export interface ReportInput {
  readonly language: Locale;
  readonly today: IsoDate;
  readonly eurToBrlRate: number | undefined;
  readonly objectives: readonly { id: string; title: string; progress: number; status: ObjectiveStatus }[];
  readonly members: readonly Member[];
  readonly proposals: readonly Proposal[];
  readonly milestones: readonly Milestone[];
  readonly resources: readonly Resource[];
  readonly meetings: readonly Meeting[];
}

/** The columns the catalogs name (`report.col.…`): a header without words is a compile error. */
type ReportColumn = MessageKey extends infer K ? (K extends `report.col.${infer C}` ? C : never) : never;

const text = (value: string): ReportCell => ({ kind: 'text', value });
const blank: ReportCell = { kind: 'blank' };
const percent = (value: number): ReportCell => ({ kind: 'percent', value });
const quantity = (value: number): ReportCell => ({ kind: 'quantity', value: round(value) });
/** A date cell, or a blank one for a date that cannot be read. */
const date = (value: string): ReportCell => (isIsoDate(value) ? { kind: 'date', value } : blank);
const CURRENCIES: readonly Currency[] = ['EUR', 'BRL'];
const HUBS = ['Recife', 'Nantes'] as const;

export function buildReportModel(input: ReportInput): Report {
  const { language } = input;
  const tr = (key: MessageKey, params?: Record<string, string | number>) => t(language, key, params);
  const headers = (...keys: ReportColumn[]) => keys.map((k) => tr(`report.col.${k}`));
  const table = (key: ReportTable['key'], rows: ReportCell[][], columns: string[], notes: string[] = []): ReportTable => ({ key, title: tr(`report.${key}`), headers: columns, rows, notes });
  const members = new Map(input.members.filter((m) => m.id).map((m) => [m.id, m] as const));
  const hubOf = (memberId: string) => {
    const member = members.get(memberId);
    return member && countsInTotals(member) ? (member.hub ?? null) : undefined;
  };
  const hubName = (hub: string | null) => hub ?? tr('dashboard.noHub');

  const objectives = input.objectives.map((o) => [text(o.id), text(o.title), percent(o.progress), text(enumLabel('objectiveStatus', o.status, language))]);

  const plans = plansByProposal(input.milestones);
  const prioritized = prioritizedByRank(input.proposals);
  const carriedBy = (p: Proposal) => {
    const author = members.get(p.member);
    if (!author || author.erased || !countsInTotals(author)) return '';
    return [author.organization, author.hub].filter(Boolean).join(' · ');
  };
  const actionPlan = prioritized.map((p) => {
    const plan = plans.get(p.id);
    return [
      p.priorityRank === undefined ? blank : quantity(p.priorityRank),
      text(`${p.id} ${p.title}`),
      text(carriedBy(p)),
      plan ? percent(plan.progress) : blank,
      text(plan?.next?.milestone ?? ''),
      date(plan?.next?.due ?? ''),
    ];
  });
  const milestones = prioritized.flatMap((p) =>
    (plans.get(p.id)?.milestones ?? []).map((m) => [
      text(p.id),
      text(m.milestone),
      date(m.due),
      text(m.status ? enumLabel('milestoneStatus', m.status, language) : ''),
      date(m.doneOn),
    ]),
  );

  // Pledges that stand, of members who count (active, or erased: their contributions stay).
  const counted = input.resources.flatMap((r) => {
    const hub = hubOf(r.member);
    return hub === undefined || !standingPledge(r) ? [] : [{ ...r, hub }];
  });
  const hubs: (string | null)[] = [...HUBS, ...(counted.some((r) => r.hub === null) ? [null] : [])];
  const financial = counted.filter((r) => r.kind === 'financial' && r.currency !== undefined && r.amount !== undefined);
  const money = (value: number, currency: Currency): ReportCell => ({ kind: 'money', value: round(value), currency });
  const resources: ReportCell[][] = [];
  const row = (label: string, currency: Currency, rows: readonly Resource[], value?: (amount: number, r: Resource) => number) => {
    const { pledged, delivered } = moneyGiven(rows, value);
    resources.push([text(label), text(currency), money(pledged, currency), money(delivered, currency)]);
  };
  for (const hub of hubs) {
    for (const currency of CURRENCIES) {
      const rows = financial.filter((r) => r.hub === hub && r.currency === currency);
      if (rows.length > 0) row(hubName(hub), currency, rows);
    }
  }
  for (const currency of CURRENCIES) row(tr('dashboard.total'), currency, financial.filter((r) => r.currency === currency));
  const rate = input.eurToBrlRate;
  const notes: string[] = [];
  if (rate === undefined) {
    notes.push(tr('report.noRate'));
  } else {
    notes.push(tr('report.rate', { rate: new Intl.NumberFormat(INTL_TAG[language], { maximumFractionDigits: 4 }).format(rate) }));
    row(tr('report.totalEur'), 'EUR', financial, (amount, r) => (r.currency === 'BRL' ? amount / rate : amount));
  }

  // Help in kind, by hub and unit, never turned into money.
  const inKind = inKindGiven(counted, (r) => `${r.hub ?? ''}\u0000${r.unit.trim().toLocaleLowerCase(language)}`)
    .sort((a, b) => hubs.indexOf(a.first.hub) - hubs.indexOf(b.first.hub) || a.unit.localeCompare(b.unit, language))
    .map((sum) => [text(hubName(sum.first.hub)), text(sum.unit), quantity(sum.pledged), quantity(sum.delivered)]);

  const meetings = input.meetings
    .filter((m) => m.id && held(m, input.today))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => [date(m.date), text(m.title), text(m.discussed.join(', '))]);

  return {
    language,
    title: tr('report.title'),
    subtitle: tr('report.subtitle'),
    today: input.today,
    chart: input.objectives.map((o) => ({ label: o.id, progress: o.progress })),
    tables: [
      table('objectives', objectives, headers('id', 'objective', 'progress', 'status')),
      table('actionPlan', actionPlan, headers('rank', 'proposal', 'carriedBy', 'progress', 'nextMilestone', 'due')),
      table('milestones', milestones, headers('proposal', 'milestone', 'due', 'status', 'doneOn')),
      table('resources', resources, headers('hub', 'currency', 'pledged', 'delivered'), notes),
      table('inKind', inKind, headers('hub', 'unit', 'pledged', 'delivered')),
      table('meetings', meetings, headers('date', 'meeting', 'discussed')),
    ],
  };
}

/** A meeting that took place: `held` once minutes are recorded, or planned and already past. */
function held(m: Meeting, today: IsoDate): boolean {
  if (!isIsoDate(m.date) || m.date > today) return false;
  return m.status === 'held' || m.status === 'planned';
}

const round = (n: number) => Math.round(n * 100) / 100;
