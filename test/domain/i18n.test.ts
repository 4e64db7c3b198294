import { describe, expect, it } from 'vitest';
import { t } from '../../src/domain/i18n';
import { CATALOGS } from '../../src/domain/i18n/bundled';
import { toLocale } from '../../src/domain/locale';

/** The names a message takes, whether as `{name}` or as the count of a `{name, plural, …}` block. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();

describe('translations', () => {
  it('fills placeholders', () => {
    expect(t('fr', 'setup.youAreCoordinator', { id: 'MEM-001' })).toBe('Inscription enregistrée\u00a0: vous êtes la première personne de la coordination (MEM-001).');
    expect(t('pt-BR', 'validate.found', { count: 19 })).toBe('19 problemas encontrados e marcados na planilha.');
    expect(t('pt-BR', 'field.between', { min: 15, max: 600 })).toBe('Informe um número de 15 a 600.');
  });

  it('keeps every placeholder of the English message in each translation', () => {
    for (const [key, english] of Object.entries(CATALOGS.en)) {
      for (const locale of ['fr', 'pt-BR'] as const) {
        const text = CATALOGS[locale][key as keyof typeof CATALOGS.en];
        const extra = placeholders(text).filter((name) => !placeholders(english).includes(name));
        expect(placeholders(text).filter((name) => !extra.includes(name)), `${locale} ${key}`).toEqual(placeholders(english));
        // A language may ask for one more value only to choose its own grammar (pt-BR's « à 01:30 » but
        // « às 21:30 »), never to say something English leaves out.
        for (const name of extra) expect(text, `${locale} ${key}: {${name}}`).not.toMatch(new RegExp(`\\{${name}\\}`));
      }
    }
  });

  it('translates every message rather than copying the English', () => {
    const same = Object.entries(CATALOGS.en).filter(
      ([key, english]) => /\p{L}{4,}/u.test(english.replace(/\{\w+\}/g, "")) && english.length > 12 && CATALOGS.fr[key as keyof typeof CATALOGS.en] === english,
    );
    expect(same).toEqual([]);
  });

  it('speaks pt-BR to any Portuguese user and French to fr_FR spreadsheets', () => {
    expect(toLocale('pt')).toBe('pt-BR');
    expect(toLocale('pt_BR')).toBe('pt-BR');
    expect(toLocale('fr_FR')).toBe('fr');
    expect(toLocale('de')).toBe('en');
    expect(toLocale(undefined)).toBe('en');
  });
});
