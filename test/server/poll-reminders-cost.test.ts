import { describe, expect, it } from 'vitest';
import { pollReminderWorkbook } from '../../bench/polls';

/** Spreadsheet calls of one sendReminders run of the built bundle, and its answer. */
function measured(rows: number, dryRun: boolean) {
  const { emulator, project } = pollReminderWorkbook(rows);
  emulator.meter.reset();
  const result = project.scriptRun('sendReminders', [{ dryRun }]) as { ok: boolean; polls: { sent: unknown[] } };
  expect(result.ok).toBe(true);
  // The Log grows by one row per email: at 3,000 rows it needs one insertRowsAfter more, whatever the count.
  const calls = Object.fromEntries(Object.entries(emulator.meter.snapshot()).filter(([name]) => /^(Spreadsheet|Sheet|Range)/.test(name) && name !== 'Sheet.insertRowsAfter'));
  return { calls, sent: result.polls.sent.length, outbox: emulator.mail.outbox.length };
}

describe('the cost of poll reminders (PRODUCT.md §5)', () => {
  it('Send reminders, dry or real, makes the same spreadsheet calls at 30 and 3,000 rows per tab with a poll due', () => {
    for (const dryRun of [true, false]) {
      const small = measured(30, dryRun);
      const large = measured(3000, dryRun);
      expect(large.calls).toEqual(small.calls);
      // Everyone who has not answered POL-0001 is due one: many more at 3,000 rows.
      expect(large.sent).toBeGreaterThan(small.sent);
      expect(small.sent).toBeGreaterThan(0);
    }
  });
});
