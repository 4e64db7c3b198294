import { describe, expect, it } from 'vitest';
import { localized } from '../../src/domain/locale';
import { registerMetric } from '../../src/domain/metrics';
import { refreshProgress } from '../../src/server/progress';
import { wgProgress } from '../../src/server/wg-progress';
import { validateAll } from '../../src/server/validation';
import { progressWorkbook } from './progress-fixture';
import { checked } from './submit-fixture';

// A sixth metric, added through the registry alone: setup's dropdown, validation, the refresh
// and WG_PROGRESS all know it without another change. This file's module state only.
registerMetric('actions', {
  label: { ...localized(() => 'actions'), 'pt-BR': 'ações' },
  needs: ['proposals', 'meetings'],
  count: (c) => c.prioritizedProposals + c.scheduledMeetings,
});

describe('a metric added to the registry', () => {
  it('is offered, checked, computed and given by WG_PROGRESS like the others', () => {
    const f = progressWorkbook();
    expect(f.tab('Objectifs').getRange('C2').getDataValidation()?.getCriteriaValues()[0]).toContain('actions');
    f.add('Objectifs', [['O6', 'Agir', 'actions', 4, '', 'non commencé', 'non', '']]);
    f.add('Propositions', [f.proposal('PRO-001', 'MEM-002', 'priorisée')]);
    f.add('Réunions', [f.meeting('MTG-001', 3)]);
    expect(checked(validateAll(f.google)).problems.filter((p) => p.table === 'objectives')).toEqual([]);
    const result = refreshProgress(f.google);
    expect(result.ok && result.objectives.find((o) => o.id === 'O6')).toEqual({ id: 'O6', progress: 0.5, status: 'in progress' });
    expect(wgProgress(f.google, 'O6')).toBe(0.5);
  });

  it('needs a target, since its entry gives no meaning to a blank one', () => {
    const f = progressWorkbook();
    f.add('Objectifs', [['O6', 'Agir', 'ações', '', '', 'non commencé', 'non', '']]);
    expect(checked(validateAll(f.google)).problems.map((p) => [p.table, p.row, p.column])).toEqual([['objectives', 7, 'Cible']]);
  });
});
