import { describe, expect, it } from 'vitest';
import { saveMilestone } from '../../src/server/action-plan';
import { refreshProgress } from '../../src/server/progress';
import { deliverSome, LUCIA, MARINA, planWorkbook, setEurToBrl } from './plan-fixture';

/** The Dashboard's rows as text, cells joined by " | ", blank cells dropped at the end. */
function dashboard(wb: ReturnType<typeof planWorkbook>): string[] {
  const values = wb.ss.getSheetByName('Tableau de bord')?.getDataRange().getDisplayValues() ?? [];
  return values.map((row) => row.join(' | ').replace(/( \| )+$/, ''));
}

const after = (rows: string[], title: string, n: number) => rows.slice(rows.indexOf(title), rows.indexOf(title) + n);

describe('the Dashboard’s action plan (issue 21)', () => {
  it('shows each prioritized proposal with its rank, a progress bar, its next milestone, and pledged against delivered', () => {
    const wb = planWorkbook();
    wb.as(MARINA);
    expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Local reservado', due: '2020-03-01', status: 'done', doneOn: '2020-03-01' }).ok).toBe(true);
    expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Convites enviados', due: '2021-02-01', status: 'in progress' }).ok).toBe(true);
    expect(saveMilestone(wb.google, { proposalId: 'PRO-001', milestone: 'Feira', due: '2030-02-01', status: 'planned' }).ok).toBe(true);
    deliverSome(wb);
    wb.as(LUCIA);
    setEurToBrl(wb, 5);
    expect(refreshProgress(wb.google).ok).toBe(true);
    const rows = dashboard(wb);
    expect(after(rows, 'Plan d’action\u00a0: propositions priorisées', 3)).toEqual([
      'Plan d’action\u00a0: propositions priorisées',
      'Rang | Propositions | Progression | Prochain jalon',
      '1 | PRO-001 Feira solidária | ▰▰▰▱▱▱▱▱▱▱ 33\u00a0% | Convites enviados (1 févr. 2021)',
    ]);
    const pledged = after(rows, 'Promis → fourni', 6);
    expect(pledged[1]).toBe('Propositions | Devise ou unité | Promis | Fourni');
    expect(pledged[2]).toMatch(/^Taux EUR → BRL utilisé .* \| 5/);
    expect(pledged.slice(3).map((r) => r.replace(/[\u00a0\u202f]/g, ' '))).toEqual([
      'PRO-001 | BRL | 1 500,00 R$ | 500,00 R$',
      'PRO-001 | ≈ EUR | 300,00 € | 100,00 €',
      'PRO-001 | jours | 10 | 2,5',
    ]);
    // The milestone past due and not done; the done one is not late.
    expect(after(rows, 'Jalons en retard', 3)).toEqual(['Jalons en retard', 'Propositions | Jalon | Échéance | Statut', 'PRO-001 | Convites enviados | 01/02/2021 | en cours']);
  });

  it('says so when nothing is prioritized or late', () => {
    const wb = planWorkbook();
    expect(refreshProgress(wb.google).ok).toBe(true);
    expect(dashboard(wb)).toContain('Aucun jalon en retard.');
  });
});
