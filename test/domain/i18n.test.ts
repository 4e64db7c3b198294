import { describe, expect, it } from 'vitest';
import { CATALOGS, t } from '../../src/domain/i18n';
import { toLocale } from '../../src/domain/locale';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('fills placeholders', () => {
    expect(t('fr', 'sidebar.greeting', { name: 'Ana' })).toBe('Bonjour, Ana !');
    expect(t('pt-BR', 'sidebar.deadline.left', { days: 3, date: '12/01/2027' })).toBe('Faltam 3 dias, até 12/01/2027.');
  });

  it('keeps every placeholder of the English message in each translation', () => {
    for (const [key, english] of Object.entries(CATALOGS.en)) {
      for (const locale of ['fr', 'pt-BR'] as const) {
        expect(placeholders(CATALOGS[locale][key as keyof typeof CATALOGS.en]), `${locale} ${key}`).toEqual(placeholders(english));
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
