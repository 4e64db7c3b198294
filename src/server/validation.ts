import { idsOf, recordsOf } from '../domain/records';
import { supportProblems, tallySupports } from '../domain/supports';
import { milestoneProblems } from '../domain/milestone-check';
import { t, wordingFor } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import { issueMessage } from '../domain/messages';
import { CHECKED_TABLES, crossProblems, ownProblems, settingProblems, type Problem, type References } from '../domain/rows';
import { MEMBERS, POLLS, PROPOSALS, referencedBy, SETTINGS, tableByKey, type Table, type TableKey } from '../domain/tables';
import { pollAnswerProblems } from '../domain/poll-checks';
import { withDocumentLock } from '../lock';
import { readRecord, recordEntries } from '../properties/marks';
import { applyMarks } from '../sheets/marks';
import type { TableData } from '../sheets/table';
import { openCall, type Call } from './call';
import { refreshCityTimes } from '../sheets/city-times';
import { serve, toast, type Refused } from './respond';
import { log } from './log';
import type { ProblemView, Validation } from '../contract/validation';
import { a1 } from './go-to-cell';
import type { GoogleServices } from './services';
import { loadSettings, readIds, readTab } from './workbook-data';
import { writeSupportCounts } from './support-counts';

const VALIDATED: readonly TableKey[] = [SETTINGS.key, ...CHECKED_TABLES.map((t) => t.key)];

/** The tabs asked for, each read once, and the IDs the checked ones refer to. */
function readWorkbook(call: Call): { tabs: Map<TableKey, TableData>; refs: References } {
  const tabs = new Map<TableKey, TableData>();
  for (const key of VALIDATED) {
    const data = readTab(call, tableByKey(key));
    if (data) tabs.set(key, data);
  }
  const referenced = new Set([...tabs.values()].flatMap((data) => referencedBy(data.table)));
  return { tabs, refs: Object.fromEntries([...referenced].map((key) => [key, new Set(idsOf(tabs.get(key)).filter(Boolean))])) };
}

/** Supports counted as the contract says, from the tabs Check read: what the Supports tab's extra problems and Proposals › Supports come from. */
function supportTally(tabs: ReadonlyMap<TableKey, TableData>, limit: number) {
  return tallySupports(recordsOf('supports', tabs.get('supports')), recordsOf('members', tabs.get('members')), recordsOf('proposals', tabs.get('proposals')), limit);
}

/** The tabs a tab's rules beyond each cell read, besides the referenced tabs' IDs. */
const ALSO: Partial<Record<TableKey, readonly Table[]>> = { supports: [MEMBERS, PROPOSALS], pollAnswers: [MEMBERS, POLLS], milestones: [PROPOSALS] };

/**
 * A tab's problems: each of `rows` by its own rules, and the whole tab's rules that span rows and
 * tabs (references, supports, milestones, poll answers), from `tabs` (the others it reads).
 */
function problemsOf(data: TableData, rows: TableData['rows'], refs: References, tabs: ReadonlyMap<TableKey, TableData>, limit: number, language: Locale): Problem[] {
  const { table } = data;
  if (table.key === SETTINGS.key) return settingProblems(table, rows);
  const all = new Map(tabs).set(table.key, data);
  return [
    ...ownProblems(table, rows, language),
    ...crossProblems(table, data.rows, refs),
    ...(table.key === 'supports' ? supportProblems(supportTally(all, limit), limit) : []),
    ...(table.key === 'milestones' ? milestoneProblems(recordsOf('milestones', data), recordsOf('proposals', all.get('proposals'))) : []),
    ...(table.key === 'pollAnswers' ? pollAnswerProblems(recordsOf('pollAnswers', data), recordsOf('polls', all.get('polls')), recordsOf('members', all.get('members'))) : []),
  ];
}

/**
 * Marks a tab: a note in the workbook language and a colour on each bad cell, and last run's
 * marks cleared from the cells that are now right. `rows` is the edited block, or `all`,
 * which also reaches rows that were marked before and are now blank. Returns whether it wrote.
 */
function mark(call: Call, data: TableData, problems: readonly Problem[], rows: { first: number; last: number } | 'all', language: Locale): boolean {
  const properties = call.google.PropertiesService.getDocumentProperties();
  const all = properties.getProperties();
  const record = readRecord(all, data.table.key);
  const byNote = record === 'by-note';
  const coloured = byNote ? new Set<string>() : record;
  const before = recordEntries(all, data.table.key, record);
  const first = rows === 'all' ? 2 : rows.first;
  const last = rows === 'all' ? Math.max(data.grid.length, ...[...coloured].map((key) => Number(key.split(':')[0]))) : rows.last;
  const wording = wordingFor(language);
  const marks = problems.flatMap((p) => {
    const column = data.columns.get(p.column);
    return column === undefined ? [] : [{ row: p.row, column, message: issueMessage(p.issue, wording) }];
  });
  const wrote = applyMarks(data.sheet, first, Math.min(last, data.sheet.getMaxRows()), data.width, marks, coloured, byNote);
  // A whole-tab run knows every cell it coloured again; an edited block alone does not.
  const after = recordEntries(all, data.table.key, byNote && rows !== 'all' ? 'by-note' : coloured);
  if (JSON.stringify(after) !== JSON.stringify(before)) keepRecord(properties, after, recordEntries(all, data.table.key, 'by-note'));
  return wrote;
}

