import { recordsOf, idsOf, type Member } from '../domain/records';
import { enumLabel, type EnumCode } from '../domain/enums';
import { UserError } from '../domain/errors';
import type { MessageKey, MessageParams } from '../domain/i18n';
import { t, wordingFor } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import { cityTimes, formatLocalTime, hubZone } from '../domain/meetings';
import { formatWorkingDays, insideWorkingTime, workingTimeOf } from '../domain/working-days';
import { SUBMISSIONS, type SubmissionKind } from '../domain/submissions';
import { MEETINGS, MEMBERS, OBJECTIVES, PROPOSALS, RESOURCES } from '../domain/tables';
import { check } from '../domain/validate';
import type * as z from 'zod/mini';
import { withDocumentLock } from '../lock';
import { appendRecords } from '../sheets/append';
import type { TableData } from '../sheets/table';
import type { Call } from './call';
import { issueId } from '../properties';
import { log } from './log';
import { serve, type Result } from './respond';
import type { GoogleServices } from './services';
import { isCoordinator, loadSettings, memberByEmail, requireTab, today } from './workbook-data';

export type Submitted = Result<{ id: string }>;

/** A refusal of one field, found only once the sheet is read (an unknown objective, …). */
class FieldRefusal extends Error {
  constructor(
    readonly field: string,
    readonly key: MessageKey,
    readonly params: MessageParams,
  ) {
    super(key);
  }
}

type Input<K extends SubmissionKind> = z.output<(typeof SUBMISSIONS)[K]>;

/**
 * The path every submission takes: who is calling, the input checked before the sheet is
 * touched, then under the document lock the tabs read once, the row and its Log row written.
 */
function submit<K extends SubmissionKind>(
  google: GoogleServices,
  kind: K,
  input: unknown,
  write: (call: Call, input: Input<K>) => string,
): Submitted {
  return serve(google, (call): Submitted => {
    const locale = call.caller.locale;
    if (!call.caller.email) throw new UserError('error.signIn');
    const checked = check(SUBMISSIONS[kind], input ?? {}, wordingFor(locale));
    if (!checked.ok) return checked;
    try {
      const id = withDocumentLock(google.LockService, () => write(call, checked.value as Input<K>));
      return { ok: true, id };
    } catch (error) {
      if (error instanceof FieldRefusal) return { ok: false, errors: [{ field: error.field, message: t(locale, error.key, error.params) }] };
      throw error;
    }
  });
}

/** The caller's active member row, or the refusal that tells them what to do. */
function callerMember(call: Call, members: readonly Member[]): Member {
  const me = memberByEmail(members, call.caller.email);
  if (!me) throw new UserError('submit.registerFirst');
  if (!me.active) throw new UserError('submit.inactive', { id: me.id });
  return me;
}

function append(call: Call, data: TableData, record: Record<string, unknown>, language: Locale): void {
  appendRecords({ ...data, lastRow: data.grid.length }, [record], call.workbook.timeZone, language);
}

function newId(call: Call, data: TableData): string {
  return issueId(call.google.PropertiesService.getDocumentProperties(), data.table.idPrefix ?? '', idsOf(data));
}

const label = <E extends Parameters<typeof enumLabel>[0]>(name: E, code: EnumCode<E> | undefined, language: Locale) =>
  code === undefined ? '' : enumLabel(name, code, language);

/** Registers the caller (email from the session, never from the input); once only. */
export function submitMember(google: GoogleServices, input: unknown): Submitted {
  return submit(google, 'member', input, (call, member) => {
    const language = loadSettings(call).language;
    const data = requireTab(call, MEMBERS);
    const existing = memberByEmail(recordsOf('members', data), call.caller.email);
    if (existing) throw new UserError(existing.active ? 'submit.alreadyRegistered' : 'submit.inactive', { id: existing.id });
    const id = newId(call, data);
    append(call, data, {
      id,
      name: member.name,
      email: call.caller.email,
      organization: member.organization,
      city: member.city,
      country: member.country,
      hub: label('hub', member.hub, language),
      role: label('role', 'member', language),
      status: label('memberStatus', 'active', language),
      joined: today(call),
    }, language);
    log(call, [{ action: 'member.register', target: id, details: member.name }], language);
    return id;
  });
}

