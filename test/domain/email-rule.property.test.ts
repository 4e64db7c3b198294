import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { email, isValidEmail } from '../../src/domain/fields';

// fields.ts states zod's "practical" email rule as a plain rule, so that Code.js carries none
// of zod's string-format machinery: it must accept exactly the addresses z.email() accepts.
const zodEmail = z.pipe(z.transform((s: string) => s.toLowerCase()), z.email());

const piece = fc.stringMatching(/^[A-Za-z0-9_'+.\-@ !#]{0,12}$/);
const address = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.tuple(piece, piece, fc.constantFrom('', '.', '.org', '.fr', '.c', '.com.br', '-x.io')).map(([a, b, c]) => `${a}@${b}${c}`),
);

describe('the email rule', () => {
  it('accepts exactly what zod’s z.email() accepts', () => {
    fc.assert(
      fc.property(address, (text) => {
        const ours = z.safeParse(email(), text).success;
        expect(ours, JSON.stringify(text)).toBe(z.safeParse(zodEmail, text).success);
      }),
      { numRuns: 3000 },
    );
    for (const text of ['ana@example.org', "o'brien+wg@ex-ample.co.uk", 'a.b@c.de', 'a..b@c.de', '.a@c.de', 'a@c', 'a@-c.de', 'a@c.d', 'a-@c.de', 'a@c.de ']) {
      expect(isValidEmail(text), text).toBe(z.safeParse(zodEmail, text).success);
    }
  });
});
