import './zod';
import * as z from 'zod/mini';
import * as f from './fields';
import { LOCALES, type Locale } from './locale';
import type { Translation } from './records';
import { tableByKey, type TableKey } from './tables';

/**
 * Which texts a member may have translated, and how a translation is found again (issue 22,
 * PRODUCT.md §2). A source names one cell by its tab, row ID and column, with the English
 * names (`Proposals!PRO-003!Description`), so it reads the same in every workbook language.
 * Every text a member reads in the sidebar that someone else wrote is here: proposals and their
 * answers, a held meeting's minutes, a poll's title, a milestone.
 */
export const TRANSLATABLE: Partial<Record<TableKey, readonly string[]>> = {
  proposals: ['title', 'description', 'resourcesNeeded', 'answer'],
  meetings: ['minutes'],
  polls: ['title'],
  milestones: ['milestone'],
};

export interface Source {
  readonly table: TableKey;
  readonly id: string;
  readonly column: string;
}

const englishName = (key: TableKey) => tableByKey(key).name.en;
const englishHeader = (table: TableKey, column: string) => tableByKey(table).columns.find((c) => c.key === column)?.header.en ?? column;

export function sourceName({ table, id, column }: Source): string {
  return `${englishName(table)}!${id}!${englishHeader(table, column)}`;
}

/** The cell a source names, when it is one a member may have translated. */
export function parseSource(name: string): Source | undefined {
  const [tab, id, header, ...rest] = name.split('!');
  if (!tab || !id || !header || rest.length > 0) return undefined;
  for (const [table, columns] of Object.entries(TRANSLATABLE) as [TableKey, readonly string[]][]) {
    if (englishName(table) !== tab) continue;
    const column = columns.find((c) => englishHeader(table, c) === header);
    if (column) return { table, id, column };
  }
  return undefined;
}

export const translateInput = z.object({
  source: z.pipe(z.string(), z.custom<string>((v) => typeof v === 'string' && parseSource(v) !== undefined, { params: { key: 'invalid' } })),
  to: f.optional(z.custom<Locale>((v) => (LOCALES as readonly unknown[]).includes(v), { params: { key: 'invalid' } })),
});

/**
 * A short fingerprint of a text (FNV-1a, 32 bits, over its UTF-16 units, in hex): enough to
 * tell that a source changed since its translation, computed with no service call.
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The kept translation of a source into a language, whether or not its source has changed since. */
export function keptTranslation(rows: readonly Translation[], source: string, language: Locale): Translation | undefined {
  return rows.find((r) => r.source === source && r.language === language);
}
