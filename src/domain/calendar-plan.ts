import type { DesiredEvent } from './calendar-event';
import type { Meeting } from './records';

/**
 * What the sync must do for one meeting, decided from the row and its event as the one list of
 * the run read it. Comparing desired with actual, rather than trusting a flag, is what makes a
 * rerun write nothing and repairs an event someone edited or deleted by hand.
 */

/** An attendee's answer, as the Calendar API names it. */
export type Answer = 'needsAction' | 'declined' | 'tentative' | 'accepted';

/** An event as read from the calendar, in the terms the plan compares. */
export interface EventState {
  readonly id: string;
  /** 'cancelled': deleted (by hand or by us); the API keeps it and can put it back. */
  readonly cancelled: boolean;
  readonly title: string;
  readonly description: string;
  readonly location: string;
  readonly start: number;
  readonly end: number;
  /** The zone of its start and end, '' when none was given. */
  readonly timeZone: string;
  readonly guests: readonly { readonly email: string; readonly answer: Answer }[];
  /** Whether it carries our private identity (an event the CalendarApp version made does not). */
  readonly identified: boolean;
  /** Its Meet link, or whether one was asked for and is still being made. */
  readonly videoLink: string;
  readonly conferenceAsked: boolean;
}

/** The fields of an event to write; only those that differ are sent (patch). */
export interface EventFields {
  readonly title?: string;
  readonly description?: string;
  readonly location?: string;
  readonly time?: { readonly start: Date; readonly end: Date; readonly timeZone: string };
  /** The whole guest list, each with the answer they already gave (a patch replaces the list). */
  readonly guests?: readonly { readonly email: string; readonly answer: Answer }[];
  readonly identity?: true;
  readonly conference?: true;
  readonly restore?: true;
}

export type Step =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'create'; readonly desired: DesiredEvent }
  | { readonly kind: 'patch'; readonly eventId: string; readonly fields: EventFields; readonly restored: boolean }
  | { readonly kind: 'unchanged'; readonly eventId: string }
  | { readonly kind: 'delete'; readonly eventId: string }
  | { readonly kind: 'none' };

// Calendar may hand back a description with CRLF line ends or trailing blanks.
const normalized = (s: string): string => s.replace(/\r\n?/g, '\n').trim();

/** "Google Meet" as a coordinator may type it in any of the three languages (the same words). */
export function wantsMeet(location: string): boolean {
  return /^google\s*meet$/i.test(location.trim());
}

/**
 * The fields to write to bring `actual` to `desired`; empty when nothing differs. Guests in
 * `ignored` (the calendar itself, the organizer) are left alone on both sides.
 */
export function eventFields(desired: DesiredEvent, actual: EventState, ignored: ReadonlySet<string>): EventFields {
  const want = new Set(desired.guests.map((g) => g.toLowerCase()).filter((g) => !ignored.has(g)));
  const have = new Map(actual.guests.map((g) => [g.email.toLowerCase(), g.answer] as const).filter(([g]) => !ignored.has(g)));
  const guestsDiffer = want.size !== have.size || [...want].some((g) => !have.has(g));
  const timeDiffers = actual.start !== desired.start.getTime() || actual.end !== desired.end.getTime() || actual.timeZone !== desired.timeZone;
  return {
    ...(actual.title === desired.title ? {} : { title: desired.title }),
    ...(normalized(actual.description) === normalized(desired.description) ? {} : { description: desired.description }),
    ...(actual.location.trim() === desired.location ? {} : { location: desired.location }),
    ...(timeDiffers ? { time: { start: desired.start, end: desired.end, timeZone: desired.timeZone } } : {}),
    ...(guestsDiffer ? { guests: [...want].sort().map((email) => ({ email, answer: have.get(email) ?? 'needsAction' })) } : {}),
    ...(actual.identified ? {} : { identity: true }),
    ...(wantsMeet(desired.location) && actual.videoLink === '' && !actual.conferenceAsked ? { conference: true } : {}),
  };
}

export interface PlanInput {
  readonly meeting: Meeting;
  /** Undefined when the row cannot be scheduled. */
  readonly desired: DesiredEvent | undefined;
  /** The meeting's event, when one was found (cancelled ones included). */
  readonly actual: EventState | undefined;
  readonly ignoredGuests: ReadonlySet<string>;
}

/** With an event found, the step is never a creation. */
export function planStep(input: PlanInput & { readonly actual: EventState }): Exclude<Step, { readonly kind: 'create' }>;
export function planStep(input: PlanInput): Step;
export function planStep({ meeting, desired, actual, ignoredGuests }: PlanInput): Step {
  if (meeting.status === 'cancelled') return actual && !actual.cancelled ? { kind: 'delete', eventId: actual.id } : { kind: 'none' };
  // A held meeting is history: its event stays as the meeting happened (issue 20).
  if (meeting.status === 'held') return actual ? { kind: 'unchanged', eventId: actual.id } : { kind: 'none' };
  if (meeting.status !== 'planned' || desired === undefined) return { kind: 'invalid' };
  if (!actual) return { kind: 'create', desired };
  const fields = eventFields(desired, actual, ignoredGuests);
  // Deleted by hand while the meeting is still planned: put back, with whatever else changed.
  if (actual.cancelled) return { kind: 'patch', eventId: actual.id, fields: { ...fields, restore: true }, restored: true };
  return Object.keys(fields).length === 0 ? { kind: 'unchanged', eventId: actual.id } : { kind: 'patch', eventId: actual.id, fields, restored: false };
}

export interface Replies {
  readonly going: number;
  readonly maybe: number;
  readonly notGoing: number;
  readonly noReply: number;
}

/** The guests' answers, counted (the calendar itself left out). */
export function repliesOf(actual: Pick<EventState, 'guests'>, ignored: ReadonlySet<string>): Replies {
  const counts = { going: 0, maybe: 0, notGoing: 0, noReply: 0 };
  for (const { email, answer } of actual.guests) {
    if (ignored.has(email.toLowerCase())) continue;
    if (answer === 'accepted') counts.going++;
    else if (answer === 'tentative') counts.maybe++;
    else if (answer === 'declined') counts.notGoing++;
    else counts.noReply++;
  }
  return counts;
}

/** The old version's tag, `<spreadsheet ID>/<meeting ID>`: how its events are adopted. */
export function legacyTag(spreadsheetId: string, meetingId: string): string {
  return `${spreadsheetId}/${meetingId}`;
}

/** The UID of a meeting in the .ics export and the iCalUID of its event: one meeting, one UID. */
export function meetingUid(spreadsheetId: string, meetingId: string): string {
  return `${meetingId}.${spreadsheetId}@mutirao`;
}
