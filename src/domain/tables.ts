import './zod';
import * as z from 'zod/mini';
import type { SheetWords } from './languages/types';
import { sheetWord } from './i18n/sheet-words';
import { localized, type Localized } from './locale';
import type { EnumName } from './enums';
import * as f from './fields';

/**
 * The workbook's tabs, from PRODUCT.md §2: their columns, the dropdowns, the cell formats setup
 * applies, and each field's rules. Their names and headers are words: each language's folder
 * holds them (src/domain/languages/<language>/sheet.ts).
 */

/** How setup formats a column (or the Dashboard a cell), and how the sheets adapter reads it back and writes it. */
export type CellKind = 'text' | 'number' | 'integer' | 'money' | 'percent' | 'date' | 'datetime' | 'rate';

export interface Column {
  readonly key: string;
  readonly header: Localized;
  readonly kind: CellKind;
  /** The rule for one cell; cross-field and cross-row rules live with the table. */
  readonly schema: z.core.SomeType;
  readonly enum?: EnumName;
  /** Written by the add-on: protected with a warning, and not checked (unless `typed`). */
  readonly computed?: boolean;
  /** A computed column people may still type into (a manual objective's Progress): checked all the same. */
  readonly typed?: boolean;
  /** No two rows may share a value (`caseless`: whatever the case, as emails). */
  readonly unique?: 'exact' | 'caseless';
  /** The ID of a row of that table, which must exist. */
  readonly references?: TableKey;
  /** The cell holds several such IDs, separated by commas. */
  readonly list?: boolean;
  /** A date and time typed here that Sheets turned into a date is read back as `YYYY-MM-DD HH:MM`, as typed. */
  readonly wallClock?: boolean;
}

export interface Table {
  readonly key: TableKey;
  readonly name: Localized;
  readonly columns: readonly Column[];
  /** The prefix of generated IDs (MEM-001); none for tables whose IDs people choose or that have none. */
  readonly idPrefix?: string;
  /** The message key when a reference names none of this table's IDs. */
  readonly unknownId?: string;
  /** The add-on's own store, hidden when setup creates it (a coordinator may show it). */
  readonly hidden?: boolean;
}

export type TableKey =
  | 'settings'
  | 'members'
  | 'objectives'
  | 'proposals'
  | 'resources'
  | 'meetings'
  | 'dashboard'
  | 'log'
  | 'supports'
  | 'polls'
  | 'pollAnswers'
  | 'milestones'
  | 'translations';

/** A column as declared here: its words (the header) come from each language's folder. */
type DeclaredColumn = Omit<Column, 'header'>;

/**
 * A column with its key, kind, rule and enum kept as declared (literal types): the records
 * (records.ts) and the forms' fields (fieldOf) are typed from them.
 */
type Declared<K extends string, C extends CellKind, S extends z.core.SomeType, X = object> = { readonly key: K; readonly kind: C; readonly schema: S } & X;

function col<K extends string, C extends CellKind, S extends z.core.SomeType, X extends Partial<DeclaredColumn> = object>(key: K, kind: C, schema: S, extra?: X): Declared<K, C, S, X> {
  return { key, kind, schema, ...(extra as X) };
}

function enumCol<K extends string, E extends EnumName>(key: K, name: E): Declared<K, 'text', ReturnType<typeof f.required<ReturnType<typeof f.enumOf<E>>>>, { readonly enum: E }>;
function enumCol<K extends string, E extends EnumName>(key: K, name: E, isRequired: false): Declared<K, 'text', ReturnType<typeof f.optional<ReturnType<typeof f.enumOf<E>>>>, { readonly enum: E }>;
function enumCol<K extends string, E extends EnumName>(key: K, name: E, isRequired = true): DeclaredColumn {
  const schema = isRequired ? f.required(f.enumOf(name)) : f.optional(f.enumOf(name));
  return col(key, 'text', schema, { enum: name });
}

/** A tab as declared: its columns' literal types kept, each with its header. */
export type TableOf<C extends DeclaredColumn> = Table & { readonly columns: readonly (C & { readonly header: Localized })[] };

