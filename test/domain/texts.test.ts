import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/domain/locale';
import { EMAIL_SENDER } from '../../src/domain/i18n/emails';
import { EMAIL_TEXTS, PRIVACY_NOTICE } from '../languages';

// The privacy notice and the emails: every language says the same things with the same
// placeholders, in wording that presumes no gender, with French typography.

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;

/** The plural forms of a text, as `name: selectors`, e.g. `days: =0 one other`. */
function plurals(text: string): string[] {
  return [...text.matchAll(PLURAL)].map(([, name, branches]) => `${name}: ${[...branches!.matchAll(/(\S+)\s*\{/g)].map((m) => m[1]).join(' ')}`);
}

/** The placeholders a text needs, plural ones included; throws on a brace that belongs to neither. */
function placeholders(text: string): string[] {
  const flat = text.replace(PLURAL, (_, name: string) => `{${name}}`);
  const names = [...flat.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  if (/[{}]/.test(flat.replace(/\{\w+\}/g, ''))) throw new Error(`Malformed braces in: ${text}`);
  return [...new Set(names)].sort();
}

/** Every string of a language's texts, by its path (`reminder.subject.both`, `sections.2.paragraphs.0`). */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as object).flatMap(([key, inner]) => strings(inner, path ? `${path}.${key}` : key));
}

const byLocale = (texts: Readonly<Record<string, unknown>>) => LOCALES.map((locale) => [locale, strings(texts[locale])] as const);
const everyText = [...byLocale(PRIVACY_NOTICE), ...byLocale(EMAIL_TEXTS)];

describe('privacy notice and email texts', () => {
  it.each([
    ['privacy notice', PRIVACY_NOTICE],
    ['emails', EMAIL_TEXTS],
  ] as const)('%s: every language has the same parts, placeholders and plural forms', (_, texts) => {
    const shape = (locale: (typeof LOCALES)[number]) =>
      strings(texts[locale]).map(([path, text]) => [path, placeholders(text), plurals(text)]);
    for (const locale of LOCALES) expect(shape(locale), locale).toEqual(shape('en'));
  });

  it('gives each plural a zero, a one and an other form, the other one showing the number', () => {
    const found = everyText.flatMap(([, texts]) => texts.flatMap(([, text]) => [...text.matchAll(PLURAL)]));
    expect(found.length).toBeGreaterThan(0);
    for (const [whole, , branches] of found) {
      expect(plurals(whole), whole).toEqual(['days: =0 one other']);
      expect(branches!.match(/other\s*\{([^{}]*)\}/)![1], whole).toContain('#');
    }
  });

  it('names the coordinators and the version in every language, and the authority of each country', () => {
    for (const locale of LOCALES) {
      const notice = PRIVACY_NOTICE[locale];
      const all = strings(notice).map(([, text]) => text).join('\n');
      expect(notice.version, locale).toContain('{version}');
      expect(all, locale).toContain('{coordinators}');
      expect(all, locale).toMatch(/CNIL/);
      expect(all, locale).toMatch(/ANPD/);
    }
  });

  it('fits a sidebar: at most 350 words per language', () => {
    for (const locale of LOCALES) {
      const words = strings(PRIVACY_NOTICE[locale]).flatMap(([, text]) => text.split(/\s+/)).filter((w) => /[\p{L}\p{N}]/u.test(w));
      expect(words.length, locale).toBeLessThanOrEqual(350);
    }
  });

  it('presumes no gender: no bracketed or dotted endings', () => {
    for (const [locale, texts] of everyText) {
      for (const [path, text] of texts) {
        expect(text, `${locale} ${path}`).not.toMatch(/\p{L}\((?:s|e|es|a|as|os|x)\)/iu);
        expect(text, `${locale} ${path}`).not.toMatch(/\p{L}[·.](?:e|es|a|as)\b/u);
      }
    }
  });

  it('holds no markup, no hard-coded number or date, and one apostrophe: ’', () => {
    for (const [locale, texts] of everyText) {
      for (const [path, text] of texts) {
        const words = text.replace(PLURAL, '');
        expect(text, `${locale} ${path}`).not.toMatch(/[<>&]/);
        expect(words, `${locale} ${path}`).not.toMatch(/\d/);
        expect(text, `${locale} ${path}`).not.toContain("'");
      }
    }
    expect(EMAIL_SENDER).toBe('Mutirão — {spreadsheetName}');
  });

  it('puts a no-break space before ; : ! ? » and after « in French, and none in the other languages', () => {
    const french = everyText.filter(([locale]) => locale === 'fr').flatMap(([, texts]) => texts);
    const others = everyText.filter(([locale]) => locale !== 'fr').flatMap(([, texts]) => texts);
    for (const [path, text] of french) {
      expect(text, path).not.toMatch(/(?:^|[^\u00a0\u202f])[;:!?»]/);
      expect(text, path).not.toMatch(/«(?![\u00a0\u202f])/);
    }
    for (const [path, text] of others) expect(text, path).not.toMatch(/[\u00a0\u202f]/);
  });
});
