import type { ProposalListing, ProposalPage, SupportChange } from '../contract/proposals';
import { enumLabel } from '../domain/enums';
import { refuse, UserError } from '../domain/errors';
import { recordsOf, type Member, type Proposal, type Support } from '../domain/records';
import { answerInput, listInput, PROPOSALS_PAGE, supportedBy, supportInput, tallySupports, type SupportTally } from '../domain/supports';
import { MEETINGS, MEMBERS, PROPOSALS, SUPPORTS } from '../domain/tables';
import type { DiscussedAt } from '../contract/polls';
import { discussedAt } from './minutes';
import { withDocumentLock } from '../lock';
import { appendRecords } from '../sheets/append';
import { columnOf } from '../sheets/table';
import { writeSupportCounts } from './support-counts';
import { writeRows } from '../sheets/write';
import type { Call } from './call';
import { sendAnswerEmail } from './answer-email';
import { log } from './log';
import { problem, type Result } from './respond';
import { caller, checkedEndpoint, endpoint, signedIn } from './endpoint';
import { loadSettings, memberByEmail, readTab, requireColumns, requireTab, today } from './workbook-data';

/** Everything a support decision reads, each tab once. */
function readSupports(call: Call) {
  const settings = loadSettings(call);
  const members = recordsOf('members', requireTab(call, MEMBERS));
  const proposals = requireTab(call, PROPOSALS);
  // A workbook set up before supports existed lists its proposals all the same, with none.
  const supports = readTab(call, SUPPORTS);
  const proposalRecords = recordsOf('proposals', proposals);
  const supportRecords = recordsOf('supports', supports);
  const tally = (rows: readonly Support[]) => tallySupports(rows, members, proposalRecords, settings.supportsPerMember);
  return { settings, members, proposals, proposalRecords, supports, supportRecords, tally };
}

type Change = 'support' | 'withdraw';

function changeSupport(change: Change) {
  return endpoint(supportInput, (call, { proposalId: id }): Result<SupportChange> => {
    signedIn(call);
    return withDocumentLock(call.google.LockService, (): Result<SupportChange> => {
      const read = readSupports(call);
      const me = caller(call, read.members, 'member');
      if (!read.supports) throw new UserError('error.notSetUp');
      // Like the submit tabs: a renamed or cleared header is named, never a row written half blank.
      requireColumns(read.supports, ['proposal', 'member', 'date'], read.settings.language);
      requireColumns(read.proposals, ['id', 'member', 'supports'], read.settings.language);
      const proposal = read.proposalRecords.find((p) => p.id === id);
      if (!proposal) refuse('proposalId', 'field.unknownProposal', { id });
      const limit = read.settings.supportsPerMember;
      const mine = supportedBy(read.tally(read.supportRecords), me.id);
      let after: readonly Support[];
      if (change === 'support') {
        if (proposal.member === me.id) throw new UserError('supports.own');
        if (proposal.status === 'withdrawn') throw new UserError('supports.withdrawnProposal', { id });
        if (mine.has(id)) throw new UserError('supports.already', { id });
        if (mine.size >= limit) throw new UserError('supports.limit', { count: limit, id });
        const support = { proposal: id, member: me.id, date: today(call) };
        const tab = read.supports;
        appendRecords({ ...tab, lastRow: tab.grid.length }, [support], call.workbook, read.settings.language);
        after = [...read.supportRecords, { ...support, row: tab.grid.length + 1 }];
      } else {
        const rows = read.supportRecords.filter((s) => s.proposal === id && s.member === me.id).map((s) => s.row);
        if (rows.length === 0) throw new UserError('supports.notSupported', { id });
        // Bottom up, so each row number still points at its row; one row unless someone typed duplicates.
        const sheet = read.supports.sheet;
        for (const row of [...rows].sort((a, b) => b - a)) sheet.deleteRow(row);
        after = read.supportRecords.filter((s) => !rows.includes(s.row));
      }
      const tally = read.tally(after);
      writeSupportCounts(read.proposals, tally.byProposal);
      log(call, [{ action: change === 'support' ? 'proposal.support' : 'proposal.withdrawSupport', target: id, details: me.id }], read.settings.language);
      return { ok: true, supports: tally.byProposal.get(id) ?? 0, left: Math.max(0, limit - (tally.byMember.get(me.id) ?? 0)) };
    });
  });
}

/** The caller backs a proposal that is not theirs, within Settings › Supports per member. */
export const supportProposal = changeSupport('support');

/** The caller takes their support back, to give it elsewhere. */
export const withdrawSupport = changeSupport('withdraw');

function listing(p: Proposal, author: Member | undefined, tally: SupportTally, mine: ReadonlySet<string>, me: string | undefined, discussed: ReadonlyMap<string, DiscussedAt[]>): ProposalListing {
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    objectiveId: p.objective,
    author: author?.name ?? '',
    hub: author?.hub ?? null,
    language: author?.language ?? null,
    status: p.status ?? null,
    priorityRank: p.priorityRank ?? null,
    supports: tally.byProposal.get(p.id) ?? 0,
    answer: p.answer,
    answered: p.answered || null,
    mine: me !== undefined && p.member === me,
    supported: mine.has(p.id),
    discussed: discussed.get(p.id) ?? [],
  };
}

