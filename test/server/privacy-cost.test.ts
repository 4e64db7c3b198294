import { describe, expect, it } from 'vitest';
import { eraseMember, exportMyData, setEmailPreference } from '../../src/server/privacy';
import { refreshProgress } from '../../src/server/progress';
import { MARINA, groupWorkbook } from './submit-fixture';

/** A group whose Members, Proposals and Log tabs hold `rows` rows typed by hand, Marina's among them. */
function workbookOf(rows: number) {
  const fixture = groupWorkbook();
  const fill = (name: string, make: (i: number) => unknown[]) => {
    const sheet = fixture.ss.getSheetByName(name);
    if (!sheet) throw new Error(name);
    const start = sheet.getLastRow() + 1;
    sheet.insertRowsAfter(sheet.getMaxRows(), rows + 100);
    sheet.getRange(start, 1, rows, make(0).length).setValues(Array.from({ length: rows }, (_, i) => make(i)));
  };
  fill('Membres', (i) => [`MEM-${1000 + i}`, `M ${i}`, `m${i}@example.org`, '', 'Recife', 'BR', 'Recife', 'membre', 'actif', '']);
  fill('Propositions', (i) => [`PRO-${1000 + i}`, `Proposal ${i}`, '', 'O3', i % 2 ? 'MEM-002' : 'MEM-001', 'soumise', '', '', '']);
  fill('Journal', (i) => ['', i % 2 ? MARINA.email : 'x@example.org', 'test', `T${i}`, '']);
  // The Dashboard, which an erasure rebuilds, has grown to the group's size once already, as in a workbook in use.
  expect(refreshProgress(fixture.google).ok).toBe(true);
  fixture.as(MARINA);
  return fixture;
}

function callsFor(rows: number, act: (google: ReturnType<typeof workbookOf>['google']) => { ok: boolean }): Record<string, number> {
  const fixture = workbookOf(rows);
  fixture.emulator.meter.reset();
  expect(act(fixture.google).ok).toBe(true);
  return fixture.emulator.meter.snapshot();
}

describe('the cost of personal-data calls', () => {
  it.each([
    ['exportMyData', (google: Parameters<typeof exportMyData>[0]) => exportMyData(google)],
    ['setEmailPreference', (google: Parameters<typeof exportMyData>[0]) => setEmailPreference(google, { emails: true })],
    ['eraseMember', (google: Parameters<typeof exportMyData>[0]) => eraseMember(google, { memberId: 'MEM-002' })],
  ] as const)('%s makes the same service calls with 30 rows as with 3,000', (_name, act) => {
    expect(callsFor(3000, act)).toEqual(callsFor(30, act));
  });
});
