import { describe, expect, it } from 'vitest';
import { submitMeeting, submitProposal } from '../../src/server/submissions';
import { LUCIA, MARINA, groupWorkbook, rowsOf } from './submit-fixture';

/** Text people type that a spreadsheet would happily turn into something else (issue 10). */
const TRICKY = ['=1+1', '+33 1 40 00', '-5', '@home', '0012', '2027-01-12', 'TRUE', "'90s fair", '=HYPERLINK("http://x","y")', '50%', '10:00'];

/** Title, Description and Resources needed of the first proposal, as read back, and whether any became a formula. */
function proposalText(ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const range = ss.getSheetByName('Propositions')?.getRange('A2:H2');
  const values = range?.getValues()[0] ?? [];
  return { cells: [values[1], values[2], values[7]], formulas: (range?.getFormulas()[0] ?? []).filter(Boolean) };
}

describe('user text is stored as text', () => {
  it.each(TRICKY)('reads back %s exactly as typed, with no formula', (typed) => {
    const { google, ss, as } = groupWorkbook();
    as(MARINA);
    const result = submitProposal(google, { title: typed.length < 3 ? `${typed}  x` : typed, description: typed, objectiveId: 'O3', resourcesNeeded: typed });
    expect(result.ok).toBe(true);
    expect(proposalText(ss)).toEqual({ cells: [typed.length < 3 ? `${typed}  x` : typed, typed, typed], formulas: [] });
  });

  it.each(TRICKY)('keeps %s as text after a coordinator cleared the Title column’s plain-text format', (typed) => {
    const { google, ss, as } = groupWorkbook();
    ss.getSheetByName('Propositions')?.getRange('B2:C1000').setNumberFormat('General');
    as(MARINA);
    const title = typed.length < 3 ? `${typed}  x` : typed;
    expect(submitProposal(google, { title, description: typed, objectiveId: 'O3' }).ok).toBe(true);
    expect(proposalText(ss)).toEqual({ cells: [title, typed, ''], formulas: [] });
  });

  it('keeps a member’s leading apostrophe, which typing would take as the quote prefix', () => {
    const { google, ss, as } = groupWorkbook();
    as(MARINA);
    submitProposal(google, { title: "'90s fair", objectiveId: 'O3' });
    expect(ss.getSheetByName('Propositions')?.getRange('B2').getDisplayValue()).toBe("'90s fair");
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
    const { google, ss, as } = groupWorkbook();
    as(LUCIA);
    expect(submitMeeting(google, at(date, start, zone)).ok).toBe(true);
    expect(cities(ss)).toEqual([recife, nantes]);
  });

  it('writes the date as a date cell and Start as text', () => {
    const { google, ss, as } = groupWorkbook();
    as(LUCIA);
    submitMeeting(google, at('2027-03-29', '09:05', 'America/Recife'));
    const sheet = ss.getSheetByName('Réunions');
    expect(sheet?.getRange(2, 3).getDisplayValue()).toBe('29/03/2027');
    expect(sheet?.getRange(2, 4).getValue()).toBe('09:05');
  });
});
