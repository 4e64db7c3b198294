import { describe, expect, it } from 'vitest';
import { submitMember, submitProposal } from '../../src/server/submissions';
import { refreshProgress } from '../../src/server/progress';
import { listProposals, supportProposal } from '../../src/server/supports';
import { onEdit, validateAll } from '../../src/server/validation';
import { setupWorkbook } from '../../src/server/setup';
import { JEAN, LUCIA, MARINA, checked, groupWorkbook, rowsOf } from './submit-fixture';

/** Lúcia (MEM-001, coordinator) wrote PRO-001 and PRO-002, Marina (MEM-002) PRO-003; Jean is MEM-003. */
function workbook() {
  const wb = groupWorkbook();
  wb.as(JEAN);
  submitMember(wb.google, { name: 'Jean Moreau', city: 'Nantes', country: 'FR', hub: 'Nantes', consent: true });
  wb.as(LUCIA);
  submitProposal(wb.google, { title: 'Feira solidária', objectiveId: 'O3' });
  submitProposal(wb.google, { title: 'Moeda social', objectiveId: 'O3' });
  wb.as(MARINA);
  submitProposal(wb.google, { title: 'Banco comunitário', objectiveId: 'O3' });
  return wb;
}

/** Rows typed into the Supports tab by hand, below what is there. */
function typeSupports(wb: ReturnType<typeof workbook>, rows: string[][]) {
  const sheet = wb.ss.getSheetByName('Soutiens');
  if (!sheet) throw new Error('no Soutiens tab');
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, 2).setValues(rows);
}

const supportsColumn = (wb: ReturnType<typeof workbook>) => rowsOf(wb.ss, 'Propositions').map((r) => r[9]);

describe('Check on the Supports tab', () => {
  it('marks unknown proposals and members, one’s own proposal, duplicates, and supports over the limit; an inactive member’s support is left uncounted, not marked', () => {
    const wb = workbook();
    wb.ss.getSheetByName('Membres')?.getRange(4, 9).setValue('inactif'); // Jean
    typeSupports(wb, [
      ['PRO-001', 'MEM-002'], // counts
      ['PRO-404', 'MEM-002'],
      ['PRO-002', 'MEM-404'],
      ['PRO-003', 'MEM-002'], // Marina's own
      ['PRO-001', 'MEM-002'], // again
      ['PRO-001', 'MEM-003'], // Jean is inactive
    ]);
    wb.as(LUCIA);
    const result = checked(validateAll(wb.google));
    const supports = result.problems.filter((p) => p.table === 'supports').map((p) => [p.row, p.column, p.message]);
    expect(supports).toEqual([
      [3, 'Proposition', 'A proposta PRO-404 não existe.'],
      [4, 'Membre', 'O membro MEM-404 não existe.'],
      [5, 'Membre', 'Ninguém pode apoiar a própria proposta: este apoio não conta.'],
      [6, 'Proposition', 'Este membro já apoia esta proposta na linha 2: esta linha não conta.'],
    ]);
    expect(wb.ss.getSheetByName('Soutiens')?.getRange('B7').getNote()).toBe('');
    expect(wb.ss.getSheetByName('Soutiens')?.getRange('B5').getNote()).toBe('⚠ Mutirão: On ne peut pas soutenir sa propre proposition\u00a0: ce soutien ne compte pas.');
    // Check also recounts what people typed: only row 2 counts.
    expect(supportsColumn(wb)).toEqual([1, 0, 0]);
  });

  it('counts a member’s first supports up to the limit and marks the rest', () => {
    const wb = workbook();
    const settings = wb.ss.getSheetByName('Paramètres');
    const row = (settings?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === 'Soutiens par membre');
    settings?.getRange(row + 1, 2).setValue(1);
    typeSupports(wb, [['PRO-001', 'MEM-002'], ['PRO-002', 'MEM-002']]);
    wb.as(LUCIA);
    const result = checked(validateAll(wb.google));
    expect(result.problems.filter((p) => p.table === 'supports').map((p) => [p.row, p.message])).toEqual([[3, 'Acima do limite de 1 apoio por membro: este não conta.']]);
    expect(result.byTable.supports).toBe(1);
    expect(supportsColumn(wb)).toEqual([1, 0, 0]);
  });
});

