import { describe, expect, it } from 'vitest';
import { pollWorkbook } from '../../bench/polls';
import { COORDINATOR, MEMBER } from '../../bench/workbook';

/** Spreadsheet calls of one call of the built bundle, and its answer. */
function measured(rows: number, user: typeof MEMBER, act: (project: ReturnType<typeof pollWorkbook>['project'], options: string[]) => unknown) {
  const { emulator, project, options } = pollWorkbook(rows);
  emulator.user = user;
  emulator.meter.reset();
  const result = act(project, options) as { ok: boolean };
  expect(result.ok).toBe(true);
  const calls = Object.fromEntries(Object.entries(emulator.meter.snapshot()).filter(([name]) => /^(Spreadsheet|Sheet|Range)/.test(name)));
  return { calls, result };
}

describe('the cost of polls (PRODUCT.md §5)', () => {
  it('answerPoll and listPolls make the same spreadsheet calls at 30 and 3,000 rows per tab, and listPolls sends at most 50 polls', () => {
    const answer = (project: ReturnType<typeof pollWorkbook>['project'], options: string[]) =>
      project.scriptRun('answerPoll', [{ pollId: 'POL-0001', answers: options.map((option) => ({ option, answer: 'yes' })) }]);
    expect(measured(3000, MEMBER, answer).calls).toEqual(measured(30, MEMBER, answer).calls);
    const list = (project: ReturnType<typeof pollWorkbook>['project']) => project.scriptRun('listPolls', []);
    for (const user of [MEMBER, COORDINATOR]) {
      const small = measured(30, user, list);
      const large = measured(3000, user, list);
      expect(large.calls).toEqual(small.calls);
      const page = large.result as unknown as { polls: unknown[]; total: number };
      expect([page.polls.length, page.total]).toEqual([50, 3000]);
      expect(JSON.stringify(page).length).toBeLessThan(100_000);
    }
  });
});
