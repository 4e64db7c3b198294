import { describe, expect, it } from 'vitest';
import { harness } from './spreadsheet-env';

// Range: https://developers.google.com/apps-script/reference/spreadsheet/range

describe('notes', () => {
  it('default to an empty string', () => {
    // getNote: "Returns the note associated with the given range", empty when none.
    expect(harness().sheet().getRange('A1:B1').getNotes()).toEqual([['', '']]);
  });

  it('are kept per cell', () => {
    const range = harness().sheet().getRange('A1:B1');
    range.setNotes([['first', 'second']]);
    expect([range.getNote(), range.getNotes()]).toEqual(['first', [['first', 'second']]]);
  });

  it('are cleared by null in setNotes', () => {
    // setNotes accepts null to remove a note: https://developers.google.com/apps-script/reference/spreadsheet/range#setNotes(Object)
    const range = harness().sheet().getRange('A1:B1');
    range.setNotes([['first', 'second']]);
    range.setNotes([[null, 'kept']]);
    expect(range.getNotes()).toEqual([['', 'kept']]);
  });

  it('are cleared by clearNote', () => {
    const range = harness().sheet().getRange('A1').setNote('n');
    range.clearNote();
    expect(range.getNote()).toBe('');
  });

  it('survive clearContent', () => {
    const range = harness().sheet().getRange('A1').setValue('v').setNote('n');
    range.clearContent();
    expect([range.getValue(), range.getNote()]).toEqual(['', 'n']);
  });
});

describe('backgrounds', () => {
  it('default to white', () => {
    expect(harness().sheet().getRange('A1').getBackground()).toBe('#ffffff');
  });

  it('are kept per cell, as lowercase hex', () => {
    const range = harness().sheet().getRange('A1:B1');
    range.setBackgrounds([['#FFCCCC', 'red']]);
    expect(range.getBackgrounds()).toEqual([['#ffcccc', '#ff0000']]);
  });

  it('are reset by null', () => {
    // setBackground(null) resets the background: https://developers.google.com/apps-script/reference/spreadsheet/range#setBackground(String)
    const range = harness().sheet().getRange('A1').setBackground('#ffcccc');
    range.setBackgrounds([[null]]);
    expect(range.getBackground()).toBe('#ffffff');
  });

  it('reject data of the wrong shape', () => {
    expect(() => harness().sheet().getRange('A1:B1').setBackgrounds([['#ffffff']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });
});

describe('number formats', () => {
  it('default to the automatic format', () => {
    expect(harness().sheet().getRange('A1').getNumberFormat()).toBe('0.###############');
  });

  it('are set per cell', () => {
    const range = harness().sheet().getRange('A1:B1');
    range.setNumberFormats([['@', '0.00']]);
    expect(range.getNumberFormats()).toEqual([['@', '0.00']]);
  });

  it('do not convert values already stored', () => {
    const range = harness().sheet().getRange('A1').setValue(12);
    range.setNumberFormat('@');
    expect(range.getValue()).toBe(12);
  });
});

describe('font and alignment', () => {
  it('records font weights', () => {
    const range = harness().sheet().getRange('A1:B1').setFontWeight('bold');
    range.offset(0, 1, 1, 1).setFontWeights([[null]]);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
  });

  it('records font colours', () => {
    const range = harness().sheet().getRange('A1').setFontColor('#CC0000');
    expect(range.getFontColor()).toBe('#cc0000');
  });

  it('accepts wrap and alignment settings', () => {
    const range = harness().sheet().getRange('A1:C1');
    expect(range.setWrap(true).setHorizontalAlignment('center').setVerticalAlignment('top')).toBe(range);
  });
});

describe('clearing', () => {
  it('clear removes contents and formats', () => {
    // Range.clear: "Clears the range of contents and formats": https://developers.google.com/apps-script/reference/spreadsheet/range#clear()
    const range = harness().sheet().getRange('A1').setValue('50%').setBackground('#ff0000');
    range.clear();
    expect([range.getValue(), range.getNumberFormat(), range.getBackground()]).toEqual(['', '0.###############', '#ffffff']);
  });

  it('clear keeps notes', () => {
    const range = harness().sheet().getRange('A1').setValue('x').setNote('n');
    range.clear();
    expect(range.getNote()).toBe('n');
  });

  it('clearContent keeps formats', () => {
    const range = harness().sheet().getRange('A1').setValue('50%');
    range.clearContent();
    expect([range.getValue(), range.getNumberFormat()]).toEqual(['', '0%']);
  });

  it('Sheet.clearContents removes every value and keeps notes', () => {
    const sheet = harness().sheet();
    sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
    sheet.getRange('A1').setNote('n');
    sheet.clearContents();
    expect([sheet.getLastRow(), sheet.getRange('A1').getNote()]).toEqual([0, 'n']);
  });

  it('Sheet.clearNotes removes every note', () => {
    const sheet = harness().sheet();
    sheet.getRange('C3').setNote('n');
    sheet.clearNotes();
    expect(sheet.getRange('C3').getNote()).toBe('');
  });

  it('Sheet.clear removes values and backgrounds', () => {
    const sheet = harness().sheet();
    sheet.getRange('A1').setValue('x').setBackground('#ff0000');
    sheet.clear();
    expect([sheet.getLastRow(), sheet.getRange('A1').getBackground()]).toEqual([0, '#ffffff']);
  });
});
