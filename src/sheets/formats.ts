import { LOCALE_FACTS, type Locale } from '../domain/locale';
import type { Currency } from '../domain/money';
import type { CellKind } from '../domain/tables';

/** The light blue of the add-on's header rows, in the tabs and on the Dashboard. */
export const HEADER_BACKGROUND = '#e8f0fe';

/**
 * The number format setup gives each kind of column. Text is plain text (`@`) so that
 * what people type there, `0012` or `=A1` or `2027-01-12`, stays exactly as typed.
 */
export function numberFormat(kind: CellKind, locale: Locale): string {
  const dayFirst = LOCALE_FACTS[locale].dayFirst;
  switch (kind) {
    case 'text':
      return '@';
    case 'number':
      return '#,##0.##';
    case 'integer':
      return '0';
    case 'money':
      return '#,##0.00';
    case 'percent':
      return '0%';
    case 'date':
      return dayFirst ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
    case 'datetime':
      return dayFirst ? 'dd/mm/yyyy hh:mm' : 'yyyy-mm-dd hh:mm';
    case 'rate':
      return '0.00##';
  }
}

/**
 * Money as each language writes it: `1 234,50 €` and `1 234,50 R$` in French, `€ 1.234,50`
 * and `R$ 1.234,50` in Brazilian Portuguese. The separators follow the spreadsheet locale.
 */
export function moneyFormat(currency: Currency, locale: Locale): string {
  const symbol = currency === 'EUR' ? '[$€]' : '[$R$]';
  return LOCALE_FACTS[locale].money.replace('¤', symbol);
}
