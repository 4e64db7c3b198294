import { describe, expect, it } from 'vitest';
import { fill } from '../../src/domain/i18n/wording';
import { CATALOGS } from '../../src/domain/i18n/bundled';
import { pageCatalog, SERVER_KEYS } from '../../src/sidebar/i18n/page';

/** The names a message takes, whether as `{name}` or as the count of a `{name, plural, …}` block. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();
const english = pageCatalog('en');

describe('the sidebar pages’ catalogs', () => {
  it('give each language every key the English page has, and nothing else', () => {
    for (const locale of ['fr', 'pt-BR'] as const) {
      expect(Object.keys(pageCatalog(locale)).sort(), locale).toEqual(Object.keys(english).sort());
    }
  });

  it('hold the sidebar’s own words, the field messages and the server messages it shows, but not the server’s other words', () => {
    const fr = pageCatalog('fr');
    expect(fill(fr['sidebar.greeting'], { name: 'Ana' })).toBe('Bonjour, Ana\u00a0!');
    expect(fill(pageCatalog('pt-BR')['sidebar.deadline.left'], { days: 3, date: '12/01/2027' })).toBe('Faltam 3 dias, até 12/01/2027.');
    expect(fr['field.tooShort']).toBe(CATALOGS.fr['field.tooShort']);
    for (const key of SERVER_KEYS) expect(fr[key]).toBe(CATALOGS.fr[key]);
    expect(fr).not.toHaveProperty('help.intro');
    expect(fr).not.toHaveProperty('dashboard.title');
  });

  it('keep every placeholder of the English message in each translation', () => {
    for (const [key, text] of Object.entries(english)) {
      for (const locale of ['fr', 'pt-BR'] as const) {
        expect(placeholders(pageCatalog(locale)[key as keyof typeof english]), `${locale} ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('translate every message rather than copying the English', () => {
    const fr = pageCatalog('fr');
    const same = Object.entries(english).filter(
      ([key, text]) => /\p{L}{4,}/u.test(text.replace(/\{\w+\}/g, '')) && text.length > 12 && fr[key as keyof typeof english] === text,
    );
    expect(same).toEqual([]);
  });
});
