import { cellNumber, cellText } from './cells';
import { enumCodeOf, type EnumCode } from './enums';
import { idList, optionLines } from './option-lines';
import { settingKeyOf, type SettingKey } from './settings';
import { tableByKey, type Column } from './tables';

/**
 * The one reader of the tabs' rows: `recordsOf(key, data)` turns a tab read once (the
 * sheets adapter's TableData, or any rows by column key) into typed records, each with its
 * 1-based row for marks and writes. Every declared column is read by its kind (tables.ts):
 * enums as codes, numbers as numbers, the rest as trimmed text; a few fields are derived.
 * No other module reads a cell by its column key. A new column is a declaration in
 * tables.ts and a field in its record type below; a new tab, a type and a line in RECORDS.
 */

export type Values = Readonly<Record<string, unknown>>;

/** Rows by column key, as readTable gives them. */
export interface Rows {
  readonly rows: readonly { readonly row: number; readonly values: Values }[];
}

interface Row {
  /** 1-based sheet row. */
  readonly row: number;
}

export interface Setting extends Row {
  readonly key: SettingKey | undefined;
  /** As the sheet holds it: dates as `YYYY-MM-DD`, numbers, text. */
  readonly value: unknown;
}

export interface Member extends Row {
  readonly id: string;
  readonly name: string;
  /** Lowercased. */
  readonly email: string;
  /** Blank once erased: the report for partners names organizations, never people. */
  readonly organization: string;
  readonly role: EnumCode<'role'> | undefined;
  readonly hub: EnumCode<'hub'> | undefined;
  /** A blank Status counts as active. */
  readonly active: boolean;
  /** `YYYY-MM-DD` for a date cell, or ''. */
  readonly joined: string;
  /** Personal cells blanked on request; the ID, hub and contributions stay. */
  readonly erased: boolean;
  /** The language of the emails they get; undefined when blank (registered before it was asked). */
  readonly language: EnumCode<'language'> | undefined;
  /** `YYYY-MM-DD` of the privacy notice they accepted, or '' (never asked yet). */
  readonly consent: string;
  /** Said yes to reminders and answers by email; blank means no. */
  readonly emails: boolean;
}

export interface Objective extends Row {
  readonly id: string;
  readonly title: string;
  readonly metric: EnumCode<'metric'> | undefined;
  /** Undefined unless positive: a zero target is no target. */
  readonly target: number | undefined;
  /** The Progress cell as the sheet holds it: what a coordinator typed for a manual objective. */
  readonly typedProgress: unknown;
  readonly typedStatus: EnumCode<'objectiveStatus'> | undefined;
  readonly priority: boolean;
}

export interface Proposal extends Row {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly objective: string;
  readonly member: string;
  readonly status: EnumCode<'proposalStatus'> | undefined;
  readonly priorityRank: number | undefined;
  readonly resourcesNeeded: string;
  /** As the last count wrote it. */
  readonly supports: number | undefined;
  readonly answer: string;
  /** `YYYY-MM-DD`, or ''. */
  readonly answered: string;
  /** An ISO instant, or ''. */
  readonly submitted: string;
  /** The Progress cell as the last computation wrote it (0..1), or '' (no milestones). */
  readonly progress: unknown;
  readonly nextMilestone: string;
}

/** A resource a member pledged: a row of Resources (the sidebar's Pledge form adds one). */
export interface Resource extends Row {
  readonly id: string;
  readonly member: string;
  readonly kind: EnumCode<'resourceKind'> | undefined;
  readonly category: EnumCode<'category'> | undefined;
  readonly description: string;
  readonly amount: number | undefined;
  readonly currency: EnumCode<'currency'> | undefined;
  readonly quantity: number | undefined;
  readonly unit: string;
  readonly availability: EnumCode<'availability'> | undefined;
  /** '' when blank; a date cell gives `YYYY-MM-DD`. */
  readonly availableFrom: string;
  readonly proposal: string;
  /** What has been given so far, in its Currency or Unit; undefined when blank. */
  readonly delivered: number | undefined;
  /** `YYYY-MM-DD` of the last delivery, or ''. */
  readonly deliveredOn: string;
}

export interface Meeting extends Row {
  readonly id: string;
  readonly title: string;
  /** `YYYY-MM-DD` for a date cell; whatever else the cell holds, as text. */
  readonly date: string;
  readonly start: string;
  /** Undefined when the cell holds no number. */
  readonly durationMinutes: number | undefined;
  readonly timeZone: string;
  readonly location: string;
  readonly audience: EnumCode<'audience'> | undefined;
  readonly agenda: string;
  readonly status: EnumCode<'meetingStatus'> | undefined;
  readonly eventId: string;
  /** Whether the Synced cell holds anything: the meeting reached the calendar once. */
  readonly synced: boolean;
  readonly recifeTime: string;
  readonly nantesTime: string;
  readonly videoLink: string;
  /** The guests' answers as the last sync read them; undefined while none was read. */
  readonly going: number | undefined;
  readonly maybe: number | undefined;
  readonly notGoing: number | undefined;
  readonly noReply: number | undefined;
  readonly minutes: string;
  readonly attendees: number | undefined;
  /** The Discussed proposals cell's IDs, as typed. */
  readonly discussed: readonly string[];
}

