import { idsOf, recordsOf } from '../domain/records';
import { enumLabel } from '../domain/enums';
import { UserError } from '../domain/errors';
import { t } from '../domain/i18n';
import { LOCALE_FACTS, type Locale } from '../domain/locale';
import { SEED_OBJECTIVES } from '../domain/objectives';
import { defaultSettings, SETTING_ROWS, type SettingKey, type Settings } from '../domain/settings';
import { MEMBERS, OBJECTIVES, SETTINGS, type Table } from '../domain/tables';
import { withDocumentLock } from '../lock';
import { isoDateToDateCell } from '../domain/time';
import { numberFormat } from '../sheets/formats';
import { appendRecords } from '../sheets/append';
import { writeBlock, writeRows } from '../sheets/write';
import { columnOf, type TableData } from '../sheets/table';
import type { Call } from './call';
import { issueId, readCoordinators, rememberCoordinators } from '../properties';
import { log } from './log';
import { refusalText, serve, toast, type Result } from './respond';
import { ensureTabs } from '../sheets/layout';
import type { GoogleServices } from './services';
import { isCoordinator, loadSettings, memberByEmail, readTab, requireTab, today } from './workbook-data';

/** The Members columns a coordinator is recognized by. */
const IDENTITY = ['email', 'role', 'status'] as const;

export interface SetupReport {
  readonly created: string[];
  readonly repaired: string[];
  /** Set when this run registered the caller as the first coordinator. */
  readonly coordinatorId?: string;
  readonly message: string;
}

/**
 * Creates or repairs the workbook (PRODUCT.md §4). Only a coordinator may run it, except
 * in a workbook that has none yet: whoever runs it then becomes the first coordinator.
 */
export function setupWorkbook(google: GoogleServices): Result<SetupReport> {
  const result = serve(google, (call) => {
    if (!call.caller.email) throw new UserError('error.signIn');
    const report = withDocumentLock(google.LockService, () => setUp(call));
    toast(call, report.message);
    return { ok: true as const, ...report };
  });
  if (!result.ok) google.SpreadsheetApp.getUi().alert(refusalText(result));
  return result;
}

function setUp(call: Call): SetupReport {
  const before = { settings: readTab(call, SETTINGS), members: readTab(call, MEMBERS), objectives: readTab(call, OBJECTIVES) };
  const membersBefore = recordsOf('members', before.members);
  const coordinators = membersBefore.filter(isCoordinator);
  const me = memberByEmail(membersBefore, call.caller.email);
  const settings = loadSettings(call, before.settings);
  const language = settings.language;
  const properties = call.google.PropertiesService.getDocumentProperties();
  // Without these columns nobody's role can be read: the coordinators setup saw last time are asked instead.
  const lost = before.members && before.members.grid.length > 1 ? IDENTITY.filter((key) => !before.members?.columns.has(key)) : [];
  const lostColumns = { tab: MEMBERS.name[language], columns: lost.map((key) => MEMBERS.columns.find((c) => c.key === key)?.header[language] ?? key).join(', '), count: lost.length };
  if (lost.length > 0) {
    if (!readCoordinators(properties).includes(call.caller.email)) throw new UserError('setup.identityLost', lostColumns);
  } else if (coordinators.length > 0 && !coordinators.some((c) => c.email === call.caller.email)) {
    throw new UserError('setup.coordinatorsOnly');
  }

  const tabs = ensureTabs(call.google.SpreadsheetApp, call.workbook, language, properties, before);
  // A tab setup created or whose headers it rewrote is read again; the others are as read above.
  const fresh = <K extends keyof typeof before>(key: K, table: Table): TableData =>
    (tabs.touched.has(key) ? undefined : before[key]) ?? requireTab(call, table);
  const seeded = [
    ...seedSettings(call, fresh('settings', SETTINGS), settings),
    ...seedObjectives(call, fresh('objectives', OBJECTIVES), language),
  ];
  const coordinatorId = coordinators.length === 0 && lost.length === 0 ? makeFirstCoordinator(call, fresh('members', MEMBERS), me, language) : undefined;
  if (lost.length === 0) rememberCoordinators(properties, [...coordinators.map((c) => c.email), ...(coordinatorId ? [call.caller.email] : [])]);

  const message = [
    tabs.created.length + tabs.repaired.length === 0
      ? t(call.caller.locale, 'setup.nothingToDo')
      : t(call.caller.locale, 'setup.done', { created: tabs.created.length, repaired: tabs.repaired.length }),
    coordinatorId ? t(call.caller.locale, 'setup.youAreCoordinator', { id: coordinatorId }) : '',
    lost.length > 0 ? t(call.caller.locale, 'setup.columnsBackEmpty', lostColumns) : '',
  ].filter(Boolean).join(' ');
  // A run that found everything in place wrote nothing, so it leaves no Log row either.
  const list = (items: readonly string[]) => items.join(', ') || '-';
  if (tabs.created.length + tabs.repaired.length + seeded.length > 0) {
    log(call, [{ action: 'setup', details: `created: ${list(tabs.created)}; repaired: ${list(tabs.repaired)}; added: ${list(seeded)}` }], language);
  }
  if (coordinatorId) log(call, [{ action: 'coordinator', target: coordinatorId }], language);
  return { ...tabs, ...(coordinatorId ? { coordinatorId } : {}), message };
}

