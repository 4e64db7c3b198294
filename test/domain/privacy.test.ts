import { describe, expect, it } from 'vitest';
import { finderOf } from '../../src/domain/privacy';

const ana = finderOf({ id: 'MEM-002', email: 'ana@example.org', name: 'Ana' });

describe('finding a person to erase', () => {
  it('finds them by member ID as a whole word, or by email in any case', () => {
    expect(ana.mentions('support by MEM-002')).toBe(true);
    expect(ana.mentions('MEM-0021')).toBe(false);
    expect(ana.mentions('Write to ANA@Example.org')).toBe(true);
    expect(ana.mentions('Ana')).toBe(false);
  });

  it('replaces their email everywhere, and their name as a whole word in the lines about them only', () => {
    expect(ana.scrub([
      ['MEM-002', 'Banana fair by Ana', 'Ana’s idea'],
      ['MEM-003', 'Ana helps', 'cc: ANA@example.org'],
      [12, 'Feira', new Date(0)],
    ])).toEqual([
      ['MEM-002', 'Banana fair by MEM-002', 'MEM-002’s idea'],
      ['MEM-003', 'MEM-002 helps', 'cc: MEM-002'],
      [12, 'Feira', new Date(0)],
    ]);
  });

  it('leaves unchanged cells as the very same values', () => {
    const row = ['Feira', 'Moeda'];
    const [after] = ana.scrub([row]);
    expect(after?.[0]).toBe(row[0]);
  });
});
