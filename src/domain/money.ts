/**
 * Amounts of money as people type them, and as each language writes them (PRODUCT.md §5).
 * Pure: only `Intl`, so the sidebar and the server read an amount the same way.
 *
 * How a typed amount is read:
 * - Around the number: spaces, at most one currency mark before or after it (`€`, `EUR`,
 *   `R$`, `BRL`, any case), and a minus sign (`-` or `−`) before the number or the mark.
 *   The other currency's mark is refused; so are a minus, zero and any other character.
 * - The number: ASCII digits, each separator (`.`, `,` or one space, where any Unicode space
 *   counts, such as the no-break U+00A0 and narrow no-break U+202F that Intl writes in fr)
 *   between two digits.
 * - Three conventions give the separators a role. A decimal mark appears once, last, and
 *   grouping marks (one kind per number) cut the whole part into groups of exactly three
 *   digits after a first group of one to three that doesn't start with 0:
 *     en    decimal `.`, grouping `,` or space   `1,234.50`
 *     pt-BR decimal `,`, grouping `.` or space   `1.234,50`
 *     fr    decimal `,`, grouping space          `1 234,50`
 * - The writer's own convention is tried first. Its reading stands unless it reads a
 *   decimal mark followed by exactly three digits (`1.500` in en, `1,500` in pt-BR or fr):
 *   money has two decimals, so those three digits are likely another convention's
 *   thousands. Then, and when the own convention can't read the text at all, every
 *   convention's reading counts:
 *     one reading       it is the amount (`1,5` in en can only be 1.5; `1.234.567` only grouping);
 *     two readings      a decimal mark against a thousands group: refused as ambiguous with
 *                       both readings (`1.500` in en or fr: 1.5 or 1500), unless the decimal
 *                       one has more than two decimals (`1.234` in en: 1.234 or 1234), which
 *                       is refused as too precise, offering the grouping reading;
 *     none              not a number.
 *   So a grouping mark of the writer's language followed by three digits is grouping
 *   (`1.500` in pt-BR is 1500, `1,500` in en is 1500): that is what the writer's convention means.
 * - At most two decimals count, trailing zeros aside (`12.50`, `1,234.500` in en).
 *   An amount is above zero and below 10^13, where cents stay exact in a double.
 */
import { enumCodeOf, type EnumCode } from './enums';
import { INTL_TAG, LOCALE_FACTS, type Locale } from './locale';

export type Currency = EnumCode<'currency'>;

/** Why a typed amount is refused; the domain gives the facts, the caller words them. */
export type AmountProblem =
  | { readonly kind: 'not-a-number' }
  | { readonly kind: 'not-positive' }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'other-currency'; readonly written: Currency }
  /** `asGrouping`: the amount if the decimal mark was meant as a thousands separator. */
  | { readonly kind: 'too-many-decimals'; readonly asGrouping?: number }
  /** The same text read two ways: the mark as a decimal point, then as a thousands separator (smaller first). */
  | { readonly kind: 'ambiguous'; readonly readings: readonly [number, number] };

export type AmountReading = { readonly ok: true; readonly amount: number } | ({ readonly ok: false } & AmountProblem);

interface Convention {
  readonly decimal: string;
  readonly grouping: string;
}

/** How each language writes amounts (its folder's facts). */
const CONVENTIONS: Readonly<Record<Locale, Convention>> = LOCALE_FACTS;

const MARKS: Readonly<Record<string, Currency>> = { '€': 'EUR', eur: 'EUR', r$: 'BRL', brl: 'BRL' };
const MARK = '(€|eur|r\\$|brl)';
const MINUS = '([-−])?';
// Spaces inside the number separate non-space runs, so the pattern never backtracks over long inputs.
const AROUND = new RegExp(`^${MINUS} *(?:${MARK} *)?${MINUS} *([0-9.,]+(?: [0-9.,]+)*)? *${MARK}?$`, 'i');
const NUMBER = /^\d+(?:[., ]\d+)*$/;
/** 10^13: beyond it a pledge is a typing slip, and cents would stop being exact. */
const MAX_CENTS = 1e15;

/** A number as one convention reads it: whole digits and decimal digits, or nothing. */
interface Digits {
  readonly whole: string;
  readonly fraction: string;
}

function readAs(body: string, { decimal, grouping }: Convention): Digits | undefined {
  const last = body.search(/[., ][^., ]*$/);
  const hasDecimal = last >= 0 && body[last] === decimal;
  const whole = hasDecimal ? body.slice(0, last) : body;
  const fraction = hasDecimal ? body.slice(last + 1) : '';
  const separators = new Set(whole.replace(/\d/g, ''));
  if (separators.size === 0) return { whole, fraction };
  const [separator] = [...separators];
  if (separators.size > 1 || separator === undefined || !grouping.includes(separator)) return undefined;
  const [first = '', ...groups] = whole.split(separator);
  const grouped = /^[1-9]\d{0,2}$/.test(first) && groups.every((g) => /^\d{3}$/.test(g));
  return grouped ? { whole: whole.split(separator).join(''), fraction } : undefined;
}

