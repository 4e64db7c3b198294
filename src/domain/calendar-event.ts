import { inAudience } from './audience';
import type { EnumCode } from './enums';
import { isDuration, isValidEmail } from './fields';
import { t } from './i18n';
import type { Locale } from './locale';
import { cityTimes, formatLocalTime, type CityTimes } from './meetings';
import type { Meeting } from './records';
import { isIsoDate, isTimeZone, isWallTime, type IsoDate, type WallTime } from './time';

/**
 * A Meetings row as the calendar sees it, and the event it should become. Pure: the
 * server reads the rows and the members, this module decides what the event looks like.
 */

export interface Schedule {
  readonly start: Date;
  readonly end: Date;
  readonly times: CityTimes;
}

/** The start in both cities, or undefined while the date, start or zone is not valid. */
export function startOf({ date, start, timeZone }: Pick<Meeting, 'date' | 'start' | 'timeZone'>): CityTimes | undefined {
  if (!isIsoDate(date) || !isWallTime(start) || !isTimeZone(timeZone)) return undefined;
  return cityTimes({ date: date as IsoDate, start: start as WallTime, timeZone });
}

/** The Recife time and Nantes time cells: blank while the start cannot be known, as onEdit leaves them. */
export function cityTimeCells(meeting: Pick<Meeting, 'date' | 'start' | 'timeZone'>, language: Locale): { recifeTime: string; nantesTime: string } {
  const times = startOf(meeting);
  return times
    ? { recifeTime: formatLocalTime(times.recife, language), nantesTime: formatLocalTime(times.nantes, language) }
    : { recifeTime: '', nantesTime: '' };
}

/**
 * The exact instants of a meeting, or undefined when its row cannot say (no ID or title, bad
 * date, time, duration or zone): such a row is reported, never guessed at.
 */
export function scheduleOf(meeting: Pick<Meeting, 'id' | 'title' | 'date' | 'start' | 'durationMinutes' | 'timeZone'>): Schedule | undefined {
  const { durationMinutes } = meeting;
  if (meeting.id === '' || meeting.title === '') return undefined;
  if (!isDuration(durationMinutes)) return undefined;
  const times = startOf(meeting);
  return times && { start: times.instant, end: new Date(times.instant.getTime() + durationMinutes * 60_000), times };
}

/**
 * The first column that keeps a row from being placed (its key), or undefined when it can be:
 * the note on the row names that cell.
 */
export function unplaceableColumn(meeting: Pick<Meeting, 'id' | 'title' | 'date' | 'start' | 'durationMinutes' | 'timeZone' | 'status'>): string | undefined {
  const { durationMinutes: d } = meeting;
  const checks: [string, boolean][] = [
    ['id', meeting.id !== ''],
    ['title', meeting.title !== ''],
    ['date', isIsoDate(meeting.date)],
    ['start', isWallTime(meeting.start)],
    ['durationMinutes', isDuration(d)],
    ['timeZone', isTimeZone(meeting.timeZone)],
    ['status', meeting.status !== undefined],
  ];
  return checks.find(([, ok]) => !ok)?.[0];
}

export interface Guest {
  readonly email: string;
  /** Names the member in a note when their email cannot be used. */
  readonly name?: string;
  readonly role: 'coordinator' | 'member' | undefined;
  readonly hub: 'Recife' | 'Nantes' | undefined;
  readonly active: boolean;
}

export interface Invitees {
  /** Lower-cased, sorted and unique, so two runs compare equal. */
  readonly guests: string[];
  /** Members of the audience whose email is not an address: left out rather than failing the whole event. */
  readonly leftOut: Guest[];
}

/** The audience's active members with an email, split into those Calendar can invite and the others. */
export function invitees(audience: EnumCode<'audience'> | undefined, members: readonly Guest[]): Invitees {
  const invited = members.filter((m) => m.email.trim() !== '' && inAudience(m, audience));
  const guests = new Set<string>();
  const leftOut: Guest[] = [];
  for (const member of invited) {
    const address = member.email.trim().toLowerCase();
    if (isValidEmail(address)) guests.add(address);
    else leftOut.push(member);
  }
  return { guests: [...guests].sort(), leftOut };
}

/** Guests by audience, lower-cased, sorted and unique; members whose email is not valid are left out. */
export function guestsFor(audience: EnumCode<'audience'> | undefined, members: readonly Guest[]): string[] {
  return invitees(audience, members).guests;
}

/** The note on a meeting's row naming the members left out of its event, in the workbook's language. */
export function leftOutNote(leftOut: readonly Guest[], language: Locale): string | undefined {
  if (leftOut.length === 0) return undefined;
  const members = leftOut.map((m) => (m.name ? `${m.name} (${m.email.trim()})` : m.email.trim())).join(', ');
  return t(language, 'calendar.guestsLeftOut', { members });
}

/**
 * The event's description: the agenda, the time in each city and the sheet. Written in the
 * workbook's language, not the caller's, so that coordinators speaking different languages
 * do not rewrite every event in turn.
 */
export function eventDescription(agenda: string, times: CityTimes, sheetUrl: string, language: Locale): string {
  return [
    agenda,
    t(language, 'calendar.description.recife', { time: formatLocalTime(times.recife, language) }),
    t(language, 'calendar.description.nantes', { time: formatLocalTime(times.nantes, language) }),
    t(language, 'calendar.description.sheet', { url: sheetUrl }),
  ].filter((line) => line !== '').join('\n');
}

export interface DesiredEvent {
  readonly title: string;
  readonly start: Date;
  readonly end: Date;
  /** The meeting's own zone: the event shows in it, daylight saving included. */
  readonly timeZone: string;
  readonly description: string;
  readonly location: string;
  readonly guests: readonly string[];
}

export interface EventContext {
  readonly members: readonly Guest[];
  readonly sheetUrl: string;
  readonly language: Locale;
}

export function desiredEvent(meeting: Meeting, schedule: Schedule, context: EventContext): DesiredEvent {
  return {
    title: meeting.title,
    start: schedule.start,
    end: schedule.end,
    timeZone: meeting.timeZone,
    description: eventDescription(meeting.agenda, schedule.times, context.sheetUrl, context.language),
    location: meeting.location,
    guests: guestsFor(meeting.audience, context.members),
  };
}