/** Adds the Settings rows that are missing; a value someone typed is never replaced. Returns what it added. */
function seedSettings(call: Call, data: TableData, current: Settings): string[] {
  const present = new Set(recordsOf('settings', data).map((row) => row.key));
  const missing = SETTING_ROWS.filter((row) => !present.has(row.key));
  if (missing.length === 0) return [];
  const language = current.language;
  const defaults = defaultSettings(language, today(call));
  const values: Record<SettingKey, unknown> = {
    ...defaults,
    workshopDate: current.workshopDate,
    submissionDeadline: current.submissionDeadline,
    sendInvitations: enumLabel('yesNo', 'yes', language),
    eurToBrlRate: '',
  };
  const first = appendRecords(
    { ...data, lastRow: data.grid.length },
    missing.map((row) => ({ setting: row.label[language], value: '', notes: t(language, `setting.note.${row.key}`) })),
    call.workbook,
    language,
  ) - missing.length + 1;
  // The Value column mixes dates, numbers and text, so each row gets its own format.
  const valueColumn = columnOf(data, 'value');
  writeBlock(
    {
      sheet: data.sheet,
      row: first,
      column: valueColumn + 1,
      cells: missing.map((row) => [settingCell(row.key, values[row.key], row.kind, call.workbook.timeZone)]),
      formats: missing.map((row) => [numberFormat(row.kind, language)]),
    },
    call.workbook.text,
  );
  return missing.map((row) => row.key);
}

function settingCell(key: SettingKey, value: unknown, kind: string, timeZone: string): string | number | Date {
  if (kind === 'date' && typeof value === 'string') return isoDateToDateCell(value, timeZone);
  if (key === 'language' || typeof value === 'string' || typeof value === 'number') return value as string | number;
  return '';
}

function seedObjectives(call: Call, data: TableData, language: Locale): string[] {
  const present = new Set(idsOf(data));
  const missing = SEED_OBJECTIVES.filter((o) => !present.has(o.id));
  appendRecords(
    { ...data, lastRow: data.grid.length },
    missing.map((o) => ({
      id: o.id,
      objective: o.objective[language],
      metric: enumLabel('metric', o.metric, language),
      target: o.target,
      progress: o.status === 'achieved' ? 1 : 0,
      status: enumLabel('objectiveStatus', o.status, language),
      priority: enumLabel('yesNo', o.priority, language),
      notes: '',
    })),
    call.workbook,
    language,
  );
  return missing.map((o) => o.id);
}

/**
 * Registers the caller as coordinator: their existing row is promoted, or a new row is
 * added with what the account tells (the name is the part of the email before @, since
 * Apps Script shares no display name without extra scopes). Hub follows the language.
 */
function makeFirstCoordinator(call: Call, data: TableData, me: ReturnType<typeof memberByEmail>, language: Locale): string {
  if (me) {
    // An inactive row is reactivated too: a coordinator the add-on does not count would leave the workbook without one.
    // Without Role or Status the tab is one setup has not repaired yet: refused as such.
    for (const key of ['role', 'status']) columnOf(data, key);
    const values = { role: enumLabel('role', 'coordinator', language), ...(me.active ? {} : { status: enumLabel('memberStatus', 'active', language) }) };
    writeRows(data, [{ row: me.row, values }], call.workbook, language);
    return me.id;
  }
  const home = LOCALE_FACTS[call.caller.locale];
  const id = issueId(call.google.PropertiesService.getDocumentProperties(), 'MEM', idsOf(data));
  appendRecords(
    { ...data, lastRow: data.grid.length },
    [{
      id,
      name: call.caller.email.split('@')[0],
      email: call.caller.email,
      organization: '',
      city: home.hub,
      country: home.country,
      hub: home.hub,
      role: enumLabel('role', 'coordinator', language),
      status: enumLabel('memberStatus', 'active', language),
      joined: today(call),
    }],
    call.workbook,
    language,
  );
  return id;
}
