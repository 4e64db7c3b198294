import { describe, expect, it } from 'vitest';
import { submitMeeting, submitProposal } from '../../src/server/submissions';
import { LUCIA, MARINA, groupWorkbook, rowsOf } from './submit-fixture';

/** Text people type that a spreadsheet would happily turn into something else. */
const TRICKY = ['=HYPERLINK("http://x","y")', '+33 1 40 00', '-5 ideas', '@home', '0012', 'TRUE', '50%', '2027-01-12', '10:00'];

describe('user text is stored as text', () => {
  it.each(TRICKY)('reads back %s exactly as typed', (typed) => {
    const { google, ss, as, emulator } = groupWorkbook();
    emulator.textRule = 'plain-text-trusted'; // Former text rule until src writes user text as rich text (issue 10): see emulator/README.md.
    as(MARINA);
    const result = submitProposal(google, { title: `Titre ${typed}`, description: typed, objectiveId: 'O3', resourcesNeeded: typed });
    expect(result.ok).toBe(true);
    const row = rowsOf(ss, 'Propositions')[0] ?? [];
    expect([row[1], row[2], row[7]]).toEqual([`Titre ${typed}`, typed, typed]);
    expect(ss.getSheetByName('Propositions')?.getRange(2, 3).getFormula()).toBe('');
  });

  it('keeps text as text even if someone cleared the column’s plain-text format', () => {
    const { google, ss, as, emulator } = groupWorkbook();
    emulator.textRule = 'plain-text-trusted'; // Former text rule until src writes user text as rich text (issue 10): see emulator/README.md.
    ss.getSheetByName('Propositions')?.getRange('C2:C10').setNumberFormat('0.00');
    as(MARINA);
    submitProposal(google, { title: 'Plan', description: '=1+1', objectiveId: 'O3' });
    expect(rowsOf(ss, 'Propositions')[0]?.[2]).toBe('=1+1');
  });
});

describe('meeting times in Recife and in Nantes', () => {
  // Weekends and late hours on purpose: confirmed, as a coordinator does once shown both times.
  const at = (date: string, startTime: string, timeZone: string) => ({ title: 'Groupe', date, startTime, timeZone, confirmOutsideHours: 'true' });
  const cities = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => (rowsOf(ss, 'Réunions').at(-1) ?? []).slice(10, 12);

  it.each([
    ['2027-03-27', '10:00', 'America/Recife', '27/03/2027 10:00', '27/03/2027 14:00'],
    ['2027-03-29', '10:00', 'America/Recife', '29/03/2027 10:00', '29/03/2027 15:00'],
    ['2027-10-30', '15:00', 'Europe/Paris', '30/10/2027 10:00', '30/10/2027 15:00'],
    ['2027-11-01', '15:00', 'Europe/Paris', '01/11/2027 11:00', '01/11/2027 15:00'],
    ['2027-01-15', '23:30', 'America/Recife', '15/01/2027 23:30', '16/01/2027 03:30'],
  ])('on %s at %s (%s) shows %s in Recife and %s in Nantes', (date, start, zone, recife, nantes) => {
    const { google, ss, as, emulator } = groupWorkbook();
    emulator.textRule = 'plain-text-trusted'; // Former text rule until src writes user text as rich text (issue 10): see emulator/README.md.
    as(LUCIA);
    expect(submitMeeting(google, at(date, start, zone)).ok).toBe(true);
    expect(cities(ss)).toEqual([recife, nantes]);
  });

  it('writes the date as a date cell and Start as text', () => {
    const { google, ss, as, emulator } = groupWorkbook();
    emulator.textRule = 'plain-text-trusted'; // Former text rule until src writes user text as rich text (issue 10): see emulator/README.md.
    as(LUCIA);
    submitMeeting(google, at('2027-03-29', '09:05', 'America/Recife'));
    const sheet = ss.getSheetByName('Réunions');
    expect(sheet?.getRange(2, 3).getDisplayValue()).toBe('29/03/2027');
    expect(sheet?.getRange(2, 4).getValue()).toBe('09:05');
  });
});