/**
 * A tab with its name and headers in every language, from each language's folder
 * (src/domain/languages/<language>/sheet.ts: `tabs` and `headers`, by table and column key).
 * The headers are read when first asked (i18n/sheet-words.ts): Code.js carries few of them.
 * The columns come as a function, and each tab is marked pure, so a bundle that uses no
 * column of a tab (the sidebar's, which takes its forms' rules from here) leaves it out.
 */
function table<C extends DeclaredColumn>(declared: Omit<Table, 'name' | 'columns'> & { readonly columns: () => readonly C[] }): TableOf<C> {
  // Code.js keeps only some tables' headers (scripts/build.mjs): the others are absent.
  const headers = (sheet: SheetWords): Readonly<Record<string, string>> => (sheet.headers as Partial<Record<string, Readonly<Record<string, string>>>> | undefined)?.[declared.key] ?? {};
  return {
    ...declared,
    name: localized((language) => language.sheet.tabs[declared.key]),
    columns: declared.columns().map((column) => ({ ...column, header: sheetWord((sheet) => headers(sheet)[column.key], `${declared.key}.${column.key}`) })),
  };
}

/** A declared tab's column keys. */
export type ColumnKey<T extends Table> = T['columns'][number]['key'];

/** A declared column's rule, with its literal type: what a form field reuses (z.output gives its value's type). */
export type RuleOf<T extends Table, K extends ColumnKey<T>> = Extract<T['columns'][number], { readonly key: K }>['schema'];

/**
 * A form field that is a column's: the column's own rule, so a limit, an enum or a range is
 * stated once, in the declaration (`fieldOf(PROPOSALS, 'title')`).
 */
export function fieldOf<T extends Table, K extends ColumnKey<T>>(table: T, key: K): RuleOf<T, K> {
  return table.columns.find((c) => c.key === key)?.schema as RuleOf<T, K>;
}

const computed = { computed: true } as const;
const unique = { unique: 'exact' } as const;
const refersTo = (table: TableKey) => ({ references: table });

const longText = () => f.optional(f.text(f.LIMITS.text));
/** Meetings › Minutes (PRODUCT.md §2). */
export const MINUTES_LIMIT = 10_000;

export const SETTINGS = /* @__PURE__ */ table({
  key: 'settings',
  columns: () => [
    col('setting', 'text', f.required(f.text(f.LIMITS.name))),
    col('value', 'text', z.unknown()),
    col('notes', 'text', longText()),
  ],
});

export const MEMBERS = /* @__PURE__ */ table({
  key: 'members',
  idPrefix: 'MEM',
  unknownId: 'unknownMember',
  columns: () => [
    col('id', 'text', f.required(f.idOf('MEM')), unique),
    col('name', 'text', f.required(f.text(f.LIMITS.name))),
    col('email', 'text', f.required(f.email()), { unique: 'caseless' }),
    col('organization', 'text', longText()),
    col('city', 'text', f.required(f.text(f.LIMITS.text))),
    col('country', 'text', f.required(f.country())),
    enumCol('hub', 'hub'),
    enumCol('role', 'role'),
    enumCol('status', 'memberStatus'),
    col('joined', 'date', f.required(f.date())),
    // Blank for members registered before these columns existed: asked again on their next visit.
    enumCol('language', 'language', false),
    col('consent', 'date', f.optional(f.date())),
    enumCol('emails', 'yesNo', false),
  ],
});

export const OBJECTIVES = /* @__PURE__ */ table({
  key: 'objectives',
  unknownId: 'unknownObjective',
  columns: () => [
    col('id', 'text', f.required(f.objectiveId()), unique),
    col('objective', 'text', f.required(f.text(f.LIMITS.text))),
    enumCol('metric', 'metric'),
    col('target', 'number', f.optional(f.positiveNumber())),
    col('progress', 'percent', f.optional(f.fraction()), { computed: true, typed: true }),
    enumCol('status', 'objectiveStatus'),
    enumCol('priority', 'yesNo'),
    col('notes', 'text', longText()),
  ],
});

