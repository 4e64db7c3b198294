import { describe, expect, it } from 'vitest';
import { onEdit, validateAll } from '../../src/server/validation';
import { submitMeeting } from '../../src/server/submissions';
import { MARK_BACKGROUND } from '../../src/sheets/marks';
import { LUCIA, groupWorkbook } from './submit-fixture';

/** Runs onEdit as Apps Script runs a simple trigger: LIMITED mode, no email, no authorized service. */
function edit(fixture: ReturnType<typeof groupWorkbook>, range: GoogleAppsScript.Spreadsheet.Range) {
  fixture.emulator.run({ kind: 'simple-trigger', authMode: 'LIMITED' }, () =>
    onEdit(fixture.google, { range } as unknown as GoogleAppsScript.Events.SheetsOnEdit),
  );
}

describe('onEdit', () => {
  it('marks a bad cell as it is typed', () => {
    const fixture = groupWorkbook();
    const cell = fixture.ss.getSheetByName('Membres')?.getRange('C3');
    if (!cell) throw new Error('no cell');
    cell.setValue('marina@');
    edit(fixture, cell);
    expect(cell.getNote()).toContain('e-mail');
    expect(cell.getBackground()).toBe(MARK_BACKGROUND);
    cell.setValue('marina@example.org');
    edit(fixture, cell);
    expect(cell.getNote()).toBe('');
  });

  it('keeps validating when the active user is blank, or when asking for it throws', () => {
    const fixture = groupWorkbook();
    const cell = fixture.ss.getSheetByName('Membres')?.getRange('C3');
    if (!cell) throw new Error('no cell');
    // A simple trigger: the person typing is signed in, but Apps Script does not say who.
    fixture.as(LUCIA);
    expect(fixture.emulator.run({ kind: 'simple-trigger', authMode: 'LIMITED' }, () => fixture.google.Session.getActiveUser().getEmail())).toBe('');
    cell.setValue('marina@');
    edit(fixture, cell);
    expect(cell.getNote()).toContain('e-mail');
    // Where a policy refuses the question itself.
    fixture.emulator.faults.activeUserRefused = true;
    cell.setValue('marina@example.org');
    edit(fixture, cell);
    expect(cell.getNote()).toBe('');
    cell.setValue('marina@@');
    edit(fixture, cell);
    expect(cell.getBackground()).toBe(MARK_BACKGROUND);
  });

  it('checks every row of a paste, and only those rows', () => {
    const fixture = groupWorkbook();
    const members = fixture.ss.getSheetByName('Membres');
    if (!members) throw new Error('no Membres');
    members.getRange('C2').setValue('not-an-email');
    const rows = Array.from({ length: 500 }, (_, i) => [`MEM-${100 + i}`, `M ${i}`, i === 250 ? 'broken@' : `m${i}@example.org`, '', 'Recife', 'BR', 'Recife', 'membre', 'actif', '']);
    members.insertRowsAfter(members.getMaxRows(), 100);
    const pasted = members.getRange(4, 1, 500, 10);
    pasted.setValues(rows);
    fixture.emulator.meter.reset();
    edit(fixture, pasted);
    expect(members.getRange(254, 3).getNote()).toContain('e-mail');
    expect(members.getRange('C2').getNote()).toBe('');
    expect(fixture.emulator.meter.count('Range.getValues')).toBeLessThanOrEqual(3);
  });

  it('keeps a meeting’s Recife and Nantes times current when its start changes', () => {
    const fixture = groupWorkbook();
    fixture.as(LUCIA);
    // A Saturday, before Europe's clock change: confirmed outside working days.
    submitMeeting(fixture.google, { title: 'Groupe', date: '2027-03-27', startTime: '10:00', confirmOutsideHours: 'true' });
    const meetings = fixture.ss.getSheetByName('Réunions');
    const start = meetings?.getRange('D2');
    if (!meetings || !start) throw new Error('no meeting');
    fixture.as(null);
    start.setValue('11:30');
    edit(fixture, start);
    expect(meetings.getRange('K2:L2').getValues()).toEqual([['27/03/2027 11:30', '27/03/2027 15:30']]);
    meetings.getRange('C2').setValue(new Date(Date.UTC(2027, 2, 29, 3)));
    edit(fixture, meetings.getRange('C2'));
    expect(meetings.getRange('K2:L2').getValues()).toEqual([['29/03/2027 11:30', '29/03/2027 16:30']]);
  });

  it('checks a proposal’s member against the Members IDs, wherever a coordinator moved that column', () => {
    const fixture = groupWorkbook();
    const members = fixture.ss.getSheetByName('Membres');
    const proposals = fixture.ss.getSheetByName('Propositions');
    if (!members || !proposals) throw new Error('no tabs');
    proposals.getRange('A2:F2').setValues([['PRO-001', 'Feira', '', 'O3', 'MEM-002', 'soumise']]);
    edit(fixture, proposals.getRange('E2'));
    expect(proposals.getRange('E2').getNote()).toBe('');
    // Name and ID swap places: the IDs are no longer where setup put them.
    const [header = [], ...rows] = members.getRange('A1:B3').getValues();
    members.getRange('A1:B3').setValues([[header[1], header[0]], ...rows.map((r) => [r[1], r[0]])]);
    proposals.getRange('E2').setValue('MEM-009');
    edit(fixture, proposals.getRange('E2'));
    expect(proposals.getRange('E2').getNote()).toContain('MEM-009');
    proposals.getRange('E2').setValue('MEM-002');
    edit(fixture, proposals.getRange('E2'));
    expect(proposals.getRange('E2').getNote()).toBe('');
  });

  it('ignores edits outside the add-on’s tabs and in header rows', () => {
    const fixture = groupWorkbook();
    const other = fixture.ss.insertSheet('Brouillon');
    other.getRange('A1').setValue('x');
    fixture.emulator.meter.reset();
    edit(fixture, other.getRange('A1'));
    edit(fixture, fixture.ss.getSheetByName('Membres')?.getRange('B1') as GoogleAppsScript.Spreadsheet.Range);
    expect(fixture.emulator.meter.count('Range.setNotes')).toBe(0);
  });
});

