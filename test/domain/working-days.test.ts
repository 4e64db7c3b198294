import { describe, expect, it } from 'vitest';
import { formatWorkingDays, insideWorkingTime, readWorkingDays, workingDaysOf } from '../../src/domain/working-days';

const days = (text: string) => {
  const read = readWorkingDays(text);
  return read ? [...read].sort() : undefined;
};

describe('Settings › Working days', () => {
  it('reads the default of each language as Monday to Friday', () => {
    for (const text of ['Mon-Fri', 'lun-ven', 'lun.–ven.', 'seg-sex', 'Lun – Ven', 'segunda-feira a sexta-feira', 'lundi au vendredi', 'Monday to Friday']) {
      expect(days(text), text).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('reads lists, accents and ranges that wrap round the week', () => {
    expect(days('Mon, Wed, Fri')).toEqual([1, 3, 5]);
    expect(days('ter e qui')).toEqual([2, 4]);
    expect(days('sáb-seg')).toEqual([0, 1, 6]);
    expect(days('mer; jeu')).toEqual([3, 4]);
  });

  it('falls back to Monday to Friday when a word is not a day, never opening the weekend', () => {
    expect(readWorkingDays('weekdays')).toBeUndefined();
    expect(readWorkingDays('Mon-Fri-Sat')).toBeUndefined();
    expect(readWorkingDays('')).toBeUndefined();
    expect([...workingDaysOf('n/a')].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('formatWorkingDays', () => {
  it('writes the days in the reader’s words, runs as ranges', () => {
    expect(formatWorkingDays(workingDaysOf('seg-sex'), 'fr')).toBe('lun.–ven.');
    expect(formatWorkingDays(workingDaysOf('Mon, Wed, Fri'), 'pt-BR')).toBe('seg, qua, sex');
    expect(formatWorkingDays(workingDaysOf('lun-sam, dim'), 'en')).toBe('Sun-Sat');
    expect(formatWorkingDays(workingDaysOf('sex-sáb'), 'pt-BR')).toBe('sex, sáb');
  });
});

describe('insideWorkingTime', () => {
  const weekdays = { start: '09:00', end: '18:00', days: workingDaysOf('Mon-Fri') };
  const allDayEveryDay = { start: '00:00', end: '23:59', days: workingDaysOf('Mon-Fri') };

  it('accepts a Tuesday 10:00 in Recife (14:00 in Nantes) for an hour', () => {
    expect(insideWorkingTime(new Date('2027-01-12T13:00:00Z'), 60, weekdays)).toBe(true);
  });

  it('refuses 21:30 in Recife, 01:30 in Nantes', () => {
    expect(insideWorkingTime(new Date('2027-01-13T00:30:00Z'), 60, weekdays)).toBe(false);
  });

  it('counts a day off on either side of the date line: Recife’s Friday 21:00 is Nantes’ Saturday', () => {
    // Friday 15 January 2027, 21:00 in Recife = Saturday 01:00 in Nantes.
    expect(insideWorkingTime(new Date('2027-01-16T00:00:00Z'), 30, allDayEveryDay)).toBe(false);
    // Thursday evening in Recife is Friday in Nantes: both working days.
    expect(insideWorkingTime(new Date('2027-01-15T00:00:00Z'), 30, allDayEveryDay)).toBe(true);
  });

  it('refuses a meeting that ends after working hours', () => {
    // Recife 13:30 = Nantes 17:30; 60 minutes end at 18:30 in Nantes.
    expect(insideWorkingTime(new Date('2027-01-12T16:30:00Z'), 60, weekdays)).toBe(false);
  });
});
