import { describe, expect, it } from 'vitest';
import { submitMeeting, submitMember, submitProposal, submitResource } from '../../src/server/submissions';
import { JEAN, LUCIA, MARINA, groupWorkbook } from './submit-fixture';

/** Fills a tab with `rows` rows typed by hand, growing the sheet as a coordinator would, with room to spare. */
function fill(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, rows: number, make: (i: number) => unknown[]) {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(name);
  const start = sheet.getLastRow() + 1;
  const extra = start + rows - 1 + 100 - sheet.getMaxRows();
  if (extra > 0) sheet.insertRowsAfter(sheet.getMaxRows(), extra);
  sheet.getRange(start, 1, rows, make(0).length).setValues(Array.from({ length: rows }, (_, i) => make(i)));
}

function workbookOf(rows: number) {
  const fixture = groupWorkbook();
  const { ss } = fixture;
  fill(ss, 'Membres', rows, (i) => [`MEM-${1000 + i}`, `M ${i}`, `m${i}@example.org`, '', 'Recife', 'BR', 'Recife', 'membre', 'actif', '']);
  fill(ss, 'Propositions', rows, (i) => [`PRO-${1000 + i}`, `Proposal ${i}`, '', 'O3', 'MEM-002', 'soumise', '', '', '']);
  fill(ss, 'Ressources', rows, (i) => [`RES-${1000 + i}`, 'MEM-002', 'financière', 'financement', '', 10, 'EUR', '', '', 'disponible', '', '', '']);
  fill(ss, 'Réunions', rows, (i) => [`MTG-${1000 + i}`, `R ${i}`, '', '10:00', 60, 'America/Recife', '', 'tous', '', 'prévue', '', '', '', '']);
  fill(ss, 'Journal', rows, (i) => ['', 'x@example.org', 'test', `T${i}`, '']);
  return fixture;
}

function callsFor(rows: number, act: (f: ReturnType<typeof workbookOf>) => void): Record<string, number> {
  const fixture = workbookOf(rows);
  fixture.emulator.meter.reset();
  act(fixture);
  return fixture.emulator.meter.snapshot();
}

const scenarios: [string, (f: ReturnType<typeof workbookOf>) => void][] = [
  ['submitMember', (f) => { f.as(JEAN); expect(submitMember(f.google, { name: 'Jean', city: 'Nantes', country: 'FR', hub: 'Nantes', consent: true }).ok).toBe(true); }],
  ['submitProposal', (f) => { f.as(MARINA); expect(submitProposal(f.google, { title: 'Feira', objectiveId: 'O3' }).ok).toBe(true); }],
  ['submitResource', (f) => { f.as(MARINA); expect(submitResource(f.google, { kind: 'financial', category: 'funding', amount: 5, currency: 'EUR', availability: 'available', proposalId: 'PRO-1001' }).ok).toBe(true); }],
  ['submitMeeting', (f) => { f.as(LUCIA); expect(submitMeeting(f.google, { title: 'Groupe', date: '2027-01-15', startTime: '10:00' }).ok).toBe(true); }],
];

describe('the cost of a submission', () => {
  it.each(scenarios)('%s makes the same service calls with 30 rows as with 3,000', (_name, act) => {
    expect(callsFor(3000, act)).toEqual(callsFor(30, act));
  });

  it.each(scenarios)('%s reads each tab once and writes one row and one Log row', (_name, act) => {
    const calls = callsFor(30, act);
    expect(calls['Range.setValues']).toBe(2);
    // Settings, Members, the target tab, at most one tab of references, and the Log's header row.
    expect(calls['Range.getValues']).toBeLessThanOrEqual(5);
  });

  it('grows a full tab by the rows it needs, in one call', () => {
    const fixture = groupWorkbook();
    const sheet = fixture.ss.getSheetByName('Propositions');
    fill(fixture.ss, 'Propositions', (sheet?.getMaxRows() ?? 0) - 1, (i) => [`PRO-${1000 + i}`, `P ${i}`, '', 'O3', 'MEM-002', 'soumise', '', '', '']);
    sheet?.deleteRows(sheet.getLastRow() + 1, sheet.getMaxRows() - sheet.getLastRow());
    const full = sheet?.getMaxRows() ?? 0;
    fixture.as(MARINA);
    fixture.emulator.meter.reset();
    expect(submitProposal(fixture.google, { title: 'Feira', objectiveId: 'O3' }).ok).toBe(true);
    expect(sheet?.getMaxRows()).toBe(full + 1);
    expect(sheet?.getRange(full + 1, 2).getValue()).toBe('Feira');
  });

  it('holds the document lock for every write', () => {
    const fixture = workbookOf(30);
    const before = fixture.emulator.writesWithoutDocumentLock;
    for (const [, act] of scenarios) act(fixture);
    expect(fixture.emulator.writesWithoutDocumentLock).toBe(before);
  });
});

describe('two members submitting at once', () => {
  it('both land, with distinct IDs and neither row overwritten', () => {
    const fixture = workbookOf(30);
    const claire = { email: 'claire.dubois@example.org', locale: 'fr' };
    fixture.as(claire);
    expect(submitMember(fixture.google, { name: 'Claire Dubois', city: 'Nantes', country: 'FR', hub: 'Nantes', consent: true }).ok).toBe(true);
    let theirs: unknown;
    // Claire's proposal takes the lock first; Marina's, waiting for it, must then see Claire's row.
    fixture.emulator.locks.interleaveOnNextWait(() => {
      fixture.as(claire);
      theirs = submitProposal(fixture.google, { title: 'Atelier Nantes', objectiveId: 'O3' });
      fixture.as(MARINA);
    });
    fixture.as(MARINA);
    const mine = submitProposal(fixture.google, { title: 'Feira Recife', objectiveId: 'O3' });
    expect([theirs, mine]).toEqual([{ ok: true, id: 'PRO-1030' }, { ok: true, id: 'PRO-1031' }]);
    const titles = fixture.ss.getSheetByName('Propositions')?.getDataRange().getValues().map((r) => r[1]);
    expect(titles?.slice(-2)).toEqual(['Atelier Nantes', 'Feira Recife']);
  });

  it('never reuses the ID of a deleted row', () => {
    const fixture = groupWorkbook();
    fixture.as(MARINA);
    submitProposal(fixture.google, { title: 'Première', objectiveId: 'O3' });
    fixture.ss.getSheetByName('Propositions')?.deleteRow(2);
    expect(submitProposal(fixture.google, { title: 'Seconde', objectiveId: 'O3' })).toEqual({ ok: true, id: 'PRO-002' });
  });
});
