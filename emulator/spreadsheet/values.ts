import { formatKind, isDateTimeKind, TEXT_FORMAT } from './formats';
import type { LocaleRules } from './locale';
import { instantToSerial, partsToSerial, serialToInstant } from './serial';
import { SheetsError } from './errors';
import type { TextRule } from '../env';

/** A formula is kept as typed; the emulator never evaluates it. */
export interface Formula {
  f: string;
}
export type Content = number | string | boolean | Formula;

/** What one written value becomes: the content and, for typed dates/percents, a format. */
export interface Written {
  content: Content | undefined;
  format?: string;
}

const MAX_CELL_CHARS = 50_000;

export function isFormula(c: Content | undefined): c is Formula {
  return typeof c === 'object';
}

/** Works for Dates made in another realm (scripts run in a node:vm context). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const numberPatterns = new Map<LocaleRules, RegExp>();

function numberPattern(rules: LocaleRules): RegExp {
  let re = numberPatterns.get(rules);
  if (!re) {
    const g = `[${escapeRegExp(rules.groups)}]`;
    const d = escapeRegExp(rules.decimal);
    re = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?(%?)$`);
    numberPatterns.set(rules, re);
  }
  return re;
}

/** Cheap filter run before the locale regex, which dominates bulk writes of dates and codes. */
const NUMBER_LIKE = /^[+-]?[\d.,]/;
const NOT_A_NUMBER = /[:/]|\d-/;

function parseNumber(text: string, rules: LocaleRules): Written | undefined {
  if (!NUMBER_LIKE.test(text) || NOT_A_NUMBER.test(text)) return undefined;
  const m = numberPattern(rules).exec(text);
  if (!m) return undefined;
  const [, sign = '', whole, fraction, exponent, percent] = m;
  if (whole === undefined && fraction === undefined) return undefined;
  const digits = (whole ?? '0').replace(/\D/g, '');
  let n = Number(`${sign}${digits}.${fraction ?? '0'}e${exponent ?? '0'}`);
  if (!percent) return { content: n };
  n /= 100;
  return { content: n, format: fraction === undefined ? '0%' : '0.00%' };
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function parseDateTime(text: string, rules: LocaleRules): Written | undefined {
  let m = ISO_DATE.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s] = m;
    const serial = partsToSerial(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
    if (serial === undefined || Number(h ?? 0) > 23) return undefined;
    return { content: serial, format: h === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd HH:mm:ss' };
  }
  m = SLASH_DATE.exec(text);
  if (m) {
    const [, a, b, y] = m;
    const [day, month] = rules.dayFirst ? [a, b] : [b, a];
    const serial = partsToSerial(Number(y), Number(month), Number(day));
    return serial === undefined ? undefined : { content: serial, format: rules.dateFormat };
  }
  m = TIME.exec(text);
  if (m) {
    const [, h, mi, s] = m;
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
    return { content: (Number(h) * 3600 + Number(mi) * 60 + Number(s ?? 0)) / 86_400, format: s ? 'HH:mm:ss' : 'HH:mm' };
  }
  return undefined;
}

/**
 * A string written by setValue(s) is read the way Sheets reads a user's typing
 * ("USER_ENTERED"): https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption
 */
export function parseTyped(text: string, rules: LocaleRules): Written {
  if (text === '') return { content: undefined };
  const first = text[0];
  if (first === "'") return { content: text.slice(1) };
  if (first === '=' && text.length > 1) return { content: { f: text } };
  const number = parseNumber(text, rules);
  if (number) return number;
  // Sheets turns "+…" and "-…" into a formula, so "+33 6 …" or "-abc" become "=+33 6 …" errors.
  if ((first === '+' || first === '-') && text.length > 1) return { content: { f: `=${text}` } };
  const upper = text.toUpperCase();
  if (upper === 'TRUE') return { content: true };
  if (upper === 'FALSE') return { content: false };
  return parseDateTime(text, rules) ?? { content: text };
}

function keepsFormat(current: string | undefined, suggested: string): boolean {
  if (suggested.endsWith('%')) return current !== undefined && current.includes('%');
  return isDateTimeKind(formatKind(current));
}

/**
 * What writing `value` into a cell formatted `format` stores. Under the pessimistic text rule
 * (see TextRule in ../env.ts) a plain-text format does not stop a string from being parsed.
 */
export function toWritten(value: unknown, format: string | undefined, rules: LocaleRules, timeZone: string, textRule: TextRule): Written {
  if (value === null || value === undefined) return { content: undefined };
  if (typeof value === 'number' || typeof value === 'boolean') return { content: value };
  if (isDate(value)) {
    const serial = instantToSerial(Date.prototype.getTime.call(value), timeZone);
    if (isDateTimeKind(formatKind(format))) return { content: serial };
    return { content: serial, format: Number.isInteger(serial) ? rules.dateFormat : rules.dateTimeFormat };
  }
  const text = String(value);
  if (text.length > MAX_CELL_CHARS) {
    throw new SheetsError(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  }
  if (format === TEXT_FORMAT && textRule === 'plain-text-trusted') return { content: text === '' ? undefined : text };
  const written = parseTyped(text, rules);
  if (written.format !== undefined && keepsFormat(format, written.format)) return { content: written.content };
  return written;
}

/**
 * Rich text is stored as the literal string, never parsed: the RichTextValue reference describes
 * the cell's text, with no typing involved.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setRichTextValue(RichTextValue)
 */
export function literalText(text: string): Written {
  if (text.length > MAX_CELL_CHARS) {
    throw new SheetsError(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  }
  return { content: text === '' ? undefined : text };
}

/** What getValues() returns for a stored content. */
export function readValue(content: Content | undefined, format: string | undefined, timeZone: string): unknown {
  // Formulas are not evaluated by the emulator, so they read as empty.
  if (content === undefined || isFormula(content)) return '';
  if (typeof content === 'number' && isDateTimeKind(formatKind(format))) {
    return new Date(serialToInstant(content, timeZone));
  }
  return content;
}
