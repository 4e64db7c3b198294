import { describe, expect, it } from 'vitest';
import { harness } from './spreadsheet-env';

// Developer metadata: https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
// Finder: https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
// "it will remain associated at those locations as they move around":
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata

describe('sheet metadata', () => {
  it('is found by key and value', () => {
    const h = harness();
    const sheet = h.ss().insertSheet('Membres').addDeveloperMetadata('mutirao.tab', 'members');
    const found = h.ss().createDeveloperMetadataFinder().withKey('mutirao.tab').withValue('members').find();
    expect(found.map((m) => m.getLocation().getSheet()?.getName())).toEqual([sheet.getName()]);
  });

  it('follows the sheet when it is renamed', () => {
    const h = harness();
    h.ss().insertSheet('Membres').addDeveloperMetadata('mutirao.tab', 'members');
    h.ss().getSheetByName('Membres')!.setName('Members (old)');
    const [found] = h.ss().createDeveloperMetadataFinder().withKey('mutirao.tab').find();
    expect(found?.getLocation().getSheet()?.getName()).toBe('Members (old)');
  });

  it('follows the sheet when it is moved', () => {
    const h = harness();
    h.ss().insertSheet('Membres').addDeveloperMetadata('mutirao.tab', 'members');
    h.ss().moveActiveSheet(1);
    const [found] = h.ss().createDeveloperMetadataFinder().withKey('mutirao.tab').find();
    expect(found?.getLocation().getSheet()?.getIndex()).toBe(1);
  });

  it('is listed by Sheet.getDeveloperMetadata', () => {
    const sheet = harness().sheet().addDeveloperMetadata('k', 'v');
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['k', 'v']]);
  });

  it('has a null value when none is given', () => {
    const [m] = harness().sheet().addDeveloperMetadata('k').getDeveloperMetadata();
    expect(m?.getValue()).toBeNull();
  });

  it('goes away with its sheet', () => {
    const h = harness();
    const sheet = h.ss().insertSheet('Tmp').addDeveloperMetadata('k', 'v');
    h.ss().deleteSheet(sheet);
    expect(h.ss().createDeveloperMetadataFinder().withKey('k').find()).toEqual([]);
  });
});

describe('spreadsheet metadata', () => {
  it('is attached to the document', () => {
    const ss = harness().ss().addDeveloperMetadata('mutirao.version', '1');
    const [m] = ss.getDeveloperMetadata();
    expect(String(m?.getLocation().getLocationType())).toBe('SPREADSHEET');
  });

  it('is filtered by location type', () => {
    const h = harness();
    h.ss().addDeveloperMetadata('k', 'doc');
    h.sheet().addDeveloperMetadata('k', 'sheet');
    const found = h.ss().createDeveloperMetadataFinder().withLocationType(h.app.DeveloperMetadataLocationType.SHEET).find();
    expect(found.map((m) => m.getValue())).toEqual(['sheet']);
  });

  it('takes a visibility instead of a value', () => {
    const h = harness();
    h.ss().addDeveloperMetadata('k', h.app.DeveloperMetadataVisibility.PROJECT);
    const [m] = h.ss().getDeveloperMetadata();
    expect([m?.getValue(), m?.getVisibility()]).toEqual([null, h.app.DeveloperMetadataVisibility.PROJECT]);
  });
});

describe('changing metadata', () => {
  it('setValue changes the value', () => {
    const h = harness();
    h.sheet().addDeveloperMetadata('k', 'a');
    h.sheet().getDeveloperMetadata()[0]!.setValue('b');
    expect(h.sheet().getDeveloperMetadata()[0]!.getValue()).toBe('b');
  });

  it('remove deletes it', () => {
    const h = harness();
    h.sheet().addDeveloperMetadata('k', 'a');
    h.sheet().getDeveloperMetadata()[0]!.remove();
    expect(h.sheet().getDeveloperMetadata()).toEqual([]);
  });

  it('ids are unique', () => {
    const h = harness();
    h.sheet().addDeveloperMetadata('a').addDeveloperMetadata('b');
    const ids = h.sheet().getDeveloperMetadata().map((m) => m.getId());
    expect(new Set(ids).size).toBe(2);
  });
});

