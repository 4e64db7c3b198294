import { describe, expect, it } from 'vitest';
import { refreshProgress, type Refreshed } from '../../src/server/progress';
import { JEAN, LUCIA, MARINA } from './submit-fixture';
import { progressWorkbook } from './progress-fixture';
import { rowsOf } from './submit-fixture';

type Fixture = ReturnType<typeof progressWorkbook>;

function refreshed(f: Fixture): { id: string; progress: number; status: string }[] {
  const result: Refreshed = refreshProgress(f.google);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.objectives;
}

const of = (f: Fixture, id: string) => refreshed(f).find((o) => o.id === id);

describe('refreshProgress: each metric (PRODUCT.md §3)', () => {
  it('keeps the seeded objectives as set up: O1–O2 achieved, nothing yet for O3 and O5', () => {
    const f = progressWorkbook();
    // Marina and Lúcia are active and have pledged nothing: O4 is 0 of 2.
    expect(refreshed(f)).toEqual([
      { id: 'O1', progress: 1, status: 'achieved' },
      { id: 'O2', progress: 1, status: 'achieved' },
      { id: 'O3', progress: 0, status: 'not started' },
      { id: 'O4', progress: 0, status: 'not started' },
      { id: 'O5', progress: 0, status: 'not started' },
    ]);
  });

  it('proposals_prioritized: prioritized proposals over the target, clamped to 100 %', () => {
    const f = progressWorkbook();
    f.add('Propositions', [f.proposal('PRO-001', 'MEM-002', 'priorisée'), f.proposal('PRO-002', 'MEM-001', 'priorisée'), f.proposal('PRO-003', 'MEM-002', 'soumise'), f.proposal('PRO-004', 'MEM-002', 'refusée')]);
    expect(of(f, 'O3')).toEqual({ id: 'O3', progress: 0.4, status: 'in progress' });
    f.setObjective(4, { D: 2 });
    expect(of(f, 'O3')).toEqual({ id: 'O3', progress: 1, status: 'achieved' });
    f.setObjective(4, { D: 1 });
    expect(of(f, 'O3')?.progress).toBe(1);
  });

  it('reads labels in any language', () => {
    const f = progressWorkbook();
    f.add('Propositions', [f.proposal('PRO-001', 'MEM-002', 'prioritized'), f.proposal('PRO-002', 'MEM-002', 'priorizada')]);
    expect(of(f, 'O3')?.progress).toBe(0.4);
  });

  it('resources_declared with a blank target: active members with a pledge over every active member', () => {
    const f = progressWorkbook();
    f.add('Membres', [f.member('MEM-003', 'Jean', 'Nantes'), f.member('MEM-004', 'Ana', 'Recife', 'inactif')]);
    f.add('Ressources', [f.money('RES-001', 'MEM-002', 100, 'BRL'), f.money('RES-002', 'MEM-002', 50, 'BRL'), f.money('RES-003', 'MEM-004', 10, 'EUR')]);
    // Lúcia, Marina and Jean are active; only Marina pledged; Ana is inactive and counts nowhere.
    expect(of(f, 'O4')).toEqual({ id: 'O4', progress: 1 / 3, status: 'in progress' });
  });

  it('resources_declared with a target: over the target instead', () => {
    const f = progressWorkbook();
    f.add('Ressources', [f.money('RES-001', 'MEM-002', 100, 'BRL'), f.inKind('RES-002', 'MEM-001', 'lieu')]);
    f.setObjective(5, { D: 4 });
    expect(of(f, 'O4')?.progress).toBe(0.5);
    f.setObjective(5, { D: '' });
    expect(of(f, 'O4')).toMatchObject({ progress: 1, status: 'achieved' });
  });

  it('members: active members over the target, inactive ones left out', () => {
    const f = progressWorkbook();
    f.add('Membres', [f.member('MEM-003', 'Jean', 'Nantes'), f.member('MEM-004', 'Ana', 'Recife', 'inactif')]);
    f.add('Objectifs', [['O6', 'Réunir dix membres', 'membres', 10, '', 'non commencé', 'non', '']]);
    expect(of(f, 'O6')).toEqual({ id: 'O6', progress: 0.3, status: 'in progress' });
  });

  it('meetings_scheduled: planned, on or after the workshop date, with a calendar event', () => {
    const f = progressWorkbook();
    f.add('Réunions', [
      f.meeting('MTG-001', 0),
      f.meeting('MTG-002', 30),
      f.meeting('MTG-003', -1), // before the workshop
      f.meeting('MTG-004', 10, 'annulée'), // cancelled
      f.meeting('MTG-005', 12, 'prévue', ''), // not on the calendar yet
    ]);
    expect(of(f, 'O5')).toEqual({ id: 'O5', progress: 2 / 3, status: 'in progress' });
    f.add('Réunions', [f.meeting('MTG-006', 40), f.meeting('MTG-007', 41)]);
    expect(of(f, 'O5')).toEqual({ id: 'O5', progress: 1, status: 'achieved' });
  });

  it('meetings_scheduled follows the workshop date in Settings', () => {
    const f = progressWorkbook();
    f.add('Réunions', [f.meeting('MTG-001', 5), f.meeting('MTG-002', 20)]);
    f.tab('Paramètres').getRange('B3').setValue(f.day(10));
    expect(of(f, 'O5')?.progress).toBeCloseTo(1 / 3);
  });

  it('a computed objective without a target has no progress', () => {
    const f = progressWorkbook();
    f.add('Réunions', [f.meeting('MTG-001', 5)]);
    f.setObjective(6, { D: '' });
    expect(of(f, 'O5')).toEqual({ id: 'O5', progress: 0, status: 'not started' });
  });

  it('manual: keeps what the coordinator typed, achieved meaning 100 %', () => {
    const f = progressWorkbook();
    f.setObjective(2, { E: 0.4, F: 'en cours' });
    f.setObjective(3, { E: 0.2, F: 'atteint' });
    const [o1, o2] = refreshed(f);
    expect(o1).toEqual({ id: 'O1', progress: 0.4, status: 'in progress' });
    expect(o2).toEqual({ id: 'O2', progress: 1, status: 'achieved' });
    // The cells stay as typed.
    expect(rowsOf(f.ss, 'Objectifs').slice(0, 2).map((r) => [r[4], r[5]])).toEqual([[0.4, 'en cours'], [0.2, 'atteint']]);
  });
});

