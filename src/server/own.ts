import * as z from 'zod/mini';
import '../domain/zod';
import { enumLabel } from '../domain/enums';
import { refuse, UserError } from '../domain/errors';
import { wordingFor, type MessageKey } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import { describeChanges, pledgeLocked, proposalLocked } from '../domain/own';
import { recordsOf, type Proposal, type Resource } from '../domain/records';
import { checkSubmission, mergeErrors, type FormInput, type ProposalInput, type ResourceInput } from '../domain/submissions';
import { tallySupports } from '../domain/supports';
import { fieldOf, MEMBERS, OBJECTIVES, PROPOSALS, RESOURCES, SUPPORTS, type Table } from '../domain/tables';
import { withDocumentLock } from '../lock';
import { writeRows } from '../sheets/write';
import type { TableData } from '../sheets/table';
import type { Call } from './call';
import { logAfterCommit, type LogEntry } from './log';
import { problem, type Result } from './respond';
import { caller, endpoint, signedIn, type SchemaInput } from './endpoint';
import { writeSupportCounts } from './support-counts';
import { idsOf } from '../domain/records';
import { loadSettings, readTab, requireColumns, requireTab, today } from './workbook-data';

/**
 * A member's own submissions, changed after the fact (issue 22, PRODUCT.md §4): the author
 * edits or withdraws a proposal until a coordinator answers it, the pledger a pledge until
 * something of it is delivered. An edit is checked exactly as a new submission (the same
 * schema, the same checks against other tabs), under the document lock, and only the cells
 * that changed are written, with a Log row saying what changed. A withdrawal keeps the row,
 * marked `withdrawn`: the proposal stays listed and gives its supports back, the pledge leaves
 * every total (src/domain/own.ts).
 */

export type Changed = Result<{ id: string }>;

type Raw = Readonly<Record<string, unknown>>;

const proposalRef = z.object({ proposalId: fieldOf(PROPOSALS, 'id') });
const resourceRef = z.object({ resourceId: fieldOf(RESOURCES, 'id') });

type Owned = Pick<Proposal, 'id' | 'member'>;

/** A kind of submission as its owner changes it: its tab, its reference, and when it may no longer change. */
interface OwnKind<R extends Owned> {
  readonly table: Table;
  readonly read: (data: TableData) => R[];
  readonly field: string;
  readonly unknown: MessageKey;
  readonly locked: (record: R) => MessageKey | undefined;
}

const PROPOSAL: OwnKind<Proposal> = { table: PROPOSALS, read: (data) => recordsOf('proposals', data), field: 'proposalId', unknown: 'field.unknownProposal', locked: proposalLocked };
const PLEDGE: OwnKind<Resource> = { table: RESOURCES, read: (data) => recordsOf('resources', data), field: 'resourceId', unknown: 'field.unknownPledge', locked: pledgeLocked };

/** The caller's own proposal or pledge, found by ID while they may still change it; refused otherwise, with why. */
function ownRecord<R extends Owned>(call: Call, kind: OwnKind<R>, id: string) {
  const settings = loadSettings(call);
  const members = recordsOf('members', requireColumns(requireTab(call, MEMBERS), ['id', 'email', 'status'], settings.language));
  const me = caller(call, members, 'member');
  const data = requireTab(call, kind.table);
  const records = kind.read(data);
  const found = records.find((r) => r.id === id);
  if (!found) return refuse(kind.field, kind.unknown, { id });
  if (found.member !== me.id) throw new UserError('own.notYours', { id });
  const why = kind.locked(found);
  if (why) throw new UserError(why, { id });
  return { settings, language: settings.language, members, data, records, found };
}

/** Marks the caller's own row withdrawn (the row stays), logged once saved. */
function withdraw(call: Call, data: TableData, row: number, values: Raw, entry: LogEntry, language: Locale): Changed {
  requireColumns(data, Object.keys(values), language);
  writeRows(data, [{ row, values }], call.workbook, language);
  logAfterCommit(call, [entry], language);
  return { ok: true, id: entry.target ?? '' };
}

/** Once the reference is checked (endpoint): a signed-in caller, then the change under the document lock. */
function change(call: Call, run: () => Changed): Changed {
  signedIn(call);
  return withDocumentLock(call.google.LockService, run);
}

/** What an edit sends: the reference, and the form's fields as typed. */
type Edit<S extends z.ZodMiniType, F> = SchemaInput<S> & FormInput<F>;

/** Writes the changed cells and logs what changed; nothing at all when nothing did. */
function save(call: Call, data: TableData, row: number, before: Raw, after: Raw, action: string, id: string, language: Locale): Changed {
  const changes = describeChanges(before, after);
  if (changes.length === 0) return { ok: true, id };
  const changed = Object.fromEntries(Object.entries(after).filter(([key]) => String(before[key] ?? '') !== String(after[key] ?? '')));
  requireColumns(data, Object.keys(changed), language);
  writeRows(data, [{ row, values: changed }], call.workbook, language);
  logAfterCommit(call, [{ action, target: id, details: changes.join('; ') }], language);
  return { ok: true, id };
}

