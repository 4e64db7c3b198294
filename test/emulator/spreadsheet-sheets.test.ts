import { describe, expect, it } from 'vitest';
import { harness } from './spreadsheet-env';

// Spreadsheet: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
// Sheet: https://developers.google.com/apps-script/reference/spreadsheet/sheet

describe('the spreadsheet', () => {
  it('reports the id, name, url, locale and time zone it was created with', () => {
    const ss = harness({ id: 'abc', name: 'Mutirão', locale: 'pt_BR', timeZone: 'America/Recife', url: 'https://x/abc' }).ss();
    expect([ss.getId(), ss.getName(), ss.getUrl(), ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual([
      'abc',
      'Mutirão',
      'https://x/abc',
      'pt_BR',
      'America/Recife',
    ]);
  });

  it('changes its locale', () => {
    const ss = harness().ss();
    ss.setSpreadsheetLocale('fr_FR');
    expect(ss.getSpreadsheetLocale()).toBe('fr_FR');
  });

  it('getActive and getActiveSpreadsheet give the same document', () => {
    const h = harness();
    expect(h.app.getActive()).toBe(h.app.getActiveSpreadsheet());
  });

  it('starts with one sheet named in the spreadsheet language', () => {
    expect(harness({ locale: 'fr_FR' }).ss().getSheets().map((s) => s.getName())).toEqual(['Feuille 1']);
  });

  it('records toasts on the store', () => {
    const h = harness();
    h.ss().toast('Saved', 'Mutirão', 3);
    expect(h.store.toasts).toEqual([{ message: 'Saved', title: 'Mutirão', timeoutSeconds: 3 }]);
  });
});

describe('inserting sheets', () => {
  it('adds a named sheet at the end and makes it active', () => {
    // insertSheet: "The new sheet becomes the active sheet."
    const ss = harness().ss();
    const sheet = ss.insertSheet('Membres');
    expect([sheet.getIndex(), ss.getActiveSheet().getName()]).toEqual([2, 'Membres']);
  });

  it('inserts at a 0-based index', () => {
    const ss = harness().ss();
    ss.insertSheet('Membres', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Membres', 'Sheet1']);
  });

  it('refuses a duplicate name with the real message', () => {
    const ss = harness().ss();
    ss.insertSheet('Membres');
    expect(() => ss.insertSheet('Membres')).toThrow('A sheet with the name "Membres" already exists. Please enter another name.');
  });

  it('gives a default name when none is given', () => {
    expect(harness().ss().insertSheet().getName()).toBe('Sheet2');
  });
});

describe('finding sheets', () => {
  it('by name, or null', () => {
    const ss = harness().ss();
    const sheet = ss.insertSheet('Membres');
    expect([ss.getSheetByName('Membres'), ss.getSheetByName('Nope')]).toEqual([sheet, null]);
  });

  it('by id', () => {
    const ss = harness().ss();
    const sheet = ss.insertSheet('Membres');
    expect(ss.getSheetById(sheet.getSheetId())).toBe(sheet);
  });

  it('the first sheet has id 0', () => {
    expect(harness().sheet().getSheetId()).toBe(0);
  });
});

describe('renaming and moving', () => {
  it('renames a sheet', () => {
    const ss = harness().ss();
    ss.getSheets()[0]!.setName('Settings');
    expect(ss.getSheetByName('Settings')).not.toBeNull();
  });

  it('refuses to rename to a name in use', () => {
    const ss = harness().ss();
    ss.insertSheet('Membres');
    expect(() => ss.getSheets()[0]!.setName('Membres')).toThrow('A sheet with the name "Membres" already exists. Please enter another name.');
  });

  it('moves the active sheet to a 1-based position', () => {
    const ss = harness().ss();
    ss.insertSheet('B');
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['B', 'Sheet1']);
  });
});

describe('deleting and activating sheets', () => {
  it('deletes a sheet', () => {
    const ss = harness().ss();
    const sheet = ss.insertSheet('Tmp');
    ss.deleteSheet(sheet);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });

  it('refuses to delete the only sheet', () => {
    const ss = harness().ss();
    expect(() => ss.deleteSheet(ss.getSheets()[0]!)).toThrow();
  });

  it('activates a sheet', () => {
    const ss = harness().ss();
    const first = ss.getSheets()[0]!;
    ss.insertSheet('Other');
    first.activate();
    expect(ss.getActiveSheet()).toBe(first);
  });

  it('hides and shows a sheet', () => {
    const sheet = harness().sheet().hideSheet();
    const hidden = sheet.isSheetHidden();
    sheet.showSheet();
    expect([hidden, sheet.isSheetHidden()]).toEqual([true, false]);
  });
});

describe('rows and columns', () => {
  it('appendRow writes after the last row with content', () => {
    const sheet = harness().sheet();
    sheet.getRange('A3').setValue('x');
    sheet.appendRow(['a', 'b']);
    expect(sheet.getRange('A4:B4').getValues()).toEqual([['a', 'b']]);
  });

  it('appendRow adds a row when the sheet is full', () => {
    const sheet = harness().sheet();
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['more']);
    expect([sheet.getMaxRows(), sheet.getRange(1001, 1).getValue()]).toEqual([1001, 'more']);
  });

  it('appendRow parses strings like typing', () => {
    const sheet = harness().sheet();
    sheet.appendRow(['=1+1', '0012']);
    expect([sheet.getRange('A1').getFormula(), sheet.getRange('B1').getValue()]).toEqual(['=1+1', 12]);
  });

  it('insertRowsAfter shifts content down and grows the sheet', () => {
    const sheet = harness().sheet();
    sheet.getRange('A2').setValue('moved');
    sheet.insertRowsAfter(1, 2);
    expect([sheet.getMaxRows(), sheet.getRange('A4').getValue(), sheet.getRange('A2').getValue()]).toEqual([1002, 'moved', '']);
  });

  it('insertRowsBefore shifts the row itself down', () => {
    const sheet = harness().sheet();
    sheet.getRange('A2').setValue('moved');
    sheet.insertRowsBefore(2, 1);
    expect(sheet.getRange('A3').getValue()).toBe('moved');
  });

  it('insertColumnsAfter shifts content right', () => {
    const sheet = harness().sheet();
    sheet.getRange('B1').setValue('moved');
    sheet.insertColumnsAfter(1, 1);
    expect([sheet.getMaxColumns(), sheet.getRange('C1').getValue()]).toEqual([27, 'moved']);
  });

  it('deleteRows removes rows and shifts content up', () => {
    const sheet = harness().sheet();
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.deleteRows(1, 2);
    expect([sheet.getMaxRows(), sheet.getRange('A1').getValue()]).toEqual([998, 'c']);
  });

  it('deleteColumns removes columns and shifts content left', () => {
    const sheet = harness().sheet();
    sheet.getRange('C1').setValue('moved');
    sheet.deleteColumns(1, 2);
    expect([sheet.getMaxColumns(), sheet.getRange('A1').getValue()]).toEqual([24, 'moved']);
  });

  it('freezes rows and columns', () => {
    const sheet = harness().sheet();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
  });

  it('records column widths', () => {
    const sheet = harness().sheet().setColumnWidth(1, 240).setColumnWidths(2, 2, 80);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(3), sheet.getColumnWidth(4)]).toEqual([240, 80, 100]);
  });

  it('autoResizeColumns widens a column to its longest text', () => {
    const sheet = harness().sheet();
    sheet.getRange('A1').setValue('a fairly long piece of text');
    sheet.autoResizeColumns(1, 1);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(100);
  });

  it('records the tab colour', () => {
    expect(harness().sheet().setTabColor('#00AA00').getTabColor()).toBe('#00aa00');
  });
});