export const PROPOSALS = /* @__PURE__ */ table({
  key: 'proposals',
  idPrefix: 'PRO',
  unknownId: 'unknownProposal',
  columns: () => [
    col('id', 'text', f.required(f.idOf('PRO')), unique),
    col('title', 'text', f.required(f.text(f.LIMITS.title, 3))),
    col('description', 'text', longText()),
    col('objective', 'text', f.required(f.objectiveId()), refersTo('objectives')),
    col('member', 'text', f.required(f.idOf('MEM')), refersTo('members')),
    enumCol('status', 'proposalStatus'),
    col('priorityRank', 'integer', f.optional(f.positiveInteger())),
    col('resourcesNeeded', 'text', longText()),
    col('submitted', 'datetime', f.written(), computed),
    col('supports', 'integer', f.written(), computed),
    col('answer', 'text', longText()),
    col('answered', 'date', f.optional(f.date())),
    // Computed from the Milestones tab (issue 21).
    col('progress', 'percent', f.written(), computed),
    col('nextMilestone', 'text', f.written(), computed),
  ],
});

export const RESOURCES = /* @__PURE__ */ table({
  key: 'resources',
  idPrefix: 'RES',
  columns: () => [
    col('id', 'text', f.required(f.idOf('RES')), unique),
    col('member', 'text', f.required(f.idOf('MEM')), refersTo('members')),
    enumCol('kind', 'resourceKind'),
    enumCol('category', 'category'),
    col('description', 'text', longText()),
    col('amount', 'money', f.optional(f.positiveNumber())),
    enumCol('currency', 'currency', false),
    col('quantity', 'number', f.optional(f.positiveNumber())),
    col('unit', 'text', f.optional(f.text(f.LIMITS.name))),
    enumCol('availability', 'availability'),
    col('availableFrom', 'date', f.optional(f.date())),
    col('proposal', 'text', f.optional(f.idOf('PRO')), refersTo('proposals')),
    col('submitted', 'datetime', f.written(), computed),
    // What was actually given so far, in the pledge's Currency or Unit (issue 21).
    col('delivered', 'number', f.optional(f.nonNegativeNumber())),
    col('deliveredOn', 'date', f.optional(f.date())),
  ],
});

export const MEETINGS = /* @__PURE__ */ table({
  key: 'meetings',
  idPrefix: 'MTG',
  unknownId: 'unknownMeeting',
  columns: () => [
    col('id', 'text', f.required(f.idOf('MTG')), unique),
    col('title', 'text', f.required(f.text(f.LIMITS.title))),
    col('date', 'date', f.required(f.date())),
    col('start', 'text', f.required(f.wallTime())),
    col('durationMinutes', 'integer', f.required(f.duration())),
    col('timeZone', 'text', f.required(f.timeZone())),
    col('location', 'text', longText()),
    enumCol('audience', 'audience'),
    col('agenda', 'text', longText()),
    enumCol('status', 'meetingStatus'),
    col('recifeTime', 'text', f.written(), computed),
    col('nantesTime', 'text', f.written(), computed),
    col('eventId', 'text', f.written(), computed),
    col('synced', 'datetime', f.written(), computed),
    col('videoLink', 'text', f.written(), computed),
    col('going', 'integer', f.written(), computed),
    col('maybe', 'integer', f.written(), computed),
    col('notGoing', 'integer', f.written(), computed),
    col('noReply', 'integer', f.written(), computed),
    // Issue 20: what a held meeting recorded (closeMeeting).
    col('minutes', 'text', f.optional(f.text(MINUTES_LIMIT))),
    col('attendees', 'integer', f.optional(f.count())),
    col('discussedProposals', 'text', f.optional(f.idListOf('PRO')), { references: 'proposals', list: true }),
  ],
});

export const DASHBOARD = /* @__PURE__ */ table({
  key: 'dashboard',
  columns: () => [],
});

export const LOG = /* @__PURE__ */ table({
  key: 'log',
  columns: () => [
    col('timestamp', 'datetime', f.written(), computed),
    col('user', 'text', f.written(), computed),
    col('action', 'text', f.written(), computed),
    col('target', 'text', f.written(), computed),
    col('details', 'text', f.written(), computed),
  ],
});

