import { describe, expect, it } from 'vitest';
import { validateAll } from '../../src/server/validation';
import { MARK_BACKGROUND } from '../../src/sheets/marks';
import { MARINA, checked, groupWorkbook } from './submit-fixture';
import { submitProposal } from '../../src/server/submissions';

function workbook() {
  const fixture = groupWorkbook();
  fixture.as(MARINA);
  submitProposal(fixture.google, { title: 'Feira', objectiveId: 'O3' });
  const members = fixture.ss.getSheetByName('Membres');
  if (!members) throw new Error('no Membres');
  return { ...fixture, members };
}

describe('marks on bad cells', () => {
  it('puts a translated note and a colour on the bad cell', () => {
    const { google, members } = workbook();
    members.getRange('C3').setValue('marina@');
    validateAll(google);
    expect(members.getRange('C3').getNote()).toBe('⚠ Mutirão: Saisissez une adresse e-mail valide.');
    expect(members.getRange('C3').getBackground()).toBe(MARK_BACKGROUND);
  });

  it('clears its marks once the cell is fixed', () => {
    const { google, members } = workbook();
    members.getRange('C3').setValue('marina@');
    validateAll(google);
    members.getRange('C3').setValue('marina@example.org');
    const result = validateAll(google);
    expect(checked(result)).toMatchObject({ ok: true, problems: [] });
    expect(members.getRange('C3').getNote()).toBe('');
    expect(members.getRange('C3').getBackground()).toBe('#ffffff');
  });

  it('keeps a coordinator’s own note, on a bad cell and elsewhere', () => {
    const { google, members } = workbook();
    members.getRange('C3').setNote('Appeler Marina');
    members.getRange('B3').setNote('Présidente de la coopérative');
    members.getRange('C3').setValue('marina@');
    validateAll(google);
    expect(members.getRange('C3').getNote()).toBe('Appeler Marina\n\n⚠ Mutirão: Saisissez une adresse e-mail valide.');
    members.getRange('C3').setValue('marina@example.org');
    validateAll(google);
    expect(members.getRange('C3').getNote()).toBe('Appeler Marina');
    expect(members.getRange('B3').getNote()).toBe('Présidente de la coopérative');
  });

  it('keeps a coordinator’s own colour, marking such a cell with a note only', () => {
    const { google, members } = workbook();
    members.getRange('E3').setBackground('#fff2cc');
    members.getRange('E3').setValue('');
    validateAll(google);
    expect(members.getRange('E3').getBackground()).toBe('#fff2cc');
    expect(members.getRange('E3').getNote()).toContain('obligatoire');
    members.getRange('E3').setValue('Recife');
    validateAll(google);
    expect(members.getRange('E3').getBackground()).toBe('#fff2cc');
    expect(members.getRange('E3').getNote()).toBe('');
  });

  it('clears the marks of a row someone emptied', () => {
    const { google, members } = workbook();
    members.getRange('C3').setValue('marina@');
    validateAll(google);
    members.getRange('A3:M3').clearContent();
    validateAll(google);
    expect(members.getRange('C3').getNote()).toBe('');
    expect(members.getRange('C3').getBackground()).toBe('#ffffff');
  });

  it('writes marks with one batch per tab', () => {
    const { google, members, emulator } = workbook();
    members.getRange('C3').setValue('marina@');
    members.getRange('F3').setValue('Brasil');
    emulator.meter.reset();
    validateAll(google);
    expect(emulator.meter.count('Range.setNotes')).toBe(1);
    expect(emulator.meter.count('Range.setBackgrounds')).toBe(1);
    expect(emulator.meter.count('Range.setNote') + emulator.meter.count('Range.setBackground')).toBe(0);
  });

  it('records the marks it wrote in the Log, and nothing when nothing changed', () => {
    const { google, members, ss } = workbook();
    members.getRange('C3').setValue('marina@');
    validateAll(google);
    const log = () => ss.getSheetByName('Journal')?.getDataRange().getValues().map((r) => [r[2], r[4]]) ?? [];
    expect(log().at(-1)).toEqual(['validate', 'members: 1']);
    const rows = log().length;
    validateAll(google);
    expect(log()).toHaveLength(rows);
  });

  it('summarizes in a toast, in the caller’s language', () => {
    const { google, members, emulator } = workbook();
    members.getRange('C3').setValue('marina@');
    validateAll(google);
    expect(emulator.spreadsheet.toasts.at(-1)?.message).toBe('1 problema encontrado e marcado na planilha.');
  });
});

describe('what people do to sheets', () => {
  it('finds columns moved elsewhere and ignores extra ones', () => {
    const { google, members } = workbook();
    // Swap Email and Organization, and add a column of one's own.
    members.getRange('C1:D1').setValues([['Organisation', 'E-mail']]);
    members.getRange('C2:D3').setValues([['', 'lucia.almeida@example.org'], ['Coop', 'marina@']]);
    members.getRange(1, members.getLastColumn() + 1, 3, 1).setValues([['Téléphone'], ['+55 81'], ['n/a']]);
    const result = validateAll(google);
    expect(checked(result).problems.map((p) => `${p.row}:${p.column}`)).toEqual(['3:E-mail']);
    expect(members.getRange('D3').getNote()).toContain('e-mail');
  });

  it('finds a renamed tab through its key and names it as it is now', () => {
    const { google, members } = workbook();
    members.setName('Annuaire');
    members.getRange('C3').setValue('marina@');
    const result = validateAll(google);
    expect(checked(result).problems[0]?.tab).toBe('Annuaire');
  });

  it('ignores blank rows, in the middle or at the end', () => {
    const { google, members } = workbook();
    members.getRange('A10:J10').setValues([['MEM-010', 'Paulo', 'paulo@example.org', '', 'Recife', 'BR', 'Recife', 'membre', 'actif', '']]);
    const result = validateAll(google);
    expect(checked(result).problems.map((p) => p.row)).toEqual([10]);
  });

  it('makes as many spreadsheet calls on 3,000 rows as on 30', () => {
    const counts = [30, 3000].map((rows) => {
      const { google, members, emulator } = workbook();
      members.insertRowsAfter(members.getMaxRows(), rows);
      members.getRange(4, 1, rows, 10).setValues(
        Array.from({ length: rows }, (_, i) => [`MEM-${100 + i}`, `M ${i}`, i % 2 ? `m${i}@example.org` : 'bad@', '', 'Recife', 'BR', 'Recife', 'membre', 'actif', '']),
      );
      emulator.meter.reset();
      validateAll(google);
      return emulator.meter.snapshot();
    });
    expect(counts[1]).toEqual(counts[0]);
  });
});
