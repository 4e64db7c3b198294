import { describe, expect, it } from 'vitest';
import { SpreadsheetStore } from '../../emulator/spreadsheet';
import { harness } from './spreadsheet-env';

// Restrictions per execution context: https://developers.google.com/apps-script/guides/triggers#restrictions
// SpreadsheetApp: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app

describe('guard', () => {
  it('names each call after the Apps Script class and method', () => {
    const h = harness();
    h.sheet().getRange('A1').getValues();
    expect(h.calls.map((c) => `${c.service}.${c.method}:${c.need}`)).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet:read',
      'Spreadsheet.getActiveSheet:read',
      'Sheet.getRange:read',
      'Range.getValues:read',
    ]);
  });

  it('asks for write on anything that changes the document', () => {
    const h = harness();
    const range = h.sheet().getRange('A1');
    h.calls.length = 0;
    range.setValue(1);
    range.setNote('n');
    h.sheet().insertRowsAfter(1, 1);
    expect(h.calls.filter((c) => c.need === 'write').map((c) => c.method)).toEqual(['setValue', 'setNote', 'insertRowsAfter']);
  });

  it('counts each call once on the meter', () => {
    const h = harness();
    const range = h.sheet().getRange('A1:B2');
    range.getValues();
    range.getValues();
    expect(h.meter.count('Range.getValues')).toBe(2);
  });

  it('lets a refused write leave the document unchanged', () => {
    const h = harness();
    const range = h.sheet().getRange('A1');
    h.deny.add('write');
    expect(() => range.setValue('x')).toThrow('Range.setValue is not allowed here');
    h.deny.clear();
    expect(range.getValue()).toBe('');
  });

  it('getUi needs ui-menu and returns the environment Ui', () => {
    const h = harness();
    expect(h.app.getUi()).toBe(h.ui);
    expect(h.calls.at(-1)).toEqual({ service: 'SpreadsheetApp', method: 'getUi', need: 'ui-menu' });
  });

  it('toast needs only read, since simple triggers may show toasts', () => {
    const h = harness();
    h.ss().toast('hi');
    expect(h.calls.at(-1)).toEqual({ service: 'Spreadsheet', method: 'toast', need: 'read' });
  });

  it('flush is accepted', () => {
    expect(() => harness().app.flush()).not.toThrow();
  });
});

describe('enums', () => {
  it('stringify to their names', () => {
    const { app } = harness();
    expect([String(app.ProtectionType.SHEET), String(app.DeveloperMetadataVisibility.DOCUMENT)]).toEqual(['SHEET', 'DOCUMENT']);
  });
});

describe('persistence', () => {
  function populated() {
    const h = harness({ id: 'doc', locale: 'fr_FR', timeZone: 'Europe/Paris' });
    const sheet = h.ss().insertSheet('Membres');
    sheet.getRange('A1:C1').setValues([['=1+1', new Date('2027-01-12T09:00:00Z'), '50%']]);
    sheet.getRange('A1').setNote('n').setBackground('#ff0000');
    sheet.addDeveloperMetadata('mutirao.tab', 'members');
    sheet.protect().setDescription('p');
    sheet.getRange('D1').setDataValidation(h.app.newDataValidation().requireValueInList(['a']).build());
    h.ss().toast('t');
    return h;
  }

  it('toJSON is plain JSON', () => {
    const json = populated().store.toJSON();
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('fromJSON restores values, notes, formats, metadata, protections and validations', () => {
    const before = populated();
    const after = harness({}, SpreadsheetStore.fromJSON(JSON.parse(JSON.stringify(before.store.toJSON()))));
    const sheet = after.ss().getSheetByName('Membres')!;
    expect([
      sheet.getRange('A1:C1').getFormulas()[0]![0],
      sheet.getRange('B1').getDisplayValue(),
      sheet.getRange('C1').getValue(),
      sheet.getRange('A1').getNote(),
      sheet.getRange('A1').getBackground(),
      after.ss().createDeveloperMetadataFinder().withKey('mutirao.tab').find()[0]?.getLocation().getSheet()?.getName(),
      sheet.getProtections(after.app.ProtectionType.SHEET)[0]?.getDescription(),
      sheet.getRange('D1').getDataValidation()?.getCriteriaValues(),
      after.store.toasts.length,
    ]).toEqual(['=1+1', '12/01/2027 10:00:00', 0.5, 'n', '#ff0000', 'Membres', 'p', [['a'], true], 1]);
  });

  it('fromJSON keeps ids unique for new sheets', () => {
    const before = populated();
    const after = harness({}, SpreadsheetStore.fromJSON(before.store.toJSON()));
    const ids = [...after.ss().getSheets().map((s) => s.getSheetId()), after.ss().insertSheet('New').getSheetId()];
    expect(new Set(ids).size).toBe(ids.length);
  });
});