/** The author edits their proposal, checked as a new one, until a coordinator answers it. */
export const updateProposal = endpoint<typeof proposalRef, { id: string }, Edit<typeof proposalRef, ProposalInput>>(proposalRef, (call, { proposalId: id }, raw) =>
  change(call, (): Changed => {
    const { language, data, found } = ownRecord(call, PROPOSAL, id);
    const checked = checkSubmission('proposal', raw, wordingFor(call.caller.locale), today(call));
    const objective = typeof raw['objectiveId'] === 'string' ? raw['objectiveId'].trim() : '';
    const objectives = idsOf(requireColumns(requireTab(call, OBJECTIVES), ['id'], language));
    const against = /^O\d+$/.test(objective) && !objectives.includes(objective) ? [problem(call, 'objectiveId', 'field.unknownObjective', { id: objective })] : [];
    if (!checked.ok || against.length > 0) return { ok: false, errors: mergeErrors(checked.ok ? [] : checked.errors, against) };
    const p = checked.value;
    const before = { title: found.title, description: found.description, objective: found.objective, resourcesNeeded: found.resourcesNeeded };
    const after = { title: p.title, description: p.description ?? '', objective: p.objectiveId, resourcesNeeded: p.resourcesNeeded ?? '' };
    return save(call, data, found.row, before, after, 'proposal.edit', id, language);
  }),
);

/** The author takes their proposal back: it stays listed as withdrawn, and its supports return to their members at once. */
export const withdrawProposal = endpoint(proposalRef, (call, { proposalId: id }) =>
  change(call, (): Changed => {
    const { settings, language, members, data, records, found } = ownRecord(call, PROPOSAL, id);
    // The Supports column is recounted in the same call: every member's remaining supports follow at once.
    const supports = recordsOf('supports', readTab(call, SUPPORTS));
    const given = supports.filter((s) => s.proposal === id).length;
    const done = withdraw(call, data, found.row, { status: enumLabel('proposalStatus', 'withdrawn', language) }, { action: 'proposal.withdraw', target: id, details: `${found.title} (supports: ${given})` }, language);
    const after = records.map((p) => (p.id === id ? { ...p, status: 'withdrawn' as const } : p));
    writeSupportCounts(data, tallySupports(supports, members, after, settings.supportsPerMember).byProposal);
    return done;
  }),
);

/** The pledge's cells as a submission writes them (src/server/submissions.ts), for comparing and writing. */
function pledgeCells(r: { kind?: 'financial' | 'in-kind' | undefined; category?: string | undefined; description?: string | undefined; amount?: number | undefined; currency?: string | undefined; quantity?: number | undefined; unit?: string | undefined; availability?: string | undefined; availableFrom?: string | undefined; proposalId?: string | undefined }, language: Locale): Raw {
  const financial = r.kind === 'financial';
  const label = <E extends Parameters<typeof enumLabel>[0]>(name: E, code: string | undefined) => (code ? enumLabel(name, code as never, language) : '');
  return {
    kind: label('resourceKind', r.kind ?? 'in-kind'),
    category: label('category', r.category),
    description: r.description ?? '',
    amount: financial ? r.amount : '',
    currency: financial ? label('currency', r.currency) : '',
    quantity: r.quantity ?? '',
    unit: r.unit ?? '',
    availability: label('availability', r.availability),
    availableFrom: r.availability === 'planned' ? (r.availableFrom ?? '') : '',
    proposal: r.proposalId ?? '',
  };
}

/** The pledger edits their pledge, checked as a new one, until something of it is delivered. */
export const updateResource = endpoint<typeof resourceRef, { id: string }, Edit<typeof resourceRef, ResourceInput>>(resourceRef, (call, { resourceId: id }, raw) =>
  change(call, (): Changed => {
    const { language, data, found } = ownRecord(call, PLEDGE, id);
    const checked = checkSubmission('resource', raw, wordingFor(call.caller.locale), today(call));
    const proposal = typeof raw['proposalId'] === 'string' ? raw['proposalId'].trim() : '';
    const against = /^PRO-\d{3,}$/.test(proposal) && !idsOf(requireColumns(requireTab(call, PROPOSALS), ['id'], language)).includes(proposal)
      ? [problem(call, 'proposalId', 'field.unknownProposal', { id: proposal })]
      : [];
    if (!checked.ok || against.length > 0) return { ok: false, errors: mergeErrors(checked.ok ? [] : checked.errors, against) };
    return save(call, data, found.row, pledgeCells({ ...found, proposalId: found.proposal }, language), pledgeCells(checked.value, language), 'resource.edit', id, language);
  }),
);

/** The pledger takes their pledge back: the row stays, marked withdrawn, and leaves every total. */
export const withdrawResource = endpoint(resourceRef, (call, { resourceId: id }) =>
  change(call, (): Changed => {
    const { language, data, found } = ownRecord(call, PLEDGE, id);
    const details = found.description || (found.category ?? '');
    return withdraw(call, data, found.row, { availability: enumLabel('availability', 'withdrawn', language) }, { action: 'resource.withdraw', target: id, details }, language);
  }),
);
