import type { ActionPlanPage, DeliverablePledge, PlannedProposal } from '../contract/action-plan';
import { addDelivery, isOverdue, pledgedOf, plansByProposal } from '../domain/action-plan';
import { standingPledge } from '../domain/own';
import { enumLabel } from '../domain/enums';
import { refuse, UserError } from '../domain/errors';
import type { MessageKey } from '../domain/i18n';
import { INTL_TAG } from '../domain/locale';
import { formatMoney } from '../domain/money';
import { deliveryInput, milestoneInput, readDelivered } from '../domain/plan-inputs';
import { recordsOf, type Milestone, type Resource } from '../domain/records';
import { MEMBERS, MILESTONES, PROPOSALS, RESOURCES, type Table } from '../domain/tables';
import { withDocumentLock } from '../lock';
import { writeRows } from '../sheets/write';
import type { Call } from './call';
import { log } from './log';
import { sendMilestoneEmail } from './milestone-email';
import { writeProposalPlans } from './proposal-plans';
import { problem, serve, type Result } from './respond';
import type { GoogleServices } from './services';
import { caller, endpoint, signedIn } from './endpoint';
import { appendNew } from './submissions';
import { isCoordinator, loadSettings, readTab, requireColumns, requireTab, today } from './workbook-data';
import { writersLanguage } from './translate';

/**
 * The action plan's endpoints (issue 21): milestones of a prioritized proposal, and what a
 * pledge actually delivered. Each reads its tabs once under the document lock, writes a few
 * cells and one Log row, whatever the number of rows.
 */

/** A date that has not happened yet cannot be when something was done or given. */
const inFuture = (call: Call, date: string | undefined) => date !== undefined && date > today(call);

const columnsOf = (table: Table) => table.columns.map((c) => c.key);

/**
 * Adds a milestone to a prioritized proposal, or changes one (`id`): the proposal's author or a
 * coordinator. Proposals › Progress and Next milestone follow at once; the author is told by
 * email, if they said yes, when one becomes done.
 */
export const saveMilestone = endpoint(milestoneInput, (call, given): Result<{ id: string }> => {
  signedIn(call);
  if (inFuture(call, given.doneOn)) refuse('doneOn', 'field.notFuture');
  return withDocumentLock(call.google.LockService, (): Result<{ id: string }> => {
    const settings = loadSettings(call);
    const language = settings.language;
    const members = recordsOf('members', requireTab(call, MEMBERS));
    const me = caller(call, members, 'member');
    const proposalsTab = requireColumns(requireTab(call, PROPOSALS), ['id', 'member', 'status'], language);
    const proposal = recordsOf('proposals', proposalsTab).find((p) => p.id === given.proposalId);
    if (!proposal) refuse('proposalId', 'field.unknownProposal', { id: given.proposalId });
    if (proposal.member !== me.id && !isCoordinator(me)) throw new UserError('milestone.notAllowed');
    if (proposal.status !== 'prioritized') refuse('proposalId', 'field.notPrioritized', { id: proposal.id });
    const tab = requireColumns(requireTab(call, MILESTONES), columnsOf(MILESTONES).filter((k) => k !== 'notes'), language);
    const milestones = recordsOf('milestones', tab);
    const record = {
      proposal: proposal.id,
      milestone: given.milestone,
      due: given.due,
      status: enumLabel('milestoneStatus', given.status, language),
      doneOn: given.status === 'done' ? given.doneOn : '',
      notes: given.notes ?? '',
    };
    let id: string;
    let before: Milestone | undefined;
    let after: Milestone[];
    if (given.id) {
      before = milestones.find((m) => m.id === given.id && m.proposal === proposal.id);
      if (!before) refuse('id', 'milestone.unknown', { id: given.id, proposal: proposal.id });
      const row = before.row;
      writeRows(tab, [{ row, values: record }], call.workbook, language);
      id = before.id;
      after = milestones.map((m) => (m.row === row ? { ...m, ...record, status: given.status, doneOn: record.doneOn ?? '' } : m));
    } else {
      id = appendNew(call, tab, record, language);
      after = [...milestones, { row: tab.grid.length + 1, id, ...record, status: given.status, doneOn: record.doneOn ?? '' }];
    }
    writeProposalPlans(proposalsTab, after, language);
    log(call, [{ action: given.id ? 'milestone.update' : 'milestone.add', target: id, details: `${proposal.id} ${given.status}` }], language);
    if (given.status === 'done' && before?.status !== 'done') {
      // The milestone is saved: the email is a courtesy that never undoes it.
      const mine = after.filter((m) => m.proposal === proposal.id);
      sendMilestoneEmail(call, members.find((m) => m.id === proposal.member), {
        milestoneId: id,
        proposalId: proposal.id,
        title: proposal.title,
        milestone: given.milestone,
        doneOn: given.doneOn ?? today(call),
        progress: mine.filter((m) => m.status === 'done').length / mine.length,
      }, language, settings.privacyNoticeVersion);
    }
    return { ok: true, id };
  });
});

