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
function exactWallClockMs(instantMs: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instantMs))) parts[p.type] = p.value;
  const yearNum = Number(parts['year']);
  const year = parts['era'] === 'BC' ? 1 - yearNum : yearNum;
  const utc = new Date(0);
  utc.setUTCFullYear(year, Number(parts['month']) - 1, Number(parts['day']));
  utc.setUTCHours(Number(parts['hour']), Number(parts['minute']), Number(parts['second']), 0);
  return utc.getTime() + (((instantMs % 1000) + 1000) % 1000);
}

const BUCKET_MS = 15 * 60_000;
/** Per zone, the UTC offset of each 15-minute bucket, or null when a transition falls inside it. */
const offsets = new Map<string, Map<number, number | null>>();

/**
 * Intl formatting costs microseconds; reading thousands of date cells calls this per cell,
 * so offsets are cached per bucket, trusted only when both ends of the bucket agree.
 */
function wallClockMs(instantMs: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  const bucket = Math.floor(instantMs / BUCKET_MS);
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const start = bucket * BUCKET_MS;
    const end = start + BUCKET_MS - 1;
    const startOffset = exactWallClockMs(start, timeZone) - start;
    offset = startOffset === exactWallClockMs(end, timeZone) - end ? startOffset : null;
    zone.set(bucket, offset);
  }
  return offset === null ? exactWallClockMs(instantMs, timeZone) : instantMs + offset;
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
