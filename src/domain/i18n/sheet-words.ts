import { LANGUAGE, LOCALES, type Locale, type Localized } from '../locale';
import type { SheetWords } from '../languages/types';
import { wordsOf } from './source';

/**
 * One of the workbook's words (a column's header) in every language, read only when asked: from
 * the language's folder when the bundle carries it (Code.js keeps the few headers that name a
 * translation's source, scripts/build.mjs), else from its words (the Messages pages). A call
 * that finds its columns where setup recorded them never asks. A word a language lacks is an
 * error, shown by the first read (test/languages.test.ts reads them all).
 */
export function sheetWord(pick: (sheet: SheetWords) => string | undefined, what: string): Localized {
  const word = {} as Record<Locale, string>;
  for (const locale of LOCALES) {
    Object.defineProperty(word, locale, {
      enumerable: true,
      get: () => {
        const text = pick(LANGUAGE[locale].sheet) ?? pick(wordsOf(locale).sheet);
        if (text === undefined) throw new Error(`${locale} has no word for ${what}`);
        return text;
      },
    });
  }
  return word;
}