/** One row per member and proposal they support (PRODUCT.md §2). */
export const SUPPORTS = /* @__PURE__ */ table({
  key: 'supports',
  columns: () => [
    col('proposal', 'text', f.required(f.idOf('PRO')), refersTo('proposals')),
    col('member', 'text', f.required(f.idOf('MEM')), refersTo('members')),
    col('date', 'date', f.optional(f.date())),
  ],
});

/** Candidate starts a coordinator offers, the group answers, and one becomes a meeting (issue 20). */
export const POLLS = /* @__PURE__ */ table({
  key: 'polls',
  idPrefix: 'POL',
  unknownId: 'unknownPoll',
  columns: () => [
    col('id', 'text', f.required(f.idOf('POL')), unique),
    col('title', 'text', f.required(f.text(f.LIMITS.title))),
    col('durationMinutes', 'integer', f.required(f.duration())),
    col('timeZone', 'text', f.required(f.timeZone())),
    enumCol('audience', 'audience'),
    col('options', 'text', f.required(f.pollOptions())),
    col('closes', 'date', f.required(f.date())),
    enumCol('status', 'pollStatus'),
    col('chosen', 'text', f.optional(f.optionStart()), { wallClock: true }),
    col('meeting', 'text', f.optional(f.idOf('MTG')), refersTo('meetings')),
    // Not in PRODUCT.md's list: where openPoll keeps what the meeting made from the poll will say.
    col('location', 'text', longText()),
    col('agenda', 'text', longText()),
  ],
});

/** One row per poll, member and option (PRODUCT.md §2). */
export const POLL_ANSWERS = /* @__PURE__ */ table({
  key: 'pollAnswers',
  columns: () => [
    col('poll', 'text', f.required(f.idOf('POL')), refersTo('polls')),
    col('member', 'text', f.required(f.idOf('MEM')), refersTo('members')),
    col('option', 'text', f.required(f.optionStart()), { wallClock: true }),
    enumCol('answer', 'pollAnswer'),
    col('answered', 'datetime', f.written(), computed),
  ],
});

/** The steps of a prioritized proposal: what its Progress and Next milestone are computed from (issue 21). */
export const MILESTONES = /* @__PURE__ */ table({
  key: 'milestones',
  idPrefix: 'MIL',
  columns: () => [
    col('id', 'text', f.required(f.idOf('MIL')), unique),
    col('proposal', 'text', f.required(f.idOf('PRO')), refersTo('proposals')),
    col('milestone', 'text', f.required(f.text(f.LIMITS.title, 3))),
    col('due', 'date', f.required(f.date())),
    enumCol('status', 'milestoneStatus'),
    col('doneOn', 'date', f.optional(f.date())),
    col('notes', 'text', longText()),
  ],
});


/**
 * Machine translations kept for reuse (issue 22, PRODUCT.md §2): one row per source cell and
 * language, reused while the source text's hash is unchanged. Written by the add-on alone.
 */
export const TRANSLATIONS = /* @__PURE__ */ table({
  key: 'translations',
  hidden: true,
  columns: () => [
    col('source', 'text', f.written(), computed),
    col('language', 'text', f.written(), computed),
    col('text', 'text', f.written(), computed),
    col('sourceHash', 'text', f.written(), computed),
    col('translated', 'datetime', f.written(), computed),
  ],
});

/** In the order setup creates the tabs; the tabs that came later follow the Log; Translations come last. */
export const TABLES: readonly Table[] = [SETTINGS, MEMBERS, OBJECTIVES, PROPOSALS, RESOURCES, MEETINGS, DASHBOARD, LOG, SUPPORTS, POLLS, POLL_ANSWERS, MILESTONES, TRANSLATIONS];

/** The tables a table's columns refer to, whose IDs its checks need. */
export function referencedBy(table: Table): TableKey[] {
  return [...new Set(table.columns.flatMap((c) => (c.references ? [c.references] : [])))];
}

export function tableByKey(key: TableKey): Table {
  const table = TABLES.find((t) => t.key === key);
  if (!table) throw new Error(`Unknown table ${key}`);
  return table;
}
