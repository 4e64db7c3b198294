import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enumCodes } from '../../src/domain/enums';
import { countsOf, type Counts, type Sources } from '../../src/domain/metrics';
import { progressAll, progressOf, statusFor, type ObjectiveRecord } from '../../src/domain/progress';
import { lateMembers } from '../../src/domain/late';

const NONE: Counts = { activeMembers: 0, activeMembersWithResource: 0, prioritizedProposals: 0, scheduledMeetings: 0, actionsProgressPercent: 0, pledgedEur: 0, deliveredEur: 0 };
const objective = (o: Partial<ObjectiveRecord>): ObjectiveRecord => ({ id: 'O9', metric: undefined, target: undefined, typedProgress: '', typedStatus: undefined, ...o });

const sources = (s: Partial<Sources>): Sources => ({ members: [], proposals: [], resources: [], meetings: [], milestones: [], workshopDate: '2026-03-10', eurToBrlRate: undefined, ...s });

describe('countsOf', () => {
  it('leaves inactive members and their pledges out', () => {
    const counts = countsOf(sources({
      members: [{ id: 'MEM-001', active: true }, { id: 'MEM-002', active: false }, { id: 'MEM-003', active: true }],
      resources: [{ member: 'MEM-002' }, { member: 'MEM-003' }, { member: 'MEM-003' }, { member: 'MEM-999' }],
    }));
    expect([counts.activeMembers, counts.activeMembersWithResource]).toEqual([2, 1]);
  });

  it('counts planned meetings from the workshop date on that have a calendar event', () => {
    const counts = countsOf(sources({
      meetings: [
        { status: 'planned', date: '2026-03-10', eventId: 'a' },
        { status: 'planned', date: '2026-03-09', eventId: 'b' },
        { status: 'cancelled', date: '2026-04-01', eventId: 'c' },
        { status: 'planned', date: '2026-04-01', eventId: '' },
        { status: 'planned', date: '', eventId: 'd' },
        { status: undefined, date: '2026-04-01', eventId: 'e' },
      ],
    }));
    expect(counts.scheduledMeetings).toBe(1);
  });

  it('counts prioritized proposals only', () => {
    const proposals = [{ member: 'x', status: 'prioritized' as const }, { member: 'y', status: 'submitted' as const }, { member: 'z', status: undefined }];
    expect(countsOf(sources({ proposals })).prioritizedProposals).toBe(1);
  });
});

describe('progressOf', () => {
  it('resources_declared: over the target, or every active member when it is blank', () => {
    const counts = { ...NONE, activeMembers: 8, activeMembersWithResource: 2 };
    expect(progressOf(objective({ metric: 'resources_declared' }), counts).progress).toBe(0.25);
    expect(progressOf(objective({ metric: 'resources_declared', target: 4 }), counts).progress).toBe(0.5);
    expect(progressOf(objective({ metric: 'resources_declared' }), NONE)).toMatchObject({ progress: 0, status: 'not started' });
  });

  it('a computed metric with no target has no progress', () => {
    expect(progressOf(objective({ metric: 'members' }), { ...NONE, activeMembers: 3 }).progress).toBe(0);
  });

  it('manual: the typed percentage, achieved meaning 100 %, the typed status kept', () => {
    expect(progressOf(objective({ metric: 'manual', typedProgress: 0.3, typedStatus: 'in progress' }), NONE)).toEqual({ id: 'O9', progress: 0.3, status: 'in progress' });
    expect(progressOf(objective({ metric: 'manual', typedProgress: '', typedStatus: 'achieved' }), NONE)).toMatchObject({ progress: 1, status: 'achieved' });
    expect(progressOf(objective({ metric: 'manual', typedProgress: '45 %' }), NONE)).toMatchObject({ progress: 0.45, status: 'not started' });
    expect(progressOf(objective({ metric: 'manual', typedProgress: 3 }), NONE).progress).toBe(1);
  });
});

describe('progress, for any data (property)', () => {
  const metric = fc.constantFrom(...enumCodes('metric'), undefined);
  const anyObjective = fc.record({
    id: fc.constant('O1'),
    metric,
    target: fc.option(fc.double({ min: 0.001, max: 1e6, noNaN: true }), { nil: undefined }),
    typedProgress: fc.oneof(fc.double(), fc.string(), fc.constant('')),
    typedStatus: fc.constantFrom(...enumCodes('objectiveStatus'), undefined),
  });
  const anyCounts = fc.record({
    activeMembers: fc.nat(5000),
    activeMembersWithResource: fc.nat(5000),
    prioritizedProposals: fc.nat(5000),
    scheduledMeetings: fc.nat(5000),
    actionsProgressPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    pledgedEur: fc.oneof(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constant(Number.NaN)),
    deliveredEur: fc.oneof(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constant(Number.NaN)),
  });

  it('is always within 0..1', () => {
    fc.assert(fc.property(anyObjective, anyCounts, (o, c) => {
      const { progress } = progressOf(o, c);
      return progress >= 0 && progress <= 1;
    }));
  });

  it('has the status its progress says, except for manual objectives', () => {
    fc.assert(fc.property(anyObjective, anyCounts, (o, c) => {
      const result = progressOf(o, c);
      if (o.metric === 'manual' || o.metric === undefined) return result.status === (o.typedStatus ?? 'not started');
      return result.status === statusFor(result.progress);
    }));
  });

  it('grows with what is counted, never beyond 100 %', () => {
    fc.assert(fc.property(fc.nat(50), fc.nat(50), fc.integer({ min: 1, max: 20 }), (a, b, target) => {
      const o = objective({ metric: 'proposals_prioritized', target });
      const low = progressOf(o, { ...NONE, prioritizedProposals: Math.min(a, b) }).progress;
      const high = progressOf(o, { ...NONE, prioritizedProposals: Math.max(a, b) }).progress;
      return low <= high;
    }));
  });

  it('progressAll answers once per objective, in order', () => {
    const objectives = [objective({ id: 'O1', metric: 'manual', typedStatus: 'achieved' }), objective({ id: 'O3', metric: 'proposals_prioritized', target: 5 })];
    expect(progressAll(objectives, sources({})).map((p) => p.id)).toEqual(['O1', 'O3']);
  });
});

describe('lateMembers', () => {
  it('groups active members owing a proposal or a pledge by hub, Recife first', () => {
    const groups = lateMembers({
      members: [
        { id: 'MEM-001', name: 'A', hub: 'Nantes', active: true },
        { id: 'MEM-002', name: 'B', hub: 'Recife', active: true },
        { id: 'MEM-003', name: 'C', hub: 'Recife', active: false },
        { id: 'MEM-004', name: 'D', hub: undefined, active: true },
        { id: 'MEM-005', name: 'E', hub: 'Recife', active: true },
      ],
      proposals: [{ member: 'MEM-001' }, { member: 'MEM-005' }],
      resources: [{ member: 'MEM-001' }, { member: 'MEM-002' }, { member: 'MEM-005' }],
    });
    expect(groups).toEqual([
      { hub: 'Recife', members: [{ id: 'MEM-002', name: 'B', missing: ['proposal'] }] },
      { hub: null, members: [{ id: 'MEM-004', name: 'D', missing: ['proposal', 'pledge'] }] },
    ]);
  });
});
