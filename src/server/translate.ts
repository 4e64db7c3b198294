import { cellText } from '../domain/cells';
import { UserError } from '../domain/errors';
import type { Locale } from '../domain/locale';
import { recordsOf } from '../domain/records';
import { tableByKey, TRANSLATIONS } from '../domain/tables';
import { keptTranslation, parseSource, sourceName, textHash, translateInput } from '../domain/translations';
import { translate } from '../language';
import { withDocumentLock } from '../lock';
import { appendRecords } from '../sheets/append';
import { writeRows } from '../sheets/write';
import type { Call } from './call';
import { logAfterCommit } from './log';
import { endpoint } from './endpoint';
import type { Result } from './respond';
import { loadSettings, readTab, requireTab } from './workbook-data';

export type Translated = Result<{ text: string; cached: boolean }>;

/**
 * Another member's text in the reader's language (issue 22), by Google's translation
 * (LanguageApp), which the sidebar marks as a machine translation. Each source cell is
 * translated once per language and kept in the hidden Translations tab, reused while the
 * source text's hash is unchanged; so a text read by a hundred members costs one call of
 * the daily quota. The source tab and the Translations tab are read once each, whatever
 * their length; Google is asked outside the lock, the translation kept under it.
 */
export const translateText = endpoint(translateInput, (call, input): Translated => {
  const source = parseSource(input.source);
  if (!source) throw new UserError('translate.nothing', { source: input.source });
  const name = sourceName(source);
  const to = input.to ?? call.caller.locale;
  const row = requireTab(call, tableByKey(source.table)).rows.find((r) => cellText(r.values['id']) === source.id);
  const text = row ? cellText(row.values[source.column]) : '';
  if (!text) throw new UserError('translate.nothing', { source: name });
  const hash = textHash(text);
  const kept = keptTranslation(recordsOf('translations', readTab(call, TRANSLATIONS)), name, to);
  if (kept?.text && kept.sourceHash === hash) return { ok: true, text: kept.text, cached: true };
  const translated = translate(call.google.LanguageApp, text, to);
  keep(call, name, to, translated, hash);
  return { ok: true, text: translated, cached: false };
});

/**
 * Keeps a translation for the next reader: the source's row for that language rewritten, or a
 * new one. The reader has their translation whatever happens here; a workbook set up before
 * the Translations tab existed keeps nothing until setup runs again.
 */
function keep(call: Call, source: string, to: Locale, text: string, hash: string): void {
  try {
    withDocumentLock(call.google.LockService, () => {
      const store = readTab(call, TRANSLATIONS);
      if (!store) return;
      const language = loadSettings(call).language;
      const values = { text, sourceHash: hash, translated: call.now };
      const kept = keptTranslation(recordsOf('translations', store), source, to);
      if (kept) writeRows(store, [{ row: kept.row, values }], call.workbook, language);
      else appendRecords({ ...store, lastRow: store.grid.length }, [{ source, language: to, ...values }], call.workbook, language);
      logAfterCommit(call, [{ action: 'text.translate', target: source, details: to }], language);
    });
  } catch (error) {
    console.error(error);
  }
}
