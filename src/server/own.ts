import * as z from 'zod/mini';
import '../domain/zod';
import { enumLabel } from '../domain/enums';
import { UserError } from '../domain/errors';
import { t, wordingFor, type MessageKey, type MessageParams } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import { describeChanges, pledgeLocked, proposalLocked } from '../domain/own';
import { recordsOf, type Member } from '../domain/records';
import { checkSubmission, mergeErrors, type FormInput, type ProposalInput, type ResourceInput } from '../domain/submissions';
import { tallySupports } from '../domain/supports';
import { fieldOf, MEMBERS, OBJECTIVES, PROPOSALS, RESOURCES, SUPPORTS } from '../domain/tables';
import type { FieldError } from '../domain/validate';
import { withDocumentLock } from '../lock';
import { writeRows } from '../sheets/write';
import type { TableData } from '../sheets/table';
import type { Call } from './call';
import { logAfterCommit } from './log';
import type { Result } from './respond';
import { caller, endpoint, signedIn, type SchemaInput } from './endpoint';
import { writeSupportCounts } from './supports';
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

const worded = (locale: Locale, field: string, key: MessageKey, params: MessageParams = {}): FieldError => ({ field, message: t(locale, key, params) });

/** The caller's own row of a tab, found by ID, or why they may not change it. */
function ownRow<R extends { id: string; member: string }>(rows: readonly R[], id: string, me: Member, field: string, unknown: MessageKey, locale: Locale): R | FieldError {
  const row = rows.find((r) => r.id === id);
  if (!row) return worded(locale, field, unknown, { id });
  if (row.member !== me.id) throw new UserError('own.notYours', { id });
  return row;
}

const isError = (value: object): value is FieldError => 'message' in value;

/** Once the reference is checked (endpoint): a signed-in caller, then the change under the document lock. */
function change(call: Call, run: () => Changed): Changed {
  signedIn(call);
  return withDocumentLock(call.google.LockService, run);
}

/** What an edit sends: the reference, and the form's fields as typed. */
type Edit<S extends z.ZodMiniType, F> = SchemaInput<S> & FormInput<F>;

function membersOf(call: Call, language: Locale): Member[] {
  return recordsOf('members', requireColumns(requireTab(call, MEMBERS), ['id', 'email', 'status'], language));
}

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
    const locale = call.caller.locale;
    const language = loadSettings(call).language;
    const me = caller(call, membersOf(call, language), 'member');
    const data = requireTab(call, PROPOSALS);
    const found = ownRow(recordsOf('proposals', data), id, me, 'proposalId', 'field.unknownProposal', locale);
    if (isError(found)) return { ok: false, errors: [found] };
    const locked = proposalLocked(found);
    if (locked) throw new UserError(locked, { id });
    const checked = checkSubmission('proposal', raw, wordingFor(locale), today(call));
    const objective = typeof raw['objectiveId'] === 'string' ? raw['objectiveId'].trim() : '';
    const objectives = idsOf(requireColumns(requireTab(call, OBJECTIVES), ['id'], language));
    const against = /^O\d+$/.test(objective) && !objectives.includes(objective) ? [worded(locale, 'objectiveId', 'field.unknownObjective', { id: objective })] : [];
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
    const settings = loadSettings(call);
    const language = settings.language;
    const members = membersOf(call, language);
    const me = caller(call, members, 'member');
    const data = requireTab(call, PROPOSALS);
    const proposals = recordsOf('proposals', data);
    const found = ownRow(proposals, id, me, 'proposalId', 'field.unknownProposal', call.caller.locale);
    if (isError(found)) return { ok: false, errors: [found] };
    const locked = proposalLocked(found);
    if (locked) throw new UserError(locked, { id });
    requireColumns(data, ['status'], language);
    writeRows(data, [{ row: found.row, values: { status: enumLabel('proposalStatus', 'withdrawn', language) } }], call.workbook, language);
    // The Supports column is recounted in the same call: every member's remaining supports follow at once.
    const supports = recordsOf('supports', readTab(call, SUPPORTS));
    const after = proposals.map((p) => (p.id === id ? { ...p, status: 'withdrawn' as const } : p));
    const given = supports.filter((s) => s.proposal === id).length;
    writeSupportCounts(data, tallySupports(supports, members, after, settings.supportsPerMember).byProposal);
    logAfterCommit(call, [{ action: 'proposal.withdraw', target: id, details: `${found.title} (supports: ${given})` }], language);
    return { ok: true, id };
  }),
);

/** The pledge's cells as a submission writes them (src/server/submissions.ts), for comparing and writing. */
function pledgeCells(r: { kind: 'financial' | 'in-kind'; category: string; description?: string | undefined; amount?: number | undefined; currency?: string | undefined; quantity?: number | undefined; unit?: string | undefined; availability: string; availableFrom?: string | undefined; proposalId?: string | undefined }, language: Locale): Raw {
  const financial = r.kind === 'financial';
  const label = <E extends Parameters<typeof enumLabel>[0]>(name: E, code: string | undefined) => (code ? enumLabel(name, code as never, language) : '');
  return {
    kind: label('resourceKind', r.kind),
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
    const locale = call.caller.locale;
    const language = loadSettings(call).language;
    const me = caller(call, membersOf(call, language), 'member');
    const data = requireTab(call, RESOURCES);
    const found = ownRow(recordsOf('resources', data), id, me, 'resourceId', 'field.unknownPledge', locale);
    if (isError(found)) return { ok: false, errors: [found] };
    const locked = pledgeLocked(found);
    if (locked) throw new UserError(locked, { id });
    const checked = checkSubmission('resource', raw, wordingFor(locale), today(call));
    const proposal = typeof raw['proposalId'] === 'string' ? raw['proposalId'].trim() : '';
    const against = /^PRO-\d{3,}$/.test(proposal) && !idsOf(requireColumns(requireTab(call, PROPOSALS), ['id'], language)).includes(proposal)
      ? [worded(locale, 'proposalId', 'field.unknownProposal', { id: proposal })]
      : [];
    if (!checked.ok || against.length > 0) return { ok: false, errors: mergeErrors(checked.ok ? [] : checked.errors, against) };
    const before = pledgeCells({
      kind: found.kind ?? 'in-kind',
      category: found.category ?? '',
      description: found.description,
      amount: found.amount,
      currency: found.currency,
      quantity: found.quantity,
      unit: found.unit,
      availability: found.availability ?? '',
      availableFrom: found.availableFrom,
      proposalId: found.proposal,
    }, language);
    return save(call, data, found.row, before, pledgeCells(checked.value, language), 'resource.edit', id, language);
  }),
);

/** The pledger takes their pledge back: the row stays, marked withdrawn, and leaves every total. */
export const withdrawResource = endpoint(resourceRef, (call, { resourceId: id }) =>
  change(call, (): Changed => {
    const language = loadSettings(call).language;
    const me = caller(call, membersOf(call, language), 'member');
    const data = requireTab(call, RESOURCES);
    const found = ownRow(recordsOf('resources', data), id, me, 'resourceId', 'field.unknownPledge', call.caller.locale);
    if (isError(found)) return { ok: false, errors: [found] };
    const locked = pledgeLocked(found);
    if (locked) throw new UserError(locked, { id });
    requireColumns(data, ['availability'], language);
    writeRows(data, [{ row: found.row, values: { availability: enumLabel('availability', 'withdrawn', language) } }], call.workbook, language);
    logAfterCommit(call, [{ action: 'resource.withdraw', target: id, details: found.description || (found.category ?? '') }], language);
    return { ok: true, id };
  }),
);
