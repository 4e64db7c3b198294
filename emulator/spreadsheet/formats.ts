import type { LocaleRules } from './locale';
import { serialToParts } from './serial';

/** What getNumberFormat() returns for a cell never formatted ("Automatic"). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const TEXT_FORMAT = '@';

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'ampm'; width: number };

const TOKEN = /"([^"]*)"|\\(.)|(yyyy|yy|mm|m|dd|d|hh|h|ss|s|am\/pm|a\/p)|(.)/gi;

const tokenized = new Map<string, Token[]>();

function tokenize(format: string): Token[] {
  let tokens = tokenized.get(format);
  if (!tokens) {
    tokens = tokenizeUncached(format);
    tokenized.set(format, tokens);
  }
  return tokens;
}

function tokenizeUncached(format: string): Token[] {
  const raw: (Token | { kind: 'm'; width: number })[] = [];
  for (const match of format.matchAll(TOKEN)) {
    const [, quoted, escaped, code, other] = match;
    if (quoted !== undefined) raw.push({ kind: 'literal', text: quoted });
    else if (escaped !== undefined) raw.push({ kind: 'literal', text: escaped });
    else if (code !== undefined) {
      const c = code.toLowerCase();
      const width = c.length;
      if (c.startsWith('y')) raw.push({ kind: 'year', width });
      else if (c.startsWith('d')) raw.push({ kind: 'day', width });
      else if (c.startsWith('h')) raw.push({ kind: 'hour', width });
      else if (c.startsWith('s')) raw.push({ kind: 'second', width });
      else if (c.startsWith('a')) raw.push({ kind: 'ampm', width });
      else raw.push({ kind: 'm', width });
    } else raw.push({ kind: 'literal', text: other ?? '' });
  }
  // "m" means minutes right after an hour or right before seconds, and months elsewhere.
  return raw.map((t, i): Token => {
    if (t.kind !== 'm') return t;
    const prev = raw.slice(0, i).reverse().find((x) => x.kind !== 'literal');
    const next = raw.slice(i + 1).find((x) => x.kind !== 'literal');
    const minute = prev?.kind === 'hour' || next?.kind === 'second';
    return { kind: minute ? 'minute' : 'month', width: t.width };
  });
}

export type FormatKind = 'text' | 'number' | 'date' | 'time' | 'datetime';

const kinds = new Map<string, FormatKind>();

export function formatKind(format: string | undefined): FormatKind {
  if (format === undefined || format === '') return 'number';
  if (format === TEXT_FORMAT) return 'text';
  let kind = kinds.get(format);
  if (kind === undefined) {
    const tokens = tokenize(format);
    const date = tokens.some((t) => t.kind === 'year' || t.kind === 'month' || t.kind === 'day');
    const time = tokens.some((t) => t.kind === 'hour' || t.kind === 'minute' || t.kind === 'second');
    kind = date && time ? 'datetime' : date ? 'date' : time ? 'time' : 'number';
    kinds.set(format, kind);
  }
  return kind;
}

export function isDateTimeKind(kind: FormatKind): boolean {
  return kind === 'date' || kind === 'time' || kind === 'datetime';
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatSerial(serial: number, format: string): string {
  const p = serialToParts(serial);
  const tokens = tokenize(format);
  const twelve = tokens.some((t) => t.kind === 'ampm');
  return tokens
    .map((t) => {
      switch (t.kind) {
        case 'literal':
          return t.text;
        case 'year':
          return t.width <= 2 ? pad(p.year % 100, 2) : String(p.year);
        case 'month':
          return pad(p.month, t.width);
        case 'day':
          return pad(p.day, t.width);
        case 'hour':
          return pad(twelve ? ((p.hour + 11) % 12) + 1 : p.hour, t.width);
        case 'minute':
          return pad(p.minute, t.width);
        case 'second':
          return pad(p.second, t.width);
        case 'ampm':
          return p.hour < 12 ? 'AM' : 'PM';
      }
      return '';
    })
    .join('');
}

const NUMERIC = /^([#,0]*)(?:\.([0#]*))?(%?)$/;

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Text around the number: currency blocks such as `[$€]` or `[$R$-416]`, quoted text, spaces. */
const AFFIXED = /^((?:\[\$[^\]]*\]|"[^"]*"|\s)*)(.*?)((?:\[\$[^\]]*\]|"[^"]*"|\s)*)$/;

function affixText(affix: string): string {
  return affix.replace(/\[\$([^\]-]*)(?:-[^\]]*)?\]|"([^"]*)"/g, (_whole, symbol: string | undefined, quoted: string | undefined) => symbol ?? quoted ?? '');
}

function formatNumber(n: number, format: string, rules: LocaleRules): string {
  const [, prefix = '', core = format, suffix = ''] = AFFIXED.exec(format) ?? [];
  const match = format === DEFAULT_NUMBER_FORMAT ? null : NUMERIC.exec(core);
  if (!match) return String(n).replace('.', rules.decimal);
  return affixText(prefix) + formatPlain(n, match, rules) + affixText(suffix);
}

function formatPlain(n: number, match: RegExpExecArray, rules: LocaleRules): string {
  const [, integer = '', fraction = '', percent] = match;
  const value = percent ? n * 100 : n;
  const minDecimals = (fraction.match(/0/g) ?? []).length;
  let text = value.toFixed(fraction.length);
  if (fraction.length > minDecimals) {
    text = text.replace(new RegExp(`0{1,${fraction.length - minDecimals}}$`), '').replace(/\.$/, '');
  }
  const [whole = '', decimals] = text.split('.');
  const shownWhole = integer.includes(',') ? group(whole, rules.group) : whole;
  return `${shownWhole}${decimals ? rules.decimal + decimals : ''}${percent}`;
}

/** Roughly what Sheets shows for a stored value: enough for the formats the add-on uses. */
export function displayValue(value: number | string | boolean, format: string | undefined, rules: LocaleRules): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? rules.trueLabel : rules.falseLabel;
  const f = format ?? DEFAULT_NUMBER_FORMAT;
  if (isDateTimeKind(formatKind(f))) return formatSerial(value, f);
  if (f === TEXT_FORMAT) return String(value);
  return formatNumber(value, f, rules);
}
