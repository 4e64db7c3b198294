import { INTL_TAG, LOCALE_FACTS, type Locale } from './locale';
import type { IsoDate } from './time';

/**
 * A calendar date (`YYYY-MM-DD`) in words, as its language writes dates for a reader (its
 * folder's facts): « 11 décembre 2026 », "11 de dezembro de 2026", "Fri 11 Dec 2026". Other
 * options give shorter forms ("ven. 11 déc.") with the same habits. Written at midnight UTC, so
 * no host's time zone moves it to the day before.
 */
export function writtenDate(date: IsoDate, locale: Locale, options: Intl.DateTimeFormatOptions = LOCALE_FACTS[locale].date): string {
  const text = new Intl.DateTimeFormat(INTL_TAG[locale], { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  return LOCALE_FACTS[locale].dateCommas === false ? text.replace(/,/g, '') : text;
}
