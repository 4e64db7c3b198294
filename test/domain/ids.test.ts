import { describe, expect, it } from 'vitest';
import { nextId } from '../../src/domain/ids';

describe('generated IDs', () => {
  it('starts at 001', () => {
    expect(nextId('PRO', [], 0).id).toBe('PRO-001');
  });

  it('follows the highest ID in the sheet, ignoring foreign text', () => {
    expect(nextId('MEM', ['MEM-002', 'MEM-010', 'hello', 'PRO-050', ''], 0).id).toBe('MEM-011');
  });

  it('never reuses an ID issued before, even when its row was deleted', () => {
    expect(nextId('MEM', ['MEM-001'], 7).id).toBe('MEM-008');
  });

  it('grows past three digits when needed', () => {
    expect(nextId('RES', ['RES-999'], 0).id).toBe('RES-1000');
  });
});
