import { guestsFor } from '../domain/calendar-event';
import { enumLabel } from '../domain/enums';
import { PERSONAL_COLUMNS, finderOf, withoutEmails, type Finder, type Person } from '../domain/privacy';
import type { Locale } from '../domain/locale';
import { recordsOf, type Member } from '../domain/records';
import { DASHBOARD, LOG, MEETINGS, MEMBERS, PROPOSALS, RESOURCES, SUPPORTS, TABLES, type Table } from '../domain/tables';
import { isDate } from '../domain/time';
import { readGrid, readNotes, rewriteAllNotes, rewriteText } from '../sheets/scrub';
import { writeRows } from '../sheets/write';
import type { TableData } from '../sheets/table';
import type { Call } from './call';
import { recount } from './progress';
import { scheduleAfterErasure, scheduledBy } from './reminder-schedule';
import { forgetChangedSources } from './translate';
import { readTab } from './workbook-data';

/**
 * Every place the add-on keeps a person's data (PRODUCT.md §5), declared once: what their
 * export shows of it and what their erasure does there. exportMyData and eraseMember both
 * walk this list, so a place added here is exported and erased alike; a place missing from it
 * is a place neither knows.
 */

/** What export and erasure know of the person, read once. */
interface Context {
  readonly call: Call;
  readonly person: Person;
  readonly member: Member;
  /** Everyone's email → member ID, so an export shows no one else's address. */
  readonly ids: ReadonlyMap<string, string>;
  /** The person's ID, email and name, compiled once to search every cell. */
  readonly find: Finder;
  /** The same, by email alone: a row holding just their ID is one of their own, exported as such. */
  readonly byEmail: Finder;
}

interface ErasureContext extends Context {
  readonly language: Locale;
  /** The person erases themselves (else a coordinator does). */
  readonly self: boolean;
}

type Known = Omit<Context, 'find' | 'byEmail'>;

export interface Place {
  /** Names the place in the export file and in the documentation (docs/personal-data.md). */
  readonly name: 'member' | 'contributions' | 'cells' | 'notes' | 'log' | 'dashboard' | 'properties' | 'calendar' | 'triggers';
  /** What the person's export holds from here (merged into the file). */
  readonly export: (context: Context) => Record<string, unknown>;
  /** What erasure does here; places run in this list's order (triggers before properties, whose record names the owner), under the document lock. */
  readonly erase: (context: ErasureContext) => void;
}

/** The tabs whose cells may mention anyone: all but the Dashboard (rebuilt) and the Log (its own place). */
const TEXT_TABS = TABLES.filter((t) => t !== DASHBOARD && t !== LOG);

export const PERSONAL_DATA: readonly Place[] = [
  {
    // Name, Email, Organization, City and Country are blanked; the ID, the Hub and the rest stay.
    name: 'member',
    export: ({ call, member, ids, person }) => {
      const data = readTab(call, MEMBERS);
      return { member: data ? scrubbed(rowObject(data, member.row), ids, person.email) : {} };
    },
    erase: ({ call, member, language }) => {
      const data = readTab(call, MEMBERS);
      if (!data) return;
      const blanks = Object.fromEntries(PERSONAL_COLUMNS.filter((key) => data.columns.has(key)).map((key) => [key, '']));
      writeRows(data, [{ row: member.row, values: { ...blanks, status: enumLabel('memberStatus', 'erased', language) } }], call.workbook, language);
    },
  },
  {
    // Their proposals, pledges and supports stay, under their ID only: the group's totals do not move.
    name: 'contributions',
    export: (context) => {
      const own = (v: Readonly<Record<string, unknown>>) => String(v['member'] ?? '').trim() === context.person.id;
      return { proposals: rowsOf(context, PROPOSALS, own), pledges: rowsOf(context, RESOURCES, own), supports: rowsOf(context, SUPPORTS, own) };
    },
    erase: () => undefined,
  },
  {
    // Any other cell of a tab that names their email (a coordinator's note in Settings, an agenda…);
    // then the kept translations of texts that changed, which may name them still.
    name: 'cells',
    export: (context) => ({ mentions: TEXT_TABS.flatMap((table) => rowsOf(context, table, (v) => names(v, context.byEmail))).filter((row) => !Object.values(row).includes(context.person.id)) }),
    erase: ({ call, find }) => {
      for (const table of TEXT_TABS) scrubValues(readTab(call, table), find);
      forgetChangedSources(call);
    },
  },
  {
    // Check's notes quote what was typed, an email among them.
    name: 'notes',
    export: ({ call, person, ids, find }) => ({
      notes: sheetsOf(call, TABLES).flatMap((sheet) =>
        readNotes(sheet).flatMap((line, row) => line.flatMap((note, column) => (find.mentions(note) ? [{ tab: sheet.getName(), row: row + 1, column: column + 1, note: withoutEmails(note, ids, person.email) }] : []))),
      ),
    }),
    erase: ({ call, find }) => {
      for (const sheet of sheetsOf(call, TABLES)) rewriteAllNotes(sheet, (notes) => find.scrub(notes));
    },
  },
  {
    // Their email becomes their ID everywhere in the Log, their name too in the rows about them.
    name: 'log',
    export: (context) => ({ log: rowsOf(context, LOG, (v) => names(v, context.find)) }),
    erase: ({ call, find }) => scrubValues(readTab(call, LOG), find),
  },
  {
    // The late list names them; the counts (Proposals › Supports, the Dashboard) are recomputed at once.
    name: 'dashboard',
    export: ({ call, find }) => ({ dashboard: sheetsOf(call, [DASHBOARD]).flatMap((sheet) => readGrid(sheet).filter((line) => names(line, find))) }),
    erase: ({ call }) => recount(call),
  },
  {
    // The daily trigger of scheduled reminders runs as whoever turned them on.
    name: 'triggers',
    export: ({ call, person }) => ({ scheduledReminders: scheduledBy(call) === person.email }),
    erase: ({ call, person, self }) => scheduleAfterErasure(call, person, self),
  },
  {
    // Document properties: the coordinators setup saw, the group calendar's owner and sharing, Log rows waiting.
    name: 'properties',
    export: ({ call, person, ids, byEmail }) => ({
      properties: Object.fromEntries(
        Object.entries(call.google.PropertiesService.getDocumentProperties().getProperties())
          .filter(([, value]) => byEmail.mentions(value))
          .map(([key, value]) => [key, withoutEmails(value, ids, person.email)]),
      ),
    }),
    erase: ({ call, find }) => {
      const properties = call.google.PropertiesService.getDocumentProperties();
      const before = properties.getProperties();
      const changed = Object.fromEntries(Object.entries(before).flatMap(([key, value]) => {
        const after = find.scrub([[value]])[0]?.[0] ?? value;
        return after === value ? [] : [[key, after]];
      }));
      if (Object.keys(changed).length > 0) properties.setProperties(changed);
    },
  },
  {
    // Events' guest lists are the next sync's: an erased member is no one's guest any more.
    name: 'calendar',
    export: (context) => {
      const invited = new Set(recordsOf('meetings', readTab(context.call, MEETINGS)).filter((m) => guestsFor(m.audience, [context.member]).length > 0).map((m) => m.id));
      return { meetings: rowsOf(context, MEETINGS, (v) => invited.has(String(v['id'] ?? '').trim())) };
    },
    erase: () => undefined,
  },
];

