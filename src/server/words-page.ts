import { scriptJson } from './html';
import type { WordsSource } from '../domain/i18n/source';
import type { LanguageWords } from '../domain/i18n/words';
import type { Locale } from '../domain/locale';

/**
 * The server's words live in one HTML file per language, dist/Messages-<locale>.html, not in
 * Code.js: Apps Script parses all of Code.js on every execution (onEdit included), and the
 * three catalogs with the email texts were a fifth of it. An execution that speaks reads its
 * one language with one HtmlService call.
 *
 * createHtmlOutputFromFile serves a file as written (it is not a template: no scriptlets run)
 * and getContent() gives it back; it refuses malformed HTML, so the JSON travels inside a
 * `<script type="application/json">` element, written by scriptJson (html.ts) so nothing in a
 * message can close it or open a scriptlet.
 * https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
 * https://developers.google.com/apps-script/reference/html/html-output#getContent()
 */

const OPEN = '<script type="application/json">';
const CLOSE = '</script>';

export const wordsPageName = (locale: Locale): string => `Messages-${locale}`;

/** What the build writes into dist/Messages-<locale>.html. */
export function wordsPage(words: LanguageWords): string {
  return `${OPEN}${scriptJson(words)}${CLOSE}\n`;
}

export function readWordsPage(content: string): LanguageWords {
  const start = content.indexOf(OPEN);
  const end = content.lastIndexOf(CLOSE);
  if (start < 0 || end < start) throw new Error('Mutirão: a Messages page lost its words; push dist/ again.');
  return JSON.parse(content.slice(start + OPEN.length, end)) as LanguageWords;
}

/** The words of Code.js: each language's page, read when first needed. */
export function wordsFromPages(html: () => GoogleAppsScript.HTML.HtmlService): WordsSource {
  return (locale) => readWordsPage(html().createHtmlOutputFromFile(wordsPageName(locale)).getContent());
}
