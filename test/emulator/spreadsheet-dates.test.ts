import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { harness } from './spreadsheet-env';

// Dates are serial numbers (days since 1899-12-30) read as wall-clock time in the
// spreadsheet's time zone: https://developers.google.com/sheets/api/guides/formats#about_date_time_values
// getValues returns Date objects for date cells: https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()

function serialOf(range: GoogleAppsScript.Spreadsheet.Range): unknown {
  range.setNumberFormat('0.###############');
  return range.getValue();
}

describe('writing a Date', () => {
  it('stores the wall-clock time of the spreadsheet time zone as a serial', () => {
    const range = harness({ timeZone: 'Europe/Paris' }).sheet().getRange('A1');
    range.setValue(new Date('2027-01-12T09:30:00Z'));
    // 09:30 UTC is 10:30 in Paris in winter; 2027-01-12 is day 46399.
    expect(serialOf(range)).toBeCloseTo(46399 + 10.5 / 24, 9);
  });

  it('follows daylight saving time of the zone', () => {
    const range = harness({ timeZone: 'Europe/Paris' }).sheet().getRange('A1');
    range.setValue(new Date('2027-07-12T09:30:00Z'));
    expect(serialOf(range)).toBeCloseTo(46580 + 11.5 / 24, 9);
  });

  it('gives a date-only format when the time is midnight', () => {
    const range = harness({ locale: 'fr_FR', timeZone: 'America/Recife' }).sheet().getRange('A1');
    range.setValue(new Date('2027-01-12T03:00:00Z'));
    expect([range.getNumberFormat(), range.getDisplayValue()]).toEqual(['dd/MM/yyyy', '12/01/2027']);
  });

  it('gives a date-time format when the time is not midnight', () => {
    const range = harness({ locale: 'fr_FR', timeZone: 'America/Recife' }).sheet().getRange('A1');
    range.setValue(new Date('2027-01-12T13:15:00Z'));
    expect(range.getDisplayValue()).toBe('12/01/2027 10:15:00');
  });

  it('keeps a date format already on the cell', () => {
    const range = harness({ timeZone: 'UTC' }).sheet().getRange('A1').setNumberFormat('yyyy-mm-dd');
    range.setValue(new Date('2027-01-12T00:00:00Z'));
    expect(range.getNumberFormat()).toBe('yyyy-mm-dd');
  });

  it('accepts a Date made in another realm', () => {
    const foreign = runInNewContext('new Date(Date.UTC(2027, 0, 12))') as Date;
    const range = harness({ timeZone: 'UTC' }).sheet().getRange('A1').setValue(foreign);
    expect((range.getValue() as Date).toISOString()).toBe('2027-01-12T00:00:00.000Z');
  });
});

describe('reading a date cell', () => {
  it('returns the instant of the wall-clock time in the spreadsheet time zone', () => {
    const range = harness({ timeZone: 'America/Recife' }).sheet().getRange('A1');
    range.setValue(new Date('2027-01-12T13:00:00Z'));
    expect((range.getValue() as Date).toISOString()).toBe('2027-01-12T13:00:00.000Z');
  });

  it('returns a number once the cell has no date format', () => {
    const range = harness({ timeZone: 'UTC' }).sheet().getRange('A1').setValue(new Date('2027-01-12T00:00:00Z'));
    expect(serialOf(range)).toBe(46399);
  });

  it('turns a number written into a date cell into a date', () => {
    const range = harness({ timeZone: 'UTC' }).sheet().getRange('A1').setNumberFormat('yyyy-mm-dd');
    range.setValue(46399);
    expect((range.getValue() as Date).toISOString()).toBe('2027-01-12T00:00:00.000Z');
  });

  it('returns a time-only cell as a Date on 1899-12-30', () => {
    const range = harness({ timeZone: 'UTC' }).sheet().getRange('A1').setNumberFormat('HH:mm');
    range.setValue(0.75);
    expect((range.getValue() as Date).toISOString()).toBe('1899-12-30T18:00:00.000Z');
  });
});

describe('changing the time zone', () => {
  it('keeps the wall-clock time of stored dates', () => {
    // Serials do not change with setSpreadsheetTimeZone: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetTimeZone(String)
    const h = harness({ timeZone: 'America/Recife' });
    const range = h.sheet().getRange('A1').setValue('2027-01-12 10:00');
    h.ss().setSpreadsheetTimeZone('Europe/Paris');
    expect((range.getValue() as Date).toISOString()).toBe('2027-01-12T09:00:00.000Z');
    expect(range.getDisplayValue()).toBe('2027-01-12 10:00:00');
  });

  it('refuses an unknown zone', () => {
    expect(() => harness().ss().setSpreadsheetTimeZone('Mars/Olympus')).toThrow();
  });
});

describe('display values', () => {
  // Number format patterns: https://developers.google.com/sheets/api/guides/formats
  function shown(value: unknown, format: string, locale = 'en_US'): string {
    const range = harness({ locale, timeZone: 'UTC' }).sheet().getRange('A1');
    range.setValue(value);
    range.setNumberFormat(format);
    return range.getDisplayValue();
  }

  it('shows plain numbers with the locale decimal separator', () => {
    expect([shown(1.5, '0.###############'), shown(1.5, '0.###############', 'fr_FR')]).toEqual(['1.5', '1,5']);
  });

  it('shows a percent format', () => {
    expect(shown(0.256, '0%')).toBe('26%');
  });

  it('shows two decimals', () => {
    expect(shown(3, '0.00')).toBe('3.00');
  });

  it('shows grouped thousands', () => {
    expect(shown(1234567.5, '#,##0.00')).toBe('1,234,567.50');
  });

  it('shows yyyy-mm-dd', () => {
    expect(shown(46399, 'yyyy-mm-dd')).toBe('2027-01-12');
  });

  it('shows dd/mm/yyyy', () => {
    expect(shown(46399, 'dd/mm/yyyy')).toBe('12/01/2027');
  });

  it('shows HH:mm, reading mm after hours as minutes', () => {
    expect(shown(46399 + 10.5 / 24, 'HH:mm')).toBe('10:30');
  });

  it('shows booleans in the spreadsheet language', () => {
    expect([shown(true, '0.###############'), shown(false, '0.###############', 'fr_FR')]).toEqual(['TRUE', 'FAUX']);
  });

  it('shows getDisplayValues for a block, empty cells as empty strings', () => {
    const range = harness().sheet().getRange('A1:B1');
    range.setValues([['50%', '']]);
    expect(range.getDisplayValues()).toEqual([['50%', '']]);
  });
});
