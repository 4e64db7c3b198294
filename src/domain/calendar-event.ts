import { enumCodeOf, type EnumCode } from './enums';
import { t } from './i18n';
import type { Locale } from './locale';
import { cityTimes, formatLocalTime, type CityTimes } from './meetings';
import { isIsoDate, isTimeZone, isWallTime, type IsoDate, type WallTime } from './time';

/**
 * A Meetings row as the calendar sees it, and the event it should become. Pure: the
 * server reads the rows and the members, this module decides what the event looks like.
 */

export interface MeetingRecord {
  /** 1-based sheet row. */
  readonly row: number;
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly start: string;
  readonly durationMinutes: number;
  readonly timeZone: string;
  readonly location: string;
  readonly audience: EnumCode<'audience'> | undefined;
  readonly agenda: string;
  readonly status: EnumCode<'meetingStatus'> | undefined;
  readonly eventId: string;
  /** Whether the Synced cell holds anything: the meeting reached the calendar once. */
  readonly synced: boolean;
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim());

function numberOf(value: unknown): number {
  if (typeof value === 'number') return value;
  const s = text(value);
  return s === '' ? NaN : Number(s);
}

export function meetingRecords(rows: readonly { row: number; values: Readonly<Record<string, unknown>> }[]): MeetingRecord[] {
  return rows.map(({ row, values: v }) => ({
    row,
    id: text(v['id']),
    title: text(v['title']),
    date: text(v['date']),
    start: text(v['start']),
    durationMinutes: numberOf(v['durationMinutes']),
    timeZone: text(v['timeZone']),
    location: text(v['location']),
    audience: enumCodeOf('audience', v['audience']),
    agenda: text(v['agenda']),
    status: enumCodeOf('meetingStatus', v['status']),
    eventId: text(v['eventId']),
    synced: text(v['synced']) !== '',
  }));
}

export interface Schedule {
  readonly start: Date;
  readonly end: Date;
  readonly times: CityTimes;
}

/** The start in both cities, or undefined while the date, start or zone is not valid. */
export function startOf({ date, start, timeZone }: Pick<MeetingRecord, 'date' | 'start' | 'timeZone'>): CityTimes | undefined {
  if (!isIsoDate(date) || !isWallTime(start) || !isTimeZone(timeZone)) return undefined;
  return cityTimes({ date: date as IsoDate, start: start as WallTime, timeZone });
}

/** The Recife time and Nantes time cells: blank while the start cannot be known, as onEdit leaves them. */
export function cityTimeCells(meeting: Pick<MeetingRecord, 'date' | 'start' | 'timeZone'>, language: Locale): { recifeTime: string; nantesTime: string } {
  const times = startOf(meeting);
  return times
    ? { recifeTime: formatLocalTime(times.recife, language), nantesTime: formatLocalTime(times.nantes, language) }
    : { recifeTime: '', nantesTime: '' };
}

/**
 * The exact instants of a meeting, or undefined when its row cannot say (no ID or title, bad
 * date, time, duration or zone): such a row is reported, never guessed at.
 */
export function scheduleOf(meeting: Pick<MeetingRecord, 'id' | 'title' | 'date' | 'start' | 'durationMinutes' | 'timeZone'>): Schedule | undefined {
  const { durationMinutes } = meeting;
  if (meeting.id === '' || meeting.title === '') return undefined;
  if (!Number.isInteger(durationMinutes) || durationMinutes < 15 || durationMinutes > 600) return undefined;
  const times = startOf(meeting);
  return times && { start: times.instant, end: new Date(times.instant.getTime() + durationMinutes * 60_000), times };
}

export interface Guest {
  readonly email: string;
  readonly role: 'coordinator' | 'member' | undefined;
  readonly hub: 'Recife' | 'Nantes' | undefined;
  readonly active: boolean;
}

/** Guests by audience, lower-cased, sorted and unique, so two runs compare equal. */
export function guestsFor(audience: EnumCode<'audience'> | undefined, members: readonly Guest[]): string[] {
  const invited = members.filter((m) => {
    if (!m.active || m.email === '') return false;
    switch (audience ?? 'all') {
      case 'all': return true;
      case 'Recife hub': return m.hub === 'Recife';
      case 'Nantes hub': return m.hub === 'Nantes';
      case 'coordinators': return m.role === 'coordinator';
    }
  });
  return [...new Set(invited.map((m) => m.email.toLowerCase()))].sort();
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
  readonly description: string;
  readonly location: string;
  readonly guests: readonly string[];
}

export interface EventContext {
  readonly members: readonly Guest[];
  readonly sheetUrl: string;
  readonly language: Locale;
}

export function desiredEvent(meeting: MeetingRecord, schedule: Schedule, context: EventContext): DesiredEvent {
  return {
    title: meeting.title,
    start: schedule.start,
    end: schedule.end,
    description: eventDescription(meeting.agenda, schedule.times, context.sheetUrl, context.language),
    location: meeting.location,
    guests: guestsFor(meeting.audience, context.members),
  };
}
