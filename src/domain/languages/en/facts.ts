import type { LocaleFacts } from '../types';

/**
 * What English decides besides its words: the bridge language, spoken by whoever Google reports
 * in a language we don't have; the workbook's dates in the ISO order, a reader's in British style
 * ("Fri 11 Dec 2026", typed 11/12/2026), and no hub guessed for a newcomer.
 */
export const facts = {
  code: 'en',
  name: 'English',
  intl: 'en-GB',
  reportedAs: ['en'],
  bridge: true,
  dayFirst: false,
  hub: 'Nantes',
  country: 'FR',
  newcomer: { hub: '', country: '' },
  currency: 'EUR',
  money: '¤#,##0.00',
  decimal: '.',
  grouping: ', ',
  translateAs: 'en',
  date: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  dateCommas: false,
} as const satisfies LocaleFacts;
