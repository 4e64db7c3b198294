import { describe, expect, it } from 'vitest';
import { fill } from '../../src/domain/i18n/wording';
import { en } from '../../src/domain/languages/en';
import { enXA } from '../../src/domain/languages/en-XA';
import { pseudoText } from '../../src/domain/languages/en-XA/pseudo';

// Issue 19: the pseudo-locale is English accented and about a third longer, with whatever the
// code reads left as written, so every formatting path works in it as in English.
const sentences = (words: unknown): string[] => (typeof words === 'string' ? [words] : words && typeof words === 'object' ? Object.values(words).flatMap(sentences) : []);
const ENGLISH = [en.messages, en.sidebar, en.emails, en.notice].flatMap(sentences);
const PSEUDO = [enXA.messages, enXA.sidebar, enXA.emails, enXA.notice].flatMap(sentences);

/** Plain ASCII words left once what is not a word is dropped (placeholders and ICU choices, tags, URLs, emails, domains, acronyms). */
const plainWords = (text: string): string[] =>
  text
    .replace(/\b[A-Z]{2,}\b|\{\s*\w+\s*(?:,\s*\w+\s*)?[,}]|[\w=]+\s*\{|<[^<>]*>|&#?\w+;|https?:\/\/\S+|\S+@\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}\b(?:\/[\w/-]*)?/g, ' ')
    .match(/\p{L}+/gu)
    ?.filter((word) => /^[A-Za-z]+$/.test(word)) ?? [];

describe('the pseudo-locale, made from English', () => {
  it('accents every word and keeps what the code reads', () => {
    expect(pseudoText('Open the <b>sidebar</b> &amp; see https://example.org/a?b=1, ana@example.org or cnil.fr ({name}): EUR')).toBe(
      'Öþéñ·· ţĥé· <b>šîðéƀåŕ···</b> &amp; šéé· https://example.org/a?b=1, ana@example.org öŕ· cnil.fr ({name}): EUR',
    );
    expect(pseudoText('{count, plural, =0 {no tab} one {# tab} other {# tabs}} of {total}')).toBe('{count, plural, =0 {ñö· ţåƀ·} one {# ţåƀ·} other {# ţåƀš··}} öƒ· {total}');
    expect(pseudoText('{kind, select, proposal {a proposal} other {a pledge}}')).toBe('{kind, select, proposal {å· þŕöþöšåļ···} other {å· þļéðĝé··}}');
  });

  it('is English everywhere, each sentence accented, with the same placeholders and choices', () => {
    expect(PSEUDO.length).toBe(ENGLISH.length);
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:, (\w+))?(?=[,}])|(=\d+|\bone|\bother|\bfew|\bmany) \{/g)].map((m) => m.slice(1).join(':')).sort();
    ENGLISH.forEach((english, i) => {
      const pseudo = PSEUDO[i] ?? '';
      expect(placeholders(pseudo), english).toEqual(placeholders(english));
      expect(plainWords(pseudo), pseudo).toEqual([]);
    });
  });

  it('fills and chooses plurals as English does', () => {
    for (const count of [0, 1, 2, 19]) {
      const english = fill(en.messages['setup.done'], { created: count, repaired: 2 }, 'en');
      const pseudo = fill(enXA.messages['setup.done'], { created: count, repaired: 2 }, 'en-XA');
      expect(pseudo).toBe(pseudoText(english));
    }
  });

  it('is about a third longer than English, as translations are', () => {
    const length = (texts: readonly string[]) => texts.reduce((sum, text) => sum + text.length, 0);
    const ratio = length(PSEUDO) / length(ENGLISH);
    expect(ratio).toBeGreaterThan(1.25);
    expect(ratio).toBeLessThan(1.4);
  });

  it('reads its own workbook words back: tabs, headers and labels unique, working days a range', () => {
    const tabs = Object.values(enXA.sheet.tabs);
    expect(new Set(tabs).size).toBe(tabs.length);
    expect(enXA.sheet.workingDays).toBe(`${enXA.labels.weekdays[1]}${enXA.labels.weekdayRange}${enXA.labels.weekdays[5]}`);
  });
});
