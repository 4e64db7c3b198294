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
import { writeSupportCounts } from './supports';

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

function problemsOf(data: TableData, refs: References, tally: ReturnType<typeof supportTally>, limit: number, language: Locale, proposals: TableData | undefined): Problem[] {
  if (data.table.key === SETTINGS.key) return settingProblems(data.table, data.rows);
  const own = data.table.key === 'supports' ? supportProblems(tally, limit)
    : data.table.key === 'milestones' ? milestoneProblems(recordsOf('milestones', data), recordsOf('proposals', proposals))
    : [];
  return [...ownProblems(data.table, data.rows, language), ...crossProblems(data.table, data.rows, refs), ...own];
}

/** Poll answers' rules that need the polls and members themselves, from the tabs at hand. */
function answerProblems(tabs: ReadonlyMap<TableKey, TableData>): Problem[] {
  return pollAnswerProblems(recordsOf('pollAnswers', tabs.get('pollAnswers')), recordsOf('polls', tabs.get('polls')), recordsOf('members', tabs.get('members')));
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
        const found = problemsOf(data, refs, tally, settings.supportsPerMember, language, tabs.get('proposals'));
        if (data.table.key === 'pollAnswers') found.push(...answerProblems(tabs));
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
  const edited = data.table.key === SETTINGS.key
    ? settingProblems(data.table, data.rows.filter((r) => inEdit(r.row)))
    : [...ownProblems(data.table, data.rows.filter((r) => inEdit(r.row)), language), ...crossProblems(data.table, data.rows, refs).filter((p) => inEdit(p.row))];
  if (key === 'supports') edited.push(...editedSupportProblems(call, data, settings.supportsPerMember).filter((p) => inEdit(p.row)));
  if (key === 'pollAnswers') edited.push(...answerProblems(readAlso(call, data, [MEMBERS, POLLS])).filter((p) => inEdit(p.row)));
  if (key === 'milestones') edited.push(...milestoneProblems(recordsOf('milestones', data), recordsOf('proposals', readTab(call, PROPOSALS))).filter((p) => inEdit(p.row)));
  withDocumentLock(google.LockService, () => {
    if (key === 'meetings') refreshCityTimes(data, first, last, language, call.workbook.text);
    mark(call, data, edited, { first, last }, language);
  });
}

/** The edited tab, and the others its rules beyond each cell read. */
function readAlso(call: Call, data: TableData, others: readonly Table[]): Map<TableKey, TableData> {
  const tabs = new Map<TableKey, TableData>([[data.table.key, data]]);
  for (const table of others) {
    const read = readTab(call, table);
    if (read) tabs.set(table.key, read);
  }
  return tabs;
}

/** What the Supports tab's rules beyond each cell need: who is active, who wrote what, the limit. */
function editedSupportProblems(call: Call, data: TableData, limit: number): Problem[] {
  return supportProblems(supportTally(readAlso(call, data, [MEMBERS, PROPOSALS]), limit), limit);
}

/** The onEdit simple trigger; a failure is logged, never shown: the person is typing. */
export function onEdit(google: GoogleServices, e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    validateEdit(google, e.range);
  } catch (error) {
    console.error(error);
  }
}
