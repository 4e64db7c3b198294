import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDelivery, isOverdue, nextMilestoneText, plansByProposal } from '../../src/domain/action-plan';
import type { Milestone } from '../../src/domain/records';

const milestone = (row: number, proposal: string, due: string, status: Milestone['status'], title = `M${row}`): Milestone =>
  ({ row, id: `MIL-00${row}`, proposal, milestone: title, due, status, doneOn: status === 'done' ? due : '', notes: '' });

describe('plansByProposal', () => {
  it('gives the share done and the earliest milestone not done, a proposal without milestones none', () => {
    const plans = plansByProposal([
      milestone(2, 'PRO-001', '2027-03-01', 'planned', 'Feira'),
      milestone(3, 'PRO-001', '2027-01-10', 'done', 'Local'),
      milestone(4, 'PRO-001', '2027-02-01', 'in progress', 'Convites'),
      milestone(5, 'PRO-002', '2027-02-01', 'done'),
    ]);
    expect(plans.get('PRO-001')?.progress).toBeCloseTo(1 / 3);
    expect(plans.get('PRO-001')?.next?.milestone).toBe('Convites');
    expect(plans.get('PRO-002')).toMatchObject({ progress: 1, next: undefined });
    expect(plans.has('PRO-003')).toBe(false);
    expect(nextMilestoneText(plans.get('PRO-001')?.next, 'pt-BR')).toBe('Convites (1 de fev. de 2027)');
    expect(nextMilestoneText(undefined, 'fr')).toBe('');
  });

  it('flags a milestone past due only while it is not done', () => {
    expect(isOverdue(milestone(2, 'PRO-001', '2027-01-10', 'in progress'), '2027-01-11')).toBe(true);
    expect(isOverdue(milestone(2, 'PRO-001', '2027-01-10', 'in progress'), '2027-01-10')).toBe(false);
    expect(isOverdue(milestone(2, 'PRO-001', '2027-01-10', 'done'), '2027-02-01')).toBe(false);
  });
});

describe('addDelivery (property)', () => {
  it('adds partial deliveries up, never beyond what was pledged, in cents', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000_00 }), fc.array(fc.integer({ min: 1, max: 5_000_00 }), { maxLength: 20 }), (pledgedCents, parts) => {
      let delivered = 0;
      for (const cents of parts) {
        const result = addDelivery({ kind: 'financial', amount: pledgedCents / 100, quantity: undefined, delivered }, cents / 100);
        if (result.ok) {
          expect(Math.round(result.total * 100)).toBe(Math.round(delivered * 100) + cents);
          delivered = result.total;
        } else {
          expect(result.reason).toBe('beyondPledge');
          expect(Math.round(result.left * 100)).toBe(pledgedCents - Math.round(delivered * 100));
        }
        expect(Math.round(delivered * 100)).toBeLessThanOrEqual(pledgedCents);
      }
    }));
  });

  it('caps help in kind at its quantity, and refuses a pledge with nothing to deliver', () => {
    expect(addDelivery({ kind: 'in-kind', amount: undefined, quantity: 10, delivered: 4 }, 6)).toEqual({ ok: true, total: 10 });
    expect(addDelivery({ kind: 'in-kind', amount: undefined, quantity: 10, delivered: 4 }, 6.5)).toEqual({ ok: false, reason: 'beyondPledge', left: 6 });
    expect(addDelivery({ kind: 'in-kind', amount: undefined, quantity: undefined, delivered: undefined }, 1)).toMatchObject({ ok: false, reason: 'nothingPledged' });
  });
});
