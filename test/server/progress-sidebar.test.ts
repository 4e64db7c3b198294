import { describe, expect, it } from 'vitest';
import { getSidebarState } from '../../src/server/sidebar';
import type { SidebarState } from '../../src/contract/sidebar-state';
import { LUCIA, MARINA } from './submit-fixture';
import { progressWorkbook } from './progress-fixture';

function state(f: ReturnType<typeof progressWorkbook>): SidebarState {
  const result = getSidebarState(f.google);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result;
}

describe('the sidebar’s progress and late list', () => {
  it('shows the computed progress, before anyone refreshes', () => {
    const f = progressWorkbook();
    f.add('Propositions', [f.proposal('PRO-001', 'MEM-002', 'priorisée')]);
    f.as(MARINA);
    expect(state(f).objectives.find((o) => o.id === 'O3')).toMatchObject({ progress: 0.2, status: 'in progress' });
  });

  it('gives coordinators the members who owe a proposal or a pledge, by hub', () => {
    const f = progressWorkbook();
    f.add('Membres', [f.member('MEM-003', 'Jean Moreau', 'Nantes')]);
    f.add('Propositions', [f.proposal('PRO-001', 'MEM-002')]);
    f.add('Ressources', [f.money('RES-001', 'MEM-002', 10, 'EUR')]);
    f.as(LUCIA);
    expect(state(f).late).toEqual([
      { hub: 'Recife', members: [{ id: 'MEM-001', name: 'lucia.almeida', missing: ['proposal', 'pledge'] }] },
      { hub: 'Nantes', members: [{ id: 'MEM-003', name: 'Jean Moreau', missing: ['proposal', 'pledge'] }] },
    ]);
  });

  it('does not give members the late list', () => {
    const f = progressWorkbook();
    f.as(MARINA);
    expect(state(f)).not.toHaveProperty('late');
  });
});