describe('refreshProgress: what it writes', () => {
  it('writes Progress as a percentage and Status in the workbook language', () => {
    const f = progressWorkbook();
    f.add('Propositions', [f.proposal('PRO-001', 'MEM-002', 'priorisée')]);
    refreshed(f);
    const sheet = f.tab('Objectifs');
    expect(sheet.getRange('E4:F4').getDisplayValues()).toEqual([['20%', 'en cours']]);
    expect(sheet.getRange('E2:F6').getValues().map((r) => r[1])).toEqual(['atteint', 'atteint', 'en cours', 'non commencé', 'non commencé']);
  });

  it('keeps a formula a coordinator typed in a manual objective’s Progress', () => {
    const f = progressWorkbook();
    const sheet = f.tab('Objectifs');
    sheet.getRange('E2').setFormula('=2/4');
    refreshed(f);
    expect(sheet.getRange('E2').getFormula()).toBe('=2/4');
  });

  it('writes only the objectives that changed: one setValues when Progress and Status sit side by side, two otherwise', () => {
    const f = progressWorkbook();
    refreshed(f);
    const setValues = () => {
      f.emulator.meter.reset();
      refreshed(f);
      return f.emulator.meter.count('Range.setValues');
    };
    const unchanged = setValues();
    f.add('Propositions', [f.proposal('PRO-001', 'MEM-002', 'priorisée')]);
    // O3's Progress and Status, side by side; and the new proposal's Supports count (0), written once.
    expect(setValues()).toBe(unchanged + 2);
    // Move Status after Notes: a coordinator reordered the columns.
    const sheet = f.tab('Objectifs');
    const grid = sheet.getDataRange().getValues();
    sheet.getRange(1, 1, grid.length, 8).setValues(grid.map((r) => [r[0], r[1], r[2], r[3], r[4], r[6], r[7], r[5]]));
    f.add('Propositions', [f.proposal('PRO-002', 'MEM-002', 'priorisée')]);
    // Progress and Status, now two blocks; and the new proposal's Supports count (0), written once.
    expect(setValues()).toBe(unchanged + 3);
    expect(sheet.getRange('H4').getValue()).toBe('en cours');
    expect(sheet.getRange('F4').getValue()).toBe('oui');
  });

  it('never writes back a manual objective: text typed in its Progress (\'=1+1) stays text', () => {
    const f = progressWorkbook();
    const sheet = f.tab('Objectifs');
    const progressCell = sheet.getRange('E2');
    progressCell.setRichTextValue(f.emulator.services.SpreadsheetApp.newRichTextValue().setText('=1+1').build());
    refreshed(f);
    expect(progressCell.getValue()).toBe('=1+1');
    expect(progressCell.getFormula()).toBe('');
  });

  it('logs the refresh with each objective’s progress', () => {
    const f = progressWorkbook();
    f.as(MARINA);
    refreshed(f);
    const last = rowsOf(f.ss, 'Journal').at(-1);
    expect(last?.slice(1)).toEqual([MARINA.email, 'progress.refresh', '', 'O1 100%; O2 100%; O3 0%; O4 0%; O5 0%']);
  });

  it('may be run by anyone, a guest included, under the document lock', () => {
    const f = progressWorkbook();
    f.as(JEAN);
    const before = f.emulator.writesWithoutDocumentLock;
    expect(refreshProgress(f.google).ok).toBe(true);
    expect(f.emulator.writesWithoutDocumentLock).toBe(before);
    expect(f.emulator.spreadsheet.toasts.at(-1)?.message).toBe('Progression actualisée et tableau de bord reconstruit.');
  });

  it('refuses politely in a workbook not set up', () => {
    const f = progressWorkbook();
    f.ss.deleteSheet(f.tab('Objectifs'));
    f.as(LUCIA);
    const result = refreshProgress(f.google);
    expect(result).toEqual({ ok: false, errors: [{ field: 'form', message: expect.stringContaining('Configurar a planilha') as unknown as string }] });
  });
});
