import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossProblems, rowProblems, type RowData } from '../../src/domain/rows';
import { enumLabel, enumCodes, type EnumName } from '../../src/domain/enums';
import { LOCALES } from '../../src/domain/locale';
import { MEETINGS, MEMBERS } from '../../src/domain/tables';

const label = (name: EnumName) =>
  fc.tuple(fc.constantFrom(...enumCodes(name)), fc.constantFrom(...LOCALES)).map(([code, locale]) => enumLabel(name, code as never, locale));

/** Addresses as members have them (letters, digits, dots, dashes); RFC oddities such as "!#$" are out of scope. */
const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const email = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.array(word, { minLength: 1, maxLength: 2 }), fc.constantFrom('org', 'br', 'fr', 'com'))
  .map(([local, domain, tld]) => `${local.join('.')}@${domain.join('-')}.${tld}`);

const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0);

const memberRow = fc.record({
  id: fc.integer({ min: 1, max: 99999 }).map((n) => `MEM-${String(n).padStart(3, '0')}`),
  name: text(120),
  email,
  organization: fc.string({ maxLength: 50 }),
  city: text(60),
  country: fc.constantFrom('BR', 'FR', 'pt', 'de'),
  hub: label('hub'),
  role: label('role'),
  // Erased rows have rules of their own (below): their personal cells are blank on purpose.
  status: label('memberStatus').filter((status) => !LOCALES.some((l) => status === enumLabel('memberStatus', 'erased', l))),
  joined: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
});

const meetingRow = fc.record({
  id: fc.integer({ min: 1, max: 999 }).map((n) => `MTG-${String(n).padStart(3, '0')}`),
  title: text(150),
  date: fc.date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  start: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  durationMinutes: fc.integer({ min: 15, max: 600 }),
  timeZone: fc.constantFrom('America/Recife', 'Europe/Paris', 'America/Sao_Paulo'),
  location: fc.string({ maxLength: 40 }),
  audience: label('audience'),
  agenda: fc.string({ maxLength: 100 }),
  status: label('meetingStatus'),
});

/** For each column, values no rule accepts. */
const INVALID: Record<string, fc.Arbitrary<unknown>> = {
  name: fc.constantFrom('', '   ', 'x'.repeat(121)),
  email: fc.constantFrom('', 'no-at-sign', 'a@', '@b.org'),
  city: fc.constantFrom('', ' '),
  country: fc.constantFrom('', 'BRA', 'Brasil', '1'),
  hub: fc.constantFrom('', 'Paris', 'São Paulo'),
  role: fc.constantFrom('', 'admin'),
  status: fc.constantFrom('', 'paused'),
  joined: fc.constantFrom('', '2027-02-30', 'yesterday'),
  title: fc.constantFrom('', 'x'.repeat(151)),
  date: fc.constantFrom('', '2027-13-01'),
  start: fc.constantFrom('', '24:00', '9:5', '10h'),
  durationMinutes: fc.constantFrom(0, 14, 601, 30.5, 'long'),
  timeZone: fc.constantFrom('', 'Mars/Base', 'UTC+3'),
  audience: fc.constantFrom('', 'everyone'),
};

const row = (values: Record<string, unknown>, at = 2): RowData => ({ row: at, values });

describe.each([
  ['Members', MEMBERS, memberRow],
  ['Meetings', MEETINGS, meetingRow],
] as const)('%s rows', (_name, table, arbitrary) => {
  it('pass when generated valid', () => {
    fc.assert(fc.property(arbitrary, (values) => {
      expect(rowProblems(table, [row(values)])).toEqual([]);
    }));
  });

  it('flag exactly the one cell made invalid', () => {
    const columns = Object.keys(INVALID).filter((key) => table.columns.some((c) => c.key === key));
    const broken = fc
      .tuple(arbitrary, fc.constantFrom(...columns))
      .chain(([values, column]) => (INVALID[column] as fc.Arbitrary<unknown>).map((bad) => ({ values: { ...values, [column]: bad }, column })));
    fc.assert(
      fc.property(broken, ({ values, column }) => {
        expect(rowProblems(table, [row(values)]).map((p) => p.column)).toEqual([column]);
      }),
    );
  });
});

describe('erased members', () => {
  it('pass with their personal cells blank, in any language, and are still checked for the rest', () => {
    const erased = fc.tuple(memberRow, fc.constantFrom(...LOCALES)).map(([values, l]) => ({
      ...values, name: '', email: '', organization: '', city: '', country: '', status: enumLabel('memberStatus', 'erased', l),
    }));
    fc.assert(fc.property(erased, (values) => {
      expect(rowProblems(MEMBERS, [row(values)])).toEqual([]);
      expect(rowProblems(MEMBERS, [row({ ...values, hub: 'Paris' })]).map((p) => p.column)).toEqual(['hub']);
      expect(rowProblems(MEMBERS, [row({ ...values, email: 'not an email' })]).map((p) => p.column)).toEqual(['email']);
    }));
  });
});

describe('rules across rows', () => {
  it('flag both rows of an email used twice, and no other', () => {
    fc.assert(
      fc.property(memberRow, memberRow, email, (a, b, address) => {
        const rows = [row({ ...a, id: 'MEM-001', email: address }, 2), row({ ...b, id: 'MEM-002', email: address.toUpperCase() }, 3)];
        const problems = crossProblems(MEMBERS, rows, { members: new Set(), objectives: new Set(), proposals: new Set() });
        expect(problems.map((p) => `${p.row}:${p.column}`)).toEqual(['2:email', '3:email']);
      }),
    );
  });
});
