import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/domain/tables';
import { setupWorkbook } from '../../src/server/setup';
import { JEAN, LUCIA, MARINA, newWorkbook, valuesOf } from './fixture';

/** The document as a coordinator would notice it: everything but the toasts. */
function documentState(emulator: ReturnType<typeof newWorkbook>['emulator']): string {
  const { toasts: _toasts, ...rest } = emulator.spreadsheet.toJSON() as Record<string, unknown>;
  return JSON.stringify(rest);
}

describe('setupWorkbook on a workbook people have used', () => {
  it('changes nothing when run again', () => {
    const { google, emulator } = newWorkbook();
    setupWorkbook(google);
    const before = documentState(emulator);
    const again = setupWorkbook(google);
    expect(documentState(emulator)).toBe(before);
    expect(again.ok && [again.created, again.repaired]).toEqual([[], []]);
  });

  it('finds a renamed tab by its key and keeps its new name', () => {
    const { google, ss } = newWorkbook();
    setupWorkbook(google);
    ss.getSheetByName('Membres')?.setName('Annuaire du groupe');
    setupWorkbook(google);
    expect(ss.getSheets().map((s) => s.getName())).toContain('Annuaire du groupe');
    expect(ss.getSheetByName('Membres')).toBeNull();
  });

  it('keeps a coordinator’s own columns, moved columns and rows, finds a column by its metadata whatever its header, and re-adds a deleted column at the end', () => {
    const { google, ss } = newWorkbook({ locale: 'en_US' });
    setupWorkbook(google);
    const sheet = ss.getSheetByName('Objectives');
    if (!sheet) throw new Error('no Objectives tab');
    // A coordinator moves Notes before Priority, adds a column of their own, renames the Metric header and deletes Target.
    sheet.moveColumns(sheet.getRange('H:H'), 7);
    sheet.getRange(1, 9, 2, 1).setValues([['Owner'], ['Lúcia']]);
    sheet.getRange(1, 3).setValue('How we measure');
    sheet.deleteColumns(4, 1);
    setupWorkbook(google);
    const values = valuesOf(ss, 'Objectives');
    expect(values[0]).toEqual(['ID', 'Objective', 'Metric', 'Progress', 'Status', 'Notes', 'Priority', 'Owner', 'Target']);
    expect(values[1]?.[7]).toBe('Lúcia');
    expect(values.slice(1).map((row) => row[2])).toEqual(['manual', 'manual', 'proposals_prioritized', 'resources_declared', 'meetings_scheduled']);
    expect(values).toHaveLength(6);
  });

  it('adopts a tab made by hand under a known name, in the workbook’s language', () => {
    const { google, ss } = newWorkbook({ locale: 'fr_FR' });
    ss.insertSheet('Membros');
    setupWorkbook(google);
    const names = ss.getSheets().map((s) => s.getName());
    expect(names.filter((n) => n === 'Membres')).toHaveLength(1);
    expect(names).not.toContain('Membros');
  });

  it('lets only coordinators run it once one exists, writing nothing for others', () => {
    const { google, emulator, ss } = newWorkbook({ user: LUCIA });
    setupWorkbook(google);
    ss.getSheetByName('Membres')?.setName('Équipe');
    const before = documentState(emulator);
    emulator.user = MARINA;
    const result = setupWorkbook(google);
    expect(result.ok ? '' : result.errors[0]?.message).toBe(
      'Somente a coordenação pode configurar a planilha. Fale com alguém da coordenação (aba Membros).',
    );
    expect(documentState(emulator)).toBe(before);
  });

  it('reactivates an inactive member it makes the first coordinator', () => {
    const { google, emulator, ss } = newWorkbook({ locale: 'fr_FR', user: LUCIA });
    setupWorkbook(google);
    const members = ss.getSheetByName('Membres');
    members?.getRange(2, 8, 1, 2).setValues([['membre', 'inactif']]);
    emulator.user = LUCIA;
    setupWorkbook(google);
    expect(valuesOf(ss, 'Membres')[1]?.slice(7, 9)).toEqual(['coordination', 'actif']);
  });

  it('promotes an existing member when the workbook has no coordinator yet', () => {
    const { google, emulator, ss } = newWorkbook({ locale: 'fr_FR', user: LUCIA });
    setupWorkbook(google);
    const members = ss.getSheetByName('Membres');
    members?.getRange(2, 8).setValue('membre');
    members?.getRange(3, 1, 1, 10).setValues([['MEM-002', 'Jean Moreau', JEAN.email, 'Ville de Nantes', 'Nantes', 'FR', 'Nantes', 'membre', 'actif', new Date()]]);
    emulator.user = JEAN;
    const result = setupWorkbook(google);
    expect(result.ok && result.coordinatorId).toBe('MEM-002');
    expect(valuesOf(ss, 'Membres').map((r) => r[7])).toEqual(['Rôle', 'membre', 'coordination']);
  });

  it('compares before it writes: a rerun on a healthy workbook stays within 7 spreadsheet calls a tab and writes only the dropdowns', () => {
    const { google, emulator } = newWorkbook();
    setupWorkbook(google);
    emulator.meter.reset();
    setupWorkbook(google);
    const calls = emulator.meter.snapshot();
    // The rules' builders talk to no sheet; the dropdowns are read and written every run, one call each per tab that has some (see layout.ts).
    const spreadsheet = Object.entries(calls).filter(([name]) => /^(Spreadsheet\.|Sheet|Range|DeveloperMetadata|Protection|DataValidation\.)/.test(name));
    expect(spreadsheet.reduce((sum, [, n]) => sum + n, 0)).toBeLessThanOrEqual(7 * TABLES.length);
    expect(spreadsheet.map(([name]) => name).filter((name) => /\.(set|insert|add|protect)/.test(name))).toEqual(['Range.setDataValidations']);
    expect(calls['Range.setDataValidations']).toBe(TABLES.filter((t) => t.columns.some((c) => c.enum)).length);
  });

  it('gives rows added since the last run their dropdowns on the next run', () => {
    const { google, ss } = newWorkbook();
    setupWorkbook(google);
    const proposals = ss.getSheetByName('Propositions');
    if (!proposals) throw new Error('no Propositions tab');
    const before = proposals.getMaxRows();
    proposals.insertRowsAfter(before, 50);
    proposals.getRange(before + 1, 6, 50, 1).clearDataValidations();
    setupWorkbook(google);
    expect(proposals.getRange(before + 50, 6).getDataValidation()?.getCriteriaValues()[0]).toContain('soumise');
  });
});
