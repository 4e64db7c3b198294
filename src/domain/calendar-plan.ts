import type { DesiredEvent, Schedule } from './calendar-event';
import type { Meeting } from './records';

/**
 * What the sync must do for one meeting, decided from the row and the event as it is in the
 * calendar. Comparing desired with actual, rather than trusting a flag, is what makes a
 * rerun write nothing and repairs an event someone edited by hand.
 */

/** The tag every synced event carries, so a meeting finds its event even without its Event ID. */
export const MEETING_TAG = 'mutirao.meeting';

/**
 * The spreadsheet's ID is part of the tag: two workbooks syncing to the same calendar both
 * have an MTG-001, and neither may take the other's event.
 */
export function meetingTag(spreadsheetId: string, meetingId: string): string {
  return `${spreadsheetId}/${meetingId}`;
}

/** An event as read from the calendar; its guests leave out the owner, as CalendarEvent.getGuestList does. */
export interface EventState extends DesiredEvent {
  readonly id: string;
  readonly tag: string | null;
}

/**
 * Whether an event found by the row's Event ID belongs to this meeting. An untagged one is
 * ours: a run stopped between createEvent and setTag; a differently tagged one was pasted
 * from another row and must not be touched.
 */
export function belongsTo(tag: string | null, expected: string): boolean {
  return tag === null || tag === expected;
}

/** How to look for a meeting's event: by the stored ID, else by tag around its time. */
export interface Lookup {
  readonly byId: string | undefined;
  readonly byTag: boolean;
}

export function lookupFor(meeting: Meeting, schedule: Schedule | undefined): Lookup {
  const byId = meeting.eventId === '' ? undefined : meeting.eventId;
  switch (meeting.status) {
    case 'planned':
      return schedule === undefined ? { byId: undefined, byTag: false } : { byId, byTag: true };
    case 'cancelled':
      // A cancelled meeting never synced has no event to look for; one that was synced
      // may have lost its Event ID cell.
      return { byId, byTag: schedule !== undefined && (meeting.synced || byId !== undefined) };
    default:
      return { byId: undefined, byTag: false };
  }
}

const DAY_MS = 86_400_000;

/**
 * Where to search by tag: the meeting's time and a day either side, so an event is still
 * found when its zone or start was corrected while the Event ID cell was blank.
 */
export function searchWindow(schedule: Schedule): { start: Date; end: Date } {
  return { start: new Date(schedule.start.getTime() - DAY_MS), end: new Date(schedule.end.getTime() + DAY_MS) };
}

export interface EventChanges {
  readonly time: boolean;
  readonly title: boolean;
  readonly description: boolean;
  readonly location: boolean;
  readonly addGuests: readonly string[];
  readonly removeGuests: readonly string[];
  readonly tag: boolean;
}

// Calendar may hand back a description with CRLF line ends or trailing blanks.
const normalized = (s: string): string => s.replace(/\r\n?/g, '\n').trim();

/**
 * The writes that bring `actual` to `desired`. Guests in `ignored` (the calendar's owner)
 * are left alone on both sides: Calendar leaves the owner out of the guest list, and
 * comparing it would rewrite the event on every run.
 */
export function eventChanges(desired: DesiredEvent, actual: EventState, tag: string, ignored: ReadonlySet<string>): EventChanges {
  const want = new Set(desired.guests.map((g) => g.toLowerCase()).filter((g) => !ignored.has(g)));
  const have = new Set(actual.guests.map((g) => g.toLowerCase()).filter((g) => !ignored.has(g)));
  return {
    time: actual.start.getTime() !== desired.start.getTime() || actual.end.getTime() !== desired.end.getTime(),
    title: actual.title !== desired.title,
    description: normalized(actual.description) !== normalized(desired.description),
    location: actual.location.trim() !== desired.location,
    addGuests: [...want].filter((g) => !have.has(g)),
    removeGuests: [...have].filter((g) => !want.has(g)),
    tag: actual.tag !== tag,
  };
}

/** How many calendar writes the changes take. */
export function writeCount(changes: EventChanges): number {
  const flags = [changes.time, changes.title, changes.description, changes.location, changes.tag].filter(Boolean).length;
  return flags + changes.addGuests.length + changes.removeGuests.length;
}

