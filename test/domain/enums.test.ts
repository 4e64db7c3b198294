import { describe, expect, it } from 'vitest';
import { ENUMS, enumCodeOf, enumCodes, enumLabel, enumLabels, type EnumName } from '../../src/domain/enums';
import { LOCALES } from '../../src/domain/locale';

describe('enumerated labels', () => {
  it('reads a label typed in any language, whatever its case and spaces', () => {
    expect(enumCodeOf('proposalStatus', '  Priorisée ')).toBe('prioritized');
    expect(enumCodeOf('proposalStatus', 'PRIORIZADA')).toBe('prioritized');
    expect(enumCodeOf('proposalStatus', 'prioritized')).toBe('prioritized');
  });

  it('rejects what is no label of the list', () => {
    expect(enumCodeOf('role', 'admin')).toBeUndefined();
    expect(enumCodeOf('role', 42)).toBeUndefined();
  });

  it('offers dropdown labels in the workbook language', () => {
    expect(enumLabels('audience', 'fr')).toEqual(['tous', 'pôle Recife', 'pôle Nantes', 'coordination']);
    expect(enumLabels('meetingStatus', 'pt-BR')).toEqual(['planejada', 'cancelada', 'realizada']);
  });

  it.each(Object.keys(ENUMS) as EnumName[])('maps every %s label back to its own code', (name) => {
    for (const code of enumCodes(name)) {
      for (const locale of LOCALES) expect(enumCodeOf(name, enumLabel(name, code, locale))).toBe(code);
    }
  });

  it('uses the contract codes as the English labels', () => {
    expect(enumLabels('metric', 'en')).toEqual([
      'manual', 'members', 'proposals_prioritized', 'resources_declared', 'meetings_scheduled', 'actions_progress', 'resources_delivered',
    ]);
    expect(enumLabels('category', 'en')).toEqual([
      'funding', 'staff time', 'venue', 'expertise', 'equipment', 'communication', 'other',
    ]);
  });
});
