import { describe, expect, it } from 'vitest';
import { refreshProgress } from '../../src/server/progress';
import { progressWorkbook } from './progress-fixture';

/** A row without its trailing blank cells. */
const trimEnd = (row: string[]) => row.slice(0, row.length - [...row].reverse().findIndex((c) => c !== ''));

type Fixture = ReturnType<typeof progressWorkbook>;

function dashboard(f: Fixture): string[][] {
  const result = refreshProgress(f.google);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return f.tab('Tableau de bord').getDataRange().getDisplayValues();
}

/** The rows of the block under a title, up to the next blank row. */
function block(rows: string[][], title: string): string[][] {
  const start = rows.findIndex((r) => r[0] === title);
  if (start < 0) throw new Error(`no block ${title}`);
  const end = rows.findIndex((r, i) => i > start && r.every((c) => c === ''));
  return rows.slice(start + 1, end < 0 ? undefined : end).map((r) => trimEnd(r));
}

function group(): Fixture {
  const f = progressWorkbook();
  f.add('Membres', [f.member('MEM-003', 'Jean Moreau', 'Nantes'), f.member('MEM-004', 'Ana Lima', 'Recife', 'inactif'), f.member('MEM-005', 'Claire Durand', 'Nantes')]);
  f.add('Propositions', [f.proposal('PRO-001', 'MEM-002', 'priorisée'), f.proposal('PRO-002', 'MEM-003', 'soumise'), f.proposal('PRO-003', 'MEM-003', 'refusée')]);
  f.add('Ressources', [
    f.money('RES-001', 'MEM-002', 1500.5, 'BRL'),
    f.money('RES-002', 'MEM-003', 1000, 'EUR'),
    f.money('RES-003', 'MEM-001', 200, 'EUR'),
    f.money('RES-004', 'MEM-004', 99, 'EUR'), // inactive: left out
    f.inKind('RES-005', 'MEM-005', 'lieu'),
    f.inKind('RES-006', 'MEM-003', 'temps de travail'),
  ]);
  f.add('Réunions', [f.meeting('MTG-001', 3)]);
  return f;
}

describe('the Dashboard tab', () => {
  it('shows each objective with its progress and status, in the workbook language', () => {
    const rows = dashboard(group());
    expect(rows[0]?.[0]).toBe('Mutirão — tableau de bord');
    expect(block(rows, 'Objectifs')).toEqual([
      ['ID', 'Objectif', 'Progression', 'Statut'],
      ['O1', "Mieux comprendre le rapport entre l’économie solidaire et la coopération décentralisée", '100%', 'atteint'],
      ['O2', 'Constituer un groupe de travail permanent', '100%', 'atteint'],
      ['O3', "Définir les priorités du plan d’action", '20%', 'en cours'],
      ['O4', 'Définir les ressources disponibles et celles qui seront rendues disponibles', '100%', 'atteint'],
      ['O5', 'Définir le calendrier des prochaines rencontres du groupe de travail', '33%', 'en cours'],
    ]);
  });

  it('charts the five objectives as bars, from the objectives block', () => {
    const f = group();
    dashboard(f);
    const charts = f.tab('Tableau de bord').getCharts();
    expect(charts).toHaveLength(1);
    const chart = charts[0]!;
    expect(chart.getRanges().map((r) => r.getA1Notation())).toEqual(['A5:A10', 'C5:C10']);
    expect(chart.modify().getChartType()).toBe('BAR');
    expect(chart.getOptions().get('title')).toBe('Progression des cinq objectifs');
  });

  it('is rebuilt, not stacked, on every refresh', () => {
    const f = group();
    const first = dashboard(f);
    f.add('Membres', [f.member('MEM-006', 'Paulo', 'Recife')]);
    const second = dashboard(f);
    expect(f.tab('Tableau de bord').getCharts()).toHaveLength(1);
    expect(second.length).toBe(first.length + 1); // one more late member
  });

  it('counts active members per hub and proposals by status', () => {
    const rows = dashboard(group());
    expect(block(rows, 'Membres actifs par pôle')).toEqual([['Pôle', 'Membres'], ['Recife', '2'], ['Nantes', '2'], ['Total', '4']]);
    expect(block(rows, 'Propositions par statut')).toEqual([
      ['Statut', 'Propositions'], ['soumise', '1'], ['en examen', '0'], ['priorisée', '1'], ['refusée', '1'], ['retirée', '0'], ['Total', '3'],
    ]);
  });

  it('counts in-kind pledges by category', () => {
    const rows = dashboard(group());
    const counts = Object.fromEntries(block(rows, 'Contributions en nature par catégorie').slice(1).map((r) => [r[0], r[1]]));
    expect(counts).toMatchObject({ 'temps de travail': '1', lieu: '1', Total: '2' });
    // Funding is money, counted in its own block: no "financement 0" among the in-kind categories.
    expect(counts).not.toHaveProperty('financement');
  });

  it('gives the deadline with the days left', () => {
    const rows = dashboard(group());
    const [date, days] = block(rows, 'Date limite d’envoi');
    expect(date?.[1]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(days).toEqual(['Jours restants', '15']);
  });

  it('lists the members who owe a proposal or a pledge, grouped by hub, inactive ones left out', () => {
    const rows = dashboard(group());
    expect(block(rows, "Membres qui n’ont pas encore soumis à la fois une proposition et une contribution")).toEqual([
      ['Pôle', 'ID', 'Nom', 'À fournir'],
      ['Recife', 'MEM-001', 'lucia.almeida', 'proposition'],
      ['Nantes', 'MEM-005', 'Claire Durand', 'proposition'],
    ]);
  });

  it('keeps a member’s name starting with = as text', () => {
    const f = progressWorkbook();
    f.add('Membres', [f.member('MEM-003', 'x', 'Nantes')]);
    const name = f.tab('Membres').getRange(f.tab('Membres').getLastRow(), 2);
    name.setRichTextValue(f.emulator.services.SpreadsheetApp.newRichTextValue().setText('=1+1').build());
    dashboard(f);
    const sheet = f.tab('Tableau de bord');
    const found = sheet.getDataRange().getValues().find((r) => r[1] === 'MEM-003');
    expect(found?.[2]).toBe('=1+1');
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
  });

  it('costs the same number of service calls with 30 rows per tab as with 3,000', () => {
    const calls = (rows: number) => {
      const f = progressWorkbook();
      const n = Array.from({ length: rows }, (_, i) => i + 10);
      f.add('Membres', n.map((i) => f.member(`MEM-${i}`, `M ${i}`, i % 2 ? 'Recife' : 'Nantes')));
      f.add('Propositions', n.map((i) => f.proposal(`PRO-${i}`, `MEM-${i}`, i % 3 ? 'soumise' : 'priorisée')));
      f.add('Ressources', n.map((i) => f.money(`RES-${i}`, `MEM-${i + 1}`, i, i % 2 ? 'EUR' : 'BRL')));
      f.add('Réunions', n.map((i) => f.meeting(`MTG-${i}`, i % 20)));
      dashboard(f);
      f.emulator.meter.reset();
      dashboard(f);
      return f.emulator.meter.snapshot();
    };
    expect(calls(3000)).toEqual(calls(30));
  });
});
