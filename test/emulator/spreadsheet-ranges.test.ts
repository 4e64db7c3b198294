import { describe, expect, it } from 'vitest';
import { harness } from './spreadsheet-env';

// Sheet.getRange: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
// Range: https://developers.google.com/apps-script/reference/spreadsheet/range

describe('sheet size', () => {
  it('a new sheet has 1000 rows and 26 columns', () => {
    // A sheet created in Sheets starts at 1000 rows × 26 columns (A–Z):
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getMaxRows()
    const sheet = harness().sheet();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });
});

describe('getRange bounds', () => {
  it('rejects a starting row below 1', () => {
    expect(() => harness().sheet().getRange(0, 1)).toThrow('The starting row of the range is too small.');
  });

  it('rejects a starting column below 1', () => {
    expect(() => harness().sheet().getRange(1, 0)).toThrow('The starting column of the range is too small.');
  });

  it('rejects fewer than one row', () => {
    expect(() => harness().sheet().getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
  });

  it('rejects fewer than one column', () => {
    expect(() => harness().sheet().getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
  });

  it('rejects rows past the end of the sheet', () => {
    expect(() => harness().sheet().getRange(1000, 1, 2, 1)).toThrow('Those rows are out of bounds.');
  });

  it('rejects columns past the end of the sheet', () => {
    expect(() => harness().sheet().getRange(1, 26, 1, 2)).toThrow('Those columns are out of bounds.');
  });

  it('is 1-based and defaults to one cell', () => {
    const range = harness().sheet().getRange(2, 3);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([2, 3, 1, 1]);
    expect(range.getA1Notation()).toBe('C2');
  });
});

describe('A1 notation', () => {
  it('reads a cell block', () => {
    const range = harness().sheet().getRange('B2:D5');
    expect([range.getRow(), range.getColumn(), range.getLastRow(), range.getLastColumn()]).toEqual([2, 2, 5, 4]);
  });

  it('reads whole columns to the bottom of the sheet', () => {
    const range = harness().sheet().getRange('A:C');
    expect([range.getNumRows(), range.getNumColumns()]).toEqual([1000, 3]);
  });

  it('reads whole rows across the sheet', () => {
    const range = harness().sheet().getRange('2:3');
    expect([range.getRow(), range.getNumRows(), range.getNumColumns()]).toEqual([2, 2, 26]);
  });

  it('reads an open-ended column range from a start cell', () => {
    const range = harness().sheet().getRange('B2:C');
    expect(range.getA1Notation()).toBe('B2:C1000');
  });

  it('finds the sheet named in a Spreadsheet.getRange', () => {
    // Spreadsheet.getRange takes "Sheet!A1" notation: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getRange(String)
    const h = harness();
    h.ss().insertSheet("Membres d'honneur");
    const range = h.ss().getRange("'Membres d''honneur'!A1:C3");
    expect(range.getSheet().getName()).toBe("Membres d'honneur");
    expect(range.getA1Notation()).toBe('A1:C3');
  });
});

describe('offset', () => {
  it('moves the range and can resize it', () => {
    const range = harness().sheet().getRange('B2').offset(1, 2, 3, 4);
    expect(range.getA1Notation()).toBe('D3:G5');
  });
});

describe('setValues shape', () => {
  it('rejects data with the wrong number of rows, with the real message', () => {
    const range = harness().sheet().getRange(1, 1, 3, 2);
    expect(() => range.setValues([[1, 2], [3, 4]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  it('rejects data with the wrong number of columns, with the real message', () => {
    const range = harness().sheet().getRange(1, 1, 1, 3);
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
  });

  it('rejects a value that is not a 2-D array', () => {
    const range = harness().sheet().getRange(1, 1);
    expect(() => range.setValues('x' as unknown as unknown[][])).toThrow("don't match the method signature for SpreadsheetApp.Range.setValues");
  });

  it('changes nothing when one cell is refused', () => {
    const range = harness().sheet().getRange(1, 1, 1, 2);
    expect(() => range.setValues([['ok', 'x'.repeat(50_001)]])).toThrow();
    expect(range.getValues()).toEqual([['', '']]);
  });
});

describe('reading', () => {
  it('returns empty strings for empty cells', () => {
    expect(harness().sheet().getRange('A1:B2').getValues()).toEqual([['', ''], ['', '']]);
  });

  it('returns fresh arrays each time', () => {
    const range = harness().sheet().getRange('A1:B1');
    range.setValues([['a', 'b']]);
    const first = range.getValues();
    first[0]![0] = 'changed';
    expect(range.getValues()).toEqual([['a', 'b']]);
  });

  it('sets every cell of a multi-cell range with setValue', () => {
    const range = harness().sheet().getRange('A1:B2');
    range.setValue('x');
    expect(range.getValues()).toEqual([['x', 'x'], ['x', 'x']]);
  });

  it('getValue reads the top-left cell', () => {
    const sheet = harness().sheet();
    sheet.getRange('B2:C3').setValues([[1, 2], [3, 4]]);
    expect(sheet.getRange('B2:C3').getValue()).toBe(1);
  });
});

describe('last row and column', () => {
  it('are 0 on an empty sheet', () => {
    const sheet = harness().sheet();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
  });

  it('follow values and formulas', () => {
    const sheet = harness().sheet();
    sheet.getRange('C4').setValue('x');
    sheet.getRange('E2').setFormula('=1+1');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 5]);
  });

  it('ignore notes, backgrounds and formats', () => {
    // getLastRow: "the position of the last row that has content": https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()
    const sheet = harness().sheet();
    sheet.getRange('A1').setValue('x');
    sheet.getRange('F9').setNote('n');
    sheet.getRange('G10').setBackground('#ff0000');
    sheet.getRange('H11').setNumberFormat('@');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1, 1]);
  });

  it('getDataRange covers A1 to the last cell with content', () => {
    const sheet = harness().sheet();
    sheet.getRange('C4').setValue('x');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
  });
});

describe('large blocks', () => {
  // Timings of this block are in npm run bench (bench/emulator.ts), not here: a loaded machine made a time limit flaky.
  it('writes and reads 3,000 rows × 15 columns', () => {
    const sheet = harness().sheet();
    sheet.insertRowsAfter(1000, 2100);
    const rows = Array.from({ length: 3000 }, (_, r) => Array.from({ length: 15 }, (_, c) => (c % 3 === 0 ? r * c : `text ${r}-${c}`)));
    sheet.getRange(2, 1, 3000, 15).setValues(rows);
    const read = sheet.getRange(2, 1, 3000, 15).getValues();
    expect(read[2999]?.[14]).toBe('text 2999-14');
    expect(read[2999]?.[12]).toBe(2999 * 12);
  });
});
