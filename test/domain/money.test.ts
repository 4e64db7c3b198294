import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/domain/locale';
import { amountExample, formatMoney, readAmount, type Currency } from '../../src/domain/money';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

type Case = readonly [text: string, locale: Locale, currency: Currency, amount: number];

const ACCEPTED: readonly Case[] = [
  // What the Recife newcomer typed (issue 11): grouping dots are thousands in pt-BR.
  ['1.500,00', 'pt-BR', 'BRL', 1500],
  ['1.500', 'pt-BR', 'BRL', 1500],
  ['R$ 1.500,00', 'pt-BR', 'BRL', 1500],
  ['R$1.500', 'pt-BR', 'BRL', 1500],
  ['1500,5', 'pt-BR', 'BRL', 1500.5],
  ['1500', 'pt-BR', 'BRL', 1500],
  ['1.234,5', 'pt-BR', 'BRL', 1234.5],
  ['1.234.567', 'pt-BR', 'BRL', 1234567],
  ['1.234.567,89', 'pt-BR', 'BRL', 1234567.89],
  // Commas that can only be English thousands.
  ['1,234,567', 'pt-BR', 'BRL', 1234567],
  ['1,234.50', 'pt-BR', 'BRL', 1234.5],
  [`R$${NBSP}1.234,50`, 'pt-BR', 'BRL', 1234.5],
  ['r$ 12', 'pt-BR', 'BRL', 12],
  ['12 BRL', 'pt-BR', 'BRL', 12],
  [`€${NBSP}1.234,50`, 'pt-BR', 'EUR', 1234.5],
  ['1 500', 'pt-BR', 'BRL', 1500],
  // A dot followed by one or two digits can't be grouping: a decimal point, whoever typed it.
  ['1.5', 'pt-BR', 'BRL', 1.5],
  ['1,5', 'pt-BR', 'BRL', 1.5],
  ['0,50', 'pt-BR', 'BRL', 0.5],
  // What the Nantes member typed: any space groups thousands.
  ['1 234,50', 'fr', 'EUR', 1234.5],
  [`1${NBSP}234,50`, 'fr', 'EUR', 1234.5],
  [`1${NNBSP}234,50`, 'fr', 'EUR', 1234.5],
  ['1 234,50 €', 'fr', 'EUR', 1234.5],
  [`1${NNBSP}234,50${NBSP}€`, 'fr', 'EUR', 1234.5],
  ['1234,5', 'fr', 'EUR', 1234.5],
  ['€1 234,50', 'fr', 'EUR', 1234.5],
  ['€ 1234,5', 'fr', 'EUR', 1234.5],
  ['EUR 1234,5', 'fr', 'EUR', 1234.5],
  ['1234,5 eur', 'fr', 'EUR', 1234.5],
  ['1 234 567', 'fr', 'EUR', 1234567],
  ['1.234,50', 'fr', 'EUR', 1234.5],
  ['1.234.567', 'fr', 'EUR', 1234567],
  ['1.5', 'fr', 'EUR', 1.5],
  ['1234.56', 'fr', 'EUR', 1234.56],
  ['1 500.50', 'fr', 'EUR', 1500.5],
  // The coordinator in English.
  ['1,234.50', 'en', 'EUR', 1234.5],
  ['€1,234.50', 'en', 'EUR', 1234.5],
  ['R$1,234.50', 'en', 'BRL', 1234.5],
  ['1234.5', 'en', 'EUR', 1234.5],
  ['1,234,567.5', 'en', 'EUR', 1234567.5],
  ['1 234.50', 'en', 'EUR', 1234.5],
  // A comma is grouping in English, so `1,500` is fifteen hundred, as `1.500` is in pt-BR.
  ['1,500', 'en', 'EUR', 1500],
  ['1,234', 'en', 'EUR', 1234],
  // A comma no English number has: only the decimal-comma reading is left.
  ['1,5', 'en', 'EUR', 1.5],
  ['1.234,5', 'en', 'EUR', 1234.5],
  ['1.234.567', 'en', 'EUR', 1234567],
  // Trailing zeros are not extra decimals.
  ['12.50', 'en', 'EUR', 12.5],
  ['1,234.500', 'en', 'EUR', 1234.5],
  ['0.500', 'en', 'EUR', 0.5],
  ['  42  ', 'en', 'EUR', 42],
  ['0042', 'en', 'EUR', 42],
  ['9.999.999.999.999,99', 'pt-BR', 'BRL', 9999999999999.99],
];

describe('reading an amount as its writer typed it', () => {
  it.each(ACCEPTED)('%j in %s (%s) is %d', (text, locale, currency, amount) => {
    expect(readAmount(text, locale, currency)).toEqual({ ok: true, amount });
  });
});

