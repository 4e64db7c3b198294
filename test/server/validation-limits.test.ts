import { describe, expect, it } from 'vitest';
import { validateAll } from '../../src/server/validation';
import { MARK_BACKGROUND } from '../../src/sheets/marks';
import { LUCIA, checked, groupWorkbook } from './submit-fixture';

// Document properties hold 9 KB a value and 500 KB a store
// (https://developers.google.com/apps-script/guides/services/quotas#current_limitations):
// checking the sheet never fails because of them (issue 10, item 4).

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Members rows, every other one with a bad email, country and hub: the marks' worst case, thousands of one-row runs. */
function scatteredMembers(sheet: Sheet, count: number): void {
  const rows = Array.from({ length: count }, (_, i) => {
    const bad = i % 2 === 0;
    const n = String(i + 3).padStart(5, '0');
    return [`MEM-${n}`, `Membre ${n}`, bad ? `pas-un-email-${n}` : `m${n}@example.org`, '', 'Recife', bad ? 'XX' : 'BR', bad ? 'Lisboa' : 'Recife', 'membre', 'actif'];
  });
  sheet.insertRowsAfter(sheet.getMaxRows(), count);
  sheet.getRange(sheet.getLastRow() + 1, 1, count, 9).setValues(rows);
}

function storeSizes(f: ReturnType<typeof groupWorkbook>) {
  const all = f.emulator.run({ kind: 'user', authMode: 'FULL' }, () => f.google.PropertiesService.getDocumentProperties().getProperties()) as Record<string, string>;
  const sizes = Object.entries(all).map(([key, value]) => Buffer.byteLength(key) + Buffer.byteLength(value));
  return { marksByNote: all['mutirao.marks.members.0'] === '*', largest: Math.max(...Object.values(all).map((v) => Buffer.byteLength(v))), total: sizes.reduce((a, b) => a + b, 0) };
}

const ourColours = (sheet: Sheet) => sheet.getDataRange().getBackgrounds().flat().filter((c) => c === MARK_BACKGROUND).length;

describe('marks within the properties’ limits', () => {
  it('marks thousands of scattered cells, keeps the store small, and clears them all once fixed, by our notes', () => {
    const f = groupWorkbook();
    f.as(LUCIA);
    const sheet = f.ss.getSheetByName('Membres') as Sheet;
    scatteredMembers(sheet, 5000);
    sheet.getRange('D4').setBackground('#00ff00'); // a coordinator's own colour
    checked(validateAll(f.google));
    const marked = ourColours(sheet);
    expect(marked).toBeGreaterThan(7500);
    const sizes = storeSizes(f);
    expect(sizes.largest).toBeLessThan(9 * 1024);
    expect(sizes.total).toBeLessThan(100 * 1024);
    expect(sizes.marksByNote).toBe(true);

    const fixed = sheet.getRange(4, 1, 5000, 9).getValues().map((row) => [String(row[1]).replace('Membre ', 'm').concat('@example.org'), row[3], row[4], 'BR', 'Recife']);
    sheet.getRange(4, 3, 5000, 5).setValues(fixed);
    checked(validateAll(f.google));
    // The email, country and hub marks are gone; what is still wrong with those rows (no join date…) stays marked.
    expect(ourColours(sheet)).toBe(marked - 7500);
    expect(sheet.getRange('D4').getBackground()).toBe('#00ff00');
  });

  it('still checks the sheet when the store is full', () => {
    const f = groupWorkbook();
    f.as(LUCIA);
    f.emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
      const properties = f.google.PropertiesService.getDocumentProperties();
      for (let i = 0; i < 62; i++) properties.setProperty(`other.${i}`, 'x'.repeat(8000));
    });
    const sheet = f.ss.getSheetByName('Membres') as Sheet;
    scatteredMembers(sheet, 40);
    const result = validateAll(f.google);
    expect('errors' in result).toBe(false);
    expect(ourColours(sheet)).toBeGreaterThanOrEqual(60);
  });
});
