import { describe, expect, it } from 'vitest';
import { submitMember, submitProposal } from '../../src/server/submissions';
import { answerProposal, listProposals, supportProposal, withdrawSupport } from '../../src/server/supports';
import { JEAN, LUCIA, MARINA, groupWorkbook, rowsOf } from './submit-fixture';

const CLAIRE = { email: 'claire.dubois@example.org', locale: 'fr' };

/** Lúcia (coordinator), Marina and Jean (members); Lúcia wrote PRO-001…PRO-004, Marina PRO-005. */
function withProposals() {
  const wb = groupWorkbook();
  wb.as(JEAN);
  expect(submitMember(wb.google, { name: 'Jean Moreau', city: 'Nantes', country: 'FR', hub: 'Nantes', consent: true }).ok).toBe(true);
  wb.as(LUCIA);
  for (const title of ['Feira solidária', 'Moeda social', 'Rede de cooperativas', 'Atelier commun']) {
    expect(submitProposal(wb.google, { title, objectiveId: 'O3' }).ok).toBe(true);
  }
  wb.as(MARINA);
  expect(submitProposal(wb.google, { title: 'Banco comunitário', objectiveId: 'O4' }).ok).toBe(true);
  return wb;
}

const supportsColumn = (wb: ReturnType<typeof groupWorkbook>) => rowsOf(wb.ss, 'Propositions').map((r) => r[9]);
const supportRows = (wb: ReturnType<typeof groupWorkbook>) => rowsOf(wb.ss, 'Soutiens').map((r) => r.slice(0, 2));
const errorOf = (result: { ok: boolean; errors?: { message: string }[] }) => (result.ok ? '' : result.errors?.[0]?.message);

