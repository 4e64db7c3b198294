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
  /** The scheduled reminders' trigger: whose it is and its ID (others cannot see it). */
  reminderSchedule: `${PREFIX}reminderSchedule`,
  /** Written, read back and deleted by Diagnose; never left behind. */
  diagnose: `${PREFIX}diagnose`,
} as const;

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

/** The members reminded on `date`, read from every property at once. */
export function remindedOn(stored: Readonly<Record<string, string>>, date: string): Set<string> {
  const prefix = `${REMINDED}${date}.`;
  const ids = new Set<string>();
  for (const [key, value] of Object.entries(stored)) {
    if (key.startsWith(prefix)) for (const id of value.split(',')) if (id) ids.add(id);
  }
  return ids;
}

/**
 * Records who was reminded on `date` with one setProperties, in chunks under the 9 KB a value
 * holds (1,500 IDs, a Workspace account's daily quota, take about 12 KB), and forgets older days.
 */
export function saveReminded(properties: Properties, stored: Readonly<Record<string, string>>, date: string, ids: ReadonlySet<string>): void {
  const chunks: string[] = [];
  let chunk = '';
  for (const id of ids) {
    if (chunk.length + id.length + 1 > PROPERTY_LIMITS.valueBytes / 2) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk = chunk ? `${chunk},${id}` : id;
  }
  if (chunk) chunks.push(chunk);
  properties.setProperties(Object.fromEntries(chunks.map((c, i) => [PROPERTY_KEYS.reminded(date, i), c])));
  for (const key of Object.keys(stored)) {
    if (key.startsWith(REMINDED) && !key.startsWith(`${REMINDED}${date}.`)) properties.deleteProperty(key);
  }
}
