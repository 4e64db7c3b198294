import type { Locale } from './locale';
import type { Settings } from './settings';
import { instantToZoned, NANTES_ZONE, RECIFE_ZONE, type IsoDate, type WallTime } from './time';

/** Days of the week as Date.getUTCDay numbers them: 0 is Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The first three letters of each day's name, accents dropped, from Sunday: en, fr, pt-BR. */
const DAY_NAMES: readonly (readonly string[])[] = [
  ['sun', 'dim', 'dom'],
  ['mon', 'lun', 'seg'],
  ['tue', 'mar', 'ter'],
  ['wed', 'mer', 'qua'],
  ['thu', 'jeu', 'qui'],
  ['fri', 'ven', 'sex'],
  ['sat', 'sam', 'sab'],
];

const dayOf = (word: string): Weekday | undefined => {
  const stem = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 3);
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
  const parts = text.toLowerCase().replace(/-feira/g, '').split(/\s*[,;/]\s*|\s+(?:and|et|e)\s+/);
  for (const part of parts) {
    if (part.trim() === '') continue;
    const ends = part.trim().split(/\s*[-–—]\s*|\s+(?:to|à|a|au)\s+/);
    const [first, last] = ends.map(dayOf);
    if (first === undefined || ends.length > 2 || (ends.length === 2 && last === undefined)) return undefined;
    for (let d = first; ; d = ((d + 1) % 7) as Weekday) {
      days.add(d);
      if (d === (last ?? first)) break;
    }
  }
  return days.size > 0 ? days : undefined;
}

const SHORT_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  fr: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  'pt-BR': ['dom', 'seg', 'ter', 'qua', 'qui', 'sex', 'sáb'],
};

/** French typography joins a range with an en dash (`lun.–ven.`). */
const RANGE: Readonly<Record<Locale, string>> = { en: '-', fr: '–', 'pt-BR': '-' };

/** The days in the reader's words, runs of three or more days as a range: `lun.–ven.`, `Mon, Wed, Fri`. */
export function formatWorkingDays(days: ReadonlySet<Weekday>, locale: Locale): string {
  const names = SHORT_NAMES[locale];
  const parts: string[] = [];
  for (let d = 0; d < 7; d++) {
    if (!days.has(d as Weekday)) continue;
    let last = d;
    while (last < 6 && days.has((last + 1) as Weekday)) last++;
    parts.push(last - d >= 2 ? `${names[d]}${RANGE[locale]}${names[last]}` : names.slice(d, last + 1).join(', '));
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
