import { t } from './i18n';
import type { Locale } from './locale';
import type { IsoDate, WallTime } from './time';
import { writtenDate } from './written-dates';

/**
 * A city's date and time for a reader (a message, the minutes, a poll's option), as its language
 * writes them in a sentence: « 27 mars 2027 à 14:00 », "27 de março de 2027 às 14:00",
 * "Sat 27 Mar 2027 at 14:00". The cells keep formatLocalTime's figures, which a sheet sorts and
 * filters. Apart from meetings.ts, which the sidebar bundles: the words are the server's.
 */
export function readerTime(local: { date: IsoDate; time: WallTime }, locale: Locale): string {
  // The hour too: Portuguese writes « à 01:30 » but « às 21:30 ».
  return t(locale, 'meeting.dateAt', { date: writtenDate(local.date, locale), time: local.time, hour: Number(local.time.slice(0, 2)) });
}
