import { describe, expect, it } from 'vitest';
import { withdrawProposal, updateProposal, updateResource, withdrawResource } from '../../src/server/own';
import { getSidebarState } from '../../src/server/sidebar';
import { submitMember, submitProposal, submitResource } from '../../src/server/submissions';
import { answerProposal, listProposals, supportProposal } from '../../src/server/supports';
import { validateAll } from '../../src/server/validation';
import { checked, groupWorkbook, JEAN, LUCIA, MARINA, rowsOf } from './submit-fixture';

type Wb = ReturnType<typeof groupWorkbook>;
const errorOf = (result: { ok: boolean; errors?: { message: string }[] }) => (result.ok ? '' : result.errors?.[0]?.message);
const lastLog = (wb: Wb) => rowsOf(wb.ss, 'Journal').at(-1)?.slice(1, 5);
const proposal = (wb: Wb, id: string) => rowsOf(wb.ss, 'Propositions').find((r) => r[0] === id) ?? [];
const pledge = (wb: Wb, id: string) => rowsOf(wb.ss, 'Ressources').find((r) => r[0] === id) ?? [];

/** Marina (Recife) wrote PRO-001 and pledged RES-001 (R$ 1.500) and RES-002 (a venue); Jean (Nantes) is a member too. */
function withSubmissions(): Wb {
  const wb = groupWorkbook();
  wb.as(JEAN);
  expect(submitMember(wb.google, { name: 'Jean Moreau', city: 'Nantes', country: 'FR', hub: 'Nantes', consent: true }).ok).toBe(true);
  wb.as(MARINA);
  expect(submitProposal(wb.google, { title: 'Feira solidária', description: 'Uma feira por mês', objectiveId: 'O3' })).toEqual({ ok: true, id: 'PRO-001' });
  expect(submitResource(wb.google, { kind: 'financial', category: 'funding', amount: '1.500', currency: 'BRL', availability: 'available' })).toEqual({ ok: true, id: 'RES-001' });
  expect(submitResource(wb.google, { kind: 'in-kind', category: 'venue', description: 'Sala da cooperativa', availability: 'available' })).toEqual({ ok: true, id: 'RES-002' });
  return wb;
}

const proposalEdit = { proposalId: 'PRO-001', title: 'Feira solidária mensal', description: 'Uma feira por mês', objectiveId: 'O3', resourcesNeeded: '' };

describe('updateProposal', () => {
  it('rewrites only the cells that changed, as text, under the lock, and logs what changed', () => {
    const wb = withSubmissions();
    const unlocked = wb.emulator.writesWithoutDocumentLock;
    expect(updateProposal(wb.google, { ...proposalEdit, description: '=1+1' })).toEqual({ ok: true, id: 'PRO-001' });
    const row = proposal(wb, 'PRO-001');
    expect(row.slice(1, 6)).toEqual(['Feira solidária mensal', '=1+1', 'O3', 'MEM-002', 'soumise']);
    expect(wb.ss.getSheetByName('Propositions')?.getRange(2, 3).getFormula()).toBe('');
    expect(lastLog(wb)).toEqual([MARINA.email, 'proposal.edit', 'PRO-001', 'title: Feira solidária → Feira solidária mensal; description: Uma feira por mês → =1+1']);
    expect(wb.emulator.writesWithoutDocumentLock).toBe(unlocked);
  });

  it('writes nothing and logs nothing when nothing changed', () => {
    const wb = withSubmissions();
    const logs = rowsOf(wb.ss, 'Journal').length;
    expect(updateProposal(wb.google, { ...proposalEdit, title: 'Feira solidária' }).ok).toBe(true);
    expect(rowsOf(wb.ss, 'Journal')).toHaveLength(logs);
  });

  it('checks the edit as a new proposal, every problem at once, and writes nothing', () => {
    const wb = withSubmissions();
    const result = updateProposal(wb.google, { proposalId: 'PRO-001', title: 'ab', objectiveId: 'O9' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.field).sort()).toEqual(['objectiveId', 'title']);
    expect(proposal(wb, 'PRO-001')[1]).toBe('Feira solidária');
  });

  it('is for the author only, and only until a coordinator answers', () => {
    const wb = withSubmissions();
    wb.as(JEAN);
    expect(errorOf(updateProposal(wb.google, proposalEdit))).toBe('PRO-001 ne vous appartient pas\u00a0: seule la personne qui l’a envoyée peut la modifier ou la retirer.');
    expect(errorOf(updateProposal(wb.google, { ...proposalEdit, proposalId: 'PRO-009' }))).toBe('La proposition PRO-009 n’existe pas.');
    wb.as(LUCIA);
    expect(answerProposal(wb.google, { proposalId: 'PRO-001', status: 'under review', answer: 'Vamos analisar.' }).ok).toBe(true);
    wb.as(MARINA);
    expect(errorOf(updateProposal(wb.google, proposalEdit))).toBe('A coordenação já respondeu a PRO-001: não é mais possível editar nem retirar.');
    expect(errorOf(withdrawProposal(wb.google, { proposalId: 'PRO-001' }))).toBe('A coordenação já respondeu a PRO-001: não é mais possível editar nem retirar.');
    expect(proposal(wb, 'PRO-001')[1]).toBe('Feira solidária');
  });
});

