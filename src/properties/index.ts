import { nextId } from '../domain/ids';

/**
 * Every document property the add-on keeps, and Apps Script's limits on them: a value
 * holds 9 KB at most and the store 500 KB
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations).
 * Whatever else needs a property asks this module for its key.
 */

export type Properties = GoogleAppsScript.Properties.Properties;

export const PROPERTY_LIMITS = { valueBytes: 9 * 1024, storeBytes: 500 * 1024 } as const;

const PREFIX = 'mutirao.';
const REMINDED = `${PREFIX}reminded.`;
const REMINDED_FOR = `${PREFIX}remindedFor.`;
const POLL_REMINDED = `${PREFIX}pollReminded.`;

export const PROPERTY_KEYS = {
  /** The last ID handed out for a prefix (MEM, PRO…), so a deleted row's ID is never reused. */
  issued: (idPrefix: string) => `${PREFIX}issued.${idPrefix}`,
  /** One chunk of a tab's record of the cells its marks coloured. */
  marks: (tab: string, chunk: number) => `${PREFIX}marks.${tab}.${chunk}`,
  /** The group calendar the sync created: its ID, its owner and whom it was shared with (JSON). */
  groupCalendar: `${PREFIX}groupCalendar`,
  /** Until when a calendar sync holds the spreadsheet (ms since the epoch). */
  calendarLease: `${PREFIX}calendarSync`,
  /** What setup last applied (dropdowns, formats, protections), so a rerun compares before it writes. */
  setup: `${PREFIX}setup`,
  /** One chunk of the member IDs reminded on a day (YYYY-MM-DD), whoever sent them. */
  reminded: (date: string, chunk: number) => `${REMINDED}${date}.${chunk}`,
  /** One chunk of how many reminders each member got for a deadline (YYYY-MM-DD): `MEM-002=1,…`. */
  remindedFor: (deadline: string, chunk: number) => `${REMINDED_FOR}${deadline}.${chunk}`,
  /** One chunk of the poll reminders sent for the polls still due, as `POL-001:MEM-002`: never two for one poll. */
  pollReminded: (chunk: number) => `${POLL_REMINDED}due.${chunk}`,
  /** The scheduled reminders' trigger: whose it is and its ID (others cannot see it). */
  reminderSchedule: `${PREFIX}reminderSchedule`,
  /** Written, read back and deleted by Diagnose; never left behind. */
  diagnose: `${PREFIX}diagnose`,
  /** Log rows a call could not write after its change was saved; the next Log write adds them first. */
  pendingLog: `${PREFIX}log.pending`,
  /** The coordinators' emails as setup last saw them, so it still knows them if the Members tab loses a column. */
  coordinators: `${PREFIX}coordinators`,
  /** Which sheet ID holds which tab, and where its columns are, as setup last laid them out: finding them costs no metadata search. */
  tabs: `${PREFIX}tabs`,
} as const;

/** Where setup put one of a tab's columns, and a hash of the header it wrote there. */
export interface RecordedColumn {
  readonly key: string;
  readonly index: number;
  readonly header: string;
}

/** What setup recorded of one tab: its key, and, once it laid the tab out, the workbook language and its columns. */
export interface TabRecord {
  readonly key: string;
  readonly laidOut?: { readonly language: string; readonly columns: readonly RecordedColumn[] };
}

/**
 * The tabs setup recorded, by sheet ID: `id:key` for each, followed by `:language:columns` once
 * laid out, the columns as `index.key.header;…` (about 3 KB: a value holds 9). Empty when none
 * or unreadable.
 */
export function readTabRecords(properties: Properties): Map<number, TabRecord> {
  const text = properties.getProperty(PROPERTY_KEYS.tabs) ?? '';
  const records = new Map<number, TabRecord>();
  for (const entry of text.split(',')) {
    const [id, key, language, columns] = entry.split(':');
    if (!id || !key || !Number.isInteger(Number(id))) continue;
    const recorded = (columns ?? '').split(';').flatMap((column) => {
      const [index, columnKey, header] = column.split('.');
      return columnKey && header && Number.isInteger(Number(index)) ? [{ key: columnKey, index: Number(index), header }] : [];
    });
    records.set(Number(id), language ? { key, laidOut: { language, columns: recorded } } : { key });
  }
  return records;
}

export function tabRecordsText(records: ReadonlyMap<number, TabRecord>): string {
  return [...records]
    .map(([id, { key, laidOut }]) => [id, key, ...(laidOut ? [laidOut.language, laidOut.columns.map((c) => `${c.index}.${c.key}.${c.header}`).join(';')] : [])].join(':'))
    .join(',');
}

/**
 * Gives the next ID of a prefix and remembers it in the document's properties, so that
 * an ID freed by a deleted row is never handed out again. Call it inside the document lock.
 */
export function issueId(properties: Properties, prefix: string, idsInSheet: readonly unknown[]): string {
  const key = PROPERTY_KEYS.issued(prefix);
  const issued = Number(properties.getProperty(key) ?? 0) || 0;
  const next = nextId(prefix, idsInSheet, issued);
  properties.setProperty(key, String(next.number));
  return next.id;
}