describe('onEdit next to marks validateAll made', () => {
  it('leaves the marks of rows it did not check', () => {
    const fixture = groupWorkbook();
    const members = fixture.ss.getSheetByName('Membres');
    if (!members) throw new Error('no Membres');
    members.getRange('C3').setValue('marina@');
    validateAll(fixture.google);
    members.getRange('D2').setValue('Prefeitura do Recife');
    edit(fixture, members.getRange('D2'));
    expect(members.getRange('C3').getNote()).toContain('e-mail');
    expect(members.getRange('C3').getBackground()).toBe(MARK_BACKGROUND);
    members.getRange('C3').setValue('marina@example.org');
    edit(fixture, members.getRange('C3'));
    expect(members.getRange('C3').getBackground()).toBe('#ffffff');
  });

  it('updates a moved meeting’s Recife and Nantes times, and writes nothing when nothing changed', () => {
    const fixture = groupWorkbook();
    fixture.as(LUCIA);
    expect(submitMeeting(fixture.google, { title: 'Groupe', date: '2027-03-29', startTime: '10:00', timeZone: 'America/Recife' }).ok).toBe(true);
    const sheet = fixture.ss.getSheetByName('Réunions');
    const start = sheet?.getRange('D2');
    if (!sheet || !start) throw new Error('no Réunions');
    start.setRichTextValue(fixture.emulator.services.SpreadsheetApp.newRichTextValue().setText('11:00').build());
    edit(fixture, start);
    expect(sheet.getRange('K2:L2').getValues()).toEqual([['29/03/2027 11:00', '29/03/2027 16:00']]);
    fixture.emulator.meter.reset();
    edit(fixture, start);
    expect(fixture.emulator.meter.count('Range.setRichTextValues') + fixture.emulator.meter.count('Range.setValues')).toBe(0);
  });
});
