import type { Locale } from '../locale';
import { EMAIL_TEXTS } from './emails';
import { en, type Catalog, type MessageKey } from './en';
import { fr } from './fr';
import { ptBR } from './pt-BR';
import type { LanguageWords } from './words';

/**
 * Every language's words, bundled with the code: what tests and any Node code read. Code.js
 * never holds this module: scripts/build.mjs puts in its place the menu's labels alone and
 * writes each language's words to dist/Messages-<locale>.html, which src/main.ts reads
 * (src/server/words-page.ts). So its exports are the build's contract: keep them to these.
 */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, fr, 'pt-BR': ptBR };

export function bundledWords(locale: Locale): LanguageWords {
  return { messages: CATALOGS[locale], emails: EMAIL_TEXTS[locale] };
}

/** A menu item's label: onOpen in AuthMode.NONE may call nothing but the menu, so Code.js keeps these few. */
export function menuLabel(locale: Locale, key: MessageKey): string {
  return CATALOGS[locale][key];
}
