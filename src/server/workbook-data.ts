import { idsOf, recordsOf, type Member } from '../domain/records';
import { enumCodeOf } from '../domain/enums';
import { readSettings, type SettingKey, type Settings } from '../domain/settings';
import { MEETINGS, MILESTONES, MEMBERS, OBJECTIVES, PROPOSALS, RESOURCES, SETTINGS, type Table, type TableKey } from '../domain/tables';
import { todayIn } from '../domain/time';
import { cellText } from '../domain/cells';
import { UserError } from '../domain/errors';
import type { Locale } from '../domain/locale';
import { readColumnInPlace, readTable, type TableData } from '../sheets/table';
import type { Call } from './call';

/** The workbook language each call last read from Settings, so a tab with money reads it without another Settings read. */
const languages = new WeakMap<Call, Locale>();

/**
 * A tab read in one call, or undefined when the workbook has no such tab yet. Money typed
 * as text is read as the workbook's language writes it (PRODUCT.md §5).
 */
export function readTab(call: Call, table: Table): TableData | undefined {
  const sheet = call.workbook.tab(table.key as TableKey);
  if (!sheet) return undefined;
  const language = table.columns.some((c) => c.kind === 'money') ? (languages.get(call) ?? loadSettings(call).language) : undefined;
  return readTable(sheet, table, call.workbook.timeZone, language, call.workbook.findColumns);
}

/** A tab the call cannot do without: refused, in the caller's language, when the workbook has none. */
export function requireTab(call: Call, table: Table): TableData {
  const data = readTab(call, table);
  if (!data) throw new UserError('error.notSetUp');
  return data;
}

/**
 * Refuses, before anything is written, when the tab lacks a column the call needs (deleted,
 * headers typed in another language, header row cleared or pushed down by a blank row): the
 * refusal names the columns, in the workbook's language, as setup will put them back.
 */
export function requireColumns(data: TableData, keys: readonly string[], language: Locale): TableData {
  const missing = keys.filter((key) => !data.columns.has(key));
  if (missing.length === 0) return data;
  const header = (key: string) => data.table.columns.find((c) => c.key === key)?.header[language] ?? key;
  throw new UserError('error.missingColumn', { tab: data.table.name[language], columns: missing.map(header).join(', '), count: missing.length });
}

export function today(call: Call): string {
  return todayIn(call.workbook.timeZone, call.now);
}

/** The Settings tab's values, with defaults for anything missing (a workbook not yet set up included). */
export function loadSettings(call: Call, data = readTab(call, SETTINGS)): Settings {
  const values: Partial<Record<SettingKey, unknown>> = {};
  for (const { key, value } of recordsOf('settings', data)) {
    if (key && !(key in values)) values[key] = value;
  }
  // The spreadsheet's locale costs a call: asked only when Settings names no language.
  const settings = readSettings(values, enumCodeOf('language', values.language) ?? call.workbook.spreadsheetLocale, today(call));
  languages.set(call, settings.language);
  return settings;
}

/** The caller's own member row: the first active one with their email. */
export function memberByEmail(members: readonly Member[], email: string): Member | undefined {
  if (!email) return undefined;
  return members.find((m) => m.email === email && m.active) ?? members.find((m) => m.email === email);
}


/** A tab's IDs, blanks left out, reading only its ID column when it is where setup recorded it. */
export function readIds(call: Call, table: Table): string[] {
  const sheet = call.workbook.tab(table.key);
  if (!sheet) return [];
  const ids = readColumnInPlace(sheet, call.workbook.recordedColumn(sheet, 'id'))?.map(cellText) ?? idsOf(readTab(call, table));
  return ids.filter(Boolean);
}

/** Only an active coordinator may do what coordinators do. */
export function isCoordinator(member: Member | undefined): member is Member {
  return Boolean(member?.active && member.role === 'coordinator');
}

/** Every tab the progress and the dashboard read, each read once. */
export interface ProgressTabs {
  readonly settings: Settings;
  /** The Settings tab itself, undefined before setup. */
  readonly settingsData?: TableData | undefined;
  readonly objectives: TableData | undefined;
  readonly members: readonly Member[];
  readonly proposals: TableData | undefined;
  readonly resources: TableData | undefined;
  readonly meetings: TableData | undefined;
  readonly milestones: TableData | undefined;
}

export function readProgressTabs(call: Call): ProgressTabs {
  const settingsData = readTab(call, SETTINGS);
  return {
    settings: loadSettings(call, settingsData),
    settingsData,
    objectives: readTab(call, OBJECTIVES),
    members: recordsOf('members', readTab(call, MEMBERS)),
    proposals: readTab(call, PROPOSALS),
    resources: readTab(call, RESOURCES),
    meetings: readTab(call, MEETINGS),
    milestones: readTab(call, MILESTONES),
  };
}
