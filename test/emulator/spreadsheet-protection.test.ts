import { describe, expect, it } from 'vitest';
import { harness } from './spreadsheet-env';

// Protection: https://developers.google.com/apps-script/reference/spreadsheet/protection
// Sheet.protect: https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()

describe('sheet protection', () => {
  it('is listed by getProtections(SHEET)', () => {
    const h = harness();
    h.sheet().protect().setDescription('Computed');
    const [p] = h.sheet().getProtections(h.app.ProtectionType.SHEET);
    expect([p?.getDescription(), p?.getProtectionType()]).toEqual(['Computed', h.app.ProtectionType.SHEET]);
  });

  it('is returned again when the sheet is already protected', () => {
    // "If the sheet is already protected, this method returns an object representing the existing protection settings."
    const h = harness();
    h.sheet().protect().setDescription('first');
    expect(h.sheet().protect().getDescription()).toBe('first');
    expect(h.sheet().getProtections(h.app.ProtectionType.SHEET)).toHaveLength(1);
  });

  it('covers the whole sheet', () => {
    const range = harness().sheet().protect().getRange();
    expect(range.getA1Notation()).toBe('A1:Z1000');
  });

  it('records warning-only mode', () => {
    const p = harness().sheet().protect().setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
  });

  it('lets the owner edit', () => {
    expect(harness().sheet().protect().canEdit()).toBe(true);
  });

  it('is gone after remove', () => {
    const h = harness();
    h.sheet().protect().remove();
    expect(h.sheet().getProtections(h.app.ProtectionType.SHEET)).toEqual([]);
  });
});

describe('range protection', () => {
  it('is listed by getProtections(RANGE) with its range', () => {
    const h = harness();
    h.sheet().getRange('A1:C1').protect().setDescription('Headers');
    const [p] = h.sheet().getProtections(h.app.ProtectionType.RANGE);
    expect([p?.getRange().getA1Notation(), p?.getDescription()]).toEqual(['A1:C1', 'Headers']);
  });

  it('is not listed as a sheet protection', () => {
    const h = harness();
    h.sheet().getRange('A1').protect();
    expect(h.sheet().getProtections(h.app.ProtectionType.SHEET)).toEqual([]);
  });
});