describe('supportProposal and withdrawSupport', () => {
  it('writes one Supports row and one Log row, and keeps Proposals › Supports current', () => {
    const wb = withProposals();
    wb.as(MARINA);
    expect(supportProposal(wb.google, { proposalId: 'PRO-002' })).toEqual({ ok: true, supports: 1, left: 2 });
    expect(supportRows(wb)).toEqual([['PRO-002', 'MEM-002']]);
    expect(supportsColumn(wb)).toEqual([0, 1, 0, 0, 0]);
    expect(rowsOf(wb.ss, 'Journal').at(-1)?.slice(1, 4)).toEqual([MARINA.email, 'proposal.support', 'PRO-002']);
    wb.as(JEAN);
    expect(supportProposal(wb.google, { proposalId: 'PRO-002' })).toEqual({ ok: true, supports: 2, left: 2 });
    expect(withdrawSupport(wb.google, { proposalId: 'PRO-002' })).toEqual({ ok: true, supports: 1, left: 3 });
    expect(supportRows(wb)).toEqual([['PRO-002', 'MEM-002']]);
    expect(supportsColumn(wb)).toEqual([0, 1, 0, 0, 0]);
    expect(rowsOf(wb.ss, 'Journal').at(-1)?.slice(2, 4)).toEqual(['proposal.withdrawSupport', 'PRO-002']);
  });

  it('stops at Settings › Supports per member, and a withdrawal frees a support for another', () => {
    const wb = withProposals();
    wb.as(MARINA);
    for (const id of ['PRO-001', 'PRO-002', 'PRO-003']) expect(supportProposal(wb.google, { proposalId: id }).ok).toBe(true);
    expect(errorOf(supportProposal(wb.google, { proposalId: 'PRO-004' }))).toBe('Você já apoia 3 propostas, o máximo por membro: retire um apoio para apoiar PRO-004.');
    expect(supportRows(wb)).toHaveLength(3);
    expect(withdrawSupport(wb.google, { proposalId: 'PRO-001' })).toEqual({ ok: true, supports: 0, left: 1 });
    expect(supportProposal(wb.google, { proposalId: 'PRO-004' })).toEqual({ ok: true, supports: 1, left: 0 });
    expect(supportsColumn(wb)).toEqual([0, 1, 1, 1, 0]);
  });

  it('follows the limit a coordinator sets in Settings', () => {
    const wb = withProposals();
    const settings = wb.ss.getSheetByName('Paramètres');
    const values = settings?.getDataRange().getValues() ?? [];
    const row = values.findIndex((r) => r[0] === 'Soutiens par membre');
    settings?.getRange(row + 1, 2).setValue(1);
    wb.as(JEAN);
    expect(supportProposal(wb.google, { proposalId: 'PRO-001' })).toEqual({ ok: true, supports: 1, left: 0 });
    expect(errorOf(supportProposal(wb.google, { proposalId: 'PRO-002' }))).toBe('Vous soutenez déjà 1 proposition, le maximum par membre\u00a0: retirez ce soutien pour soutenir PRO-002.');
  });

  it('refuses one’s own proposal, a second support of the same one, an unknown proposal and a withdrawal of nothing, writing nothing', () => {
    const wb = withProposals();
    wb.as(MARINA);
    expect(errorOf(supportProposal(wb.google, { proposalId: 'PRO-005' }))).toBe('Você não pode apoiar a sua própria proposta.');
    expect(supportProposal(wb.google, { proposalId: 'PRO-001' }).ok).toBe(true);
    expect(errorOf(supportProposal(wb.google, { proposalId: 'PRO-001' }))).toBe('Você já apoia PRO-001.');
    expect(supportProposal(wb.google, { proposalId: 'PRO-099' })).toEqual({ ok: false, errors: [{ field: 'proposalId', message: 'A proposta PRO-099 não existe.' }] });
    expect(supportProposal(wb.google, { proposalId: 'nope' })).toEqual({ ok: false, errors: [{ field: 'proposalId', message: expect.stringContaining('PRO-001') }] });
    expect(errorOf(withdrawSupport(wb.google, { proposalId: 'PRO-002' }))).toBe('Você não apoia PRO-002.');
    expect(supportRows(wb)).toEqual([['PRO-001', 'MEM-002']]);
  });

  it('is for active members only: a guest is asked to register, an inactive member is told', () => {
    const wb = withProposals();
    wb.as(CLAIRE);
    expect(errorOf(supportProposal(wb.google, { proposalId: 'PRO-001' }))).toMatch(/^Inscrivez-vous d’abord/);
    const members = wb.ss.getSheetByName('Membres');
    members?.getRange(3, 9).setValue('inactif');
    wb.as(MARINA);
    expect(errorOf(supportProposal(wb.google, { proposalId: 'PRO-001' }))).toMatch(/MEM-002/);
    expect(supportRows(wb)).toEqual([]);
  });

  it('lets two members support at once under the lock: both rows land and both are counted', () => {
    const wb = withProposals();
    let theirs: unknown;
    wb.emulator.locks.interleaveOnNextWait(() => {
      wb.as(JEAN);
      theirs = supportProposal(wb.google, { proposalId: 'PRO-003' });
      wb.as(MARINA);
    });
    wb.as(MARINA);
    const mine = supportProposal(wb.google, { proposalId: 'PRO-003' });
    expect([theirs, mine]).toEqual([{ ok: true, supports: 1, left: 2 }, { ok: true, supports: 2, left: 2 }]);
    expect(supportRows(wb)).toEqual([['PRO-003', 'MEM-003'], ['PRO-003', 'MEM-002']]);
    expect(supportsColumn(wb)[2]).toBe(2);
  });

  it('says so, writing nothing, when someone else holds the lock too long', () => {
    const wb = withProposals();
    wb.emulator.locks.holdDocumentLockElsewhere();
    wb.as(MARINA);
    expect(errorOf(supportProposal(wb.google, { proposalId: 'PRO-001' }))).toBe('Outra pessoa está salvando agora. Tente de novo em alguns segundos.');
    wb.emulator.locks.releaseElsewhere();
    expect(supportRows(wb)).toEqual([]);
  });
});

