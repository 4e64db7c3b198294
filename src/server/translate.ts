import { cellText } from '../domain/cells';
import { enumCodeOf } from '../domain/enums';
import { UserError } from '../domain/errors';
import type { Locale } from '../domain/locale';
import { inAudience } from '../domain/audience';
import { recordsOf, type Member, type Values } from '../domain/records';
import { LOG, MEMBERS, PROPOSALS, tableByKey, TRANSLATIONS, type TableKey } from '../domain/tables';
import { keptTranslation, parseSource, sourceName, textHash, translateInput, TRANSLATABLE, type Source } from '../domain/translations';
import { translate } from '../language';
import { withDocumentLock } from '../lock';
import { appendRecords } from '../sheets/append';
import { rewriteText } from '../sheets/scrub';
import { writeRows } from '../sheets/write';
import type { Call } from './call';
import { logAfterCommit } from './log';
import { caller, endpoint } from './endpoint';
import type { Result } from './respond';
import { isCoordinator, loadSettings, readTab, requireTab } from './workbook-data';

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
  if (row) mayRead(call, source, row.values);
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
 * Only someone who may read a text where the sidebar shows it may have it translated:
 * proposals are listed for anyone; minutes and a poll for their audience (audience.ts); a
 * milestone for its proposal's author; coordinators read them all. Someone who is not an active
 * member gets the usual refusal.
 */
function mayRead(call: Call, { table }: Source, values: Values): void {
  if (table === 'proposals') return;
  const me = caller(call, recordsOf('members', requireTab(call, MEMBERS)), 'member');
  const readable = table === 'milestones'
    ? recordsOf('proposals', requireTab(call, PROPOSALS)).some((p) => p.id === cellText(values['proposal']) && p.member === me.id)
    : inAudience(me, enumCodeOf('audience', values['audience']));
  if (!readable && !isCoordinator(me)) throw new UserError('translate.notForYou');
}

/**
 * The language each minutes, poll or milestone is written in: that of whoever last wrote it, as
 * the Log names them (by email, or by member ID once erased), from their Members › Language;
 * null when the Log does not say (a text typed straight into the sheet). One read of the Log.
 */
export function writersLanguage(call: Call, members: readonly Member[]): (id: string) => Locale | null {
  let writers: Map<string, string> | undefined;
  return (id) => {
    // Read at the first text asked about: a list with none reads no Log.
    writers ??= new Map((readTab(call, LOG)?.rows ?? []).flatMap(({ values: v }) =>
      /^(meeting\.minutes|poll\.open|milestone\.(add|update))$/.test(cellText(v['action'])) ? [[cellText(v['target']), cellText(v['user'])] as const] : []));
    const who = writers.get(id);
    return members.find((m) => m.email === who || m.id === who)?.language ?? null;
  };
}

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

/**
 * Erasure rewrites a person out of the texts that name them (personal-data.ts); a kept
 * translation of such a text may name them still, in words the scrub does not find. So every
 * kept translation whose source changed is cleared, and the next reader has the text as it is
 * now translated. One read of each translatable tab and of Translations, one write per column.
 */
export function forgetChangedSources(call: Call): void {
  const store = readTab(call, TRANSLATIONS);
  if (!store) return;
  const now = new Map<string, string>();
  for (const [table, columns] of Object.entries(TRANSLATABLE) as [TableKey, readonly string[]][]) {
    for (const { values } of readTab(call, tableByKey(table))?.rows ?? []) {
      for (const column of columns) now.set(sourceName({ table, id: cellText(values['id']), column }), cellText(values[column]));
    }
  }
  const stale = new Set(recordsOf('translations', store).filter((r) => textHash(now.get(r.source) ?? '') !== r.sourceHash).map((r) => r.row));
  const cleared = [store.columns.get('text'), store.columns.get('sourceHash')];
  rewriteText(store, (body) => body.map((line, i) => line.map((cell, c) => (stale.has(i + 2) && cleared.includes(c) ? '' : cell))));
}
