import { INTL_TAG, type Locale } from './locale';
import { isIsoDate, isWallTime, type IsoDate, type WallTime } from './time';

/**
 * Dates and times as people type them into the sidebar, the way the page's language writes
 * them whatever the browser's locale: the order and separator of Intl's numeric date for the
 * language (11/12/2026 in fr-FR, pt-BR and en-GB) and its hour cycle (14:30). Reading is
 * tolerant: 1/2/27, 01.02.2027, 1-2-2027, a pasted 2027-02-01, "1 fév. 2027", "Mon 1 Feb 2027",
 * 14h30, 2:30 pm. What the server is sent stays `YYYY-MM-DD` and `HH:MM`.
 */

/** What a typed date reads as: the date, or why not (a day that does not exist, such as 31/02, or no date at all). */
export type DateReading = { readonly ok: true; readonly value: IsoDate } | { readonly ok: false; readonly impossible: boolean };
export type TimeReading = { readonly ok: true; readonly value: WallTime } | { readonly ok: false; readonly impossible: false };

const numeric = (locale: Locale) => new Intl.DateTimeFormat(INTL_TAG[locale], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

/** 11/12/2026: a date as the language writes it in figures. */
export function typedDate(date: IsoDate, locale: Locale): string {
  return numeric(locale).format(new Date(`${date}T00:00:00Z`));
}

/** 14:30: a time on the language's clock. */
export function typedTime(time: WallTime, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(new Date(`1970-01-01T${time}:00Z`));
}

/** The words and figures of a text, lower case and without accents: "Déc." is `dec`, "sexta-feira" `sexta`, `feira`. */
const wordsOf = (text: string): string[] => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/\d+|[a-z]+/g) ?? [];

/** The language's month names, long, so that any abbreviation is the start of one: `janvier`, `marco`, `december`. */
const monthsOf = (locale: Locale): string[] =>
  [...Array(12).keys()].map((m) => wordsOf(new Intl.DateTimeFormat(INTL_TAG[locale], { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1))).join(' '));

/**
 * Reads a date typed or pasted in the page's language; blank reads as `undefined`. Figures
 * follow the language's order unless the year comes first (2027-02-01); a month written in
 * words (at least three letters of one month's name) leaves the year as the four-digit figure.
 * A two-digit year is this century's. Other words (de, of, weekdays) are passed over, and of two
 * words naming a month the last one counts: a weekday comes first, and French `mar.` (Tuesday)
 * begins `mars`.
 */
export function readTypedDate(text: string, locale: Locale): DateReading | undefined {
  const tokens = wordsOf(text);
  if (tokens.length === 0) return undefined;
  const no = { ok: false, impossible: false } as const;
  const months = monthsOf(locale);
  const figures: string[] = [];
  let month: number | undefined;
  for (const token of tokens) {
    if (/\d/.test(token)) figures.push(token);
    else if (token.length > 2) {
      const named = months.flatMap((m, i) => (m.startsWith(token) ? [i + 1] : []));
      if (named.length > 1) return no;
      month = named[0] ?? month;
    }
  }
  // Which figure is which: the year first when it has four digits, else the language's order.
  const yearFirst = figures[0]?.length === 4;
  const named = month !== undefined ? (yearFirst ? ['year', 'day'] : ['day', 'year'])
    : yearFirst ? ['year', 'month', 'day'] : numeric(locale).formatToParts(0).flatMap((p) => (p.type === 'literal' ? [] : [p.type]));
  if (figures.length !== named.length) return no;
  const { year = '', month: m = String(month), day = '' }: Partial<Record<string, string>> = Object.fromEntries(named.map((type, i) => [type, figures[i]]));
  if (!(year.length === 4 || year.length === 2) || m.length > 2 || day.length > 2) return no;
  const value = `${year.length === 2 ? `20${year}` : year}-${m.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(value) ? { ok: true, value } : { ok: false, impossible: true };
}

/** Reads a time: 14:30, 14h30, 14 h, 14.30, 9:05, 2:30 pm, 14:30:00 (seconds dropped); blank reads as `undefined`. */
export function readTypedTime(text: string): TimeReading | undefined {
  // 14.30 is 14:30; "p.m." is pm.
  const folded = text.trim().toLowerCase().replace(/(\d)\.(\d)/, '$1:$2').replace(/\./g, '');
  if (!folded) return undefined;
  const match = /^(\d{1,2})(?:\s*[:h]\s*(\d\d)?(?::\d\d)?)?\s*(?:([ap])\s*m)?$/.exec(folded);
  const no = { ok: false, impossible: false } as const;
  if (!match) return no;
  let hours = Number(match[1]);
  if (match[3]) {
    if (hours < 1 || hours > 12) return no;
    hours = (hours % 12) + (match[3] === 'p' ? 12 : 0);
  }
  const value = `${String(hours).padStart(2, '0')}:${match[2] ?? '00'}`;
  return isWallTime(value) ? { ok: true, value } : no;
}
