import { LANGUAGE, type Locale } from '../locale';
import type { Catalog, MessageKey } from '../languages/types';
import type { LanguageWords } from './words';

/**
 * Every language's words, bundled with the code: what tests and any Node code read. Code.js
 * never holds them: scripts/build.mjs puts the menu's labels alone in each language's
 * messages, writes each language's words to dist/Messages-<locale>.html, which src/main.ts
 * reads (src/server/words-page.ts), and makes this module throw. So its exports are the
 * build's contract: keep them to these.
 */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = Object.fromEntries(Object.entries(LANGUAGE).map(([code, language]) => [code, language.messages])) as Record<Locale, Catalog>;

export function bundledWords(locale: Locale): LanguageWords {
  return { messages: LANGUAGE[locale].messages, emails: LANGUAGE[locale].emails, sheet: LANGUAGE[locale].sheet };
}

/** A menu item's label: onOpen in AuthMode.NONE may call nothing but the menu, so Code.js keeps these few. */
export function menuLabel(locale: Locale, key: MessageKey): string {
  return LANGUAGE[locale].messages[key];
}
