import { describe, expect, it } from 'vitest';
import { setupWorkbook } from '../../src/server/setup';
import { newWorkbook } from './fixture';

/**
 * A set-up French workbook whose Members, Proposals, Resources and Meetings tabs then received
 * `rows` rows pasted by a coordinator, the tabs growing first where they were too short.
 */
function pasted(rows: number) {
  const fixture = newWorkbook();
  setupWorkbook(fixture.google);
  const fill = (name: string, make: (i: number) => unknown[]) => {
    const sheet = fixture.ss.getSheetByName(name);
    if (!sheet) throw new Error(name);
    const start = sheet.getLastRow() + 1;
    const missing = start + rows + 100 - sheet.getMaxRows();
    if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
    sheet.getRange(start, 1, rows, make(0).length).setValues(Array.from({ length: rows }, (_, i) => make(i)));
  };
  fill('Membres', (i) => [`MEM-${1000 + i}`, `M ${i}`, `m${i}@example.org`, '', 'Recife', 'BR', 'Recife', 'membre', 'actif', '']);
  fill('Propositions', (i) => [`PRO-${1000 + i}`, `Proposal ${i}`, '', 'O3', `MEM-${1000 + i}`, 'soumise', '', '', '']);
  fill('Ressources', (i) => [`RES-${1000 + i}`, `MEM-${1000 + i}`, 'financière', 'financement', '', 100, 'EUR', '', '', 'disponible']);
  fill('Réunions', (i) => [`MTG-${1000 + i}`, `Réunion ${i}`, '', '10:00', 60, 'America/Recife', '', 'tous', '', 'prévue']);
  return fixture;
}

function setupCalls(rows: number): Record<string, number>[] {
  const fixture = pasted(rows);
  return [0, 1].map(() => {
    fixture.emulator.meter.reset();
    expect(setupWorkbook(fixture.google).ok).toBe(true);
    return fixture.emulator.meter.snapshot();
  });
}

describe('the cost of setup', () => {
  it('makes the same service calls with 30 rows as with 3,000, the first run after the rows were pasted included', () => {
    const [first30, again30] = setupCalls(30);
    const [first3000, again3000] = setupCalls(3000);
    expect(first3000).toEqual(first30);
    expect(again3000).toEqual(again30);
  });

  it('gives rows pasted beyond the tab’s former end their dropdowns', () => {
    const fixture = pasted(3000);
    setupWorkbook(fixture.google);
    const status = fixture.ss.getSheetByName('Propositions')?.getRange(3050, 6).getDataValidation();
    expect(status?.getCriteriaValues()[0]).toContain('soumise');
  });
});
