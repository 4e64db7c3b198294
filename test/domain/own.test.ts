import { describe, expect, it } from 'vitest';
import { dashboardPlan, type DashboardInput } from '../../src/domain/dashboard';
import { lateMembers } from '../../src/domain/late';
import { countsOf } from '../../src/domain/metrics';
import { deliveredOf, describeChanges, pledgeLocked, proposalLocked } from '../../src/domain/own';
import { tallySupports, supportProblems } from '../../src/domain/supports';
import type { Member, Proposal, Support } from '../../src/domain/records';

const member = (id: string): Member => ({ row: 2, id, name: id, email: `${id}@example.org`, organization: '', city: 'Recife', country: 'BR', role: 'member', hub: 'Recife', status: 'active', active: true, joined: '', erased: false, language: 'pt-BR', consent: '', emails: false });
const proposal = (id: string, status: Proposal['status']): Proposal => ({ row: 2, id, title: id, description: '', objective: 'O3', member: 'MEM-001', status, priorityRank: undefined, resourcesNeeded: '', supports: 0, answer: '', answered: '', submitted: '', progress: undefined, nextMilestone: '' });

describe('who may still change a submission', () => {
  it('a proposal until it is answered or withdrawn', () => {
    expect(proposalLocked({ status: 'submitted', answer: '', answered: '' })).toBeUndefined();
    expect(proposalLocked({ status: undefined, answer: '', answered: '' })).toBeUndefined();
    expect(proposalLocked({ status: 'submitted', answer: 'Vamos ver.', answered: '' })).toBe('own.answered');
    expect(proposalLocked({ status: 'declined', answer: '', answered: '' })).toBe('own.answered');
    expect(proposalLocked({ status: 'withdrawn', answer: '', answered: '' })).toBe('own.alreadyWithdrawn');
  });

  it('a pledge until something of it is delivered: the Delivered column once the tab has it', () => {
    expect(pledgeLocked({ availability: 'available' })).toBeUndefined();
    expect(pledgeLocked({ availability: 'planned', delivered: 0 } as never)).toBeUndefined();
    expect(pledgeLocked({ availability: 'available', delivered: 250 } as never)).toBe('own.delivered');
    expect(pledgeLocked({ availability: 'withdrawn' })).toBe('own.alreadyWithdrawn');
    expect(deliveredOf({ delivered: 'abc' })).toBe(0);
  });

  it('logs each changed field, long texts cut, however far into the text the change is', () => {
    const long = 'a'.repeat(100);
    expect(describeChanges({ title: 'A', d: long }, { title: 'A', d: `${long}b` })).toEqual([`d: ${'a'.repeat(59)}… → ${'a'.repeat(59)}…`]);
    expect(describeChanges({ n: 1 }, { n: 1 })).toEqual([]);
  });
});

describe('what a withdrawal takes out of the counts', () => {
  it('a withdrawn proposal’s supports count nowhere, nor against their members’ limit, and Check says nothing of them', () => {
    const supports: Support[] = [{ row: 2, proposal: 'PRO-001', member: 'MEM-002', date: '' }, { row: 3, proposal: 'PRO-002', member: 'MEM-002', date: '' }];
    const tally = tallySupports(supports, [member('MEM-001'), member('MEM-002')], [proposal('PRO-001', 'withdrawn'), proposal('PRO-002', 'submitted')], 1);
    expect([...tally.byProposal]).toEqual([['PRO-002', 1]]);
    expect(supportProblems(tally, 1)).toEqual([]);
  });

  it('a withdrawn pledge leaves the progress, the late list and the Dashboard’s totals', () => {
    const members = [member('MEM-001')];
    const withdrawn = { member: 'MEM-001', kind: 'financial' as const, category: 'funding' as const, amount: 100, currency: 'EUR' as const, availability: 'withdrawn' as const };
    expect(countsOf({ members, proposals: [], resources: [withdrawn], meetings: [], milestones: [], workshopDate: '2026-03-10', eurToBrlRate: undefined }).activeMembersWithResource).toBe(0);
    expect(lateMembers({ members, proposals: [{ member: 'MEM-001', status: 'withdrawn' }], resources: [withdrawn] })[0]?.members[0]?.missing).toEqual(['proposal', 'pledge']);
    const input: DashboardInput = {
      language: 'en', now: new Date('2026-03-12T12:00:00Z'), today: '2026-03-12', deadline: '2026-03-25', eurToBrlRate: undefined,
      objectives: [], members, proposals: [], resources: [withdrawn, { ...withdrawn, amount: 30, availability: 'available' }],
    };
    const total = dashboardPlan(input).rows.find((r) => r[0]?.value === 'Total' && r[1]?.kind === 'money' && r[1]?.currency === 'EUR');
    expect(total?.[1]?.value).toBe(30);
  });
});
