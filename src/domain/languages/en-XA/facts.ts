import { facts as english } from '../en/facts';
import type { LocaleFacts } from '../types';
import { pseudoText } from './pseudo';

/**
 * English's facts under the pseudo-locale's own code. Google reports `en-XA` for its own
 * pseudo-locale; `Intl` has no data for it, so dates and numbers are written as English's.
 * Not the bridge: English stays the language for whoever Google reports in one we don't have.
 */
export const facts = {
  code: 'en-XA',
  name: pseudoText(`${english.name} (XA)`),
  intl: english.intl,
  reportedAs: ['en-xa'],
  dayFirst: english.dayFirst,
  hub: english.hub,
  country: english.country,
  newcomer: english.newcomer,
  currency: english.currency,
  money: english.money,
  decimal: english.decimal,
  grouping: english.grouping,
  translateAs: english.translateAs,
  date: english.date,
  dateCommas: english.dateCommas,
} as const satisfies LocaleFacts;
