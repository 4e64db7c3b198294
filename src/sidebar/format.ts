import { INTL_TAG, type Locale } from '../domain/locale';

/** A calendar date (YYYY-MM-DD) as the reader writes dates: 12/01/2027 in fr and pt-BR. */
export function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export function formatPercent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** "ven. 15 janv." / "sex., 15 de jan.": short enough for one line of the 300 px sidebar. */
export function formatShortDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