describe('refreshProgress and supports', () => {
  it('recounts Proposals › Supports: a member who became inactive stops counting', () => {
    const wb = workbook();
    wb.as(JEAN);
    supportProposal(wb.google, { proposalId: 'PRO-001' });
    wb.as(MARINA);
    supportProposal(wb.google, { proposalId: 'PRO-001' });
    expect(supportsColumn(wb)).toEqual([2, 0, 0]);
    wb.ss.getSheetByName('Membres')?.getRange(4, 9).setValue('inactif');
    wb.as(LUCIA);
    expect(refreshProgress(wb.google).ok).toBe(true);
    expect(supportsColumn(wb)).toEqual([1, 0, 0]);
  });

  it('shows the five most supported proposals of each priority objective beside the prioritized ones on the Dashboard', () => {
    const wb = workbook();
    wb.as(JEAN);
    supportProposal(wb.google, { proposalId: 'PRO-002' });
    supportProposal(wb.google, { proposalId: 'PRO-003' });
    wb.as(MARINA);
    supportProposal(wb.google, { proposalId: 'PRO-002' });
    const proposals = wb.ss.getSheetByName('Propositions');
    proposals?.getRange('F2:G2').setValues([['priorisée', 1]]);
    wb.as(LUCIA);
    expect(refreshProgress(wb.google).ok).toBe(true);
    const rows = wb.ss.getSheetByName('Tableau de bord')?.getDataRange().getDisplayValues() ?? [];
    const start = rows.findIndex((r) => r[0] === 'Propositions les plus soutenues des objectifs prioritaires');
    expect(start).toBeGreaterThan(0);
    const o3 = rows.findIndex((r, i) => i > start && r[0]?.startsWith('O3 — '));
    expect(rows.slice(o3 + 1, o3 + 4)).toEqual([
      ['Les plus soutenues', 'Soutiens', 'Rang', 'Priorisées'],
      ['PRO-002 Moeda social', '2', '1', 'PRO-001 Feira solidária'],
      ['PRO-003 Banco comunitário', '1', '', ''],
    ]);
    const o4 = rows.findIndex((r, i) => i > start && r[0]?.startsWith('O4 — '));
    expect(rows[o4 + 1]?.[0]).toBe('Aucun soutien pour l’instant.');
  });
});

describe('setupWorkbook and supports', () => {
  it('adds the Supports tab and the Proposals columns to a workbook made before them, moving no row', () => {
    const wb = workbook();
    const proposals = wb.ss.getSheetByName('Propositions');
    if (!proposals) throw new Error('no Propositions tab');
    // The workbook as the previous version left it: no Supports tab, Proposals ending at Submitted.
    wb.ss.deleteSheet(wb.ss.getSheetByName('Soutiens') as GoogleAppsScript.Spreadsheet.Sheet);
    proposals.deleteColumns(10, 5);
    const before = proposals.getDataRange().getValues();
    wb.as(LUCIA);
    expect(setupWorkbook(wb.google).ok).toBe(true);
    const after = proposals.getDataRange().getValues();
    expect(after[0]?.slice(9)).toEqual(['Soutiens', 'Réponse', 'Répondu le', 'Progression', 'Prochain jalon']);
    expect(after.map((r) => r.slice(0, 9))).toEqual(before);
    expect(wb.ss.getSheets().map((s) => s.getName()).slice(-5)).toEqual(['Soutiens', 'Sondages', 'Réponses aux sondages', 'Jalons', 'Traductions']);
    expect(wb.ss.getSheetByName('Soutiens')?.getRange('A1:C1').getValues()[0]).toEqual(['Proposition', 'Membre', 'Date']);
    wb.as(JEAN);
    expect(supportProposal(wb.google, { proposalId: 'PRO-003' })).toEqual({ ok: true, supports: 1, left: 2 });
    expect(supportsColumn(wb)).toEqual([0, 0, 1]);
  });
});

describe('a workbook not yet set up again for supports', () => {
  it('lists its proposals with no supports, and asks for setup before one is given', () => {
    const wb = workbook();
    wb.ss.deleteSheet(wb.ss.getSheetByName('Soutiens') as GoogleAppsScript.Spreadsheet.Sheet);
    wb.as(JEAN);
    expect(listProposals(wb.google, {})).toMatchObject({ ok: true, total: 3, supportsLeft: 3 });
    const refused = supportProposal(wb.google, { proposalId: 'PRO-003' });
    expect(refused.ok ? '' : refused.errors[0]?.message).toMatch(/^Le classeur n/);
  });
});

describe('erased members', () => {
  it('count nowhere: their supports are left out of Proposals › Supports, and Check does not call them problems', () => {
    const wb = workbook();
    wb.as(JEAN);
    supportProposal(wb.google, { proposalId: 'PRO-003' });
    wb.ss.getSheetByName('Membres')?.getRange(4, 9).setValue('effacé');
    wb.as(LUCIA);
    const result = checked(validateAll(wb.google));
    expect(result.problems.filter((p) => p.table === 'supports')).toEqual([]);
    expect(supportsColumn(wb)).toEqual([0, 0, 0]);
  });
});

describe('onEdit in the Supports tab', () => {
  it('marks a support of one’s own proposal as it is typed, with the simple trigger’s rights', () => {
    const wb = workbook();
    typeSupports(wb, [['PRO-003', 'MEM-002']]);
    const cell = wb.ss.getSheetByName('Soutiens')?.getRange('A2:B2');
    if (!cell) throw new Error('no cell');
    wb.emulator.run({ kind: 'simple-trigger', authMode: 'LIMITED' }, () => onEdit(wb.google, { range: cell } as unknown as GoogleAppsScript.Events.SheetsOnEdit));
    expect(wb.ss.getSheetByName('Soutiens')?.getRange('B2').getNote()).toBe('⚠ Mutirão: On ne peut pas soutenir sa propre proposition\u00a0: ce soutien ne compte pas.');
  });
});
