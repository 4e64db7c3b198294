import type { LabelWords } from './languages/types';
import { LANGUAGE, LOCALES, type Locale } from './locale';
import type { Settings } from './settings';
import { instantToZoned, NANTES_ZONE, RECIFE_ZONE, type IsoDate, type WallTime } from './time';

/** Days of the week as Date.getUTCDay numbers them: 0 is Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const stemOf = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 3);
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsOf = (pick: (words: LabelWords['dayWords']) => readonly string[]): string => LOCALES.flatMap((l) => pick(LANGUAGE[l].labels.dayWords)).map(escape).join('|');

/** The first three letters of each day's name in every language, accents dropped, from Sunday. */
const DAY_NAMES: readonly (readonly string[])[] = [0, 1, 2, 3, 4, 5, 6].map((day) => LOCALES.map((l) => stemOf(LANGUAGE[l].labels.weekdays[day] ?? '')));
/** What joins days in a list (`and`), links a range's ends (`to`), and what a day's name may end with (`-feira`), in every language. */
const LIST = new RegExp(`\\s*[,;/]\\s*|\\s+(?:${wordsOf((w) => w.and)})\\s+`);
const RANGE = new RegExp(`\\s*[-–—]\\s*|\\s+(?:${wordsOf((w) => w.through)})\\s+`);
const SUFFIXES = wordsOf((w) => w.suffixes);
const SUFFIX = SUFFIXES ? new RegExp(SUFFIXES, 'g') : undefined;

const dayOf = (word: string): Weekday | undefined => {
  const stem = stemOf(word);
  const day = DAY_NAMES.findIndex((names) => names.includes(stem));
  return day < 0 ? undefined : (day as Weekday);
};

/**
 * Settings › Working days as people write it in any of our languages: `Mon-Fri`, `lun–ven`,
 * `seg-sex`, `Mon, Wed, Fri`, `segunda-feira a sexta-feira`, full names or three letters.
 * A range may wrap round the week (`Sat-Mon`). Undefined when a word is not a day.
 */
export function readWorkingDays(text: string): ReadonlySet<Weekday> | undefined {
  const days = new Set<Weekday>();
  const lower = text.toLowerCase();
  const parts = (SUFFIX ? lower.replace(SUFFIX, '') : lower).split(LIST);
  for (const part of parts) {
    if (part.trim() === '') continue;
    const ends = part.trim().split(RANGE);
    const [first, last] = ends.map(dayOf);
    if (first === undefined || ends.length > 2 || (ends.length === 2 && last === undefined)) return undefined;
    for (let d = first; ; d = ((d + 1) % 7) as Weekday) {
      days.add(d);
      if (d === (last ?? first)) break;
    }
  }
  return days.size > 0 ? days : undefined;
}

/** The days in the reader's words, runs of three or more days as a range: `lun.–ven.`, `Mon, Wed, Fri`. */
export function formatWorkingDays(days: ReadonlySet<Weekday>, locale: Locale): string {
  const names = LANGUAGE[locale].labels.weekdays;
  const parts: string[] = [];
  for (let d = 0; d < 7; d++) {
    if (!days.has(d as Weekday)) continue;
    let last = d;
    while (last < 6 && days.has((last + 1) as Weekday)) last++;
    parts.push(last - d >= 2 ? `${names[d]}${LANGUAGE[locale].labels.weekdayRange}${names[last]}` : names.slice(d, last + 1).join(', '));
    d = last;
  }
  return parts.join(', ');
}

const MONDAY_TO_FRIDAY: ReadonlySet<Weekday> = new Set([1, 2, 3, 4, 5]);

/** The days a Settings value allows; Monday to Friday when it cannot be read, so a typo never opens the weekend. */
export function workingDaysOf(text: string): ReadonlySet<Weekday> {
  return readWorkingDays(text) ?? MONDAY_TO_FRIDAY;
}

export const weekdayOf = (date: IsoDate): Weekday => new Date(`${date}T00:00:00Z`).getUTCDay() as Weekday;

export interface WorkingTime {
  readonly start: WallTime;
  readonly end: WallTime;
  readonly days: ReadonlySet<Weekday>;
}

export const workingTimeOf = (settings: Settings): WorkingTime => ({
  start: settings.workingHoursStart,
  end: settings.workingHoursEnd,
  days: workingDaysOf(settings.workingDays),
});

const minutesOf = (time: WallTime): number => {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * Whether a meeting from `start` lasting `durationMinutes` sits inside working time on each
 * city's own clock and calendar: Recife's Friday 20:00 is already Saturday in Nantes, so a
 * day off in either city counts.
 */
export function insideWorkingTime(start: Date, durationMinutes: number, working: WorkingTime): boolean {
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  return [RECIFE_ZONE, NANTES_ZONE].every((zone) => {
    const from = instantToZoned(start, zone);
    const until = instantToZoned(end, zone);
    return (
      from.date === until.date &&
      working.days.has(weekdayOf(from.date)) &&
      minutesOf(from.time) >= minutesOf(working.start) &&
      minutesOf(until.time) <= minutesOf(working.end)
    );
  });
}
