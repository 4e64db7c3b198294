import type { LocaleFacts } from '../types';

/** What Brazilian Portuguese decides besides its words: any Portuguese is read as it, the group's speakers are Brazilian. */
export const facts = {
  code: 'pt-BR',
  name: 'Português (Brasil)',
  intl: 'pt-BR',
  reportedAs: ['pt'],
  dayFirst: true,
  hub: 'Recife',
  country: 'BR',
  newcomer: { hub: 'Recife', country: 'BR' },
  currency: 'BRL',
  money: '¤ #,##0.00',
  decimal: ',',
  grouping: '. ',
  translateAs: 'pt',
  date: { dateStyle: 'long' },
} as const satisfies LocaleFacts;
