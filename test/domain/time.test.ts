import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  NANTES_ZONE,
  RECIFE_ZONE,
  addDays,
  dateCellToIsoDate,
  daysBetween,
  instantToZoned,
  isDate,
  isIsoDate,
  isTimeZone,
  isWallTime,
  isoDateToDateCell,
  todayIn,
  zonedToInstant,
} from '../../src/domain/time';

// Instants are always written in UTC so that the host's TZ never leaks into a test.
const utc = (iso: string): Date => new Date(`${iso}Z`);

/** What a member in Nantes sees for a meeting set in Recife time. */
const recifeToNantes = (date: string, time: string) => instantToZoned(zonedToInstant(date, time, RECIFE_ZONE), NANTES_ZONE);

describe('isIsoDate', () => {
  it('accepts a real calendar date typed as YYYY-MM-DD', () => {
    expect(isIsoDate('2027-03-28')).toBe(true);
  });

  it('rejects 30 February so a typo never becomes a meeting on 2 March', () => {
    expect(isIsoDate('2027-02-30')).toBe(false);
  });

  it('rejects month 13 and day 00', () => {
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('2027-01-00')).toBe(false);
  });

  it('rejects the dd/mm/yyyy form French and Brazilian members type, which must be parsed elsewhere', () => {
    expect(isIsoDate('28/03/2027')).toBe(false);
  });

  it('rejects dates without zero padding or with extra text', () => {
    expect(isIsoDate('2027-3-28')).toBe(false);
    expect(isIsoDate('2027-03-28T00:00')).toBe(false);
    expect(isIsoDate(' 2027-03-28')).toBe(false);
  });

  it('rejects year 0000, which no spreadsheet date can hold', () => {
    expect(isIsoDate('0000-01-01')).toBe(false);
  });
});