export function submitProposal(google: GoogleServices, input: unknown): Submitted {
  return submit(google, 'proposal', input, (call, proposal) => {
    const language = loadSettings(call).language;
    const me = callerMember(call, recordsOf('members', requireTab(call, MEMBERS)));
    const objectives = idsOf(requireTab(call, OBJECTIVES));
    if (!objectives.includes(proposal.objectiveId)) {
      throw new FieldRefusal('objectiveId', 'field.unknownObjective', { id: proposal.objectiveId });
    }
    const data = requireTab(call, PROPOSALS);
    const id = newId(call, data);
    append(call, data, {
      id,
      title: proposal.title,
      description: proposal.description,
      objective: proposal.objectiveId,
      member: me.id,
      status: label('proposalStatus', 'submitted', language),
      resourcesNeeded: proposal.resourcesNeeded,
      submitted: call.now,
    }, language);
    log(call, [{ action: 'proposal.submit', target: id, details: proposal.title }], language);
    return id;
  });
}

export function submitResource(google: GoogleServices, input: unknown): Submitted {
  return submit(google, 'resource', input, (call, resource) => {
    const language = loadSettings(call).language;
    const me = callerMember(call, recordsOf('members', requireTab(call, MEMBERS)));
    if (resource.proposalId) {
      const proposals = idsOf(requireTab(call, PROPOSALS));
      if (!proposals.includes(resource.proposalId)) {
        throw new FieldRefusal('proposalId', 'field.unknownProposal', { id: resource.proposalId });
      }
    }
    const financial = resource.kind === 'financial';
    const data = requireTab(call, RESOURCES);
    const id = newId(call, data);
    append(call, data, {
      id,
      member: me.id,
      kind: label('resourceKind', resource.kind, language),
      category: label('category', resource.category, language),
      description: resource.description,
      amount: financial ? resource.amount : undefined,
      currency: financial ? label('currency', resource.currency, language) : '',
      quantity: resource.quantity,
      unit: resource.unit,
      availability: label('availability', resource.availability, language),
      availableFrom: resource.availability === 'planned' ? resource.availableFrom : undefined,
      proposal: resource.proposalId,
      submitted: call.now,
    }, language);
    log(call, [{ action: 'resource.pledge', target: id, details: resource.description ?? resource.category }], language);
    return id;
  });
}

export function submitMeeting(google: GoogleServices, input: unknown): Submitted {
  return submit(google, 'meeting', input, (call, meeting) => {
    const settings = loadSettings(call);
    const language = settings.language;
    const me = callerMember(call, recordsOf('members', requireTab(call, MEMBERS)));
    if (!isCoordinator(me)) throw new UserError('submit.coordinatorsOnly');
    const timeZone = meeting.timeZone ?? hubZone(me.hub);
    const times = cityTimes({ date: meeting.date, start: meeting.startTime, timeZone });
    const durationMinutes = meeting.durationMinutes ?? settings.defaultDuration;
    const working = workingTimeOf(settings);
    if (!meeting.confirmOutsideHours && !insideWorkingTime(times.instant, durationMinutes, working)) {
      throw new FieldRefusal('confirmOutsideHours', 'meeting.outsideHours', {
        recife: formatLocalTime(times.recife, call.caller.locale),
        nantes: formatLocalTime(times.nantes, call.caller.locale),
        start: settings.workingHoursStart,
        end: settings.workingHoursEnd,
        days: formatWorkingDays(working.days, call.caller.locale),
      });
    }
    const data = requireTab(call, MEETINGS);
    const id = newId(call, data);
    append(call, data, {
      id,
      title: meeting.title,
      date: meeting.date,
      start: meeting.startTime,
      durationMinutes,
      timeZone,
      location: meeting.location,
      audience: label('audience', meeting.audience ?? 'all', language),
      agenda: meeting.agenda,
      status: label('meetingStatus', 'planned', language),
      recifeTime: formatLocalTime(times.recife, language),
      nantesTime: formatLocalTime(times.nantes, language),
    }, language);
    log(call, [{ action: 'meeting.schedule', target: id, details: meeting.title }], language);
    return id;
  });
}
