import { describe, expect, it } from 'vitest';
import { dashboardPlan, WIDTH, type DashboardInput } from '../../src/domain/dashboard';

const input = (overrides: Partial<DashboardInput> = {}): DashboardInput => ({
  language: 'en',
  now: new Date('2026-03-12T12:00:00Z'),
  today: '2026-03-12',
  deadline: '2026-03-25',
  eurToBrlRate: undefined,
  objectives: [{ id: 'O1', title: 'One', progress: 1, status: 'achieved' }, { id: 'O3', title: 'Three', progress: 0.4, status: 'in progress' }],
  members: [{ id: 'MEM-001', name: 'Ana', hub: 'Recife', active: true }],
  proposals: [],
  resources: [],
  ...overrides,
});

const texts = (plan: ReturnType<typeof dashboardPlan>) => plan.rows.map((r) => r.map((c) => c.value));

describe('dashboardPlan', () => {
  it('is a rectangle, WIDTH cells wide', () => {
    const plan = dashboardPlan(input());
    expect(plan.rows.every((r) => r.length === WIDTH)).toBe(true);
  });

  it('points the chart at the objectives’ IDs and progress, header included', () => {
    const plan = dashboardPlan(input());
    const header = plan.rows[plan.chart.firstRow - 1];
    expect(header?.map((c) => c.value)).toEqual(['ID', 'Objective', 'Progress', 'Status']);
    expect(plan.chart).toMatchObject({ numRows: 3, labelColumn: 1, valueColumn: 3 });
    expect(plan.rows[plan.chart.firstRow + 1]?.[2]).toEqual({ value: 0.4, kind: 'percent' });
  });

  it('counts the days since a passed deadline', () => {
    const rows = texts(dashboardPlan(input({ today: '2026-03-27' })));
    expect(rows).toContainEqual(['Days since the deadline', 2, '', '']);
  });

  it('states the rate and converts both ways when Settings has one', () => {
    const plan = dashboardPlan(input({
      eurToBrlRate: 5,
      resources: [
        { member: 'MEM-001', kind: 'financial', category: 'funding', amount: 10, currency: 'EUR' },
        { member: 'MEM-001', kind: 'financial', category: 'funding', amount: 100, currency: 'BRL' },
      ],
    }));
    const rows = texts(plan);
    expect(rows).toContainEqual(['EUR → BRL rate used (BRL for 1 EUR, from Settings)', 5, '', '']);
    expect(rows).toContainEqual(['Converted grand total in EUR', 30, '', '']);
    expect(rows).toContainEqual(['Converted grand total in BRL', '', 150, '']);
  });

  it('rounds money to cents', () => {
    const resources = [0.1, 0.2].map((amount) => ({ member: 'MEM-001', kind: 'financial' as const, category: 'funding' as const, amount, currency: 'EUR' as const }));
    const total = dashboardPlan(input({ resources })).rows.find((r) => r[0]?.value === 'Total' && r[1]?.kind === 'money' && r[1]?.currency === 'EUR');
    expect(total?.[1]?.value).toBe(0.3);
  });
});
