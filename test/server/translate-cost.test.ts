import { describe, expect, it } from 'vitest';
import { MEMBER, workbookWithRows } from '../../bench/workbook';

/**
 * Spreadsheet calls of translating a held meeting's minutes (bench/workbook.ts: MTG-0001) with
 * the built bundle, the first time and once kept, and of the lists that say which language each
 * text is in (the Log read once, whatever its length).
 */
function calls(rows: number): Record<string, number>[] {
  const { emulator, project } = workbookWithRows(rows);
  emulator.user = MEMBER;
  return [
    () => project.scriptRun('translateText', [{ source: 'Meetings!MTG-0001!Minutes' }]),
    () => project.scriptRun('translateText', [{ source: 'Meetings!MTG-0001!Minutes' }]),
    () => project.scriptRun('listMinutes', []),
    () => project.scriptRun('listActionPlan', []),
  ].map((act) => {
    emulator.meter.reset();
    expect(act()).toMatchObject({ ok: true });
    return Object.fromEntries(Object.entries(emulator.meter.snapshot()).filter(([name]) => /^(Spreadsheet|Sheet|Range|LanguageApp)/.test(name)));
  });
}

describe('the cost of Translate beyond proposals (PRODUCT.md §5)', () => {
  it('translates a minute, then serves it kept, and lists minutes and milestones with the same calls at 30 and 3,000 rows', () => {
    const small = calls(30);
    expect(calls(3000)).toEqual(small);
    // Google is asked the first time only.
    expect(small.map((c) => c['LanguageApp.translate'] ?? 0)).toEqual([1, 0, 0, 0]);
  });
});
