import { cellNumber, cellText } from './cells';
import { enumCodeOf, type EnumCode, type EnumName } from './enums';
import { idList, optionLines } from './option-lines';
import { settingKeyOf } from './settings';
import { tableByKey, type Column, type MEETINGS, type MEMBERS, type MILESTONES, type OBJECTIVES, type POLL_ANSWERS, type POLLS, type PROPOSALS, type RESOURCES, type SETTINGS, type SUPPORTS, type TRANSLATIONS } from './tables';

/**
 * The one reader of the tabs' rows: `recordsOf(key, data)` turns a tab read once (the
 * sheets adapter's TableData, or any rows by column key) into typed records, each with its
 * 1-based row for marks and writes. Every declared column is read by its kind (tables.ts):
 * enums as codes, numbers as numbers, the rest as trimmed text; a few fields are derived
 * (DERIVED). Each record's type follows from its tab's declaration and those derived fields,
 * so a new column is its declaration alone; a new tab, a line in Tabs. No other module
 * reads a cell by its column key.
 */

export type Values = Readonly<Record<string, unknown>>;

/** Rows by column key, as readTable gives them. */
export interface Rows {
  readonly rows: readonly { readonly row: number; readonly values: Values }[];
}

/** The tabs with records, by key. */
interface Tabs {
  settings: typeof SETTINGS;
  members: typeof MEMBERS;
  objectives: typeof OBJECTIVES;
  proposals: typeof PROPOSALS;
  resources: typeof RESOURCES;
  meetings: typeof MEETINGS;
  supports: typeof SUPPORTS;
  polls: typeof POLLS;
  pollAnswers: typeof POLL_ANSWERS;
  milestones: typeof MILESTONES;
  translations: typeof TRANSLATIONS;
}
type RecordKey = keyof Tabs;

/**
 * A cell's value as readCell gives it, from its column's declaration: an enum's code, a
 * number (undefined when the cell holds none), a percentage as the sheet holds it, or text
 * ('' when blank; a date cell as `YYYY-MM-DD`, a date and time as an ISO instant).
 */
type CellValue<C> = C extends { readonly enum: infer E extends EnumName } ? EnumCode<E> | undefined
  : C extends { readonly kind: 'percent' } ? unknown
  : C extends { readonly kind: 'number' | 'integer' | 'money' } ? number | undefined
  : string;

/** Every declared column of a tab, read by its kind, and the sheet row (1-based). */
type Read<K extends RecordKey> = { readonly row: number } & { readonly [C in Tabs[K]['columns'][number] as C['key']]: CellValue<C> };

/** What each tab's record adds to, or reads differently from, its columns read by kind. */
const DERIVED = {
  // The setting's own key, and its value as the sheet holds it: dates as `YYYY-MM-DD`, numbers, text.
  settings: (_: Read<'settings'>, v: Values) => ({ key: settingKeyOf(v['setting']), value: v['value'] }),
  members: (r: Read<'members'>) => ({
    email: r.email.toLowerCase(),
    // A blank Status counts as active.
    active: (r.status ?? 'active') === 'active',
    // Personal cells blanked on request; the ID, hub and contributions stay.
    erased: r.status === 'erased',
    // Said yes to reminders and answers by email; blank means no.
    emails: r.emails === 'yes',
  }),
  objectives: (r: Read<'objectives'>) => ({
    title: r.objective,
    // A zero target is no target.
    target: Number(r.target) > 0 ? r.target : undefined,
    // The Progress cell as the sheet holds it: what a coordinator typed for a manual objective.
    typedProgress: r.progress,
    typedStatus: r.status,
    priority: r.priority === 'yes',
  }),
  meetings: (r: Read<'meetings'>) => ({
    // Whether the Synced cell holds anything: the meeting reached the calendar once.
    synced: r.synced !== '',
    // The Discussed proposals cell's IDs, as typed.
    discussed: idList(r.discussedProposals),
  }),
  // The Options cell's non-blank lines.
  polls: (r: Read<'polls'>) => ({ options: optionLines(r.options) }),
} satisfies { readonly [K in RecordKey]?: (r: Read<K>, v: Values) => object };

type Derived<K extends RecordKey> = K extends keyof typeof DERIVED ? ReturnType<(typeof DERIVED)[K]> : object;

/** A tab's record: its columns read by kind, with the derived fields in place of those they replace. */
export type RecordOf<K extends RecordKey> = { readonly [F in keyof (Omit<Read<K>, keyof Derived<K>> & Derived<K>)]: (Omit<Read<K>, keyof Derived<K>> & Derived<K>)[F] };

export type Setting = RecordOf<'settings'>;
export type Member = RecordOf<'members'>;
export type Objective = RecordOf<'objectives'>;
export type Proposal = RecordOf<'proposals'>;
/** A resource a member pledged: a row of Resources (the sidebar's Pledge form adds one). */
export type Resource = RecordOf<'resources'>;
export type Meeting = RecordOf<'meetings'>;
export type Poll = RecordOf<'polls'>;
export type PollAnswer = RecordOf<'pollAnswers'>;
export type Support = RecordOf<'supports'>;
export type Milestone = RecordOf<'milestones'>;
/** A machine translation kept for reuse (issue 22); its Source names the cell, `Proposals!PRO-003!Description`. */
export type Translation = RecordOf<'translations'>;

/** A cell as its column's kind reads it; a percentage as the sheet holds it (text such as `45 %` included). */
function readCell(column: Column, value: unknown): unknown {
  if (column.enum) return enumCodeOf(column.enum, value);
  if (column.kind === 'percent') return value;
  // Money typed as text was read in the workbook's language by the sheets adapter; what is left is unreadable.
  if (column.kind === 'money') return typeof value === 'number' ? cellNumber(value) : undefined;
  return column.kind === 'number' || column.kind === 'integer' ? cellNumber(value) : cellText(value);
}

/** A tab's rows as records; none for a tab the workbook does not have yet. */
export function recordsOf<K extends RecordKey>(key: K, data: Rows | undefined): RecordOf<K>[] {
  const columns = tableByKey(key).columns;
  const derive = (DERIVED as unknown as Partial<Record<RecordKey, (r: Record<string, unknown>, v: Values) => object>>)[key];
  return (data?.rows ?? []).map(({ row, values }) => {
    const read: Record<string, unknown> = { row };
    for (const column of columns) read[column.key] = readCell(column, values[column.key]);
    // The one place a row becomes its type: readCell gives each column its CellValue, DERIVED the rest.
    return { ...read, ...derive?.(read, values) } as RecordOf<K>;
  });
}

/** The IDs in a tab's ID column, as typed (blank rows' included as ''). */
export function idsOf(data: Rows | undefined): string[] {
  return (data?.rows ?? []).map((row) => cellText(row.values['id']));
}
