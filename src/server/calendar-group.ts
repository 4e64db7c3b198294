import { apiStatus, GroupCalendar, IDENTITY, type ApiEvent } from '../calendar';
import { UserError } from '../domain/errors';
import type { Locale } from '../domain/locale';
import { recordsOf, type Member } from '../domain/records';
import type { Settings } from '../domain/settings';
import { SETTINGS } from '../domain/tables';
import { withDocumentLock } from '../lock';
import { PROPERTY_KEYS, type Properties } from '../properties';
import { columnOf } from '../sheets/table';
import { writeRows } from '../sheets/write';
import type { Call } from './call';
import type { LogEntry } from './log';
import { readTab } from './workbook-data';

/** What the document remembers of the group calendar the sync created. */
interface GroupRecord {
  readonly id: string;
  readonly owner: string;
  /** Lower-case emails already given the writer role. */
  readonly shared: readonly string[];
}

function recordOf(text: string | null): GroupRecord | undefined {
  try {
    const value = JSON.parse(text ?? '') as Partial<GroupRecord>;
    return typeof value.id === 'string' && typeof value.owner === 'string' && Array.isArray(value.shared) ? (value as GroupRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the new calendar's ID into Settings › Calendar ID: one cell, under the lock. */
function writeCalendarId(call: Call, id: string, language: Locale): void {
  const data = readTab(call, SETTINGS);
  const row = recordsOf('settings', data).find((setting) => setting.key === 'calendarId')?.row;
  if (!data || row === undefined) return;
  columnOf(data, 'value'); // refused as not set up when Settings has no Value column
  writeRows(data, [{ row, values: { value: id } }], call.workbook, language);
}

export interface Group {
  readonly calendar: GroupCalendar;
  /** This workbook's events by meeting ID, deleted ones included: the run's one read. */
  readonly events: Map<string, ApiEvent>;
  /** Log rows about the calendar itself: made, shared, a coordinator it could not be shared with. */
  readonly log: LogEntry[];
}

/**
 * The group calendar every coordinator syncs into (PRODUCT.md §5): the one Settings names, or
 * a new "Mutirão — <spreadsheet name>" in the workbook's zone, owned by the first coordinator
 * who syncs, its ID written to Settings. Shared as writer with the active coordinators, the
 * ones added since included; only the owner can share (Acl.insert needs the owner role), so a
 * coordinator who is not is told whom to ask. Then one list reads every event of the workbook.
 */
export function openGroup(call: Call, settings: Settings, members: readonly Member[], properties: Properties): Group {
  const api = GroupCalendar.service(call.google.Calendar);
  const log: LogEntry[] = [];
  let record = recordOf(properties.getProperty(PROPERTY_KEYS.groupCalendar));
  let id = settings.calendarId;
  if (id === '') {
    const name = `Mutirão — ${call.workbook.spreadsheet.getName()}`;
    id = GroupCalendar.create(api, name, call.workbook.timeZone);
    record = { id, owner: call.caller.email.toLowerCase(), shared: [] };
    withDocumentLock(call.google.LockService, () => {
      writeCalendarId(call, id, settings.language);
      properties.setProperty(PROPERTY_KEYS.groupCalendar, JSON.stringify(record));
    });
    log.push({ action: 'calendar.created', details: `${name} (${id})` });
  }
  const calendar = new GroupCalendar(api, id);
  const owner = record?.id === id ? record.owner : '';
  const whom = owner === '' ? members.filter((m) => m.active && m.role === 'coordinator' && m.email !== call.caller.email).map((m) => m.email).join(', ') : owner;
  let listed: ReturnType<GroupCalendar['ours']>;
  try {
    listed = calendar.ours(call.workbook.spreadsheet.getId());
  } catch (error) {
    if (apiStatus(error).code === 404 || apiStatus(error).code === 403) throw new UserError('calendar.noAccess', { id, owner: whom || '—' });
    throw error;
  }
  if (listed.accessRole !== 'owner' && listed.accessRole !== 'writer') throw new UserError('calendar.noAccess', { id, owner: whom || '—' });
  if (record?.id === id) share(calendar, record, members, call, properties, log);
  const events = new Map<string, ApiEvent>();
  for (const event of listed.events) {
    const meetingId = event.extendedProperties?.private?.[IDENTITY.meeting];
    // Should two events name one meeting, the live one wins.
    if (meetingId !== undefined && (!events.has(meetingId) || event.status !== 'cancelled')) events.set(meetingId, event);
  }
  return { calendar, events, log };
}

/** Gives the writer role to active coordinators not yet given it; only the owner's sync can. */
function share(calendar: GroupCalendar, record: GroupRecord, members: readonly Member[], call: Call, properties: Properties, log: LogEntry[]): void {
  const me = call.caller.email.toLowerCase();
  const done = new Set(record.shared);
  const wanted = members.filter((m) => m.active && m.role === 'coordinator').map((m) => m.email.trim().toLowerCase());
  const missing = [...new Set(wanted)].filter((email) => email !== '' && email !== record.owner && !done.has(email));
  if (missing.length === 0) return;
  if (me !== record.owner) {
    log.push({ action: 'calendar.notShared', details: `${missing.join(', ')}: ${record.owner}` });
    return;
  }
  for (const email of missing) {
    try {
      calendar.share(email);
      done.add(email);
      log.push({ action: 'calendar.shared', target: email, details: calendar.id });
    } catch (error) {
      log.push({ action: 'calendar.notShared', target: email, details: error instanceof Error ? error.message : String(error) });
    }
  }
  const next: GroupRecord = { ...record, shared: [...done].sort() };
  withDocumentLock(call.google.LockService, () => properties.setProperty(PROPERTY_KEYS.groupCalendar, JSON.stringify(next)));
}
