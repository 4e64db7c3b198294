import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../emulator';
import { a1, selectCell } from '../../src/server/go-to-cell';
import { validateAll } from '../../src/server/validation';
import { checked, groupWorkbook, MARINA } from './submit-fixture';

describe('selecting the cell of a problem (issue 22)', () => {
  it('names cells as Sheets does', () => {
    expect([a1(4, 0), a1(12, 3), a1(2, 25), a1(3, 26), a1(7, 701)]).toEqual(['A4', 'D12', 'Z2', 'AA3', 'ZZ7']);
  });

  it('gives each problem of Check its cell, which selectCell selects, with the spreadsheet scope alone and no write', () => {
    const wb = groupWorkbook();
    wb.ss.getSheetByName('Membres')?.getRange('F3').setValue('XX');
    const problem = checked(validateAll(wb.google)).problems[0];
    expect(problem).toMatchObject({ table: 'members', row: 3, cell: 'F3' });
    wb.as({ ...MARINA, grantedScopes: [SCOPES.spreadsheetsCurrentOnly, SCOPES.containerUi, SCOPES.email] });
    const unlocked = wb.emulator.writesWithoutDocumentLock;
    expect(selectCell(wb.google, { table: 'members', cell: problem?.cell })).toEqual({ ok: true, cell: 'F3' });
    expect(wb.ss.getActiveSheet().getName()).toBe('Membres');
    expect(wb.emulator.spreadsheet.selection?.ref).toMatchObject({ row: 3, column: 6, numRows: 1, numColumns: 1 });
    expect(wb.emulator.writesWithoutDocumentLock).toBe(unlocked);
  });

  it('refuses what names no tab or no cell', () => {
    const wb = groupWorkbook();
    expect(selectCell(wb.google, { table: 'nope', cell: 'A1' })).toMatchObject({ ok: false, errors: [{ field: 'table' }] });
    expect(selectCell(wb.google, { table: 'members', cell: '=A1' })).toMatchObject({ ok: false, errors: [{ field: 'cell' }] });
  });
});
