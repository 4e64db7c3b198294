import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/domain/languages/registry';
import { BRIDGE_LOCALE, LOCALES, normalizeLabel, toLocale } from '../src/domain/locale';
import { TABLES } from '../src/domain/tables';

// Issue 19: a language is one folder (src/domain/languages/<code>/) plus one line in the
// registry. No code elsewhere names a language, so adding one touches nothing else.
const SRC = new URL('../src/', import.meta.url).pathname;
const FOLDERS = join(SRC, 'domain/languages');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === FOLDERS ? [] : sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** A language's code as a string literal or a property name: `'pt-BR'`, `fr:`, `=== 'en'`. */
const named = (code: string) => new RegExp(`['"\`]${code.replace('-', '\\-')}['"\`]|^\\s*['"]?${code.replace('-', '\\-')}['"]?\\s*:`, 'm');

describe('a language is one folder', () => {
  it('no source outside src/domain/languages names a language by its code', () => {
    const offenders: string[] = [];
    for (const file of sources(SRC)) {
      // Comments may give examples ('fr' or 'pt-BR' as Google reports them).
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      for (const locale of LOCALES) if (named(locale).test(code)) offenders.push(`${relative(SRC, file)} names ${locale}`);
    }
    expect(offenders).toEqual([]);
  });

  it('names every declared column in every language, each tab’s headers distinct (Code.js reads them from the pages when first asked)', () => {
    for (const table of TABLES) {
      for (const locale of LOCALES) {
        const headers = table.columns.map((column) => normalizeLabel(column.header[locale]));
        expect(headers.every(Boolean), `${locale} ${table.key}`).toBe(true);
        expect(new Set(headers).size, `${locale} ${table.key}`).toBe(headers.length);
      }
    }
  });

  it('each folder is named by its code, and the registry lists each once', () => {
    const folders = readdirSync(FOLDERS).filter((name) => statSync(join(FOLDERS, name)).isDirectory());
    expect(folders.sort()).toEqual([...LOCALES].sort());
    expect(new Set(LOCALES).size).toBe(LANGUAGES.length);
  });

  it('reads what Google reports as one of them, else the bridge language', () => {
    for (const locale of LOCALES) expect(toLocale(locale)).toBe(locale);
    expect(toLocale('pt_PT')).toBe(toLocale('pt-BR'));
    expect(toLocale('fr_CA')).toBe(toLocale('fr'));
    expect(toLocale('de')).toBe(BRIDGE_LOCALE);
    expect(toLocale(undefined)).toBe(BRIDGE_LOCALE);
  });
});
