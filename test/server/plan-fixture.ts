import { expect } from 'vitest';
import { recordDelivery } from '../../src/server/action-plan';
import { setEmailPreference } from '../../src/server/privacy';
import { submitMember, submitProposal, submitResource } from '../../src/server/submissions';
import { answerProposal } from '../../src/server/supports';
import { JEAN, LUCIA, MARINA, groupWorkbook, rowsOf } from './submit-fixture';

/**
 * A French workbook with an action plan to follow: Marina (member, Recife, said yes to
 * emails) wrote PRO-001, prioritized at rank 1 by Lúcia (coordinator), and PRO-002, still
 * submitted; she pledged RES-002 (R$ 1.500,00 for PRO-001) and RES-003 (10 jours of staff
 * time). Jean (member, Nantes, Ecossol Nantes) pledged RES-001 (800 €).
 */
export function planWorkbook(options: { emails?: boolean } = {}) {
  const wb = groupWorkbook();
  wb.as(JEAN);
  expect(submitMember(wb.google, { name: 'Jean Moreau', organization: 'Ecossol Nantes', city: 'Nantes', country: 'FR', hub: 'Nantes', consent: true }).ok).toBe(true);
  expect(submitResource(wb.google, { kind: 'financial', category: 'funding', amount: '800', currency: 'EUR', availability: 'available' }).ok).toBe(true);
  wb.as(MARINA);
  expect(setEmailPreference(wb.google, { emails: options.emails ?? true }).ok).toBe(true);
  expect(submitProposal(wb.google, { title: 'Feira solidária', objectiveId: 'O3' })).toEqual({ ok: true, id: 'PRO-001' });
  expect(submitProposal(wb.google, { title: 'Moeda social', objectiveId: 'O3' })).toEqual({ ok: true, id: 'PRO-002' });
  expect(submitResource(wb.google, { kind: 'financial', category: 'funding', amount: '1.500,00', currency: 'BRL', availability: 'available', proposalId: 'PRO-001' })).toEqual({ ok: true, id: 'RES-002' });
  expect(submitResource(wb.google, { kind: 'in-kind', category: 'staff time', description: 'Formação', quantity: 10, unit: 'jours', availability: 'available', proposalId: 'PRO-001' })).toEqual({ ok: true, id: 'RES-003' });
  wb.as(LUCIA);
  expect(answerProposal(wb.google, { proposalId: 'PRO-001', status: 'prioritized', priorityRank: 1, answer: 'Oui' }).ok).toBe(true);
  wb.emulator.mail.outbox.length = 0;
  wb.emulator.meter.reset();
  return wb;
}

export type PlanWorkbook = ReturnType<typeof planWorkbook>;

/** Marina delivers R$ 500 of RES-002 and 2,5 of RES-003's 10 jours. */
export function deliverSome(wb: PlanWorkbook): void {
  wb.as(MARINA);
  expect(recordDelivery(wb.google, { resourceId: 'RES-002', delivered: '500', deliveredOn: '2026-02-10' }).ok).toBe(true);
  expect(recordDelivery(wb.google, { resourceId: 'RES-003', delivered: '2,5', deliveredOn: '2026-02-10' }).ok).toBe(true);
}

/** Types the Settings tab's EUR → BRL rate, as a coordinator would. */
export function setEurToBrl(wb: PlanWorkbook, rate: number): void {
  const settings = wb.ss.getSheetByName('Paramètres');
  const row = (settings?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === 'Taux EUR → BRL') + 1;
  settings?.getRange(row, 2).setValue(rate);
}

/** A tab's column by its header (the French workbook's). */
export function column(wb: PlanWorkbook, tab: string, header: string): unknown[] {
  const values = wb.ss.getSheetByName(tab)?.getDataRange().getValues() ?? [];
  const at = (values[0] ?? []).indexOf(header);
  if (at < 0) throw new Error(`no column ${header} in ${tab}`);
  return values.slice(1).map((row) => row[at]);
}

export const logTail = (wb: PlanWorkbook, n = 1) => rowsOf(wb.ss, 'Journal').slice(-n).map((r) => r.slice(2, 5).join(' | '));

export const errorsOf = (result: { ok: boolean; errors?: readonly { field: string; message: string }[] }) =>
  result.ok ? [] : (result.errors ?? []).map((e) => `${e.field}: ${e.message}`);

export { JEAN, LUCIA, MARINA, rowsOf };
