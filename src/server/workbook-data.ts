import { enumCodeOf } from '../domain/enums';
import { readSettings, settingKeyOf, type SettingKey, type Settings } from '../domain/settings';
import { SETTINGS, type Table, type TableKey } from '../domain/tables';
import { todayIn } from '../domain/time';
import { cellText } from '../domain/cells';
import { readColumnInPlace, readTable, type TableData } from '../sheets/table';
import type { Call } from './call';

/** A tab read in one call, or undefined when the workbook has no such tab yet. */
export function readTab(call: Call, table: Table): TableData | undefined {
  const sheet = call.workbook.tab(table.key as TableKey);
  return sheet ? readTable(sheet, table, call.workbook.timeZone) : undefined;
}

export function today(call: Call): string {
  return todayIn(call.workbook.timeZone, call.now);
}

/** The Settings tab's values, with defaults for anything missing (a workbook not yet set up included). */
export function loadSettings(call: Call, data = readTab(call, SETTINGS)): Settings {
  const values: Partial<Record<SettingKey, unknown>> = {};
  for (const row of data?.rows ?? []) {
    const key = settingKeyOf(row.values['setting']);
    if (key && !(key in values)) values[key] = row.values['value'];
  }
  // The spreadsheet's locale costs a call: asked only when Settings names no language.
  return readSettings(values, enumCodeOf('language', values.language) ?? call.workbook.spreadsheetLocale, today(call));
}

export interface MemberRecord {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: 'coordinator' | 'member' | undefined;
  readonly hub: 'Recife' | 'Nantes' | undefined;
  readonly active: boolean;
}

export function membersOf(data: TableData | undefined): MemberRecord[] {
  return (data?.rows ?? []).map(({ row, values }) => ({
    row,
    id: cellText(values['id']),
    name: String(values['name'] ?? '').trim(),
    email: String(values['email'] ?? '').trim().toLowerCase(),
    role: enumCodeOf('role', values['role']),
    hub: enumCodeOf('hub', values['hub']),
    active: (enumCodeOf('memberStatus', values['status']) ?? 'active') === 'active',
  }));
}

/** The caller's own member row: the first active one with their email. */
export function memberByEmail(members: readonly MemberRecord[], email: string): MemberRecord | undefined {
  if (!email) return undefined;
  return members.find((m) => m.email === email && m.active) ?? members.find((m) => m.email === email);
}


/** The IDs in a tab's ID column, as typed (blank rows' included as ''). */
export function idsOf(data: TableData | undefined): string[] {
  return (data?.rows ?? []).map((row) => cellText(row.values['id']));
}

/** A tab's IDs, blanks left out, reading only its ID column when it is where setup put it. */
export function readIds(call: Call, table: Table): string[] {
  const sheet = call.workbook.tab(table.key);
  if (!sheet) return [];
  const ids = readColumnInPlace(sheet, table, 'id')?.map(cellText) ?? idsOf(readTab(call, table));
  return ids.filter(Boolean);
}

/** Only an active coordinator may do what coordinators do. */
export function isCoordinator(member: MemberRecord | undefined): member is MemberRecord {
  return Boolean(member?.active && member.role === 'coordinator');
}
