import { emails } from './emails';
import { facts } from './facts';
import { labels } from './labels';
import { messages } from './messages';
import { notice } from './notice';
import { sheet } from './sheet';
import { sidebar } from './sidebar';

/**
 * English pseudo-localized, for tests and the preview only (docs/languages.md): every string
 * made from English's at load time, so it never needs translating and never falls behind.
 */
export const enXA = { facts, messages, sidebar, emails, notice, sheet, labels };