// A mark followed by exactly three digits: a decimal point to one convention, thousands to another.
const AMBIGUOUS: readonly (readonly [text: string, locale: Locale, currency: Currency, readings: [number, number]])[] = [
  ['1.500', 'en', 'EUR', [1.5, 1500]],
  ['€1.500', 'en', 'EUR', [1.5, 1500]],
  ['R$ 1.500', 'en', 'BRL', [1.5, 1500]],
  ['1.000', 'en', 'EUR', [1, 1000]],
  ['12.340', 'en', 'EUR', [12.34, 12340]],
  ['999.990', 'en', 'EUR', [999.99, 999990]],
  ['1,500', 'pt-BR', 'BRL', [1.5, 1500]],
  ['R$ 1,500', 'pt-BR', 'BRL', [1.5, 1500]],
  ['2,000', 'pt-BR', 'BRL', [2, 2000]],
  ['12,340', 'pt-BR', 'BRL', [12.34, 12340]],
  ['1,500', 'fr', 'EUR', [1.5, 1500]],
  ['1.500', 'fr', 'EUR', [1.5, 1500]],
  ['1.000 €', 'fr', 'EUR', [1, 1000]],
  ['12,340 €', 'fr', 'EUR', [12.34, 12340]],
];

describe('an amount two conventions read differently', () => {
  it.each(AMBIGUOUS)('%j in %s is refused with both readings', (text, locale, currency, readings) => {
    expect(readAmount(text, locale, currency)).toEqual({ ok: false, kind: 'ambiguous', readings });
  });

  it('is refused as too precise when its decimal reading has three decimals, offering the thousands reading', () => {
    expect(readAmount('1.234', 'en', 'EUR')).toEqual({ ok: false, kind: 'too-many-decimals', asGrouping: 1234 });
    expect(readAmount('1,234', 'pt-BR', 'BRL')).toEqual({ ok: false, kind: 'too-many-decimals', asGrouping: 1234 });
    expect(readAmount('1.234', 'fr', 'EUR')).toEqual({ ok: false, kind: 'too-many-decimals', asGrouping: 1234 });
  });
});

describe('refusals', () => {
  it('refuses more than two decimals', () => {
    for (const [text, locale] of [
      ['1,2345', 'pt-BR'],
      ['0,001', 'pt-BR'],
      ['1 234,567', 'fr'],
      ['1,234.567', 'en'],
      ['12.3456', 'en'],
    ] as const) {
      expect(readAmount(text, locale, 'EUR'), text).toEqual({ ok: false, kind: 'too-many-decimals' });
    }
  });

  it('refuses a currency mark that contradicts the chosen currency, naming what was written', () => {
    expect(readAmount('R$ 10', 'pt-BR', 'EUR')).toEqual({ ok: false, kind: 'other-currency', written: 'BRL' });
    expect(readAmount('10 brl', 'en', 'EUR')).toEqual({ ok: false, kind: 'other-currency', written: 'BRL' });
    expect(readAmount('10 €', 'fr', 'BRL')).toEqual({ ok: false, kind: 'other-currency', written: 'EUR' });
    expect(readAmount('EUR 10', 'pt-BR', 'BRL')).toEqual({ ok: false, kind: 'other-currency', written: 'EUR' });
  });

  it('refuses zero and negative amounts: a pledge is above zero', () => {
    for (const text of ['0', '0,00', '0.000', 'R$ 0', '-5', '−5', '-R$ 5', 'R$ -5', '-1 234,50 R$', '-1.500']) {
      expect(readAmount(text, 'pt-BR', 'BRL'), text).toEqual({ ok: false, kind: 'not-positive' });
    }
  });

  it('refuses what no convention reads as a number', () => {
    const texts = ['', '   ', 'abc', '12,3,4', '1..5', '1,,5', '1  000', '1.50.000', '1,234.567.8', '$5', 'US$ 5', '1e3', '5.', '.5', ',50'];
    for (const text of [...texts, '1 5', '12 34,5', '€ €5', '€5 €', '5 R$ €', '+5', '- -5', '1 500-', '0.500.000', '1.2345.678']) {
      expect(readAmount(text, 'en', 'BRL'), text).toEqual({ ok: false, kind: 'not-a-number' });
      expect(readAmount(text, 'pt-BR', 'BRL'), text).toEqual({ ok: false, kind: 'not-a-number' });
    }
  });

  it('refuses ten trillion and beyond, where cents would no longer be exact', () => {
    expect(readAmount('10.000.000.000.000', 'pt-BR', 'BRL')).toEqual({ ok: false, kind: 'too-large' });
    expect(readAmount('9'.repeat(400), 'en', 'EUR')).toEqual({ ok: false, kind: 'too-large' });
  });
});

describe('writing money the reader’s way', () => {
  it('formats with the symbol, grouping and decimal mark of the language', () => {
    expect(formatMoney(1234.5, 'fr', 'EUR')).toBe(`1${NNBSP}234,50${NBSP}€`);
    expect(formatMoney(1234.5, 'pt-BR', 'BRL')).toBe(`R$${NBSP}1.234,50`);
    expect(formatMoney(1234.5, 'en', 'EUR')).toBe('€1,234.50');
    expect(formatMoney(1500, 'en', 'BRL')).toBe('R$1,500.00');
  });

  it('gives the field hint’s example in the reader’s convention', () => {
    expect(amountExample('fr')).toBe(`1${NNBSP}234,50`);
    expect(amountExample('pt-BR')).toBe('1.234,50');
    expect(amountExample('en')).toBe('1,234.50');
  });

  it('reads back its own hint example', () => {
    for (const locale of ['fr', 'pt-BR', 'en'] as const) {
      expect(readAmount(amountExample(locale), locale, 'EUR')).toEqual({ ok: true, amount: 1234.5 });
    }
  });
});