describe('leap days', () => {
  it('accepts 29 February in a leap year (2028)', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('rejects 29 February in a common year (2027)', () => {
    expect(isIsoDate('2027-02-29')).toBe(false);
  });

  it('follows the century rule: 2000 was a leap year, 2100 will not be', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
  });

  it('lands on 29 February when adding a day to 28 February 2028', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('counts 366 days in 2028 and 365 in 2027', () => {
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
  });
});

describe('isWallTime', () => {
  it('accepts 24-hour times from 00:00 to 23:59', () => {
    expect(isWallTime('00:00')).toBe(true);
    expect(isWallTime('09:30')).toBe(true);
    expect(isWallTime('23:59')).toBe(true);
  });

  it('rejects 24:00 and minute 60, which a meeting cannot start at', () => {
    expect(isWallTime('24:00')).toBe(false);
    expect(isWallTime('12:60')).toBe(false);
  });

  it('rejects times that are not exactly HH:MM', () => {
    expect(isWallTime('9:30')).toBe(false);
    expect(isWallTime('09:30:00')).toBe(false);
    expect(isWallTime('09h30')).toBe(false);
    expect(isWallTime('9:30 AM')).toBe(false);
  });
});

describe('isTimeZone', () => {
  it('accepts the two hubs’ zones', () => {
    expect(isTimeZone(RECIFE_ZONE)).toBe(true);
    expect(isTimeZone(NANTES_ZONE)).toBe(true);
  });

  it('accepts other IANA names a meeting may use', () => {
    expect(isTimeZone('America/Sao_Paulo')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
  });

  it('rejects an unknown zone name so the Meetings sheet can flag it', () => {
    expect(isTimeZone('America/Atlantis')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('rejects UTC offsets, which are not IANA names and which Google Calendar refuses', () => {
    expect(isTimeZone('+03:00')).toBe(false);
    expect(isTimeZone('-03:00')).toBe(false);
  });

  it('gives the same answer when asked again', () => {
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('hub offsets', () => {
  it('keeps Recife at UTC-3 in January', () => {
    expect(instantToZoned(utc('2027-01-15T12:00'), RECIFE_ZONE).offsetMinutes).toBe(-180);
  });

  it('keeps Recife at UTC-3 in July, as Brazil has no daylight saving', () => {
    expect(instantToZoned(utc('2027-07-15T12:00'), RECIFE_ZONE).offsetMinutes).toBe(-180);
  });

  it('puts Nantes at UTC+1 in winter', () => {
    expect(instantToZoned(utc('2027-01-15T12:00'), NANTES_ZONE).offsetMinutes).toBe(60);
  });

  it('puts Nantes at UTC+2 in summer', () => {
    expect(instantToZoned(utc('2027-07-15T12:00'), NANTES_ZONE).offsetMinutes).toBe(120);
  });
});

describe('a Recife meeting seen from Nantes', () => {
  it('shows 10:00 Recife as 14:00 Nantes on 27 March 2027, before France’s clocks go forward', () => {
    expect(recifeToNantes('2027-03-27', '10:00')).toEqual({ date: '2027-03-27', time: '14:00', offsetMinutes: 60 });
  });

  it('shows 10:00 Recife as 15:00 Nantes on 29 March 2027, after France’s clocks went forward on the 28th', () => {
    expect(recifeToNantes('2027-03-29', '10:00')).toEqual({ date: '2027-03-29', time: '15:00', offsetMinutes: 120 });
  });

  it('shows 10:00 Recife as 15:00 Nantes on 30 October 2027, before France’s clocks go back', () => {
    expect(recifeToNantes('2027-10-30', '10:00').time).toBe('15:00');
  });

  it('shows 10:00 Recife as 14:00 Nantes on 1 November 2027, after France’s clocks went back on 31 October', () => {
    expect(recifeToNantes('2027-11-01', '10:00').time).toBe('14:00');
  });

  it('moves to the next day in Nantes for a late evening meeting in Recife', () => {
    expect(recifeToNantes('2027-07-15', '21:30')).toEqual({ date: '2027-07-16', time: '02:30', offsetMinutes: 120 });
  });
});

describe('zonedToInstant', () => {
  it('converts a Recife wall time to the instant three hours later in UTC', () => {
    expect(zonedToInstant('2027-03-27', '10:00', RECIFE_ZONE).toISOString()).toBe('2027-03-27T13:00:00.000Z');
  });

  it('converts a Nantes summer wall time to the instant two hours earlier in UTC', () => {
    expect(zonedToInstant('2027-07-15', '10:00', NANTES_ZONE).toISOString()).toBe('2027-07-15T08:00:00.000Z');
  });

  it('handles zones with half-hour offsets (India)', () => {
    expect(zonedToInstant('2027-03-27', '10:00', 'Asia/Kolkata').toISOString()).toBe('2027-03-27T04:30:00.000Z');
  });

  it('handles zones with 45-minute offsets (Chatham Islands)', () => {
    expect(zonedToInstant('2027-07-15', '10:00', 'Pacific/Chatham').toISOString()).toBe('2027-07-14T21:15:00.000Z');
  });

  it('treats the first minute after the spring-forward jump (03:00 Paris on 28 March 2027) as a normal time', () => {
    expect(zonedToInstant('2027-03-28', '03:00', NANTES_ZONE).toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('moves 02:30 on 28 March 2027 in Paris, a time that never shows on French clocks, forward to 03:30 like Google Calendar', () => {
    const instant = zonedToInstant('2027-03-28', '02:30', NANTES_ZONE);
    expect(instant.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(instantToZoned(instant, NANTES_ZONE)).toEqual({ date: '2027-03-28', time: '03:30', offsetMinutes: 120 });
  });

  it('moves 02:00 on 28 March 2027 in Paris, the first missing minute, forward to 03:00', () => {
    expect(zonedToInstant('2027-03-28', '02:00', NANTES_ZONE).toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('takes the first of the two 02:30s on 31 October 2027 in Paris, while summer time still runs', () => {
    const instant = zonedToInstant('2027-10-31', '02:30', NANTES_ZONE);
    expect(instant.toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(instantToZoned(instant, NANTES_ZONE).offsetMinutes).toBe(120);
  });

  it('reads 03:00 on 31 October 2027 in Paris, after the repeated hour, in winter time', () => {
    expect(zonedToInstant('2027-10-31', '03:00', NANTES_ZONE).toISOString()).toBe('2027-10-31T02:00:00.000Z');
  });

  it('moves a São Paulo midnight that clocks skipped (4 November 2018) forward to 01:00', () => {
    expect(zonedToInstant('2018-11-04', '00:00', 'America/Sao_Paulo').toISOString()).toBe('2018-11-04T03:00:00.000Z');
  });

  it('throws on an unknown zone rather than silently using UTC', () => {
    expect(() => zonedToInstant('2027-03-27', '10:00', 'America/Atlantis')).toThrow(RangeError);
  });

  it('throws on an impossible date or time', () => {
    expect(() => zonedToInstant('2027-02-30', '10:00', RECIFE_ZONE)).toThrow(RangeError);
    expect(() => zonedToInstant('2027-03-27', '24:00', RECIFE_ZONE)).toThrow(RangeError);
  });
});

describe('instantToZoned', () => {
  it('shows both readings of the repeated hour in Paris on 31 October 2027 with their offsets', () => {
    expect(instantToZoned(utc('2027-10-31T00:30'), NANTES_ZONE)).toEqual({ date: '2027-10-31', time: '02:30', offsetMinutes: 120 });
    expect(instantToZoned(utc('2027-10-31T01:30'), NANTES_ZONE)).toEqual({ date: '2027-10-31', time: '02:30', offsetMinutes: 60 });
  });

  it('drops seconds rather than rounding them up, as a clock does', () => {
    expect(instantToZoned(utc('2027-03-27T13:00:59.999'), RECIFE_ZONE).time).toBe('10:00');
  });

  it('shows midnight as 00:00, never 24:00', () => {
    expect(instantToZoned(utc('2027-03-27T03:00'), RECIFE_ZONE)).toEqual({ date: '2027-03-27', time: '00:00', offsetMinutes: -180 });
  });

  it('throws on an Invalid Date rather than showing NaN', () => {
    expect(() => instantToZoned(new Date(Number.NaN), RECIFE_ZONE)).toThrow(RangeError);
  });
});

describe('todayIn', () => {
  it('is still the 27th in Recife when it is already the 28th in Nantes', () => {
    const now = utc('2027-03-28T02:00');
    expect(todayIn(RECIFE_ZONE, now)).toBe('2027-03-27');
    expect(todayIn(NANTES_ZONE, now)).toBe('2027-03-28');
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
  });

  it('goes backwards with a negative count', () => {
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('gives the submission deadline 15 days after the workshop', () => {
    expect(addDays('2027-03-20', 15)).toBe('2027-04-04');
  });

  it('throws on a fractional day count instead of rounding silently', () => {
    expect(() => addDays('2027-03-20', 1.5)).toThrow(RangeError);
  });

  it('throws when the result leaves years 0001–9999', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts 2 days from 27 to 29 March 2027 although Paris lost an hour on the 28th', () => {
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
  });

  it('counts 2 days from 30 October to 1 November 2027 although Paris gained an hour on the 31st', () => {
    expect(daysBetween('2027-10-30', '2027-11-01')).toBe(2);
  });

  it('is negative when the deadline has passed', () => {
    expect(daysBetween('2027-04-04', '2027-03-20')).toBe(-15);
  });

  it('is zero for the same day', () => {
    expect(daysBetween('2027-03-20', '2027-03-20')).toBe(0);
  });
});

describe('date cells', () => {
  it('reads a Paris spreadsheet’s date cell (midnight Paris = 23:00 UTC the day before) as that date', () => {
    expect(dateCellToIsoDate(utc('2027-03-27T23:00'), NANTES_ZONE)).toBe('2027-03-28');
  });

  it('reads a Recife spreadsheet’s date cell (midnight Recife = 03:00 UTC) as that date', () => {
    expect(dateCellToIsoDate(utc('2027-03-28T03:00'), RECIFE_ZONE)).toBe('2027-03-28');
  });

  it('reads a date-time cell as its calendar date in the spreadsheet’s zone', () => {
    expect(dateCellToIsoDate(utc('2027-03-29T02:30'), RECIFE_ZONE)).toBe('2027-03-28');
  });

  it('writes midnight in the spreadsheet’s zone so Sheets shows the intended date', () => {
    expect(isoDateToDateCell('2027-03-28', NANTES_ZONE).toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(isoDateToDateCell('2027-03-28', RECIFE_ZONE).toISOString()).toBe('2027-03-28T03:00:00.000Z');
  });

  it('keeps the date when the spreadsheet’s midnight did not exist (São Paulo, 4 November 2018)', () => {
    const cell = isoDateToDateCell('2018-11-04', 'America/Sao_Paulo');
    expect(dateCellToIsoDate(cell, 'America/Sao_Paulo')).toBe('2018-11-04');
  });
});

describe('isDate', () => {
  it('accepts a valid Date', () => {
    expect(isDate(utc('2027-03-28T00:00'))).toBe(true);
  });

  it('accepts a Date from another realm, as Apps Script hands cell values across contexts', () => {
    const foreign: unknown = runInNewContext('new Date(Date.UTC(2027, 2, 28))');
    // eslint-disable-next-line no-restricted-syntax -- proving the realm difference is the point of this test
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
  });

  it('rejects an Invalid Date, which would show as NaN in the sheet', () => {
    expect(isDate(new Date(Number.NaN))).toBe(false);
  });

  it('rejects date-like cell values that are not Dates', () => {
    expect(isDate('2027-03-28')).toBe(false);
    expect(isDate(46_474)).toBe(false);
    expect(isDate(null)).toBe(false);
    expect(isDate(undefined)).toBe(false);
  });

  it('rejects an object that only pretends to be a Date through Symbol.toStringTag', () => {
    expect(isDate({ [Symbol.toStringTag]: 'Date', getTime: () => 0 })).toBe(false);
  });
});

describe('formatter cache', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('builds one formatter per zone however many rows are converted', () => {
    const RealDateTimeFormat = Intl.DateTimeFormat;
    const construct = vi
      .spyOn(Intl, 'DateTimeFormat')
      .mockImplementation(function (locales, options) {
        return new RealDateTimeFormat(locales, options);
      });
    // A zone no other test uses, so the cache starts cold for it.
    const zone = 'Africa/Nairobi';
    for (let day = 0; day < 500; day++) {
      const date = addDays('2027-01-01', day);
      instantToZoned(zonedToInstant(date, '10:00', zone), zone);
      isTimeZone(zone);
    }
    expect(construct).toHaveBeenCalledTimes(1);
  });
});