/**
 * One page of the group's proposals for anyone who opens the sidebar: filtered by objective,
 * most supported or newest first. Four tabs read once each whatever their length; only
 * PROPOSALS_PAGE proposals travel, so the answer stays small at 500 proposals and more.
 */
export const listProposals = endpoint(listInput, (call, { objectiveId, sort = 'supports', offset = 0 }): Result<ProposalPage> => {
    const read = readSupports(call);
    const tally = read.tally(read.supportRecords);
    const found = memberByEmail(read.members, call.caller.email);
    const me = found?.active ? found : undefined;
    const mine = me ? supportedBy(tally, me.id) : new Set<string>();
    const byId = new Map(read.members.map((m) => [m.id, m] as const));
    const shown = read.proposalRecords
      .map((p, order) => ({ p, order, n: tally.byProposal.get(p.id) ?? 0 }))
      .filter(({ p }) => p.id && (!objectiveId || p.objective === objectiveId))
      .sort((a, b) => (sort === 'supports' ? b.n - a.n : 0) || b.p.submitted.localeCompare(a.p.submitted) || b.order - a.order);
    const limit = read.settings.supportsPerMember;
    const discussed = discussedAt(recordsOf('meetings', readTab(call, MEETINGS)), me);
    return {
      ok: true,
      proposals: shown.slice(offset, offset + PROPOSALS_PAGE).map(({ p }) => listing(p, byId.get(p.member), tally, mine, me?.id, discussed)),
      total: shown.length,
      offset,
      supportsPerMember: limit,
      supportsLeft: me ? Math.max(0, limit - mine.size) : 0,
      canSupport: Boolean(me),
    };
});

/**
 * A coordinator's answer to a proposal: Status, Priority rank (kept unique among the
 * prioritized), Answer and Answered, under the document lock, with a Log row. The answer is
 * written as rich text, so whatever the coordinator typed stays text.
 */
export const answerProposal = checkedEndpoint(answerInput, (call, checked, raw): Result<{ id: string }> => {
  // The input's problems are reported together with those against the sheet.
  signedIn(call);
  return withDocumentLock(call.google.LockService, (): Result<{ id: string }> => {
    const settings = loadSettings(call);
    const members = recordsOf('members', requireTab(call, MEMBERS));
    caller(call, members, 'coordinator', 'answer.coordinatorsOnly');
    const data = requireTab(call, PROPOSALS);
    const proposals = recordsOf('proposals', data);
    // Every problem at once: the input's own, an unknown proposal and a rank already given.
    const errors = checked.ok ? [] : [...checked.errors];
    const id = checked.ok ? checked.value.proposalId : typeof raw['proposalId'] === 'string' ? raw['proposalId'].trim() : '';
    const proposal = proposals.find((p) => p.id === id);
    if (!proposal && /^PRO-\d{3,}$/.test(id) && !errors.some((e) => e.field === 'proposalId')) errors.push(problem(call, 'proposalId', 'field.unknownProposal', { id }));
    const rank = checked.ok ? (checked.value.status === 'prioritized' ? checked.value.priorityRank : undefined) : raw['status'] === 'prioritized' && typeof raw['priorityRank'] === 'number' ? raw['priorityRank'] : undefined;
    const taken = rank === undefined ? undefined : proposals.find((p) => p.id !== id && p.status === 'prioritized' && p.priorityRank === rank);
    if (taken && !errors.some((e) => e.field === 'priorityRank')) errors.push(problem(call, 'priorityRank', 'answer.rankTaken', { rank: rank ?? '', id: taken.id }));
    if (!checked.ok || !proposal || errors.length > 0) return { ok: false, errors };
    const answer = checked.value;
    if (proposal.status === 'withdrawn') throw new UserError('answer.withdrawn', { id: proposal.id });
    const language = settings.language;
    for (const key of ['status', 'priorityRank', 'answer', 'answered']) columnOf(data, key);
    const values = { status: enumLabel('proposalStatus', answer.status, language), priorityRank: rank ?? '', answer: answer.answer, answered: today(call) };
    writeRows(data, [{ row: proposal.row, values }], call.workbook, language);
    log(call, [{ action: 'proposal.answer', target: proposal.id, details: answer.status + (rank ? ` #${rank}` : '') }], language);
    // The row is saved: the email is a courtesy that never undoes it (skipped without the mail scope).
    const previous = proposal.status ? { proposalId: proposal.id, title: proposal.title, status: proposal.status, priorityRank: proposal.priorityRank, answer: proposal.answer } : undefined;
    sendAnswerEmail(call, members.find((m) => m.id === proposal.member), { proposalId: proposal.id, title: proposal.title, status: answer.status, priorityRank: rank, answer: answer.answer }, previous, language, settings.privacyNoticeVersion);
    return { ok: true, id: proposal.id };
  });
});