describe('listProposals', () => {
  it('shows everyone the proposals with names, supports and answers, no email, most supported first', () => {
    const wb = withProposals();
    wb.as(MARINA);
    supportProposal(wb.google, { proposalId: 'PRO-003' });
    wb.as(JEAN);
    supportProposal(wb.google, { proposalId: 'PRO-003' });
    supportProposal(wb.google, { proposalId: 'PRO-001' });
    const page = listProposals(wb.google, {});
    if (!page.ok) throw new Error(page.errors[0]?.message);
    expect(page.proposals.map((p) => [p.id, p.supports, p.supported])).toEqual([
      ['PRO-003', 2, true], ['PRO-001', 1, true], ['PRO-005', 0, false], ['PRO-004', 0, false], ['PRO-002', 0, false],
    ]);
    expect(page).toMatchObject({ total: 5, offset: 0, supportsPerMember: 3, supportsLeft: 1, canSupport: true });
    expect(page.proposals[0]).toMatchObject({ title: 'Rede de cooperativas', objectiveId: 'O3', author: 'lucia.almeida', hub: 'Recife', status: 'submitted', mine: false });
    expect(JSON.stringify(page)).not.toMatch(/@/);
  });

  it('filters by objective, sorts by date, and pages', () => {
    const wb = withProposals();
    wb.as(JEAN);
    const o4 = listProposals(wb.google, { objectiveId: 'O4' });
    expect(o4.ok && o4.proposals.map((p) => p.id)).toEqual(['PRO-005']);
    const byDate = listProposals(wb.google, { sort: 'date', offset: 3 });
    expect(byDate.ok && byDate.proposals.map((p) => p.id)).toEqual(['PRO-002', 'PRO-001']);
    expect(listProposals(wb.google, { sort: 'votes' }).ok).toBe(false);
  });

  it('counts no support of a member who became inactive', () => {
    const wb = withProposals();
    wb.as(JEAN);
    supportProposal(wb.google, { proposalId: 'PRO-001' });
    wb.ss.getSheetByName('Membres')?.getRange(4, 9).setValue('inactif');
    wb.as(MARINA);
    const page = listProposals(wb.google, {});
    expect(page.ok && page.proposals.find((p) => p.id === 'PRO-001')?.supports).toBe(0);
  });

  it('is open to someone not registered, who may not support', () => {
    const wb = withProposals();
    wb.as(CLAIRE);
    expect(listProposals(wb.google, {})).toMatchObject({ ok: true, total: 5, canSupport: false, supportsLeft: 0 });
  });
});

describe('answerProposal', () => {
  it('lets a coordinator prioritize with a rank and an answer, written as text with the date and a Log row', () => {
    const wb = withProposals();
    wb.as(LUCIA);
    const answer = '=Ótima ideia, vamos priorizar';
    expect(answerProposal(wb.google, { proposalId: 'PRO-005', status: 'prioritized', priorityRank: 1, answer })).toEqual({ ok: true, id: 'PRO-005' });
    const row = rowsOf(wb.ss, 'Propositions')[4] ?? [];
    expect([row[5], row[6], row[10]]).toEqual(['priorisée', 1, answer]);
    expect(Object.prototype.toString.call(row[11])).toBe('[object Date]');
    expect(rowsOf(wb.ss, 'Journal').at(-1)?.slice(2, 4)).toEqual(['proposal.answer', 'PRO-005']);
    wb.as(MARINA);
    const page = listProposals(wb.google, { objectiveId: 'O4' });
    expect(page.ok && page.proposals[0]).toMatchObject({ status: 'prioritized', priorityRank: 1, answer, mine: true });
  });

  it('keeps ranks unique among prioritized proposals, and needs a rank to prioritize', () => {
    const wb = withProposals();
    wb.as(LUCIA);
    expect(answerProposal(wb.google, { proposalId: 'PRO-001', status: 'prioritized', priorityRank: 1, answer: 'Sim' }).ok).toBe(true);
    expect(answerProposal(wb.google, { proposalId: 'PRO-002', status: 'prioritized', priorityRank: 1, answer: 'Sim' })).toEqual({
      ok: false, errors: [{ field: 'priorityRank', message: 'A ordem de prioridade 1 já foi atribuída a PRO-001.' }],
    });
    expect(answerProposal(wb.google, { proposalId: 'PRO-002', status: 'prioritized', answer: 'Sim' })).toEqual({
      ok: false, errors: [{ field: 'priorityRank', message: 'Este campo é obrigatório.' }],
    });
    expect(answerProposal(wb.google, { proposalId: 'PRO-001', status: 'prioritized', priorityRank: 1, answer: 'Mantida' }).ok).toBe(true);
    expect(answerProposal(wb.google, { proposalId: 'PRO-002', status: 'declined', priorityRank: 1, answer: 'Não agora' }).ok).toBe(true);
    expect(rowsOf(wb.ss, 'Propositions')[1]?.slice(5, 7)).toEqual(['refusée', '']);
  });

  it('is for coordinators only', () => {
    const wb = withProposals();
    wb.as(MARINA);
    expect(errorOf(answerProposal(wb.google, { proposalId: 'PRO-001', status: 'declined', answer: 'Não' }))).toBe('Somente a coordenação pode responder às propostas.');
    expect(rowsOf(wb.ss, 'Propositions')[0]?.[10]).toBe('');
  });
});
