import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { submitProposal, submitResource } from '../../src/server/submissions';
import { MARINA, groupWorkbook, rowsOf } from './submit-fixture';

/** Text as people type it: any characters, including ones a sheet would read as a formula or a number. */
const typed = (min: number, max: number) =>
  fc
    .tuple(fc.constantFrom('', '=', '+', '-', '@', "'", '0', ' '), fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }))
    // The product counts characters (code points), as people do: cut and measure the same way.
    .map(([prefix, rest]) => [...(prefix + rest)].slice(0, max).join(''))
    .filter((s) => [...s.trim()].length >= min);

const proposalArb = fc.record({
  title: typed(3, 150),
  description: typed(0, 300),
  objectiveId: fc.constantFrom('O1', 'O2', 'O3', 'O4', 'O5'),
  resourcesNeeded: typed(0, 100),
});

const documentOf = (emulator: ReturnType<typeof groupWorkbook>['emulator']) => {
  const { toasts: _t, ...rest } = emulator.spreadsheet.toJSON() as Record<string, unknown>;
  return JSON.stringify(rest);
};

describe('submissions, for any input', () => {
  it('accept a valid proposal and read it back as typed (trimmed)', () => {
    const { google, ss, as } = groupWorkbook();
    as(MARINA);
    fc.assert(
      fc.property(proposalArb, (input) => {
        const result = submitProposal(google, input);
        expect(result.ok).toBe(true);
        const row = rowsOf(ss, 'Propositions').at(-1) ?? [];
        const blankIsEmpty = (s: string) => s.trim();
        expect([row[0], row[1], row[2], row[3], row[7]]).toEqual([
          result.ok ? result.id : '',
          input.title.trim(),
          blankIsEmpty(input.description),
          input.objectiveId,
          blankIsEmpty(input.resourcesNeeded),
        ]);
      }),
      { numRuns: 60 },
    );
  });

  it('refuse junk with {ok: false} and write nothing', () => {
    const { google, emulator, as } = groupWorkbook();
    as(MARINA);
    const notText = fc.oneof(fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }));
    const junkTitle = fc.oneof(notText, fc.constant(''), fc.string({ maxLength: 2 }), fc.string({ minLength: 151, maxLength: 300 }));
    const junkObjective = fc.oneof(notText, fc.integer(), fc.boolean(), fc.constantFrom('O', 'X1', 'O3 O4', 'o-3'));
    // A number where text is expected is read as its digits (as a cell holding 100 would be), so it is no junk for a title.
    const junkProposal = fc.oneof(
      fc.tuple(proposalArb, junkTitle).map(([input, title]) => ({ ...input, title })),
      fc.tuple(proposalArb, junkObjective).map(([input, objectiveId]) => ({ ...input, objectiveId })),
    );
    const junkInput = fc.oneof(junkProposal, fc.anything().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)));
    const before = documentOf(emulator);
    fc.assert(
      fc.property(junkInput, (input) => {
        expect(submitProposal(google, input).ok).toBe(false);
        expect(submitResource(google, input).ok).toBe(false);
      }),
      { numRuns: 150 },
    );
    expect(documentOf(emulator)).toBe(before);
  });
});
