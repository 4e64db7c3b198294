/**
 * Wall-clock fields of an instant in an IANA time zone and back, with Intl only. Unknown zone
 * ids fall back to GMT as Java's TimeZone.getTimeZone does (Utilities runs on Java's formatter).
 * Fixed offsets such as "GMT+2" or "GMT-03:00" are handled here since Intl may not know them.
 */

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export interface ZonedTime extends WallClock {
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes east of UTC at this instant (Paris in summer: 120; Recife: -180). */
  offsetMinutes: number;
}

const FIXED = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/;
const BUCKET_MS = 15 * 60_000;

/** An IANA zone's formatter, with its offsets per 15-minute bucket (null: a change falls inside). */
interface IanaZone {
  format: Intl.DateTimeFormat;
  offsets: Map<number, number | null>;
}

/** Per zone id, the zone or its fixed offset in milliseconds. */
const zones = new Map<string, IanaZone | number>();

function zone(timeZone: string): IanaZone | number {
  const cached = zones.get(timeZone);
  if (cached !== undefined) return cached;
  let resolved: IanaZone | number;
  const fixed = FIXED.exec(timeZone);
  if (fixed) {
    const [, sign, hours = '0', minutes = '0'] = fixed;
    resolved = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
  } else {
    try {
      const format = new Intl.DateTimeFormat('en-US', {
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
      resolved = { format, offsets: new Map() };
    } catch {
      resolved = 0;
    }
  }
  zones.set(timeZone, resolved);
  return resolved;
}

/** Whether Intl knows this zone id (an IANA name, UTC or GMT; not "GMT+2"), as Sheets requires. */
export function isIntlTimeZone(timeZone: string): boolean {
  if (typeof zone(timeZone) === 'object') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The offset read from Intl: the wall clock (to the second, with the instant's milliseconds) minus the instant. */
function exactOffsetMs(epochMs: number, format: Intl.DateTimeFormat): number {
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  const year = Number(parts['year']);
  const wall: WallClock = {
    year: parts['era'] === 'BC' ? 1 - year : year,
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
  return utcOf(wall) - epochMs;
}

/**
 * Milliseconds east of UTC at an instant, exact to the second (local mean time, such as Recife's
 * −2:19:36 before 1914, keeps its seconds). Intl formatting costs microseconds and a spreadsheet
 * converts thousands of date cells at once, so offsets are cached per 15-minute bucket, trusted
 * only when both ends of the bucket agree.
 */
export function offsetMs(epochMs: number, timeZone: string): number {
  const z = zone(timeZone);
  if (typeof z === 'number') return z;
  const bucket = Math.floor(epochMs / BUCKET_MS);
  let offset = z.offsets.get(bucket);
  if (offset === undefined) {
    const start = bucket * BUCKET_MS;
    const end = start + BUCKET_MS - 1;
    const startOffset = exactOffsetMs(start, z.format);
    offset = startOffset === exactOffsetMs(end, z.format) ? startOffset : null;
    z.offsets.set(bucket, offset);
  }
  return offset ?? exactOffsetMs(epochMs, z.format);
}

export function toZoned(epochMs: number, timeZone: string): ZonedTime {
  const offset = offsetMs(epochMs, timeZone);
  const wallMs = epochMs + offset;
  return { ...wallClockAt(wallMs), weekday: new Date(wallMs).getUTCDay(), offsetMinutes: Math.round(offset / 60_000) };
}

/** The wall clock UTC shows at an instant (the inverse of utcOf). */
export function wallClockAt(utcMs: number): WallClock {
  const d = new Date(utcMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** The instant at which UTC shows this wall clock (fields may overflow, e.g. month 13). */
export function utcOf(wall: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  d.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return d.getTime();
}

/**
 * The instant a wall clock (given as the instant at which UTC shows it) denotes in a zone, given
 * the zone's offset at an instant. A time skipped by the spring change moves forward by the gap
 * (02:30 → 03:30 in Paris), and a time repeated in autumn is read as standard time (the later of
 * the two instants), like Java's lenient calendar and like Sheets.
 */
function instantOf(wallMs: number, offset: (epochMs: number) => number): number {
  return wallMs - offset(wallMs - offset(wallMs));
}

/** The instant a wall clock, encoded as the instant at which UTC shows it, denotes in a zone. */
export function wallClockToInstant(wallMs: number, timeZone: string): number {
  return instantOf(wallMs, (epochMs) => offsetMs(epochMs, timeZone));
}

/**
 * The instant a wall clock denotes in a zone (see instantOf). Offsets are rounded to whole
 * minutes here, which only matters for local mean time (before ~1900–1914, depending on zone).
 */
export function fromZoned(wall: WallClock, timeZone: string): number {
  return instantOf(utcOf(wall), (epochMs) => Math.round(offsetMs(epochMs, timeZone) / 60_000) * 60_000);
}
