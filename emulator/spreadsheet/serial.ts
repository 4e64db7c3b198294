/**
 * Sheets stores dates and times as serial numbers: days since 1899-12-30, the fraction
 * being the time of day, read as wall-clock time in the spreadsheet's time zone.
 * https://developers.google.com/sheets/api/guides/formats#about_date_time_values
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time of an instant in a zone, encoded as if that wall clock were UTC. */
function wallClockMs(instantMs: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instantMs))) parts[p.type] = p.value;
  const yearNum = Number(parts['year']);
  const year = parts['era'] === 'BC' ? 1 - yearNum : yearNum;
  const utc = new Date(0);
  utc.setUTCFullYear(year, Number(parts['month']) - 1, Number(parts['day']));
  utc.setUTCHours(Number(parts['hour']), Number(parts['minute']), Number(parts['second']), 0);
  return utc.getTime() + (((instantMs % 1000) + 1000) % 1000);
}

export function instantToSerial(instantMs: number, timeZone: string): number {
  return (wallClockMs(instantMs, timeZone) - EPOCH_MS) / MS_PER_DAY;
}

export function serialToInstant(serial: number, timeZone: string): number {
  const wall = EPOCH_MS + Math.round(serial * MS_PER_DAY);
  const firstOffset = wallClockMs(wall, timeZone) - wall;
  const guess = wall - firstOffset;
  // A zone's offset can differ between the wall time and the instant (around DST changes).
  const secondOffset = wallClockMs(guess, timeZone) - guess;
  return secondOffset === firstOffset ? guess : wall - secondOffset;
}

export function partsToSerial(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number | undefined {
  const date = new Date(Date.UTC(y, m - 1, d, hh, mm, ss));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return (date.getTime() - EPOCH_MS) / MS_PER_DAY;
}

export interface SerialParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function serialToParts(serial: number): SerialParts {
  const d = new Date(EPOCH_MS + Math.round(serial * MS_PER_DAY / 1000) * 1000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}