/** Cents, or undefined beyond two decimals; trailing zeros don't count. */
function cents({ whole, fraction }: Digits): number | undefined {
  const significant = fraction.replace(/0+$/, '');
  return significant.length > 2 ? undefined : Number(whole + significant.padEnd(2, '0'));
}

const sameDigits = (a: Digits, b: Digits) => Number(`${a.whole}.${a.fraction || '0'}`) === Number(`${b.whole}.${b.fraction || '0'}`);

/** Every distinct reading the writer's text can have (see the rules above). */
function readings(body: string, locale: Locale): Digits[] {
  const own = readAs(body, CONVENTIONS[locale]);
  if (own !== undefined && own.fraction.length !== 3) return [own];
  const all: Digits[] = [];
  for (const convention of [CONVENTIONS[locale], ...Object.values(CONVENTIONS)]) {
    const reading = readAs(body, convention);
    if (reading !== undefined && !all.some((r) => sameDigits(r, reading))) all.push(reading);
  }
  return all;
}

/**
 * Reads an amount typed by someone writing in `locale`, for a pledge in `currency`:
 * the amount (above zero, at most two decimals) or why it is refused. Never throws.
 */
export function readAmount(text: string, locale: Locale, currency: Currency): AmountReading {
  const match = AROUND.exec(text.replace(/\s/g, ' ').trim());
  const [, minusBefore, markBefore, minusAfter, body = '', markAfter] = match ?? [];
  if (match === null || (markBefore !== undefined && markAfter !== undefined) || (minusBefore !== undefined && minusAfter !== undefined)) {
    return { ok: false, kind: 'not-a-number' };
  }
  const mark = markBefore ?? markAfter;
  const written = mark === undefined ? undefined : MARKS[mark.toLowerCase()];
  if (written !== undefined && written !== currency) return { ok: false, kind: 'other-currency', written };
  if (!NUMBER.test(body)) return { ok: false, kind: 'not-a-number' };

  const found = readings(body, locale);
  if (found.length === 0) return { ok: false, kind: 'not-a-number' };
  if (minusBefore !== undefined || minusAfter !== undefined) return { ok: false, kind: 'not-positive' };
  const [first, second] = found.map(cents);
  if (found.length === 2) {
    if (first !== undefined && second !== undefined) {
      return { ok: false, kind: 'ambiguous', readings: [Math.min(first, second) / 100, Math.max(first, second) / 100] };
    }
    const grouping = first ?? second;
    return grouping === undefined ? { ok: false, kind: 'too-many-decimals' } : { ok: false, kind: 'too-many-decimals', asGrouping: grouping / 100 };
  }
  if (first === undefined) return { ok: false, kind: 'too-many-decimals' };
  if (first === 0) return { ok: false, kind: 'not-positive' };
  if (first >= MAX_CENTS) return { ok: false, kind: 'too-large' };
  return { ok: true, amount: first / 100 };
}

/** Money as the reader's language writes it: `1 234,50 €`, `R$ 1.234,50`, `€1,234.50`. */
export function formatMoney(amount: number, locale: Locale, currency: Currency): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { style: 'currency', currency }).format(amount);
}

/** An amount with two decimals and no currency mark, as `locale` writes it, and as readAmount reads it back: `1 234,50`. */
export function formatAmount(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
}

/** An amount to show in the field's hint, in the reader's convention: `1 234,50`, `1.234,50`, `1,234.50`. */
export function amountExample(locale: Locale): string {
  return formatAmount(1234.5, locale);
}

/** A refused amount as a catalog key (`field.<key>`) and its parameters, the readings written as `locale` writes money. */
export function amountProblemMessage(problem: AmountProblem, locale: Locale, currency: Currency): { key: string; params: Record<string, string> } {
  const money = (amount: number) => formatMoney(amount, locale, currency);
  switch (problem.kind) {
    case 'ambiguous':
      return { key: 'amountAmbiguous', params: { first: money(problem.readings[0]), second: money(problem.readings[1]) } };
    case 'too-many-decimals':
      return problem.asGrouping === undefined
        ? { key: 'amountDecimals', params: { example: amountExample(locale) } }
        : { key: 'amountMeant', params: { amount: money(problem.asGrouping) } };
    case 'other-currency':
      return { key: 'amountCurrency', params: { written: problem.written, currency } };
    case 'not-positive':
      return { key: 'positive', params: {} };
    case 'too-large':
      return { key: 'amountTooLarge', params: {} };
    case 'not-a-number':
      return { key: 'amountNumber', params: { example: amountExample(locale) } };
  }
}

/** A money cell or input: a number as it is (above zero), text read as the writer's language writes money. */
export function amountOf(value: unknown, locale: Locale, currency: Currency): AmountReading {
  if (typeof value !== 'number') return readAmount(String(value), locale, currency);
  if (!Number.isFinite(value)) return { ok: false, kind: 'not-a-number' };
  return value > 0 ? { ok: true, amount: value } : { ok: false, kind: 'not-positive' };
}

/** A row's or a form's currency, in any language's label; without one, the writer's language's own, so an amount still reads. */
export function currencyOr(value: unknown, locale: Locale): Currency {
  return enumCodeOf('currency', value) ?? LOCALE_FACTS[locale].currency;
}
