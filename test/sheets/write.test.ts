import { describe, expect, it } from 'vitest';
import { LOG, PROPOSALS, type Table } from '../../src/domain/tables';
import { readTable } from '../../src/sheets/table';
import { rewriteColumn, textMaker, writeRows } from '../../src/sheets/write';
import { harness } from '../emulator/spreadsheet-env';

// The one writer (src/sheets/write.ts): how a cell goes in follows its column's kind, under
// both of the emulator's text rules, with calls that do not grow with the rows.

const ZONE = 'Europe/Paris';
const TRICKY = ['=1+1', '0012', '+33 1 40 00', '2027-01-12', 'TRUE', "'90s fair"];

function tab(textRule: 'pessimistic' | 'plain-text-trusted', table: Table, rows: readonly (readonly unknown[])[]) {
  const h = harness();
  h.options.textRule = textRule;
  const sheet = h.sheet();
  const header = [...table.columns.map((c) => c.header.en), 'My own'];
  sheet.getRange(1, 1, 1, header.length).setValues([header]);
  if (rows.length + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  if (rows.length > 0) sheet.getRange(2, 1, rows.length, header.length).setValues(rows.map((row) => [...row]));
  const workbook = { timeZone: ZONE, text: textMaker(h.app) };
  return { h, sheet, workbook, read: () => readTable(sheet, table, ZONE), width: header.length };
}

describe.each(['pessimistic', 'plain-text-trusted'] as const)('writeRows, %s text rule', (rule) => {
  it('keeps people’s text literal, writes labels and dates as values, and leaves the row’s other cells alone', () => {
    const width = PROPOSALS.columns.length + 1;
    const row = Array.from({ length: width }, () => '' as unknown);
    row[0] = 'PRO-001';
    const { sheet, workbook, read } = tab(rule, PROPOSALS, [row]);
    sheet.getRange(2, width).setFormula('=ROW()');
    for (const text of TRICKY) {
      writeRows(read(), [{ row: 2, values: { status: 'priorisée', priorityRank: 2, answer: text, answered: '2027-01-12' } }], workbook, 'fr');
      const values = sheet.getRange(2, 1, 1, width).getValues()[0] ?? [];
      const at = (key: string) => values[PROPOSALS.columns.findIndex((c) => c.key === key)];
      expect(at('answer')).toBe(text);
      expect(sheet.getRange(2, PROPOSALS.columns.findIndex((c) => c.key === 'answer') + 1).getFormula()).toBe('');
      expect(at('status')).toBe('priorisée');
      expect(at('priorityRank')).toBe(2);
      expect(at('answered')).toBeInstanceOf(Date);
      expect(sheet.getRange(2, width).getFormula()).toBe('=ROW()');
    }
  });
});

describe('rewriteColumn', () => {
  const logRows = (n: number) => Array.from({ length: n }, (_, i) => [new Date(Date.UTC(2027, 0, 1, 0, i)), `m${i}@example.org`, 'proposal.submit', `PRO-${i}`, TRICKY[i % TRICKY.length], '']);

  it('keeps people’s text literal in a column rewritten whole', () => {
    const { sheet, read } = tab('pessimistic', LOG, logRows(6));
    const data = read();
    const details = LOG.columns.findIndex((c) => c.key === 'details');
    expect(rewriteColumn(data, 'user', data.grid.slice(1).map((_, i) => TRICKY[i] ?? ''))).toBe(true);
    const user = LOG.columns.findIndex((c) => c.key === 'user');
    expect(sheet.getRange(2, user + 1, 6, 1).getValues().map(([v]) => v)).toEqual(TRICKY);
    expect(sheet.getRange(2, user + 1, 6, 1).getFormulas().flat().filter(Boolean)).toEqual([]);
    // The column beside it was not written.
    expect(sheet.getRange(2, details + 1, 6, 1).getFormulas().flat().filter(Boolean).length).toBeGreaterThan(0);
  });

  it('writes nothing when no cell changed, and the same calls at 30 and 3,000 rows', () => {
    const calls = (n: number) => {
      const { h, read } = tab('pessimistic', LOG, logRows(n));
      const data = read();
      h.meter.reset();
      expect(rewriteColumn(data, 'target', data.grid.slice(1).map((line) => line[3] as string))).toBe(false);
      expect(h.meter.total()).toBe(0);
      rewriteColumn(data, 'target', data.grid.slice(1).map((_, i) => `MEM-${i}`));
      return h.meter.snapshot();
    };
    expect(calls(3000)).toEqual(calls(30));
  });
});
