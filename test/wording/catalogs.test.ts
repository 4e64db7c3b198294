import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/domain/i18n/bundled';
import { fill } from '../../src/domain/i18n/wording';
import { ENUMS } from '../../src/domain/enums';
import { LOCALES, type Locale } from '../../src/domain/locale';
import { SEED_OBJECTIVES } from '../../src/domain/objectives';
import { SETTING_ROWS } from '../../src/domain/settings';
import { TABLES } from '../../src/domain/tables';
import { EMAIL_TEXTS, PRIVACY_NOTICE } from '../languages';
import { pageCatalog } from '../../src/sidebar/i18n/page';
import { GLOSSARY, ROLE_LABEL, type Concept } from './glossary';

/** Every string a reader of this language may see: catalogs, headers, enum labels, settings, seeds, notices, emails. */
function texts(locale: Locale): [where: string, text: string][] {
  const out: [string, string][] = [];
  const deep = (where: string, value: unknown): void => {
    if (typeof value === 'string') out.push([where, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => deep(`${where}[${i}]`, v));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) deep(`${where}.${k}`, v);
  };
  deep('server', CATALOGS[locale]);
  deep('sidebar', pageCatalog(locale));
  for (const table of TABLES) {
    out.push([`tab ${table.key}`, table.name[locale]]);
    for (const column of table.columns) out.push([`header ${table.key}.${column.key}`, column.header[locale]]);
  }
  // The Settings notes are server messages (setting.note.*), so the catalog above holds them.
  for (const row of SETTING_ROWS) out.push([`setting ${row.key}`, row.label[locale]]);
  for (const [name, codes] of Object.entries(ENUMS)) for (const [code, labels] of Object.entries(codes)) out.push([`enum ${name}.${code}`, (labels as Record<Locale, string>)[locale]]);
  for (const seed of SEED_OBJECTIVES) deep(`seed ${seed.id}`, seed.objective[locale]);
  deep('privacy', PRIVACY_NOTICE[locale]);
  deep('emails', EMAIL_TEXTS[locale]);
  return out;
}

/** The words, without placeholders nor plural heads. */
const prose = (text: string) => text.replace(/\{\w+, plural,/g, '').replace(/\{\w+\}/g, '').replace(/#/g, '');

const offending = (locale: Locale, test: (text: string) => boolean) => texts(locale).filter(([, text]) => test(prose(text))).map(([where, text]) => `${where}: ${text}`);

describe('every string a reader sees', () => {
  it('has no bracketed plural or gender: plural blocks or another wording instead', () => {
    for (const locale of LOCALES) expect(offending(locale, (t) => /\((s|a|e|es|ões|as|os|m)\)/.test(t)), locale).toEqual([]);
  });

  it('writes French with ’ and a no-break space before : ; ! ? and inside « »', () => {
    expect(offending('fr', (t) => /[\p{L}]'/u.test(t))).toEqual([]);
    expect(offending('fr', (t) => / [:;!?](\s|$)/.test(t) || /« | »/.test(t))).toEqual([]);
  });

  it('shows dates the reader’s way in hints and errors, never YYYY-MM-DD', () => {
    for (const locale of LOCALES) expect(offending(locale, (t) => /AAAA|YYYY/.test(t)), locale).toEqual([]);
    expect(CATALOGS.fr['field.date']).toContain('jj/mm/aaaa');
    expect(CATALOGS['pt-BR']['field.date']).toContain('dd/mm/aaaa');
    expect(CATALOGS.en['field.date']).toContain('dd/mm/yyyy');
  });

  it('names each concept with the glossary’s term, never a synonym', () => {
    for (const [concept, { never }] of Object.entries(GLOSSARY)) {
      for (const locale of LOCALES) {
        const rule = (never as Partial<Record<Locale, RegExp>>)[locale];
        if (rule) expect(offending(locale, (t) => rule.test(t)), `${concept} in ${locale}`).toEqual([]);
      }
    }
  });

  it('uses the glossary term in the pledge form’s labels and in the role badge', () => {
    for (const locale of LOCALES) {
      const sidebar = pageCatalog(locale);
      const term = (GLOSSARY.pledge.term as Concept['term'])[locale];
      if (!term) continue;
      for (const key of ['sidebar.pledge.title', 'sidebar.pledge.submit', 'sidebar.mine.pledges'] as const) {
        expect(sidebar[key], `${locale} ${key}`).toMatch(term);
      }
      expect(sidebar['sidebar.role.coordinator']).toBe(ROLE_LABEL[locale]);
    }
  });
});

describe('plural blocks in the catalogs', () => {
  it('agree with the count in each language', () => {
    expect(fill(CATALOGS['pt-BR']['validate.found'], { count: 1 }, 'pt-BR')).toBe('1 problema encontrado e marcado na planilha.');
    expect(fill(CATALOGS['pt-BR']['validate.found'], { count: 19 }, 'pt-BR')).toBe('19 problemas encontrados e marcados na planilha.');
    expect(fill(CATALOGS.fr['validate.found'], { count: 0 }, 'fr')).toBe('0 problème trouvé et signalé dans la feuille.');
    expect(fill(CATALOGS.fr['validate.found'], { count: 2 }, 'fr')).toBe('2 problèmes trouvés et signalés dans la feuille.');
    expect(fill(CATALOGS.en['setup.done'], { created: 0, repaired: 2 }, 'en')).toBe('The workbook is ready: no tab created, 2 repaired.');
    expect(fill(CATALOGS['pt-BR']['calendar.remaining'], { remaining: 1 }, 'pt-BR')).toBe('Falta 1 reunião: execute “Sincronizar a agenda” de novo para terminar.');
    expect(fill(CATALOGS.fr['calendar.result'], { created: 5, updated: 1, cancelled: 0, unchanged: 2, failed: 0 }, 'fr')).toBe(
      'Agenda synchronisé. Réunions\u00a0: 5 créées, 1 mise à jour, 0 annulée, 2 inchangées, 0 en échec.',
    );
  });
});