export interface Poll extends Row {
  readonly id: string;
  readonly title: string;
  readonly durationMinutes: number | undefined;
  readonly timeZone: string;
  readonly audience: EnumCode<'audience'> | undefined;
  /** The Options cell's non-blank lines. */
  readonly options: readonly string[];
  /** `YYYY-MM-DD`, or what else the cell holds, as text. */
  readonly closes: string;
  readonly status: EnumCode<'pollStatus'> | undefined;
  readonly chosen: string;
  readonly meeting: string;
  readonly location: string;
  readonly agenda: string;
}

export interface PollAnswer extends Row {
  readonly poll: string;
  readonly member: string;
  readonly option: string;
  readonly answer: EnumCode<'pollAnswer'> | undefined;
}

export interface Support extends Row {
  readonly proposal: string;
  readonly member: string;
  /** `YYYY-MM-DD`, or ''. */
  readonly date: string;
}

export interface Milestone extends Row {
  readonly id: string;
  readonly proposal: string;
  /** The milestone's title. */
  readonly milestone: string;
  /** `YYYY-MM-DD` for a date cell, or whatever else it holds as text. */
  readonly due: string;
  readonly status: EnumCode<'milestoneStatus'> | undefined;
  readonly doneOn: string;
  readonly notes: string;
}

/** A machine translation kept for reuse (issue 22). */
export interface Translation extends Row {
  /** `Proposals!PRO-003!Description`. */
  readonly source: string;
  readonly language: string;
  readonly text: string;
  readonly sourceHash: string;
}

interface RecordTypes {
  settings: Setting;
  members: Member;
  objectives: Objective;
  proposals: Proposal;
  resources: Resource;
  meetings: Meeting;
  supports: Support;
  polls: Poll;
  pollAnswers: PollAnswer;
  milestones: Milestone;
  translations: Translation;
}

type Read = Record<string, unknown>;

/** What each table's record adds to, or reads differently from, its columns read by kind. */
const RECORDS: { readonly [K in keyof RecordTypes]?: (r: Read, v: Values) => object } = {
  settings: (_, v) => ({ key: settingKeyOf(v['setting']), value: v['value'] }),
  members: (r) => ({
    email: String(r['email']).toLowerCase(),
    active: (r['status'] ?? 'active') === 'active',
    erased: r['status'] === 'erased',
    emails: r['emails'] === 'yes',
  }),
  objectives: (r) => ({
    title: r['objective'],
    target: Number(r['target']) > 0 ? r['target'] : undefined,
    typedProgress: r['progress'],
    typedStatus: r['status'],
    priority: r['priority'] === 'yes',
  }),
  meetings: (r) => ({ synced: r['synced'] !== '', discussed: idList(String(r['discussedProposals'] ?? '')) }),
  polls: (r) => ({ options: optionLines(String(r['options'] ?? '')) }),
};

/** A cell as its column's kind reads it; a percentage as the sheet holds it (text such as `45 %` included). */
function readCell(column: Column, value: unknown): unknown {
  if (column.enum) return enumCodeOf(column.enum, value);
  if (column.kind === 'percent') return value;
  // Money typed as text was read in the workbook's language by the sheets adapter; what is left is unreadable.
  if (column.kind === 'money') return typeof value === 'number' ? cellNumber(value) : undefined;
  return column.kind === 'number' || column.kind === 'integer' ? cellNumber(value) : cellText(value);
}

/** A tab's rows as records; none for a tab the workbook does not have yet. */
export function recordsOf<K extends keyof RecordTypes>(key: K, data: Rows | undefined): RecordTypes[K][] {
  const columns = tableByKey(key).columns;
  return (data?.rows ?? []).map(({ row, values }) => {
    const read: Read = { row };
    for (const column of columns) read[column.key] = readCell(column, values[column.key]);
    // The one place a row becomes its declared type: the columns above and RECORDS make every field.
    return { ...read, ...RECORDS[key]?.(read, values) } as unknown as RecordTypes[K];
  });
}

/** The IDs in a tab's ID column, as typed (blank rows' included as ''). */
export function idsOf(data: Rows | undefined): string[] {
  return (data?.rows ?? []).map((row) => cellText(row.values['id']));
}