const compiled = <C extends Known>(context: C) => ({ ...context, find: finderOf(context.person), byEmail: finderOf({ ...context.person, id: '', name: '' }) });

/** The export file's content: one entry per place, in the list's order. */
export function exportOf(known: Known): Record<string, unknown> {
  const context = compiled(known);
  return Object.assign({}, ...PERSONAL_DATA.map((place) => place.export(context))) as Record<string, unknown>;
}

/** Erases the person everywhere, place by place (the caller holds the document lock). */
export function eraseEverywhere(known: Omit<ErasureContext, 'find' | 'byEmail'>): void {
  const context = compiled(known);
  for (const place of PERSONAL_DATA) place.erase(context);
}

/** A tab with the person scrubbed from its cells (see rewriteText). */
function scrubValues(data: TableData | undefined, find: Finder): void {
  if (data) rewriteText(data, (body) => find.scrub(body));
}

function rowsOf(context: Context, table: Table, keep: (values: Readonly<Record<string, unknown>>) => boolean): Record<string, unknown>[] {
  const data = readTab(context.call, table);
  return data ? data.rows.filter((r) => keep(r.values)).map((r) => scrubbed(rowObject(data, r.row), context.ids, context.person.email)) : [];
}

/** Whether some text cell of a row names the person (a row holding their bare ID is theirs, exported as such). */
function names(values: Readonly<Record<string, unknown>> | readonly unknown[], find: Finder): boolean {
  return Object.values(values).some((cell) => typeof cell === 'string' && find.mentions(cell));
}

/** The tabs of these tables that the workbook has. */
const sheetsOf = (call: Call, tables: readonly Table[]) => tables.flatMap((table) => call.workbook.tab(table.key) ?? []);

/** A row as the sheet shows it, keyed by the tab's own headers, so columns a coordinator added are in too. */
function rowObject(data: TableData, row: number): Record<string, unknown> {
  const header = data.grid[0] ?? [];
  const cells = data.grid[row - 1] ?? [];
  const keyAt = new Map([...data.columns].map(([key, i]) => [i, key] as const));
  const values = data.rows.find((r) => r.row === row)?.values ?? {};
  const result: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const key = keyAt.get(i);
    const value = key === undefined ? cells[i] : values[key];
    if (String(name).trim() !== '') result[String(name).trim()] = isDate(value) ? value.toISOString() : (value ?? '');
  });
  return result;
}

/** Every string in a value, emails other than the reader's replaced by those people's IDs. */
function scrubbed(value: Record<string, unknown>, ids: ReadonlyMap<string, string>, own: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? withoutEmails(v, ids, own) : v]));
}
