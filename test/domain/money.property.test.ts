import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTL_TAG, LOCALE_FACTS, LOCALES } from '../../src/domain/locale';
import { formatMoney, readAmount } from '../../src/domain/money';

const localeArb = fc.constantFrom(...LOCALES);
const currencyArb = fc.constantFrom('EUR' as const, 'BRL' as const);
// What a pledge can be (PRODUCT.md §2: Amount > 0): whole cents from 0.01 to a thousand million.
const amountArb = fc.integer({ min: 1, max: 100_000_000_000 }).map((cents) => cents / 100);

const hasAtMostTwoDecimals = (n: number) => Number(n.toFixed(2)) === n;

describe('money (property)', () => {
  it('reads back any amount it wrote, in every language and currency', () => {
    fc.assert(
      fc.property(amountArb, localeArb, currencyArb, (amount, locale, currency) => {
        expect(readAmount(formatMoney(amount, locale, currency), locale, currency)).toEqual({ ok: true, amount });
      }),
    );
  });

  it('reads back a plain number written the reader’s way, as the hint shows it', () => {
    fc.assert(
      fc.property(amountArb, localeArb, (amount, locale) => {
        const text = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 2 }).format(amount);
        expect(readAmount(text, locale, 'EUR')).toEqual({ ok: true, amount });
      }),
    );
  });

  it('refuses a written amount of the other currency', () => {
    fc.assert(
      fc.property(amountArb, localeArb, currencyArb, (amount, locale, currency) => {
        const other = currency === 'EUR' ? 'BRL' : 'EUR';
        expect(readAmount(formatMoney(amount, locale, other), locale, currency)).toEqual({ ok: false, kind: 'other-currency', written: other });
      }),
    );
  });

  it('refuses a mark followed by three digits, read as decimals by one convention and thousands by another', () => {
    const markArb = fc.constantFrom(...(['.', ','] as const));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 99 }), markArb, localeArb, (whole, cents, mark, locale) => {
        // The writer's own grouping mark is grouping: `1.500` is 1500 in pt-BR, `1,500` in en.
        fc.pre(!LOCALE_FACTS[locale].grouping.includes(mark));
        const three = String(cents * 10).padStart(3, '0');
        expect(readAmount(`${whole}${mark}${three}`, locale, 'EUR')).toEqual({
          ok: false,
          kind: 'ambiguous',
          readings: [(whole * 100 + cents) / 100, whole * 1000 + cents * 10],
        });
      }),
    );
  });

  it('never throws, and answers only amounts above zero with at most two decimals', () => {
    const moneyish = fc
      .array(fc.constantFrom('0', '1', '5', '9', '.', ',', ' ', '\u00a0', '\u202f', '€', 'R$', 'EUR', 'brl', '-', '−', 'e', '+'), { maxLength: 24 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), moneyish), localeArb, currencyArb, (text, locale, currency) => {
        const reading = readAmount(text, locale, currency);
        const numbers = reading.ok ? [reading.amount] : reading.kind === 'ambiguous' ? [...reading.readings] : [];
        for (const n of numbers) {
          expect(Number.isFinite(n) && n > 0 && hasAtMostTwoDecimals(n), `${JSON.stringify(text)} → ${n}`).toBe(true);
        }
        if (!reading.ok && reading.kind === 'ambiguous') expect(reading.readings[0]).toBeLessThan(reading.readings[1]);
      }),
      { numRuns: 2000 },
    );
  });
});
