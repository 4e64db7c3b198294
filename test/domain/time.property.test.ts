import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateCellToIsoDate,
  daysBetween,
  instantToZoned,
  isIsoDate,
  isoDateToDateCell,
  zonedToInstant,
} from '../../src/domain/time';

// Zones without DST, with DST in either hemisphere, with a half-hour and a 45-minute offset.
const ZONES = ['America/Recife', 'Europe/Paris', 'America/Sao_Paulo', 'Asia/Kolkata', 'Pacific/Chatham'] as const;
const zoneArb = fc.constantFrom(...ZONES);

// Since 1970 every clock change in these zones is exactly one hour, which the gap
// properties below rely on; older history (war time, local mean time) is not meeting data.
const instantArb = fc.date({ min: new Date('1970-01-02T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true });
const isoDateArb = instantArb.map((d) => d.toISOString().slice(0, 10));
const wallTimeArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const MINUTE = 60_000;
const truncateToMinute = (d: Date): Date => new Date(Math.floor(d.getTime() / MINUTE) * MINUTE);

/** Intl's own "GMT+05:30" rendering, an oracle independent of the module's offset arithmetic. */
function intlOffsetMinutes(instant: Date, zone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? '');
  if (m === null) throw new Error(`Unexpected offset name: ${name}`);
  if (m[1] === undefined) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

describe('zone conversions (property)', () => {
  it('a wall time that exists reads back unchanged; one in a spring-forward gap reads back one hour later', () => {
    fc.assert(
      fc.property(isoDateArb, wallTimeArb, zoneArb, (date, time, zone) => {
        const instant = zonedToInstant(date, time, zone);
        const back = instantToZoned(instant, zone);
        if (back.date === date && back.time === time) return;
        const later = new Date(new Date(`${date}T${time}:00Z`).getTime() + 60 * MINUTE).toISOString();
        expect({ date: back.date, time: back.time }).toEqual({ date: later.slice(0, 10), time: later.slice(11, 16) });
        // The entered time really was skipped: an hour earlier the clock still ran on the old offset.
        expect(instantToZoned(new Date(instant.getTime() - 60 * MINUTE), zone).offsetMinutes).toBe(back.offsetMinutes - 60);
      }),
    );
  });

  it('an instant’s wall time leads back to it, or to the hour before when that wall time occurs twice', () => {
    fc.assert(
      fc.property(instantArb, zoneArb, (instant, zone) => {
        const exact = truncateToMinute(instant);
        const { date, time, offsetMinutes } = instantToZoned(exact, zone);
        const back = zonedToInstant(date, time, zone);
        if (back.getTime() === exact.getTime()) return;
        expect(back.getTime()).toBe(exact.getTime() - 60 * MINUTE);
        expect(instantToZoned(back, zone)).toEqual({ date, time, offsetMinutes: offsetMinutes + 60 });
      }),
    );
  });

  it('offsetMinutes matches the offset Intl prints for the zone', () => {
    fc.assert(
      fc.property(instantArb, zoneArb, (instant, zone) => {
        expect(instantToZoned(instant, zone).offsetMinutes).toBe(intlOffsetMinutes(instant, zone));
      }),
    );
  });

  it('the wall time shown equals the instant shifted by the offset', () => {
    fc.assert(
      fc.property(instantArb, zoneArb, (instant, zone) => {
        const { date, time, offsetMinutes } = instantToZoned(instant, zone);
        const shifted = new Date(instant.getTime() + offsetMinutes * MINUTE).toISOString();
        expect(`${date}T${time}`).toBe(shifted.slice(0, 16));
      }),
    );
  });
});

describe('calendar arithmetic (property)', () => {
  const anyDateArb = fc
    .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('daysBetween undoes addDays', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -40_000, max: 40_000 }), (date, n) => {
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });

  it('addDays undoes daysBetween', () => {
    fc.assert(
      fc.property(anyDateArb, anyDateArb, (from, to) => {
        expect(addDays(from, daysBetween(from, to))).toBe(to);
      }),
    );
  });

  it('addDays agrees with UTC Date arithmetic over years 0001–9999', () => {
    fc.assert(
      fc.property(anyDateArb, fc.integer({ min: -1_000, max: 1_000 }), (date, n) => {
        const viaDate = new Date(new Date(`${date}T00:00:00Z`).getTime() + n * 86_400_000);
        fc.pre(viaDate.getUTCFullYear() >= 1 && viaDate.getUTCFullYear() <= 9999);
        expect(addDays(date, n)).toBe(viaDate.toISOString().slice(0, 10));
      }),
    );
  });

  it('isIsoDate accepts exactly the strings that name a real day', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const parsed = new Date(`${s}T00:00:00Z`);
        const real = !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === s;
        expect(isIsoDate(s)).toBe(real);
      }),
    );
  });
});

describe('date cells (property)', () => {
  it('a date written to a cell reads back as the same date', () => {
    fc.assert(
      fc.property(isoDateArb, zoneArb, (date, zone) => {
        expect(dateCellToIsoDate(isoDateToDateCell(date, zone), zone)).toBe(date);
      }),
    );
  });

  it('the Date written is the first minute of that day in the spreadsheet’s zone', () => {
    fc.assert(
      fc.property(isoDateArb, zoneArb, (date, zone) => {
        const cell = isoDateToDateCell(date, zone);
        expect(dateCellToIsoDate(new Date(cell.getTime() - MINUTE), zone)).toBe(addDays(date, -1));
      }),
    );
  });

  it('any time of day in a date-time cell reads as that day', () => {
    fc.assert(
      fc.property(isoDateArb, wallTimeArb, zoneArb, (date, time, zone) => {
        expect(dateCellToIsoDate(zonedToInstant(date, time, zone), zone)).toBe(date);
      }),
    );
  });
});
