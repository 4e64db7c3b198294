import { describe, expect, it } from 'vitest';
import { recordDelivery } from '../../src/server/action-plan';
import { refreshProgress } from '../../src/server/progress';
import { validateAll } from '../../src/server/validation';
import { checked } from './submit-fixture';
import { column, errorsOf, JEAN, LUCIA, logTail, MARINA, planWorkbook, rowsOf, setEurToBrl } from './plan-fixture';

describe('recordDelivery (PRODUCT.md §4, issue 21)', () => {
  it('adds partial deliveries up in the pledge’s currency, read as the caller writes money, one Log row each', () => {
    const wb = planWorkbook();
    wb.as(MARINA);
    expect(recordDelivery(wb.google, { resourceId: 'RES-002', delivered: '500', deliveredOn: '2026-02-10' })).toEqual({ ok: true, delivered: 500, pledged: 1500 });
    expect(recordDelivery(wb.google, { resourceId: 'RES-002', delivered: '1.000,00', deliveredOn: '2026-01-20' })).toEqual({ ok: true, delivered: 1500, pledged: 1500 });
    expect(column(wb, 'Ressources', 'Fourni')).toEqual(['', 1500, '']);
    // The latest date stays, whatever the order deliveries are recorded in.
    const on = column(wb, 'Ressources', 'Fourni le')[1] as Date;
    expect(on.toISOString().slice(0, 10)).toBe('2026-02-10');
    expect(logTail(wb, 2)).toEqual(['resource.deliver | RES-002 | +500 BRL 2026-02-10 (500)', 'resource.deliver | RES-002 | +1000 BRL 2026-01-20 (1500)']);
  });

  it('never goes beyond what was pledged, and says what is left, writing nothing', () => {
    const wb = planWorkbook();
    wb.as(MARINA);
    expect(recordDelivery(wb.google, { resourceId: 'RES-003', delivered: 4, deliveredOn: '2026-02-10' })).toEqual({ ok: true, delivered: 4, pledged: 10 });
    expect(errorsOf(recordDelivery(wb.google, { resourceId: 'RES-003', delivered: '6,5', deliveredOn: '2026-02-11' }))).toEqual(['delivered: Isso é mais do que a contribuição prometida: faltam 6 jours a entregar.']);
    expect(errorsOf(recordDelivery(wb.google, { resourceId: 'RES-002', delivered: '1.600', deliveredOn: '2026-02-11' }))).toEqual(['delivered: Isso é mais do que a contribuição prometida: faltam R$\u00a01.500,00 a entregar.']);
    expect(errorsOf(recordDelivery(wb.google, { resourceId: 'RES-002', delivered: '0', deliveredOn: '2099-02-11' })).map((e) => e.split(':')[0])).toEqual(['deliveredOn', 'delivered']);
    expect(column(wb, 'Ressources', 'Fourni')).toEqual(['', '', 4]);
    expect(logTail(wb)).toEqual(['resource.deliver | RES-003 | +4 jours 2026-02-10 (4)']);
  });

  it('takes Delivered as a number or as text, and refuses anything else as not valid', () => {
    const wb = planWorkbook();
    wb.as(MARINA);
    for (const delivered of [true, [500], { amount: 500 }]) {
      expect(errorsOf(recordDelivery(wb.google, { resourceId: 'RES-003', delivered, deliveredOn: '2026-02-10' }))).toEqual(['delivered: Este valor não é válido.']);
    }
    expect(column(wb, 'Ressources', 'Fourni')).toEqual(['', '', '']);
  });

  it('is for the pledger or a coordinator', () => {
    const wb = planWorkbook();
    wb.as(JEAN);
    expect(errorsOf(recordDelivery(wb.google, { resourceId: 'RES-002', delivered: '100', deliveredOn: '2026-02-10' }))).toEqual([
      'form: Seules la personne qui a fait cette contribution et la coordination peuvent enregistrer ce qui a été fourni.',
    ]);
    expect(errorsOf(recordDelivery(wb.google, { resourceId: 'RES-099', delivered: '100', deliveredOn: '2026-02-10' }))).toEqual(['resourceId: Il n’y a pas de contribution RES-099.']);
    wb.as(LUCIA);
    expect(recordDelivery(wb.google, { resourceId: 'RES-001', delivered: 200, deliveredOn: '2026-02-10' }).ok).toBe(true);
    expect(column(wb, 'Ressources', 'Fourni')).toEqual([200, '', '']);
  });

  it('Check flags a Delivered beyond the pledge, a negative one, and one without its date', () => {
    const wb = planWorkbook();
    const tab = wb.ss.getSheetByName('Ressources');
    const at = (tab?.getRange(1, 1, 1, tab.getLastColumn()).getValues()[0] ?? []).indexOf('Fourni') + 1;
    tab?.getRange(2, at, 3, 2).setValues([[900, new Date(Date.UTC(2026, 1, 1, 3))], [-5, new Date(Date.UTC(2026, 1, 1, 3))], [3, '']]);
    const problems = checked(validateAll(wb.google)).problems.filter((p) => p.table === 'resources').map((p) => `${p.row} ${p.column}: ${p.message}`);
    expect(problems).toEqual([
      '2 Fourni: Mais do que a contribuição prometida (800).',
      '3 Fourni: Informe zero ou um número positivo.',
      '4 Fourni le: Este campo é obrigatório.',
    ]);
  });
});

describe('The metrics actions_progress and resources_delivered (PRODUCT.md §3)', () => {
  it('are one registry entry each: a coordinator picks them in the Metric column and Refresh progress computes them', () => {
    const wb = planWorkbook();
    wb.as(MARINA);
    expect(recordDelivery(wb.google, { resourceId: 'RES-002', delivered: '750', deliveredOn: '2026-02-10' }).ok).toBe(true);
    wb.as(LUCIA);
    const objectives = wb.ss.getSheetByName('Objectifs');
    // Rate 5: RES-001 800 € pledged, none delivered; RES-002 R$ 1.500 = 300 € pledged, 150 € delivered.
    setEurToBrl(wb, 5);
    objectives?.getRange(7, 1, 2, 7).setValues([
      ['O6', 'Faire avancer le plan d’action', 'avancement_des_actions', '', '', 'non commencé', 'oui'],
      ['O7', 'Honorer les contributions', 'ressources_fournies', '', '', 'non commencé', 'oui'],
    ]);
    wb.ss.getSheetByName('Jalons')?.getRange(2, 1, 4, 6).setValues([
      ['MIL-001', 'PRO-001', 'Local', new Date(Date.UTC(2030, 0, 10, 3)), 'terminé', new Date(Date.UTC(2026, 0, 12, 3))],
      ['MIL-002', 'PRO-001', 'Convites', new Date(Date.UTC(2030, 0, 11, 3)), 'prévu', ''],
      ['MIL-003', 'PRO-001', 'Stand', new Date(Date.UTC(2030, 0, 12, 3)), 'prévu', ''],
      ['MIL-004', 'PRO-001', 'Balanço', new Date(Date.UTC(2030, 0, 13, 3)), 'en cours', ''],
    ]);
    const refreshed = refreshProgress(wb.google);
    if (!refreshed.ok) throw new Error(refreshed.errors[0]?.message);
    const byId = new Map(refreshed.objectives.map((o) => [o.id, o.progress]));
    expect(byId.get('O6')).toBeCloseTo(0.25);
    expect(byId.get('O7')).toBeCloseTo(150 / 1100);
    expect(checked(validateAll(wb.google)).byTable.objectives).toBe(0);
    expect(rowsOf(wb.ss, 'Objectifs')[6]?.[5]).toBe('en cours');
  });
});
