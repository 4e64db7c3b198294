import type { LocaleFacts } from '../types';

/** What French decides besides its words. */
export const facts = {
  code: 'fr',
  name: 'Français',
  intl: 'fr-FR',
  reportedAs: ['fr'],
  dayFirst: true,
  hub: 'Nantes',
  country: 'FR',
  newcomer: { hub: 'Nantes', country: 'FR' },
  currency: 'EUR',
  money: '#,##0.00 ¤',
  decimal: ',',
  grouping: ' ',
  translateAs: 'fr',
  date: { dateStyle: 'long' },
} as const satisfies LocaleFacts;
