import { describe, expect, it } from 'vitest';
import { submitMember, submitProposal } from '../../src/server/submissions';
import { answerProposal, supportProposal, withdrawSupport } from '../../src/server/supports';
import { JEAN, LUCIA, MARINA, groupWorkbook, rowsOf } from './submit-fixture';

/** Lúcia (coordinator) wrote PRO-001; Marina (MEM-002) and Jean (MEM-003) are members. */
function workbook() {
  const wb = groupWorkbook();
  wb.as(JEAN);
  expect(submitMember(wb.google, { name: 'Jean Moreau', city: 'Nantes', country: 'FR', hub: 'Nantes', consent: true }).ok).toBe(true);
  wb.as(LUCIA);
  expect(submitProposal(wb.google, { title: 'Feira solidária', objectiveId: 'O3' }).ok).toBe(true);
  expect(submitProposal(wb.google, { title: 'Moeda social', objectiveId: 'O3' }).ok).toBe(true);
  return wb;
}

const everything = (wb: ReturnType<typeof workbook>) => ({ supports: rowsOf(wb.ss, 'Soutiens'), proposals: rowsOf(wb.ss, 'Propositions'), log: rowsOf(wb.ss, 'Journal') });

describe('the Supports tab’s columns are required, as the submit tabs’ are', () => {
  it.each([
    ['renamed', 'B1', 'Quem', 'Nada foi salvo: a aba Soutiens perdeu uma coluna de que precisa: Membre. A coordenação pode restaurá-la em Extensões › Mutirão › Configurar a planilha.'],
    ['cleared', 'A1', '', 'Nada foi salvo: a aba Soutiens perdeu uma coluna de que precisa: Proposition. A coordenação pode restaurá-la em Extensões › Mutirão › Configurar a planilha.'],
  ])('a %s header, in a tab whose columns carry no metadata (set up by an earlier version): refused with the missing column named, nothing written', (_how, cell, header, message) => {
    const wb = workbook();
    for (const metadata of wb.ss.createDeveloperMetadataFinder().withKey('mutirao.column').find()) metadata.remove();
    wb.ss.getSheetByName('Soutiens')?.getRange(cell).setValue(header);
    wb.as(MARINA);
    const before = everything(wb);
    const result = supportProposal(wb.google, { proposalId: 'PRO-001' });
    expect(result).toEqual({ ok: false, errors: [{ field: 'form', message: expect.stringMatching(/Soutiens/) }] });
    expect(result.ok ? '' : result.errors[0]?.message).toBe(message);
    expect(withdrawSupport(wb.google, { proposalId: 'PRO-001' }).ok).toBe(false);
    expect(everything(wb)).toEqual(before);
  });

  it('a Proposals tab without its Supports column: refused too, rather than a count nobody sees', () => {
    const wb = workbook();
    wb.ss.getSheetByName('Propositions')?.getRange('J1').setValue('');
    wb.as(MARINA);
    const before = everything(wb);
    expect(supportProposal(wb.google, { proposalId: 'PRO-001' }).ok).toBe(false);
    expect(everything(wb)).toEqual(before);
  });
});

describe('answerProposal reports every problem at once', () => {
  it('an unknown proposal together with the input’s own problems', () => {
    const wb = workbook();
    wb.as(LUCIA);
    expect(answerProposal(wb.google, { proposalId: 'PRO-404', status: 'prioritized', answer: '' })).toEqual({
      ok: false,
      errors: [
        { field: 'answer', message: 'Este campo é obrigatório.' },
        { field: 'priorityRank', message: 'Este campo é obrigatório.' },
        { field: 'proposalId', message: 'A proposta PRO-404 não existe.' },
      ],
    });
  });

  it('an unknown proposal and a rank already given, in one answer', () => {
    const wb = workbook();
    wb.as(LUCIA);
    expect(answerProposal(wb.google, { proposalId: 'PRO-001', status: 'prioritized', priorityRank: 1, answer: 'Sim' }).ok).toBe(true);
    const before = everything(wb);
    expect(answerProposal(wb.google, { proposalId: 'PRO-404', status: 'prioritized', priorityRank: 1, answer: '' })).toEqual({
      ok: false,
      errors: [
        { field: 'answer', message: 'Este campo é obrigatório.' },
        { field: 'proposalId', message: 'A proposta PRO-404 não existe.' },
        { field: 'priorityRank', message: 'A ordem de prioridade 1 já foi atribuída a PRO-001.' },
      ],
    });
    expect(everything(wb)).toEqual(before);
  });
});
