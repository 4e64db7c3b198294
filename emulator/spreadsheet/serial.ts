/**
 * Sheets stores dates and times as serial numbers: days since 1899-12-30, the fraction
 * being the time of day, read as wall-clock time in the spreadsheet's time zone.
 * https://developers.google.com/sheets/api/guides/formats#about_date_time_values
 */
import { offsetMs, wallClockAt, wallClockToInstant, type WallClock } from '../timezone';

const MS_PER_DAY = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

export function instantToSerial(instantMs: number, timeZone: string): number {
  return (instantMs + offsetMs(instantMs, timeZone) - EPOCH_MS) / MS_PER_DAY;
}

export function serialToInstant(serial: number, timeZone: string): number {
  return wallClockToInstant(EPOCH_MS + Math.round(serial * MS_PER_DAY), timeZone);
}

/** Days from 1970-01-01 to a proleptic Gregorian date, without Date objects (hot on bulk writes). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const EPOCH_DAYS = daysFromCivil(1899, 12, 30);

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The serial of a calendar date and time, or undefined when the date does not exist. */
export function partsToSerial(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return daysFromCivil(y, m, d) - EPOCH_DAYS + (hh * 3600 + mm * 60 + ss) / 86_400;
}

/** The calendar date and time of a serial, to the second. */
export function serialToParts(serial: number): WallClock {
  return wallClockAt(EPOCH_MS + Math.round((serial * MS_PER_DAY) / 1000) * 1000);
}
