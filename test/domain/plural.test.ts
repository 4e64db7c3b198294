import { describe, expect, it } from 'vitest';
import { fill } from '../../src/domain/i18n/wording';

const NNBSP = '\u202f';

const FR = '{count, plural, one {# problème trouvé} other {# problèmes trouvés}}';
const PT = '{count, plural, one {# problema encontrado} other {# problemas encontrados}}';
const EN = '{count, plural, one {# problem found} other {# problems found}}';

describe('plurals in messages', () => {
  it('French keeps 0 and 1 singular', () => {
    expect(fill(FR, { count: 0 }, 'fr')).toBe('0 problème trouvé');
    expect(fill(FR, { count: 1 }, 'fr')).toBe('1 problème trouvé');
    expect(fill(FR, { count: 2 }, 'fr')).toBe('2 problèmes trouvés');
    expect(fill(FR, { count: 1234 }, 'fr')).toBe(`1${NNBSP}234 problèmes trouvés`);
  });

  it('Brazilian Portuguese, whose rules also make 0 singular, says "nenhum" through an exact form', () => {
    expect(fill(PT, { count: 0 }, 'pt-BR')).toBe('0 problema encontrado');
    expect(fill(PT, { count: 1 }, 'pt-BR')).toBe('1 problema encontrado');
    expect(fill(PT, { count: 19 }, 'pt-BR')).toBe('19 problemas encontrados');
    expect(fill(PT, { count: 1500 }, 'pt-BR')).toBe('1.500 problemas encontrados');
    const withNone = '{count, plural, =0 {nenhum problema} one {# problema} other {# problemas}}';
    expect(fill(withNone, { count: 0 }, 'pt-BR')).toBe('nenhum problema');
    expect(fill(withNone, { count: 1 }, 'pt-BR')).toBe('1 problema');
  });

  it('English makes only 1 singular', () => {
    expect(fill(EN, { count: 0 }, 'en')).toBe('0 problems found');
    expect(fill(EN, { count: 1 }, 'en')).toBe('1 problem found');
    expect(fill(EN, { count: 1234 }, 'en')).toBe('1,234 problems found');
  });

  it('falls back to `other` for a category the message leaves out (French "many" for a million)', () => {
    expect(fill(FR, { count: 1_000_000 }, 'fr')).toBe(`1${NNBSP}000${NNBSP}000 problèmes trouvés`);
  });

  it('fills placeholders around and inside the forms, and accepts a count given as text', () => {
    const template = '{name}: {count, plural,\n  one {# contribution en {currency}}\n  other {# contributions en {currency}}\n}.';
    expect(fill(template, { name: 'Lúcia', count: '3', currency: 'EUR' }, 'fr')).toBe('Lúcia: 3 contributions en EUR.');
    expect(fill('{created, plural, one {# criada} other {# criadas}}, {skipped, plural, one {# ignorada} other {# ignoradas}}', { created: 5, skipped: 1 }, 'pt-BR')).toBe(
      '5 criadas, 1 ignorada',
    );
  });

  it('leaves a plural block visible when it has no number or no language to choose with', () => {
    expect(fill(EN, {}, 'en')).toBe(EN);
    expect(fill(EN, { count: 'many' }, 'en')).toBe(EN);
    expect(fill(EN, { count: 2 })).toBe(EN);
  });
});
