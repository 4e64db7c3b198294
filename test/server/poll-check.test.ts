import { describe, expect, it } from 'vitest';
import { setupWorkbook } from '../../src/server/setup';
import { validateAll } from '../../src/server/validation';
import { answerPoll } from '../../src/server/polls';
import { checked, rowsOf } from './submit-fixture';
import { LUCIA, MARINA, openedPoll } from './poll-fixture';

describe('Check and setup know the Polls and Poll answers tabs', () => {
  it('marks an option line that is not a date and time, an unknown poll or member, an answer outside the audience, and unknown discussed proposals', () => {
    const wb = openedPoll({ audience: 'Recife hub' });
    wb.as(MARINA);
    expect(answerPoll(wb.google, { pollId: wb.pollId, answers: [{ option: wb.lines[0], answer: 'yes' }] }).ok).toBe(true);
    wb.as(LUCIA);
    const polls = wb.ss.getSheetByName('Sondages');
    const answers = wb.ss.getSheetByName('Réponses aux sondages');
    polls?.getRange(2, 6).setValue(`${wb.lines[0]}\nle 4 mars à 14 h`);
    // Jean (Nantes hub) answering a Recife hub poll; a poll and a member that do not exist.
    answers?.getRange(3, 1, 3, 4).setValues([['POL-001', 'MEM-003', wb.lines[0], 'oui'], ['POL-007', 'MEM-002', wb.lines[0], 'oui'], ['POL-001', 'MEM-099', wb.lines[0], 'talvez']]);
    wb.ss.getSheetByName('Réunions')?.getRange(2, 1, 1, 22).setValues([['MTG-001', 'Plenária', '2026-01-05', '10:00', 60, 'America/Recife', '', 'tous', '', 'tenue', '', '', '', '', '', '', '', '', '', 'Ata', 5, 'PRO-001, PRO-004']]);
    const result = checked(validateAll(wb.google));
    const found = result.problems.map((p) => `${p.tab}!${p.row} ${p.column}: ${p.message}`);
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Sondages!2 Options: “le 4 mars à 14 h” não é uma data e hora/),
      'Réponses aux sondages!3 Membre: O membro MEM-003 não faz parte do público da enquete POL-001: esta resposta não conta.',
      'Réponses aux sondages!4 Sondage: A enquete POL-007 não existe.',
      'Réponses aux sondages!5 Membre: O membro MEM-099 não existe.',
      'Réponses aux sondages!5 Réponse: Escolha uma destas opções: sim, se necessário, não.',
      'Réunions!2 Propositions discutées: A proposta PRO-001, PRO-004 não existe.',
    ]));
    // An option typed into the sheet, which Sheets may turn into a date, is read as typed.
    expect(found.filter((p) => p.includes(' Option: '))).toEqual([]);
    expect(result.byTable).toMatchObject({ polls: 1, pollAnswers: 4, meetings: 1 });
  });

  it('adds the tabs and the Meetings columns to a workbook made before them, moving no row', () => {
    const wb = openedPoll();
    wb.ss.deleteSheet(wb.ss.getSheetByName('Sondages') as GoogleAppsScript.Spreadsheet.Sheet);
    wb.ss.deleteSheet(wb.ss.getSheetByName('Réponses aux sondages') as GoogleAppsScript.Spreadsheet.Sheet);
    const meetings = wb.ss.getSheetByName('Réunions');
    meetings?.getRange(2, 1, 1, 2).setValues([['MTG-001', 'Plenária']]);
    meetings?.deleteColumns(20, 3);
    const before = meetings?.getDataRange().getValues();
    expect(setupWorkbook(wb.google).ok).toBe(true);
    const after = meetings?.getDataRange().getValues() ?? [];
    expect(after[0]?.slice(19)).toEqual(['Compte rendu', 'Participants', 'Propositions discutées']);
    expect(after.map((r) => r.slice(0, 19))).toEqual(before);
    const names = wb.ss.getSheets().map((s) => s.getName());
    expect(names.slice(names.indexOf('Soutiens'), names.indexOf('Soutiens') + 3)).toEqual(['Soutiens', 'Sondages', 'Réponses aux sondages']);
    expect(rowsOf(wb.ss, 'Réponses aux sondages')).toEqual([]);
  });
});