/** What is left to deliver, written as the caller reads it: money in the pledge's currency, a quantity with its unit. */
function leftText(pledge: Resource, left: number, call: Call): string {
  if (pledge.kind === 'financial' && pledge.currency) return formatMoney(left, call.caller.locale, pledge.currency);
  const number = new Intl.NumberFormat(INTL_TAG[call.caller.locale], { maximumFractionDigits: 2 }).format(left);
  return pledge.unit ? `${number} ${pledge.unit}` : number;
}

/**
 * Records what a pledge actually gave (issue 21): the pledger or a coordinator, an amount in
 * the pledge's currency or a quantity in its unit, and the date. Deliveries add up in
 * Resources › Delivered, never beyond what was pledged; Delivered on keeps the latest date.
 */
export const recordDelivery = endpoint(deliveryInput, (call, given): Result<{ delivered: number; pledged: number }> => {
  signedIn(call);
  return withDocumentLock(call.google.LockService, (): Result<{ delivered: number; pledged: number }> => {
    const language = loadSettings(call).language;
    const me = caller(call, recordsOf('members', requireTab(call, MEMBERS)), 'member');
    const tab = requireColumns(requireTab(call, RESOURCES), ['id', 'member', 'kind', 'delivered', 'deliveredOn'], language);
    const pledge = recordsOf('resources', tab).find((r) => r.id === given.resourceId);
    if (!pledge || !standingPledge(pledge)) refuse('resourceId', 'delivery.unknown', { id: given.resourceId });
    if (pledge.member !== me.id && !isCoordinator(me)) throw new UserError('delivery.notAllowed');
    const financial = pledge.kind === 'financial';
    const amount = readDelivered(given.delivered, financial ? pledge.currency : undefined, call.caller.locale);
    // Every problem at once: the date's and the amount's.
    const errors = [
      ...(inFuture(call, given.deliveredOn) ? [problem(call, 'deliveredOn', 'field.notFuture')] : []),
      ...(amount.ok ? [] : [problem(call, 'delivered', `field.${amount.key}` as MessageKey, amount.params)]),
    ];
    if (errors.length > 0 || !amount.ok) return { ok: false, errors };
    const sum = addDelivery(pledge, amount.amount);
    if (!sum.ok) refuse('delivered', sum.reason === 'beyondPledge' ? 'delivery.beyondPledge' : 'field.nothingPledged', { left: leftText(pledge, sum.left, call) });
    const last = pledge.deliveredOn && pledge.deliveredOn > given.deliveredOn ? pledge.deliveredOn : given.deliveredOn;
    writeRows(tab, [{ row: pledge.row, values: { delivered: sum.total, deliveredOn: last } }], call.workbook, language);
    const unit = financial ? (pledge.currency ?? '') : pledge.unit;
    log(call, [{ action: 'resource.deliver', target: pledge.id, details: `+${amount.amount} ${unit} ${given.deliveredOn} (${sum.total})`.replace('  ', ' ') }], language);
    return { ok: true, delivered: sum.total, pledged: (financial ? pledge.amount : pledge.quantity) ?? 0 };
  });
});

/**
 * What the sidebar's "Action plan" section shows the caller: the prioritized proposals they
 * may plan (their own; every one for a coordinator) with their milestones, and the pledges they
 * may record deliveries for. Four tabs read once each; no email travels.
 */
export function listActionPlan(google: GoogleServices): Result<ActionPlanPage> {
  return serve(google, (call): Result<ActionPlanPage> => {
    const members = recordsOf('members', requireTab(call, MEMBERS));
    const me = caller(call, members, 'member');
    const coordinator: boolean = isCoordinator(me);
    const writtenIn = writersLanguage(call, members);
    const mine = me.id;
    const now = today(call);
    const plans = plansByProposal(recordsOf('milestones', readTab(call, MILESTONES)));
    const proposals = recordsOf('proposals', requireTab(call, PROPOSALS))
      .filter((p) => p.id && p.status === 'prioritized' && (coordinator || p.member === mine))
      .sort((a, b) => (a.priorityRank ?? Infinity) - (b.priorityRank ?? Infinity))
      .map((p): PlannedProposal => {
        const plan = plans.get(p.id);
        return {
          id: p.id,
          title: p.title,
          priorityRank: p.priorityRank ?? null,
          progress: plan?.progress ?? null,
          milestones: (plan?.milestones ?? []).map((m) => ({
            id: m.id,
            milestone: m.milestone,
            language: writtenIn(m.id) ?? members.find((a) => a.id === p.member)?.language ?? null,
            due: m.due, status: m.status ?? null, doneOn: m.doneOn, notes: m.notes, overdue: isOverdue(m, now),
          })),
        };
      });
    const pledges = recordsOf('resources', readTab(call, RESOURCES))
      .filter((r) => r.id && standingPledge(r) && (coordinator || r.member === mine) && pledgedOf(r) !== undefined)
      .map((r): DeliverablePledge => ({
        id: r.id,
        kind: r.kind ?? null,
        description: r.description,
        currency: r.kind === 'financial' ? (r.currency ?? null) : null,
        unit: r.unit,
        pledged: pledgedOf(r) ?? 0,
        delivered: r.delivered ?? 0,
        deliveredOn: r.deliveredOn,
      }));
    return { ok: true, proposals, pledges, coordinator };
  });
}
