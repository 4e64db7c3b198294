import { facts as english } from '../en/facts';
import type { LocaleFacts } from '../types';
import { pseudoText } from './pseudo';

/**
 * Whatever English decides, now and later, under the pseudo-locale's own code. Google reports
 * `en-XA` for its own pseudo-locale; `Intl` has no data for it, so dates and numbers are
 * written as English's. Not the bridge: English stays the language for whoever Google reports
 * in one we don't have.
 */
export const facts = {
  ...english,
  code: 'en-XA',
  name: pseudoText(`${english.name} (XA)`),
  reportedAs: ['en-xa'],
  bridge: undefined,
} as const satisfies LocaleFacts;
