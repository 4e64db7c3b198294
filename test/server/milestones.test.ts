import { describe, expect, it } from 'vitest';
import { saveMilestone } from '../../src/server/action-plan';
import { refreshProgress } from '../../src/server/progress';
import { setupWorkbook } from '../../src/server/setup';
import { validateAll } from '../../src/server/validation';
import { checked, forgetConsent } from './submit-fixture';
import { column, errorsOf, JEAN, LUCIA, logTail, MARINA, planWorkbook, rowsOf } from './plan-fixture';

const DONE_ON = '2026-01-15';

describe('saveMilestone (PRODUCT.md §4, issue 21)', () => {
  it('lets the author add milestones to a prioritized proposal, keeping Progress and Next milestone current', () => {
    const wb = planWorkbook();
    wb.as(MARINA);
    expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Local reservado', due: '2030-03-01', status: 'planned' })).toEqual({ ok: true, id: 'MIL-001' });
    expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Convites enviados', due: '2030-02-01', status: 'in progress', notes: '=1+1' })).toEqual({ ok: true, id: 'MIL-002' });
    expect(rowsOf(wb.ss, 'Jalons').map((r) => r.slice(0, 5))).toEqual([
      ['MIL-001', 'PRO-001', 'Local reservado', expect.any(Date), 'prévu'],
      ['MIL-002', 'PRO-001', 'Convites enviados', expect.any(Date), 'en cours'],
    ]);
    // Notes typed as a formula stay text.
    expect(rowsOf(wb.ss, 'Jalons')[1]?.[6]).toBe('=1+1');
    expect(column(wb, 'Propositions', 'Progression')).toEqual([0, '']);
    // The earliest not done, with its due date written the workbook's way.
    expect(column(wb, 'Propositions', 'Prochain jalon')).toEqual(['Convites enviados (1 févr. 2030)', '']);
    expect(logTail(wb, 2)).toEqual(['milestone.add | MIL-001 | PRO-001 planned', 'milestone.add | MIL-002 | PRO-001 in progress']);

    expect(saveMilestone(wb.google, { id: 'MIL-002', proposalId: 'PRO-001', milestone: 'Convites enviados', due: '2030-02-01', status: 'done', doneOn: DONE_ON })).toEqual({ ok: true, id: 'MIL-002' });
    expect(column(wb, 'Propositions', 'Progression')).toEqual([0.5, '']);
    expect(column(wb, 'Propositions', 'Prochain jalon')).toEqual(['Local reservado (1 mars 2030)', '']);
    expect(column(wb, 'Jalons', 'Statut')).toEqual(['prévu', 'terminé']);
    expect(column(wb, 'Jalons', 'Réalisé le')[1]).toBeInstanceOf(Date);
    expect(rowsOf(wb.ss, 'Jalons')).toHaveLength(2);
  });

  it('tells the author once by email, in their language, when a milestone becomes done', () => {
    const wb = planWorkbook();
    wb.as(LUCIA);
    expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Feira <b>aberta</b>', due: '2030-03-01', status: 'done', doneOn: DONE_ON }).ok).toBe(true);
    const sent = wb.emulator.mail.sentTo(MARINA.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.subject).toBe('Um marco da sua proposta “Feira solidária” foi concluído');
    expect(sent[0]?.body).toContain('O marco “Feira <b>aberta</b>” da sua proposta “Feira solidária” foi concluído em 15 de janeiro de 2026.');
    expect(sent[0]?.body).toContain('100');
    expect(sent[0]?.htmlBody).not.toContain('<b>aberta');
    expect(logTail(wb, 2)).toEqual(['milestone.add | MIL-001 | PRO-001 done', 'milestone.emailed | MIL-001 | MEM-002, pt-BR']);
    // Saved again, still done: no second email.
    expect(saveMilestone(wb.google, { id: 'MIL-001', proposalId: 'PRO-001', milestone: 'Feira aberta', due: '2030-03-01', status: 'done', doneOn: DONE_ON }).ok).toBe(true);
    expect(wb.emulator.mail.sentTo(MARINA.email)).toHaveLength(1);
  });

  it('sends nothing to an author who did not say yes to emails', () => {
    const wb = planWorkbook({ emails: false });
    expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Feira aberta', due: '2030-03-01', status: 'done', doneOn: DONE_ON }).ok).toBe(true);
    expect(wb.emulator.mail.outbox).toEqual([]);
  });

  it('sends nothing to an author who has not accepted the privacy notice in force, as every email', () => {
    const wb = planWorkbook();
    forgetConsent(wb.ss, MARINA.email);
    wb.as(LUCIA);
    expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Feira aberta', due: '2030-03-01', status: 'done', doneOn: DONE_ON }).ok).toBe(true);
    expect(wb.emulator.mail.outbox).toEqual([]);
    expect(logTail(wb)).toEqual(['milestone.add | MIL-001 | PRO-001 done']);
  });

  it('asks for the date of a done milestone, and refuses one in the future, writing nothing', () => {
    const wb = planWorkbook();
    wb.as(MARINA);
    expect(errorsOf(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Feira aberta', due: '2030-03-01', status: 'done' }))).toEqual(['doneOn: Este campo é obrigatório.']);
    expect(errorsOf(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Feira aberta', due: '2030-03-01', status: 'done', doneOn: '2099-01-01' }))).toEqual(['doneOn: Escolha hoje ou uma data passada.']);
    expect(errorsOf(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Fe', due: 'amanhã', status: 'finished' })).map((e) => e.split(':')[0])).toEqual(['milestone', 'due', 'status']);
    expect(rowsOf(wb.ss, 'Jalons')).toEqual([]);
  });

  it('is for a prioritized proposal, by its author or a coordinator', () => {
    const wb = planWorkbook();
    wb.as(MARINA);
    expect(errorsOf(saveMilestone(wb.google, { proposalId: 'PRO-002', milestone: 'Moeda lançada', due: '2030-03-01', status: 'planned' }))).toEqual([
      'proposalId: A proposta PRO-002 não está priorizada: só as propostas do plano de ação têm marcos.',
    ]);
    expect(errorsOf(saveMilestone(wb.google, { proposalId: 'PRO-009', milestone: 'Moeda lançada', due: '2030-03-01', status: 'planned' }))).toEqual(['proposalId: A proposta PRO-009 não existe.']);
    wb.as(JEAN);
    expect(errorsOf(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Stand tenu', due: '2030-03-01', status: 'planned' }))).toEqual([
      'form: Seules la coordination et la personne qui a fait la proposition peuvent modifier ses jalons.',
    ]);
    wb.as(LUCIA);
    expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Stand tenu', due: '2030-03-01', status: 'planned' })).toEqual({ ok: true, id: 'MIL-001' });
    expect(errorsOf(saveMilestone(wb.google, { id: 'MIL-007', proposalId: 'PRO-001', milestone: 'Stand tenu', due: '2030-03-01', status: 'planned' }))).toEqual(['id: A proposta PRO-001 não tem o marco MIL-007.']);
    expect(rowsOf(wb.ss, 'Jalons')).toHaveLength(1);
  });
});

describe('Milestones in the sheet (issue 21)', () => {
  it('Refresh progress recomputes Progress and Next milestone from rows typed by hand', () => {
    const wb = planWorkbook();
    expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Local reservado', due: '2030-03-01', status: 'planned' }).ok).toBe(true);
    const tab = wb.ss.getSheetByName('Jalons');
    tab?.getRange(3, 1, 1, 6).setValues([['MIL-002', 'PRO-001', 'Convites', new Date(Date.UTC(2030, 0, 10, 3)), 'terminé', new Date(Date.UTC(2026, 0, 12, 3))]]);
    tab?.getRange(2, 5).setValue('terminé');
    tab?.getRange(2, 6).setValue(new Date(Date.UTC(2026, 0, 13, 3)));
    expect(refreshProgress(wb.google).ok).toBe(true);
    expect(column(wb, 'Propositions', 'Progression')).toEqual([1, '']);
    expect(column(wb, 'Propositions', 'Prochain jalon')).toEqual(['', '']);
  });

  it('Check flags a done milestone without its date, and one of a proposal that is not prioritized', () => {
    const wb = planWorkbook();
    const tab = wb.ss.getSheetByName('Jalons');
    tab?.getRange(2, 1, 2, 5).setValues([
      ['MIL-001', 'PRO-001', 'Convites', new Date(Date.UTC(2030, 0, 10, 3)), 'terminé'],
      ['MIL-002', 'PRO-002', 'Moeda', new Date(Date.UTC(2030, 0, 10, 3)), 'prévu'],
    ]);
    const result = checked(validateAll(wb.google));
    expect(result.byTable.milestones).toBe(2);
    expect(result.problems.filter((p) => p.table === 'milestones').map((p) => `${p.row} ${p.column}`)).toEqual(['2 Réalisé le', '3 Proposition']);
  });

  it('setup adds the Milestones tab and the new columns to a workbook set up before them, moving no row', () => {
    const wb = planWorkbook();
    const proposals = wb.ss.getSheetByName('Propositions');
    const width = proposals?.getLastColumn() ?? 0;
    // As a workbook of the previous version: without the two last columns and the tab.
    proposals?.deleteColumns(width - 1, 2);
    const milestones = wb.ss.getSheetByName('Jalons');
    if (milestones) wb.ss.deleteSheet(milestones);
    const before = rowsOf(wb.ss, 'Propositions');
    expect(setupWorkbook(wb.google).ok).toBe(true);
    expect(wb.ss.getSheetByName('Jalons')?.getRange(1, 1, 1, 7).getValues()[0]).toEqual(['ID', 'Proposition', 'Jalon', 'Échéance', 'Statut', 'Réalisé le', 'Notes']);
    expect(rowsOf(wb.ss, 'Propositions').map((r) => r.slice(0, width - 2))).toEqual(before);
    expect(wb.ss.getSheetByName('Propositions')?.getRange(1, width - 1, 1, 2).getValues()[0]).toEqual(['Progression', 'Prochain jalon']);
    const names = wb.ss.getSheets().map((s) => s.getName());
    expect(names.slice(-2)).toEqual(['Jalons', 'Traductions']);
  });
});