describe('withdrawProposal', () => {
  it('keeps the proposal listed as withdrawn and gives its supports back at once', () => {
    const wb = withSubmissions();
    wb.as(JEAN);
    expect(supportProposal(wb.google, { proposalId: 'PRO-001' })).toEqual({ ok: true, supports: 1, left: 2 });
    wb.as(MARINA);
    expect(withdrawProposal(wb.google, { proposalId: 'PRO-001' })).toEqual({ ok: true, id: 'PRO-001' });
    const row = proposal(wb, 'PRO-001');
    expect([row[5], row[9]]).toEqual(['retirée', 0]);
    expect(lastLog(wb)).toEqual([MARINA.email, 'proposal.withdraw', 'PRO-001', 'Feira solidária (supports: 1)']);
    wb.as(JEAN);
    const page = listProposals(wb.google, {});
    if (!page.ok) throw new Error('listProposals refused');
    expect(page.proposals.map((p) => [p.id, p.status, p.supports, p.supported])).toEqual([['PRO-001', 'withdrawn', 0, false]]);
    expect(page.supportsLeft).toBe(3);
    expect(errorOf(supportProposal(wb.google, { proposalId: 'PRO-001' }))).toBe('La proposition PRO-001 a été retirée\u00a0: on ne peut plus la soutenir.');
    wb.as(LUCIA);
    expect(errorOf(answerProposal(wb.google, { proposalId: 'PRO-001', status: 'declined', answer: 'Não.' }))).toBe('A proposta PRO-001 foi retirada por quem a enviou: não é mais possível respondê-la.');
  });

  it('cannot be done twice, nor edited afterwards', () => {
    const wb = withSubmissions();
    expect(withdrawProposal(wb.google, { proposalId: 'PRO-001' }).ok).toBe(true);
    expect(errorOf(withdrawProposal(wb.google, { proposalId: 'PRO-001' }))).toBe('PRO-001 foi retirada: não é mais possível alterá-la.');
    expect(errorOf(updateProposal(wb.google, proposalEdit))).toBe('PRO-001 foi retirada: não é mais possível alterá-la.');
  });

  it('leaves a sheet that Check accepts: withdrawn is a status, its supports no mistake', () => {
    const wb = withSubmissions();
    wb.as(JEAN);
    expect(supportProposal(wb.google, { proposalId: 'PRO-001' }).ok).toBe(true);
    wb.as(MARINA);
    expect(withdrawProposal(wb.google, { proposalId: 'PRO-001' }).ok).toBe(true);
    wb.as(LUCIA);
    expect(checked(validateAll(wb.google)).problems).toEqual([]);
  });
});

describe('updateResource and withdrawResource', () => {
  it('edits a pledge as a new one would be written, and logs the change', () => {
    const wb = withSubmissions();
    expect(updateResource(wb.google, { resourceId: 'RES-001', kind: 'financial', category: 'funding', amount: '2.000', currency: 'BRL', availability: 'available' })).toEqual({ ok: true, id: 'RES-001' });
    expect(pledge(wb, 'RES-001')[5]).toBe(2000);
    expect(lastLog(wb)).toEqual([MARINA.email, 'resource.edit', 'RES-001', 'amount: 1500 → 2000']);
  });

  it('refuses "withdrawn" typed into the form, an ambiguous amount and someone else’s pledge', () => {
    const wb = withSubmissions();
    const result = updateResource(wb.google, { resourceId: 'RES-001', kind: 'financial', category: 'funding', amount: '1.500', currency: 'BRL', availability: 'withdrawn' });
    expect(result.ok ? [] : result.errors).toEqual([{ field: 'availability', message: 'Para desistir de uma contribuição, use “Retirar” em Meus envios.' }]);
    wb.as(JEAN);
    expect(errorOf(withdrawResource(wb.google, { resourceId: 'RES-001' }))).toMatch(/^RES-001 ne vous appartient pas/);
    expect(errorOf(withdrawResource(wb.google, { resourceId: 'RES-042' }))).toBe('La contribution RES-042 n’existe pas.');
    expect(pledge(wb, 'RES-001')[9]).toBe('disponible');
  });

  it('takes a withdrawn pledge out of every total: progress, the late list and My submissions still show it', () => {
    const wb = withSubmissions();
    const before = getSidebarState(wb.google);
    if (!before.ok) throw new Error('state refused');
    const o4 = (s: typeof before) => s.objectives.find((o) => o.id === 'O4')?.progress;
    expect(o4(before)).toBeGreaterThan(0);
    expect(withdrawResource(wb.google, { resourceId: 'RES-001' }).ok).toBe(true);
    expect(withdrawResource(wb.google, { resourceId: 'RES-002' }).ok).toBe(true);
    expect(pledge(wb, 'RES-001')[9]).toBe('retirée');
    expect(lastLog(wb)).toEqual([MARINA.email, 'resource.withdraw', 'RES-002', 'Sala da cooperativa']);
    const after = getSidebarState(wb.google);
    if (!after.ok) throw new Error('state refused');
    expect(o4(after)).toBe(0);
    expect(after.mine.resources.map((r) => [r.id, r.availability, r.editable])).toEqual([['RES-001', 'withdrawn', false], ['RES-002', 'withdrawn', false]]);
    wb.as(LUCIA);
    const coordinator = getSidebarState(wb.google);
    if (!coordinator.ok) throw new Error('state refused');
    expect(coordinator.late?.flatMap((g) => g.members).find((m) => m.id === 'MEM-002')?.missing).toEqual(['pledge']);
    expect(errorOf(withdrawResource(wb.google, { resourceId: 'RES-001' }))).toMatch(/^Só quem enviou RES-001/);
  });
});