export type Step =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'create'; readonly desired: DesiredEvent }
  | { readonly kind: 'update'; readonly eventId: string; readonly changes: EventChanges; readonly desired: DesiredEvent }
  | { readonly kind: 'unchanged'; readonly eventId: string }
  | { readonly kind: 'delete'; readonly eventId: string }
  | { readonly kind: 'none' };

export interface PlanInput {
  readonly meeting: Meeting;
  /** Undefined when the row cannot be scheduled. */
  readonly desired: DesiredEvent | undefined;
  /** The meeting's event, when one was found. */
  readonly actual: EventState | undefined;
  readonly tag: string;
  readonly ignoredGuests: ReadonlySet<string>;
}

export function planStep({ meeting, desired, actual, tag, ignoredGuests }: PlanInput): Step {
  if (meeting.status === 'cancelled') return actual ? { kind: 'delete', eventId: actual.id } : { kind: 'none' };
  if (meeting.status !== 'planned' || desired === undefined) return { kind: 'invalid' };
  if (!actual) return { kind: 'create', desired };
  const changes = eventChanges(desired, actual, tag, ignoredGuests);
  return writeCount(changes) === 0 ? { kind: 'unchanged', eventId: actual.id } : { kind: 'update', eventId: actual.id, changes, desired };
}

/**
 * What the last sync wrote, so that an unchanged rerun costs two calendar calls per meeting
 * (getEventById, getLastUpdated) instead of reading every property and guest. Kept in the
 * document properties, one short key per meeting.
 *
 * The rule it relies on: every write to an event, ours or anyone's, changes its
 * getLastUpdated(). A record says "event `eventId`, as it was at `lastUpdated`, was the
 * event with this `fingerprint`", and is only made when that is known: after the sync
 * wrote the event, or when a full comparison (with lastUpdated read first) found it equal.
 * So an event edited by hand, deleted, re-tagged or answered by a guest since, or a meeting
 * whose row changed, no longer matches its record and is compared in full as before; a
 * missing or stale record only costs that comparison, never a wrong answer.
 */
export interface SyncRecord {
  readonly eventId: string;
  /** The event's getLastUpdated(), in ms. */
  readonly lastUpdated: number;
  readonly fingerprint: string;
}

const RECORD_VERSION = 'v1';

/** `v1|lastUpdated|fingerprint|eventId`: about 60 to 100 characters, far below 9 KB a value. */
export function encodeRecord(record: SyncRecord): string {
  return [RECORD_VERSION, record.lastUpdated.toString(36), record.fingerprint, record.eventId].join('|');
}

/** The record, or undefined when the text is not one (an older format, a hand edit). */
export function decodeRecord(text: string | null | undefined): SyncRecord | undefined {
  const match = /^v1\|([0-9a-z]+)\|([0-9a-z]+)\|(.+)$/s.exec(text ?? '');
  if (!match) return undefined;
  const [, time = '', fingerprint = '', eventId = ''] = match;
  const lastUpdated = parseInt(time, 36);
  return Number.isSafeInteger(lastUpdated) ? { eventId, lastUpdated, fingerprint } : undefined;
}

// Read once: in the emulator's vm realm every lookup of a global such as Math is slow.
const imul = Math.imul;

/** cyrb53 (public domain): a 53-bit string hash, with a seed. */
function hash53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = imul(h1 ^ ch, 2654435761);
    h2 = imul(h2 ^ ch, 1597334677);
  }
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507) ^ imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = imul(h2 ^ (h2 >>> 16), 2246822507) ^ imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A short hash of everything the sync writes to an event: the calendar, the tag (which names
 * the spreadsheet and the meeting), title, times, description, location and guests. Two
 * seeds, 106 bits: a changed meeting is never mistaken for an unchanged one in practice.
 */
export function eventFingerprint(desired: DesiredEvent, tag: string, calendarId: string): string {
  const canonical = JSON.stringify([
    calendarId.toLowerCase(),
    tag,
    desired.title,
    desired.start.getTime(),
    desired.end.getTime(),
    desired.description,
    desired.location,
    [...new Set(desired.guests.map((g) => g.toLowerCase()))].sort(),
  ]);
  // 53 bits take at most 11 base-36 digits.
  return [1, 2].map((seed) => hash53(canonical, seed).toString(36).padStart(11, '0')).join('');
}
