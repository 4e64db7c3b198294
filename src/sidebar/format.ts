import { INTL_TAG, type Locale } from '../domain/locale';
import { writtenDate } from '../domain/written-dates';

/** A calendar date (YYYY-MM-DD) as the reader's language writes it: « 12 janvier 2027 », "Tue 12 Jan 2027". */
export const formatDate = (date: string, locale: Locale): string => writtenDate(date, locale);

export function formatPercent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** "ven. 15 janv." / "sex., 15 de jan." / "Fri 15 Jan": short enough for one line of the 300 px sidebar. */
export function formatShortDate(date: string, locale: Locale): string {
  return writtenDate(date, locale, { weekday: 'short', day: 'numeric', month: 'short' });
}
