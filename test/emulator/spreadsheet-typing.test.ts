import { describe, expect, it } from 'vitest';
import { harness } from './spreadsheet-env';

// Strings written by setValue(s) are read like a user's typing (the "USER_ENTERED" input option):
// https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)

function cell(locale = 'en_US') {
  return harness({ locale }).sheet().getRange('A1');
}

describe('formulas', () => {
  it('makes a formula of text starting with =', () => {
    const range = cell().setValue('=SUM(B1:B3)');
    expect(range.getFormula()).toBe('=SUM(B1:B3)');
  });

  it('reads a formula cell as empty, since the emulator does not compute formulas', () => {
    expect(cell().setValue('=1+1').getValue()).toBe('');
  });

  it('makes a formula of + followed by something that is not a number', () => {
    expect(cell().setValue('+33 6 12 34 56 78').getFormula()).toBe('=+33 6 12 34 56 78');
  });

  it('makes a formula of - followed by something that is not a number', () => {
    expect(cell().setValue('-abc').getFormula()).toBe('=-abc');
  });

  it('keeps @ at the start as text', () => {
    const range = cell().setValue('@home');
    expect([range.getValue(), range.getFormula()]).toEqual(['@home', '']);
  });

  it('keeps text after a leading apostrophe, without the apostrophe', () => {
    const range = cell().setValue("'=1+1");
    expect([range.getValue(), range.getFormula()]).toEqual(['=1+1', '']);
  });

  it('returns an empty string from getFormulas for plain values', () => {
    const range = harness().sheet().getRange('A1:B1');
    range.setValues([['=A2', 'plain']]);
    expect(range.getFormulas()).toEqual([['=A2', '']]);
  });
});

describe('numbers', () => {
  it('reads leading zeros as a number', () => {
    expect(cell().setValue('0012').getValue()).toBe(12);
  });

  it('reads a negative number', () => {
    expect(cell().setValue('-5').getValue()).toBe(-5);
  });

  it('reads a dot as the decimal separator in en_US', () => {
    expect(cell('en_US').setValue('1.5').getValue()).toBe(1.5);
  });

  it('reads a comma as the decimal separator in fr_FR', () => {
    expect(cell('fr_FR').setValue('1,5').getValue()).toBe(1.5);
  });

  it('reads a comma as the decimal separator in pt_BR', () => {
    expect(cell('pt_BR').setValue('1,5').getValue()).toBe(1.5);
  });

  it('keeps 1,5 as text in en_US, where the comma only groups thousands', () => {
    expect(cell('en_US').setValue('1,5').getValue()).toBe('1,5');
  });

  it('reads grouped thousands in en_US', () => {
    expect(cell('en_US').setValue('1,500').getValue()).toBe(1500);
  });

  it('reads a percentage as a fraction with a percent format', () => {
    const range = cell().setValue('50%');
    expect([range.getValue(), range.getNumberFormat()]).toEqual([0.5, '0%']);
  });
});

describe('booleans', () => {
  it('reads TRUE and FALSE in any case as booleans', () => {
    const range = harness().sheet().getRange('A1:C1');
    range.setValues([['TRUE', 'false', 'True']]);
    expect(range.getValues()).toEqual([[true, false, true]]);
  });
});

describe('dates and times', () => {
  it('reads an ISO date as a date cell', () => {
    const h = harness({ timeZone: 'America/Recife' });
    const range = h.sheet().getRange('A1').setValue('2027-01-12');
    const value = range.getValue();
    expect(Object.prototype.toString.call(value)).toBe('[object Date]');
    // Midnight in Recife (UTC−3) is 03:00 UTC.
    expect((value as Date).toISOString()).toBe('2027-01-12T03:00:00.000Z');
  });

  it('reads dd/mm/yyyy in fr_FR', () => {
    const range = harness({ locale: 'fr_FR', timeZone: 'UTC' }).sheet().getRange('A1').setValue('12/01/2027');
    expect((range.getValue() as Date).toISOString()).toBe('2027-01-12T00:00:00.000Z');
  });

  it('reads dd/mm/yyyy in pt_BR', () => {
    const range = harness({ locale: 'pt_BR', timeZone: 'UTC' }).sheet().getRange('A1').setValue('12/01/2027');
    expect((range.getValue() as Date).toISOString()).toBe('2027-01-12T00:00:00.000Z');
  });

  it('reads mm/dd/yyyy in en_US', () => {
    const range = harness({ locale: 'en_US', timeZone: 'UTC' }).sheet().getRange('A1').setValue('12/01/2027');
    expect((range.getValue() as Date).toISOString()).toBe('2027-12-01T00:00:00.000Z');
  });

  it('reads HH:MM as a time on 1899-12-30', () => {
    const range = harness({ timeZone: 'UTC' }).sheet().getRange('A1').setValue('10:00');
    expect((range.getValue() as Date).toISOString()).toBe('1899-12-30T10:00:00.000Z');
    expect(range.getDisplayValue()).toBe('10:00');
  });

  it('keeps an impossible date as text', () => {
    expect(cell().setValue('2027-02-30').getValue()).toBe('2027-02-30');
  });
});

describe('other strings', () => {
  it('stay strings', () => {
    expect(cell().setValue('Recife & Nantes').getValue()).toBe('Recife & Nantes');
  });

  it('an empty string clears the cell', () => {
    const sheet = harness().sheet();
    sheet.getRange('A1').setValue('x');
    sheet.getRange('A1').setValue('');
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('cell size limit', () => {
  it('accepts exactly 50,000 characters', () => {
    expect((cell().setValue('a'.repeat(50_000)).getValue() as string).length).toBe(50_000);
  });

  it('refuses more than 50,000 characters in one cell', () => {
    // A cell holds at most 50,000 characters; Range.setValue refuses more with this message:
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
    expect(() => cell().setValue('a'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });
});

describe('typed values', () => {
  it('stores numbers and booleans as they are', () => {
    const range = harness().sheet().getRange('A1:B1');
    range.setValues([[0.25, true]]);
    expect(range.getValues()).toEqual([[0.25, true]]);
  });

  it('clears a cell written with null', () => {
    const range = cell().setValue('x');
    range.setValue(null);
    expect(range.getValue()).toBe('');
  });
});
