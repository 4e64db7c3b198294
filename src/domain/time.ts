/**
 * Calendar dates, wall-clock times and time zones for meetings and date cells.
 *
 * Pure: only `Intl` is used, never the host's time zone, because the same code runs in
 * Apps Script (whose script zone may differ from the spreadsheet's) and in Node tests.
 */

/** A calendar date `YYYY-MM-DD` (years 0001–9999). */
export type IsoDate = string;
/** A 24-hour wall-clock time `HH:MM`. */
export type WallTime = string;

export const RECIFE_ZONE = 'America/Recife';
export const NANTES_ZONE = 'Europe/Paris';

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1_440;
const MS_PER_DAY = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
// Recent V8 also accepts offsets such as "+03:00"; those are not IANA names and the
// Calendar API rejects them, so only name-shaped strings are handed to Intl.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

interface Civil {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parseIsoDate(s: string): Civil | undefined {
  const m = ISO_DATE.exec(s);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

export function isIsoDate(s: string): boolean {
  return parseIsoDate(s) !== undefined;
}

export function isWallTime(s: string): boolean {
  return WALL_TIME.test(s);
}

function requireDate(s: string): Civil {
  const civil = parseIsoDate(s);
  if (civil === undefined) throw new RangeError(`Invalid date (expected YYYY-MM-DD): ${s}`);
  return civil;
}

function requireWallTimeMinutes(s: string): number {
  const m = WALL_TIME.exec(s);
  if (m === null) throw new RangeError(`Invalid time (expected HH:MM): ${s}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function requireInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be an integer: ${n}`);
}

// Days since 1970-01-01 in Date's proleptic Gregorian calendar. setUTCFullYear, unlike
// Date.UTC, takes years 0–99 as written (Date.UTC maps them to 1900–1999).
function daysFromCivil({ year, month, day }: Civil): number {
  return new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY;
}

function civilFromDays(days: number): Civil {
  const d = new Date(days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatCivil({ year, month, day }: Civil): IsoDate {
  // Beyond Date's range the year is NaN: out of range too.
  if (!(year >= 1 && year <= 9999)) throw new RangeError(`Date out of range (years 0001–9999): year ${year}`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function formatMinutes(minuteOfDay: number): WallTime {
  return `${pad(Math.floor(minuteOfDay / 60), 2)}:${pad(minuteOfDay % 60, 2)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  requireInteger(days, 'days');
  return formatCivil(civilFromDays(daysFromCivil(requireDate(date)) + days));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return daysFromCivil(requireDate(to)) - daysFromCivil(requireDate(from));
}

// Constructing a DateTimeFormat costs far more than formatting with one, and sheets have
// thousands of rows, so both the verdict and the formatter are kept per zone name.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(zone);
  if (cached !== undefined) return cached;
  let formatter: Intl.DateTimeFormat | null = null;
  if (ZONE_NAME.test(zone)) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        calendar: 'gregory',
        numberingSystem: 'latn',
        // h23, not hour12: false: older V8 prints midnight as "24" with the latter.
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  }
  formatters.set(zone, formatter);
  return formatter;
}

export function isTimeZone(s: string): boolean {
  return formatterFor(s) !== null;
}

function requireFormatter(zone: string): Intl.DateTimeFormat {
  const formatter = formatterFor(zone);
  if (formatter === null) throw new RangeError(`Unknown time zone: ${zone}`);
  return formatter;
}

/** The wall-clock reading in `formatter`'s zone at `ms`, as if it were a UTC instant. */
function wallClockMs(formatter: Intl.DateTimeFormat, ms: number): number {
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of formatter.formatToParts(ms)) part[type] = value;
  const year = Number(part.year);
  // Some ICU versions still print midnight as "24" even with h23.
  const seconds = ((Number(part.hour) % 24) * 60 + Number(part.minute)) * 60 + Number(part.second);
  return daysFromCivil({ year: part.era === 'BC' ? 1 - year : year, month: Number(part.month), day: Number(part.day) }) * MS_PER_DAY + seconds * 1000;
}

/** Offset from UTC in ms at instant `ms`; the formatter drops milliseconds, so they are too. */
function offsetMsAt(formatter: Intl.DateTimeFormat, ms: number): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return wallClockMs(formatter, wholeSecond) - wholeSecond;
}

export function zonedToInstant(date: IsoDate, time: WallTime, zone: string): Date {
  const formatter = requireFormatter(zone);
  const wall = daysFromCivil(requireDate(date)) * MS_PER_DAY + requireWallTimeMinutes(time) * MS_PER_MINUTE;
  // Real offsets stay within ±1 day, so the offsets a day either side of the wall time
  // are the ones in force before and after any transition near it (Temporal's method).
  const offsetBefore = offsetMsAt(formatter, wall - MS_PER_DAY);
  const offsetAfter = offsetMsAt(formatter, wall + MS_PER_DAY);
  const candidates = offsetBefore === offsetAfter ? [wall - offsetBefore] : [wall - offsetBefore, wall - offsetAfter];
  const matching = candidates.filter((ms) => ms + offsetMsAt(formatter, ms) === wall);
  if (matching.length > 0) return new Date(Math.min(...matching));
  // In a spring-forward gap, reading the wall time with the pre-transition offset lands
  // after the transition, shifted forward by the gap, as Google Calendar does.
  return new Date(wall - offsetBefore);
}

export function instantToZoned(instant: Date, zone: string): { date: IsoDate; time: WallTime; offsetMinutes: number } {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  const formatter = requireFormatter(zone);
  const offsetMs = offsetMsAt(formatter, ms);
  const wallMinutes = Math.floor((ms + offsetMs) / MS_PER_MINUTE);
  const days = Math.floor(wallMinutes / MINUTES_PER_DAY);
  return {
    date: formatCivil(civilFromDays(days)),
    time: formatMinutes(wallMinutes - days * MINUTES_PER_DAY),
    // Pre-1900 local mean time has offsets with seconds (Paris +00:09:21).
    offsetMinutes: Math.round(offsetMs / MS_PER_MINUTE),
  };
}

export function todayIn(zone: string, now: Date): IsoDate {
  return instantToZoned(now, zone).date;
}

export function dateCellToIsoDate(cell: Date, spreadsheetZone: string): IsoDate {
  return instantToZoned(cell, spreadsheetZone).date;
}

export function isoDateToDateCell(date: IsoDate, spreadsheetZone: string): Date {
  // Where midnight falls in a gap (São Paulo's old DST started at 00:00), the gap rule
  // yields 01:00 the same day, which Sheets still shows as that date.
  return zonedToInstant(date, '00:00', spreadsheetZone);
}

export function isDate(v: unknown): v is Date {
  // The tag test rejects most cell values (strings, numbers) without throwing.
  if (Object.prototype.toString.call(v) !== '[object Date]') return false;
  try {
    // Date.prototype.getTime checks the internal date slot, which works across realms
    // (Apps Script hands over Dates from another context) and rejects objects that only
    // fake the tag with Symbol.toStringTag.
    return !Number.isNaN(Date.prototype.getTime.call(v));
  } catch {
    return false;
  }
}
