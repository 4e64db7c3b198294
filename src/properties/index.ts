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
const SYNC = `${PREFIX}sync.`;

export const PROPERTY_KEYS = {
  /** The last ID handed out for a prefix (MEM, PRO…), so a deleted row's ID is never reused. */
  issued: (idPrefix: string) => `${PREFIX}issued.${idPrefix}`,
  /** One chunk of a tab's record of the cells its marks coloured. */
  marks: (tab: string, chunk: number) => `${PREFIX}marks.${tab}.${chunk}`,
  /** What the calendar sync last wrote for a meeting. */
  sync: (meetingId: string) => `${SYNC}${meetingId}`,
  /** Until when a calendar sync holds the spreadsheet (ms since the epoch). */
  calendarLease: `${PREFIX}calendarSync`,
  /** What setup last applied (dropdowns, formats, protections), so a rerun compares before it writes. */
  setup: `${PREFIX}setup`,
  /** Which sheet ID holds which tab, as setup last tagged them: finding tabs costs no metadata search. */
  tabs: `${PREFIX}tabs`,
} as const;

/** The tab keys setup recorded, by sheet ID (a few dozen bytes); empty when none or unreadable. */
export function readTabIds(properties: Properties): Map<number, string> {
  const text = properties.getProperty(PROPERTY_KEYS.tabs) ?? '';
  const ids = new Map<number, string>();
  for (const pair of text.split(',')) {
    const [id, key] = pair.split(':');
    if (id && key && Number.isInteger(Number(id))) ids.set(Number(id), key);
  }
  return ids;
}

export function tabIdsText(ids: ReadonlyMap<number, string>): string {
  return [...ids].map(([id, key]) => `${id}:${key}`).join(',');
}

/** The meeting ID of a sync record's key, or undefined for any other property. */
export function meetingOfSyncKey(key: string): string | undefined {
  return key.startsWith(SYNC) ? key.slice(SYNC.length) : undefined;
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
