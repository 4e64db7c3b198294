import { LOCALES, type Locale, type Localized } from '../locale';
import type { SheetWords } from '../languages/types';
import { wordsOf } from './source';

/**
 * One of the workbook's words (a tab's name, a header, a seed objective) in every language,
 * read from that language's words only when asked: Code.js does not carry them (the Messages
 * pages do, scripts/build.mjs), and a call that finds its tabs and columns where setup
 * recorded them never asks. A word a language lacks is an error, shown by the first read.
 */
export function sheetWord(pick: (sheet: SheetWords) => string | undefined, what: string): Localized {
  const word = {} as Record<Locale, string>;
  for (const locale of LOCALES) {
    Object.defineProperty(word, locale, {
      enumerable: true,
      get: () => {
        const text = pick(wordsOf(locale).sheet);
        if (text === undefined) throw new Error(`${locale} has no word for ${what}`);
        return text;
      },
    });
  }
  return word;
}
