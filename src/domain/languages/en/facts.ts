import type { LocaleFacts } from '../types';

/**
 * What English decides besides its words: the bridge language, spoken by whoever Google reports
 * in a language we don't have; dates in the ISO order, and no hub guessed for a newcomer.
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
} as const satisfies LocaleFacts;
