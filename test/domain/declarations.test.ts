import { describe, expect, expectTypeOf, it } from 'vitest';
import { enumCodes, enumLabel, type EnumCode } from '../../src/domain/enums';
import { recordsOf, type Meeting, type Member, type Milestone, type Objective, type Poll, type PollAnswer, type Proposal, type Resource, type Setting, type Support, type Translation } from '../../src/domain/records';
import {
  MEETINGS, MEMBERS, MILESTONES, OBJECTIVES, POLL_ANSWERS, POLLS, PROPOSALS, RESOURCES, SETTINGS, SUPPORTS, TRANSLATIONS,
  type Column, type ColumnKey, type Table, type TableKey,
} from '../../src/domain/tables';

/**
 * The column declarations (src/domain/tables.ts) are the one source of the records' types:
 * every declared column is a field of its tab's record, read by its kind, so a column and
 * its field cannot drift apart.
 */

type Keyed = Exclude<TableKey, 'dashboard' | 'log'>;
const TABS: readonly (readonly [Keyed, Table])[] = [
  ['settings', SETTINGS], ['members', MEMBERS], ['objectives', OBJECTIVES], ['proposals', PROPOSALS], ['resources', RESOURCES], ['meetings', MEETINGS],
  ['supports', SUPPORTS], ['polls', POLLS], ['pollAnswers', POLL_ANSWERS], ['milestones', MILESTONES], ['translations', TRANSLATIONS],
];

/** A value a person could type in the column, and what the record holds for it. */
function sample(column: Column): { cell: unknown; read: unknown } {
  if (column.enum) {
    const code = String(enumCodes(column.enum)[0]);
    return { cell: enumLabel(column.enum, code as never, 'fr'), read: code };
  }
  switch (column.kind) {
    case 'number': case 'integer': case 'money': return { cell: 12, read: 12 };
    case 'percent': return { cell: 0.5, read: 0.5 };
    case 'date': return { cell: '2027-03-04', read: '2027-03-04' };
    default: return { cell: `  ${column.key} typed  `, read: `${column.key} typed` };
  }
}

/** Fields a tab's record reads differently from its column (records.ts, DERIVED): checked by their own tests. */
const DERIVED: Partial<Record<Keyed, readonly string[]>> = {
  settings: ['value'],
  members: ['email', 'emails'],
  objectives: ['priority'],
  meetings: ['synced'],
  polls: ['options'],
};

describe('records typed from the column declarations', () => {
  it.each(TABS)('reads every declared column of %s into its field, by the column’s kind', (key, table) => {
    const cells = Object.fromEntries(table.columns.map((c) => [c.key, sample(c).cell]));
    const [record] = recordsOf(key, { rows: [{ row: 7, values: cells }] }) as unknown as Record<string, unknown>[];
    expect(record?.['row']).toBe(7);
    for (const column of table.columns) {
      expect(record, `${key}.${column.key}`).toHaveProperty(column.key);
      if (!DERIVED[key]?.includes(column.key)) expect(record?.[column.key], `${key}.${column.key}`).toEqual(sample(column).read);
    }
  });

  it('reads a blank cell as undefined for enums and numbers, and as empty text otherwise', () => {
    const [blank] = recordsOf('resources', { rows: [{ row: 2, values: {} }] });
    expect(blank).toMatchObject({ kind: undefined, amount: undefined, delivered: undefined, description: '', availableFrom: '', proposal: '' });
  });

  it('derives the few fields a record reads differently, from the same row', () => {
    const [member] = recordsOf('members', { rows: [{ row: 2, values: { email: 'Ana@Example.ORG', status: '', emails: 'oui' } }] });
    expect(member).toMatchObject({ email: 'ana@example.org', active: true, erased: false, emails: true });
    const [meeting] = recordsOf('meetings', { rows: [{ row: 2, values: { synced: '', discussedProposals: 'PRO-001, PRO-002' } }] });
    expect(meeting).toMatchObject({ synced: false, discussed: ['PRO-001', 'PRO-002'] });
  });

  it('types each record from its declaration: every column a field of its kind', () => {
    expectTypeOf<ColumnKey<typeof SETTINGS>>().toExtend<keyof Setting>();
    expectTypeOf<ColumnKey<typeof MEMBERS>>().toExtend<keyof Member>();
    expectTypeOf<ColumnKey<typeof OBJECTIVES>>().toExtend<keyof Objective>();
    expectTypeOf<ColumnKey<typeof PROPOSALS>>().toExtend<keyof Proposal>();
    expectTypeOf<ColumnKey<typeof RESOURCES>>().toExtend<keyof Resource>();
    expectTypeOf<ColumnKey<typeof MEETINGS>>().toExtend<keyof Meeting>();
    expectTypeOf<ColumnKey<typeof SUPPORTS>>().toExtend<keyof Support>();
    expectTypeOf<ColumnKey<typeof POLLS>>().toExtend<keyof Poll>();
    expectTypeOf<ColumnKey<typeof POLL_ANSWERS>>().toExtend<keyof PollAnswer>();
    expectTypeOf<ColumnKey<typeof MILESTONES>>().toExtend<keyof Milestone>();
    expectTypeOf<ColumnKey<typeof TRANSLATIONS>>().toExtend<keyof Translation>();
    // Enums as their codes, numbers as numbers, the rest as text.
    expectTypeOf<Resource['currency']>().toEqualTypeOf<EnumCode<'currency'> | undefined>();
    expectTypeOf<Resource['amount']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Meeting['durationMinutes']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Milestone['due']>().toEqualTypeOf<string>();
    expectTypeOf<Proposal['progress']>().toEqualTypeOf<unknown>();
    // The derived fields, in place of the columns they read differently.
    expectTypeOf<Member['emails']>().toEqualTypeOf<boolean>();
    expectTypeOf<Meeting['synced']>().toEqualTypeOf<boolean>();
    expectTypeOf<Poll['options']>().toEqualTypeOf<string[]>();
    expectTypeOf<Objective['priority']>().toEqualTypeOf<boolean>();
    expectTypeOf<Setting['value']>().toEqualTypeOf<unknown>();
  });
});