describe('row and column metadata', () => {
  it('attaches to a whole row', () => {
    const h = harness();
    h.sheet().getRange('3:3').addDeveloperMetadata('row', 'x');
    const [m] = h.ss().createDeveloperMetadataFinder().withKey('row').find();
    expect(m?.getLocation().getRow()?.getRow()).toBe(3);
  });

  it('attaches to a whole column', () => {
    const h = harness();
    h.sheet().getRange('B:B').addDeveloperMetadata('col', 'x');
    const [m] = h.ss().createDeveloperMetadataFinder().withKey('col').find();
    expect(m?.getLocation().getColumn()?.getColumn()).toBe(2);
  });

  it('refuses a range that is not whole rows or columns', () => {
    expect(() => harness().sheet().getRange('A1:B2').addDeveloperMetadata('k')).toThrow(
      'Adding developer metadata to arbitrary ranges is not currently supported.',
    );
  });

  it('moves down when rows are inserted above', () => {
    const h = harness();
    h.sheet().getRange('3:3').addDeveloperMetadata('row', 'x');
    h.sheet().insertRowsBefore(1, 2);
    const [m] = h.ss().createDeveloperMetadataFinder().withKey('row').find();
    expect(m?.getLocation().getRow()?.getRow()).toBe(5);
  });

  it('goes away when its row is deleted', () => {
    const h = harness();
    h.sheet().getRange('3:3').addDeveloperMetadata('row', 'x');
    h.sheet().deleteRows(3, 1);
    expect(h.ss().createDeveloperMetadataFinder().withKey('row').find()).toEqual([]);
  });

  it('is listed by the range it was attached to', () => {
    const h = harness();
    h.sheet().getRange('3:3').addDeveloperMetadata('row', 'x');
    expect(h.sheet().getRange('3:3').getDeveloperMetadata().map((m) => m.getKey())).toEqual(['row']);
  });

  it('is found by a sheet finder', () => {
    const h = harness();
    h.sheet().getRange('3:3').addDeveloperMetadata('row', 'x');
    h.ss().insertSheet('Other').getRange('3:3').addDeveloperMetadata('row', 'y');
    const found = h.ss().getSheets()[0]!.createDeveloperMetadataFinder().withKey('row').find();
    expect(found.map((m) => m.getValue())).toEqual(['x']);
  });

  it('moves right when columns are inserted before it, and goes away with its column', () => {
    const h = harness();
    h.sheet().getRange('B:B').addDeveloperMetadata('col', 'b');
    h.sheet().getRange('D:D').addDeveloperMetadata('col', 'd');
    h.sheet().insertColumnsAfter(1, 2);
    const at = () => h.ss().createDeveloperMetadataFinder().withKey('col').find().map((m) => [m.getValue(), m.getLocation().getColumn()?.getColumn()]);
    expect(at()).toEqual([['b', 4], ['d', 6]]);
    h.sheet().deleteColumns(4, 1);
    expect(at()).toEqual([['d', 5]]);
  });
});

// "If the associated object is deleted its metadata is deleted too"; it "will remain associated
// at those locations as they move around":
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
describe('metadata when columns move or a sheet is copied', () => {
  const columnsOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
    sheet.createDeveloperMetadataFinder().withKey('col').find().map((m) => [m.getValue(), m.getLocation().getColumn()?.getColumn()]);

  it('follows its column when Sheet.moveColumns moves it, with the column’s values', () => {
    const h = harness();
    const sheet = h.sheet();
    sheet.getRange(1, 1, 1, 4).setValues([['a', 'b', 'c', 'd']]);
    sheet.getRange('B:B').addDeveloperMetadata('col', 'b');
    sheet.getRange('D:D').addDeveloperMetadata('col', 'd');
    // B before A (index 1); then D before B, now in column 1.
    sheet.moveColumns(sheet.getRange('B1'), 1);
    expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([['b', 'a', 'c', 'd']]);
    sheet.moveColumns(sheet.getRange('D:D'), 2);
    expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([['b', 'd', 'a', 'c']]);
    expect(columnsOf(sheet)).toEqual([['b', 1], ['d', 2]]);
  });

  it('moves a column to the end, its destination counted before the move', () => {
    const h = harness();
    const sheet = h.sheet();
    sheet.getRange(1, 1, 1, 3).setValues([['a', 'b', 'c']]);
    sheet.getRange('A:A').addDeveloperMetadata('col', 'a');
    sheet.moveColumns(sheet.getRange('A:A'), 4);
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([['b', 'c', 'a']]);
    expect(columnsOf(sheet)).toEqual([['a', 3]]);
  });

  it('refuses a destination outside the sheet', () => {
    const sheet = harness().sheet();
    expect(() => sheet.moveColumns(sheet.getRange('A:A'), 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.moveColumns(sheet.getRange('A:A'), 99)).toThrow('Those columns are out of bounds.');
  });

  it('is copied with its sheet by Sheet.copyTo (assumed: the reference is silent), the original keeping its own', () => {
    const h = harness();
    const sheet = h.ss().insertSheet('Membres');
    sheet.addDeveloperMetadata('tab', 'members');
    sheet.getRange('B:B').addDeveloperMetadata('col', 'b');
    sheet.getRange(1, 2).setValue('Nom');
    const copy = sheet.copyTo(h.ss());
    expect(copy.getName()).toBe('Copy of Membres');
    expect(copy.getRange(1, 2).getValue()).toBe('Nom');
    expect(h.ss().createDeveloperMetadataFinder().withKey('tab').find().map((m) => m.getLocation().getSheet()?.getName())).toEqual(['Membres', 'Copy of Membres']);
    expect(columnsOf(copy)).toEqual([['b', 2]]);
    h.ss().deleteSheet(copy);
    expect(columnsOf(sheet)).toEqual([['b', 2]]);
  });
});
