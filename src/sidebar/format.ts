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
