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
const formatters = new Map<string, Intl.DateTimeFormat | number>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A formatter for an IANA zone, or the fixed offset in minutes. */
function zone(timeZone: string): Intl.DateTimeFormat | number {
  const cached = formatters.get(timeZone);
  if (cached !== undefined) return cached;
  let resolved: Intl.DateTimeFormat | number;
  const fixed = FIXED.exec(timeZone);
  if (fixed) {
    const [, sign, hours = '0', minutes = '0'] = fixed;
    resolved = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  } else {
    try {
      resolved = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
        era: 'short',
      });
    } catch {
      resolved = 0;
    }
  }
  formatters.set(timeZone, resolved);
  return resolved;
}

function fromUtcFields(epochMs: number, offsetMinutes: number): ZonedTime {
  const d = new Date(epochMs + offsetMinutes * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offsetMinutes,
  };
}

export function toZoned(epochMs: number, timeZone: string): ZonedTime {
  const z = zone(timeZone);
  if (typeof z === 'number') return fromUtcFields(epochMs, z);
  const parts: Record<string, string> = {};
  for (const part of z.formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  const bc = parts['era'] === 'BC';
  const year = bc ? 1 - Number(parts['year']) : Number(parts['year']);
  const wall: WallClock = {
    year,
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
  const offsetMinutes = Math.round((utcOf(wall) - epochMs) / 60_000);
  return { ...wall, weekday: WEEKDAYS.indexOf(parts['weekday'] ?? ''), offsetMinutes };
}

/** The instant at which UTC shows this wall clock (fields may overflow, e.g. month 13). */
export function utcOf(wall: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  d.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return d.getTime();
}

/**
 * The instant a wall clock denotes in a zone. Like Java's lenient calendar, a time skipped by
 * the spring change moves forward by the gap (02:30 → 03:30 in Paris), and a time repeated in
 * autumn is read as standard time (the later of the two instants).
 */
export function fromZoned(wall: WallClock, timeZone: string): number {
  const guess = utcOf(wall);
  const first = guess - toZoned(guess, timeZone).offsetMinutes * 60_000;
  return guess - toZoned(first, timeZone).offsetMinutes * 60_000;
}
