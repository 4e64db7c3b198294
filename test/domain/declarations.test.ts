import { describe, expect, expectTypeOf, it } from 'vitest';
import * as zod from 'zod/mini';
import type * as z from 'zod/mini';
import type { DeliverablePledge, MilestoneView } from '../../src/contract/action-plan';
import type { MeetingRecordView, PollView } from '../../src/contract/polls';
import type { ProposalListing } from '../../src/contract/proposals';
import type { ResourceView } from '../../src/contract/sidebar-state';
import { wordingFor } from '../../src/domain/i18n';
import { deliveryInput, milestoneInput } from '../../src/domain/plan-inputs';
import { answerPollInput, closeMeetingInput, closePollInput, openPollInput } from '../../src/domain/polls';
import { slotInput } from '../../src/domain/slots';
import { meetingInput, memberInput, proposalInput, resourceInput } from '../../src/domain/submissions';
import { answerInput, listInput, supportInput } from '../../src/domain/supports';
import { check } from '../../src/domain/validate';
import { ENUMS, enumCodes, enumLabel, type EnumCode, type EnumName } from '../../src/domain/enums';
import { recordsOf, type Meeting, type Member, type Milestone, type Objective, type Poll, type PollAnswer, type Proposal, type Resource, type Setting, type Support, type Translation } from '../../src/domain/records';
import {
  MEETINGS, MEMBERS, MILESTONES, OBJECTIVES, POLL_ANSWERS, POLLS, PROPOSALS, RESOURCES, SETTINGS, SUPPORTS, TRANSLATIONS,
  fieldOf, type Column, type ColumnKey, type Table, type TableKey,
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

/**
 * Every field of the forms (what the sidebar sends, checked alike by the sidebar and the
 * server) checks a value as its column does: a limit, an enum, a range or a pattern cannot
 * drift between a form and its tab. A field may allow blank where its column does not (the
 * server fills it in) or the reverse; its rule for a value is the column's all the same.
 * The few fields that are no column are named, with why. (The sidebar's forms state their
 * rules with fields.ts's named builders rather than import the tabs' declarations, which
 * would cost every sidebar page the declarations of every tab its forms fill.)
 */
type Shape = Readonly<Record<string, z.ZodMiniType>>;
interface Form {
  readonly shape: Shape;
  readonly table: Table;
  /** Fields named otherwise than their column, or of another tab's. */
  readonly columns?: Readonly<Record<string, readonly [Table, string]>>;
  /** Fields that are no column, and why. */
  readonly own?: Readonly<Record<string, string>>;
}

const yesNo = 'a box ticked, not a cell';
const FORMS: Readonly<Record<string, Form>> = {
  member: { shape: memberInput.shape, table: MEMBERS, own: { consent: 'the notice accepted now, dated by the server', emails: yesNo } },
  proposal: { shape: proposalInput.shape, table: PROPOSALS, columns: { objectiveId: [PROPOSALS, 'objective'] } },
  resource: { shape: resourceInput.shape, table: RESOURCES, columns: { proposalId: [RESOURCES, 'proposal'] } },
  meeting: { shape: meetingInput.shape, table: MEETINGS, columns: { startTime: [MEETINGS, 'start'] }, own: { confirmOutsideHours: yesNo } },
  openPoll: { shape: openPollInput.shape, table: POLLS, own: { options: 'a list of dates and starts, written as lines', confirmOutsideHours: yesNo } },
  answerPoll: { shape: answerPollInput.shape, table: POLLS, columns: { pollId: [POLLS, 'id'] }, own: { answers: 'a list of Poll answers rows (checked below)' } },
  answerPollRow: { shape: (answerPollInput.shape.answers.def.element as unknown as { shape: Shape }).shape, table: POLL_ANSWERS },
  closePoll: { shape: closePollInput.shape, table: POLLS, columns: { pollId: [POLLS, 'id'], option: [POLL_ANSWERS, 'option'] }, own: { confirmOutsideHours: yesNo } },
  closeMeeting: { shape: closeMeetingInput.shape, table: MEETINGS, columns: { meetingId: [MEETINGS, 'id'] }, own: { proposalIds: 'a list of Proposals IDs (checked below)' } },
  milestone: { shape: milestoneInput.shape, table: MILESTONES, columns: { proposalId: [MILESTONES, 'proposal'] } },
  delivery: { shape: deliveryInput.shape, table: RESOURCES, columns: { resourceId: [RESOURCES, 'id'] }, own: { delivered: 'this delivery, added to the cell: money read in the pledge’s currency' } },
  answer: { shape: answerInput.shape, table: PROPOSALS, columns: { proposalId: [PROPOSALS, 'id'] } },
  support: { shape: supportInput.shape, table: PROPOSALS, columns: { proposalId: [PROPOSALS, 'id'] } },
  list: { shape: listInput.shape, table: PROPOSALS, columns: { objectiveId: [OBJECTIVES, 'id'] }, own: { sort: 'how the list is ordered', offset: 'where the page starts' } },
  slots: { shape: slotInput.shape, table: MEETINGS },
};

/** A field's rule for a value present: what `required` or `optional` (fields.ts) wraps. */
function ruleOf(field: z.ZodMiniType): z.ZodMiniType {
  const out = (field.def as { out?: z.ZodMiniType }).out;
  if (!out) return field;
  return out.def.type === 'optional' ? (out.def as unknown as { innerType: z.ZodMiniType }).innerType : out;
}

/** Values on either side of every limit and pattern the columns declare. */
const SAMPLES: readonly unknown[] = [
  ...[1, 2, 3, 119, 120, 121, 149, 150, 151, 1999, 2000, 2001, 9999, 10_000, 10_001].map((n) => 'é'.repeat(n)),
  -1, 0, 1, 1.5, 14, 15, 600, 601, '90', '1,5', 'BR', 'br', 'UK', 'a@b.org', 'a@b', '2027-03-04', '2027-13-01', '09:30', '9h30', 'Europe/Paris', 'Mars/Olympus',
  'PRO-001', 'MEM-001', 'RES-001', 'MIL-001', 'MTG-001', 'POL-001', 'O1', 'O', '2027-03-04 10:00', '2027-03-04 25:00', 'PRO-001, PRO-002', true,
  ...(Object.keys(ENUMS) as EnumName[]).flatMap((name) => enumCodes(name)),
];

function verdicts(field: z.ZodMiniType): string {
  const rule = ruleOf(field);
  return SAMPLES.map((value) => (zod.safeParse(rule, value).success ? '1' : '0')).join('');
}

describe('form fields checked by their columns’ rules', () => {
  it.each(Object.entries(FORMS))('%s: every field checks a value as its column does, or says why it is no column', (_name, form) => {
    for (const [field, schema] of Object.entries(form.shape)) {
      if (form.own?.[field]) continue;
      const [table, key] = form.columns?.[field] ?? [form.table, field];
      const column = table.columns.find((c) => c.key === key);
      expect(column, `${field}: no column ${table.key}.${key}`).toBeDefined();
      expect(verdicts(schema), `${field} checks otherwise than ${table.key}.${key}`).toBe(verdicts(column?.schema as z.ZodMiniType));
    }
  });

  it('checks the proposals a meeting discussed with the Proposals ID column’s rule', () => {
    expect(verdicts(closeMeetingInput.shape.proposalIds.def.innerType.def.element)).toBe(verdicts(fieldOf(PROPOSALS, 'id')));
  });

  it('keeps a rule a form and its column share: the title’s 150 characters, a meeting’s 15 to 600 minutes', () => {
    const wording = wordingFor('en');
    const title = 'x'.repeat(151);
    expect(check(proposalInput, { title, objectiveId: 'O1' }, wording)).toMatchObject({ ok: false, errors: [{ field: 'title' }] });
    expect(check(fieldOf(PROPOSALS, 'title'), title, wording).ok).toBe(false);
    expect(check(openPollInput.shape.durationMinutes, '601', wording).ok).toBe(false);
    expect(check(openPollInput.shape.durationMinutes, '', wording)).toEqual({ ok: true, value: undefined });
    expect(check(fieldOf(POLLS, 'durationMinutes'), '', wording).ok).toBe(false);
  });

  it('types each form’s fields as its columns’ values', () => {
    expectTypeOf<z.output<typeof resourceInput>['currency']>().toEqualTypeOf<EnumCode<'currency'> | undefined>();
    expectTypeOf<z.output<typeof meetingInput>['durationMinutes']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<z.output<typeof milestoneInput>['status']>().toEqualTypeOf<EnumCode<'milestoneStatus'>>();
    expectTypeOf<z.output<typeof answerInput>['answer']>().toEqualTypeOf<string>();
  });
});

describe('the contract’s rows picked from the records', () => {
  it('sends a record’s fields as JSON: a blank number or enum as null, the rest as the record has them', () => {
    expectTypeOf<ResourceView['currency']>().toEqualTypeOf<EnumCode<'currency'> | null>();
    expectTypeOf<ResourceView['amount']>().toEqualTypeOf<number | null>();
    expectTypeOf<MilestoneView['due']>().toEqualTypeOf<Milestone['due']>();
    expectTypeOf<PollView['status']>().toEqualTypeOf<EnumCode<'pollStatus'> | null>();
    expectTypeOf<ProposalListing['priorityRank']>().toEqualTypeOf<number | null>();
    expectTypeOf<MeetingRecordView['attendees']>().toEqualTypeOf<number | null>();
    expectTypeOf<DeliverablePledge['kind']>().toEqualTypeOf<EnumCode<'resourceKind'> | null>();
  });
});