/**
 * Stores a tab's mark record; when the store refuses it (its 500 KB are full), the tiny
 * by-note record instead, and if even that fails the marks in the sheet stay right: only
 * the next run's way of telling our colours from a coordinator's is affected.
 */
function keepRecord(properties: GoogleAppsScript.Properties.Properties, entries: Record<string, string>, byNote: Record<string, string>): void {
  try {
    properties.setProperties(entries);
  } catch (error) {
    console.error(error);
    try {
      properties.setProperties(byNote);
    } catch (lost) {
      console.error(lost);
    }
  }
}

function headerOf(data: TableData, column: string, language: Locale): string {
  const index = data.columns.get(column);
  const header = index === undefined ? undefined : data.grid[0]?.[index];
  return typeof header === 'string' && header ? header : (data.table.columns.find((c) => c.key === column)?.header[language] ?? column);
}

/**
 * Checks every tab (PRODUCT.md §2), marks the bad cells and clears old marks. Answers
 * `{ok, problems, byTable}`, `ok` meaning no problem was found, and shows a toast.
 */
export function validateAll(google: GoogleServices): Validation | Refused {
  return serve(google, (call): Validation => {
    const locale = call.caller.locale;
    const wording = wordingFor(locale);
    const settings = loadSettings(call);
    const language = settings.language;
    const { tabs, refs } = readWorkbook(call);
    const tally = supportTally(tabs, settings.supportsPerMember);
    const problems: ProblemView[] = [];
    const byTable: Partial<Record<TableKey, number>> = {};
    const marked: string[] = [];
    withDocumentLock(google.LockService, () => {
      for (const data of tabs.values()) {
        const found = problemsOf(data, data.rows, refs, tabs, settings.supportsPerMember, language);
        if (mark(call, data, found, 'all', language)) marked.push(`${data.table.key}: ${found.length}`);
        byTable[data.table.key] = found.length;
        const tab = data.sheet.getName();
        // The list reads like the workbook: tab by tab, then by row, then column by column.
        const place = (p: Problem) => p.row * 1000 + (data.columns.get(p.column) ?? 999);
        for (const p of [...found].sort((a, b) => place(a) - place(b))) {
          const index = data.columns.get(p.column);
          const cell = index === undefined ? '' : a1(p.row, index);
          problems.push({ table: p.table, tab, row: p.row, column: headerOf(data, p.column, locale), cell, message: issueMessage(p.issue, wording) });
        }
      }
      // People may have typed into the Supports tab: its counts follow what Check found.
      const proposals = tabs.get('proposals');
      if (proposals && tabs.has('supports')) writeSupportCounts(proposals, tally.byProposal);
      if (marked.length > 0) log(call, [{ action: 'validate', details: marked.join('; ') }], language);
    });
    toast(call, problems.length === 0 ? t(locale, 'validate.none') : t(locale, 'validate.found', { count: problems.length }));
    return { ok: problems.length === 0, problems, byTable };
  });
}

/**
 * The onEdit simple trigger: checks the edited rows only (a paste of many rows included),
 * with no service that needs authorization, and keeps a meeting's city times current.
 */
export function validateEdit(google: GoogleServices, range: GoogleAppsScript.Spreadsheet.Range): void {
  const call = openCall(google, 'activeIfKnown');
  const sheetId = range.getSheet().getSheetId();
  const key = VALIDATED.find((k) => call.workbook.tab(k)?.getSheetId() === sheetId);
  if (!key) return;
  const first = Math.max(2, range.getRow());
  const last = range.getLastRow();
  if (last < first) return;
  const settings = loadSettings(call);
  const language = settings.language;
  const data = readTab(call, tableByKey(key));
  if (!data) return;
  // Only the edited rows are checked; the tabs they refer to are read for their IDs alone.
  const refs = Object.fromEntries(referencedBy(data.table).map((other) => [other, new Set(readIds(call, tableByKey(other)))]));
  const inEdit = (row: number) => row >= first && row <= last;
  const others = new Map((ALSO[key] ?? []).flatMap((table) => readTab(call, table) ?? []).map((other) => [other.table.key, other]));
  const edited = problemsOf(data, data.rows.filter((r) => inEdit(r.row)), refs, others, settings.supportsPerMember, language).filter((p) => inEdit(p.row));
  withDocumentLock(google.LockService, () => {
    if (key === 'meetings') refreshCityTimes(data, first, last, language, call.workbook.text);
    mark(call, data, edited, { first, last }, language);
  });
}

/** The onEdit simple trigger; a failure is logged, never shown: the person is typing. */
export function onEdit(google: GoogleServices, e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    validateEdit(google, e.range);
  } catch (error) {
    console.error(error);
  }
}