/** The comma-separated items of a family's chunks for one key (a day, a deadline), read from every property at once. */
function chunkItems(stored: Readonly<Record<string, string>>, prefix: string): string[] {
  return Object.entries(stored).flatMap(([key, value]) => (key.startsWith(prefix) ? value.split(',').filter(Boolean) : []));
}

/**
 * Saves items as one key's chunks with one setProperties, each under half the 9 KB a value
 * holds (1,500 IDs, a Workspace account's daily quota, take about 12 KB), and forgets the
 * family's other keys (older days, a former deadline).
 */
function saveChunks(properties: Properties, stored: Readonly<Record<string, string>>, family: string, current: string, items: Iterable<string>): void {
  const chunks: string[] = [];
  let chunk = '';
  for (const item of items) {
    if (chunk.length + item.length + 1 > PROPERTY_LIMITS.valueBytes / 2) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk = chunk ? `${chunk},${item}` : item;
  }
  if (chunk) chunks.push(chunk);
  properties.setProperties(Object.fromEntries(chunks.map((c, i) => [`${family}${current}.${i}`, c])));
  for (const key of Object.keys(stored)) {
    const mine = key.startsWith(`${family}${current}.`);
    if ((key.startsWith(family) && !mine) || (mine && Number(key.slice(family.length + current.length + 1)) >= chunks.length)) properties.deleteProperty(key);
  }
}

/** The members reminded on `date`. */
export function remindedOn(stored: Readonly<Record<string, string>>, date: string): Set<string> {
  return new Set(chunkItems(stored, `${REMINDED}${date}.`));
}

/** Records who was reminded on `date`, and forgets older days. */
export function saveReminded(properties: Properties, stored: Readonly<Record<string, string>>, date: string, ids: ReadonlySet<string>): void {
  saveChunks(properties, stored, REMINDED, date, ids);
}

/** How many reminders each member got for `deadline`, whatever the day. */
export function remindedFor(stored: Readonly<Record<string, string>>, deadline: string): Map<string, number> {
  return new Map(chunkItems(stored, `${REMINDED_FOR}${deadline}.`).map((item) => {
    const [id = '', count] = item.split('=');
    return [id, Number(count) || 0] as const;
  }));
}

/** Records the counts for `deadline`, and forgets a former deadline's. */
export function saveRemindedFor(properties: Properties, stored: Readonly<Record<string, string>>, deadline: string, counts: ReadonlyMap<string, number>): void {
  saveChunks(properties, stored, REMINDED_FOR, deadline, [...counts].map(([id, count]) => `${id}=${count}`));
}

/** The poll reminders sent, as `POL-001:MEM-002`. */
export function pollReminded(stored: Readonly<Record<string, string>>): Set<string> {
  return new Set(chunkItems(stored, `${POLL_REMINDED}due.`));
}

/** Records the poll reminders sent (the caller keeps only the polls still due). */
export function savePollReminded(properties: Properties, stored: Readonly<Record<string, string>>, sent: Iterable<string>): void {
  saveChunks(properties, stored, POLL_REMINDED, 'due', sent);
}

/** A Log row kept for later: timestamp (ISO), user, action, target, details. */
export type PendingLogRow = readonly [string, string, string, string, string];

export function readPendingLog(properties: Properties): PendingLogRow[] {
  const text = properties.getProperty(PROPERTY_KEYS.pendingLog);
  if (!text) return [];
  const rows: unknown = JSON.parse(text);
  return Array.isArray(rows) ? rows.filter((row): row is PendingLogRow => Array.isArray(row) && row.length === 5 && row.every((cell) => typeof cell === 'string')) : [];
}

/**
 * Keeps Log rows for the next Log write, within one value's limit: details are shortened and
 * the oldest rows dropped first (the sheet's rows themselves are safe; only their Log lines wait).
 */
export function keepPendingLog(properties: Properties, rows: readonly PendingLogRow[]): void {
  const kept = [...readPendingLog(properties), ...rows].map(([at, user, action, target, details]): PendingLogRow => [at, user, action, target, details.slice(0, 300)]);
  let text = JSON.stringify(kept);
  while (kept.length > 1 && utf8Bytes(text) > PROPERTY_LIMITS.valueBytes - 500) {
    kept.shift();
    text = JSON.stringify(kept);
  }
  properties.setProperty(PROPERTY_KEYS.pendingLog, text);
}

export function clearPendingLog(properties: Properties): void {
  properties.deleteProperty(PROPERTY_KEYS.pendingLog);
}

/** The size Apps Script counts a property value in: its UTF-8 bytes. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export function readCoordinators(properties: Properties): string[] {
  return (properties.getProperty(PROPERTY_KEYS.coordinators) ?? '').split(',').filter(Boolean);
}

/** Records the coordinators' emails when they changed, as many as one value holds. */
export function rememberCoordinators(properties: Properties, emails: readonly string[]): void {
  let text = '';
  for (const email of [...new Set(emails)].sort()) {
    const next = text ? `${text},${email}` : email;
    if (utf8Bytes(next) > PROPERTY_LIMITS.valueBytes - 100) break;
    text = next;
  }
  if (text !== (properties.getProperty(PROPERTY_KEYS.coordinators) ?? '')) properties.setProperty(PROPERTY_KEYS.coordinators, text);
}
