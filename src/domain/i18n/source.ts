import type { Locale } from '../locale';
import { bundledWords } from './bundled';
import type { LanguageWords } from './words';

export type WordsSource = (locale: Locale) => LanguageWords;

let source: WordsSource = bundledWords;
const read = new Map<Locale, LanguageWords>();

/**
 * Where words come from: the bundled catalogs by default; src/main.ts sets the Messages pages,
 * since Code.js has no catalogs (scripts/build.mjs). Apps Script starts each execution with
 * fresh globals, so a language is read at most once per execution, and only when something
 * is said in it.
 */
export function readWordsFrom(next: WordsSource): void {
  source = next;
  read.clear();
}

export function wordsOf(locale: Locale): LanguageWords {
  let words = read.get(locale);
  if (words === undefined) {
    words = source(locale);
    read.set(locale, words);
  }
  return words;
}
