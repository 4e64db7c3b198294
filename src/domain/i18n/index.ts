import type { Locale } from '../locale';
import type { Catalog, MessageKey } from '../languages/types';
import { wordsOf } from './source';
import { fill, type MessageParams, type Wording } from './wording';

export type { Catalog, MessageKey, MessageParams, Wording };

/**
 * The message in that language, with `{name}` placeholders and plural blocks filled in. The server's words come
 * from ./source (in Code.js, that language's Messages page); the sidebar never imports this
 * module: its page carries its catalog (src/sidebar/i18n).
 */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return fill(wordsOf(locale).messages[key], params, locale);
}

export function wordingFor(locale: Locale): Wording {
  return { locale, t: (key, params) => t(locale, key, params) };
}
