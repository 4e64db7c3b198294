import { ScriptException } from './errors';
import { fromZoned, toZoned, type WallClock } from './timezone';

/**
 * Java SimpleDateFormat patterns, which Utilities.formatDate and Utilities.parseDate follow:
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
 * Output is in English, as in Apps Script. Letters the add-on does not use fail loudly rather
 * than produce something plausible but wrong.
 */

type Token = { kind: 'literal'; text: string } | { kind: 'field'; letter: string; count: number };

const SUPPORTED = new Set(['y', 'M', 'd', 'H', 'h', 'm', 's', 'S', 'a', 'E', 'Z', 'X']);
const JAVA_LETTERS = new Set('GyYMLwWDdFEuaHkKhmsSzZX'.split(''));
const NUMERIC = new Set(['y', 'd', 'H', 'h', 'm', 's', 'S']);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  const literal = (text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'literal') last.text += text;
    else tokens.push({ kind: 'literal', text });
  };
  for (let i = 0; i < pattern.length; ) {
    const c = pattern.charAt(i);
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) literal("'");
      else if (end < 0) throw new ScriptException(`Unterminated quote in date pattern: ${pattern}`);
      else literal(pattern.slice(i + 1, end));
      i = end + 1;
    } else if (/[A-Za-z]/.test(c)) {
      if (!JAVA_LETTERS.has(c)) throw new ScriptException(`Illegal pattern character '${c}'`);
      if (!SUPPORTED.has(c)) throw new Error(`The emulator's Utilities does not support the date pattern letter '${c}'`);
      let count = 1;
      while (pattern.charAt(i + count) === c) count++;
      tokens.push({ kind: 'field', letter: c, count });
      i += count;
    } else {
      literal(c);
      i++;
    }
  }
  return tokens;
}

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');

function offsetText(minutes: number, letter: string, count: number): string {
  if (letter === 'X' && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const hh = pad(Math.trunc(Math.abs(minutes) / 60), 2);
  const mm = pad(Math.abs(minutes) % 60, 2);
  if (letter === 'Z' || count === 2) return `${sign}${hh}${mm}`;
  return count === 1 ? `${sign}${hh}` : `${sign}${hh}:${mm}`;
}

export function formatDate(epochMs: number, timeZone: string, pattern: string): string {
  const t = toZoned(epochMs, timeZone);
  return tokenize(pattern)
    .map((token) => {
      if (token.kind === 'literal') return token.text;
      const { letter, count } = token;
      switch (letter) {
        case 'y':
          return count === 2 ? pad(t.year % 100, 2) : pad(t.year, count);
        case 'M':
          if (count >= 4) return MONTHS[t.month - 1] ?? '';
          return count === 3 ? (MONTHS[t.month - 1] ?? '').slice(0, 3) : pad(t.month, count);
        case 'd':
          return pad(t.day, count);
        case 'H':
          return pad(t.hour, count);
        case 'h':
          return pad(t.hour % 12 || 12, count);
        case 'm':
          return pad(t.minute, count);
        case 's':
          return pad(t.second, count);
        case 'S':
          return pad(t.millisecond, count);
        case 'a':
          return t.hour < 12 ? 'AM' : 'PM';
        case 'E':
          return count >= 4 ? (DAYS[t.weekday] ?? '') : (DAYS[t.weekday] ?? '').slice(0, 3);
        default:
          return offsetText(t.offsetMinutes, letter, count);
      }
    })
    .join('');
}

/** Matches one of the names (full names first, then three-letter forms), case-insensitively. */
function matchName(text: string, at: number, names: readonly string[]): { index: number; length: number } | undefined {
  const rest = text.slice(at).toLowerCase();
  for (const candidates of [names, names.map((n) => n.slice(0, 3))]) {
    const index = candidates.findIndex((n) => rest.startsWith(n.toLowerCase()));
    if (index >= 0) return { index, length: candidates[index]?.length ?? 0 };
  }
  return undefined;
}

/**
 * Parses leniently, like SimpleDateFormat: out-of-range fields roll over, text after the
 * pattern is ignored, an offset in the text (Z, X) wins over the time zone argument, and a
 * two-digit year lands within 80 years before and 20 after `now`.
 */
export function parseDate(text: string, timeZone: string, pattern: string, now: number): number {
  const fail = (): never => {
    throw new ScriptException(`Unparseable date: "${text}"`);
  };
  const tokens = tokenize(pattern);
  const wall: WallClock = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
  let pm: boolean | undefined;
  let offset: number | undefined;
  let pos = 0;
  tokens.forEach((token, i) => {
    if (token.kind === 'literal') {
      if (!text.startsWith(token.text, pos)) fail();
      pos += token.text.length;
      return;
    }
    const { letter, count } = token;
    if ((letter === 'M' && count >= 3) || letter === 'E') {
      const found = matchName(text, pos, letter === 'M' ? MONTHS : DAYS) ?? fail();
      if (letter === 'M') wall.month = found.index + 1;
      pos += found.length;
      return;
    }
    if (letter === 'a') {
      const found = matchName(text, pos, ['AM', 'PM']) ?? fail();
      pm = found.index === 1;
      pos += found.length;
      return;
    }
    if (letter === 'Z' || letter === 'X') {
      const m = /^(?:Z|([+-])(\d{2}):?(\d{2})?)/.exec(text.slice(pos)) ?? fail();
      const [whole, sign, hh = '0', mm = '0'] = m;
      offset = whole === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
      pos += whole.length;
      return;
    }
    // Numeric fields that abut another numeric field ("yyyyMMdd") take exactly `count` digits.
    const next = tokens[i + 1];
    const abuts = next?.kind === 'field' && (NUMERIC.has(next.letter) || (next.letter === 'M' && next.count < 3));
    const digits = (abuts ? new RegExp(`^\\d{${count}}`) : /^\d+/).exec(text.slice(pos))?.[0] ?? fail();
    pos += digits.length;
    const n = Number(digits);
    if (letter === 'y') wall.year = count === 2 && digits.length === 2 ? twoDigitYear(n, now) : n;
    else if (letter === 'M') wall.month = n;
    else if (letter === 'd') wall.day = n;
    else if (letter === 'H') wall.hour = n;
    else if (letter === 'h') wall.hour = n % 12;
    else if (letter === 'm') wall.minute = n;
    else if (letter === 's') wall.second = n;
    else wall.millisecond = n;
  });
  if (pm === true) wall.hour += 12;
  if (offset !== undefined) return fromZoned(wall, 'UTC') - offset * 60_000;
  return fromZoned(wall, timeZone);
}

function twoDigitYear(yy: number, now: number): number {
  const start = new Date(now).getUTCFullYear() - 80;
  const candidate = start - (start % 100) + yy;
  return candidate < start ? candidate + 100 : candidate;
}
