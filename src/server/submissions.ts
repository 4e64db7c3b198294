import { recordsOf, idsOf } from '../domain/records';
import { enumLabel, type EnumCode } from '../domain/enums';
import type { MessageKey, MessageParams } from '../domain/i18n';
import { t, wordingFor } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import { cityTimes, formatLocalTime, hubZone } from '../domain/meetings';
import { readerTime } from '../domain/reader-time';
import { checkSubmission, mergeErrors, type SUBMISSIONS, type SubmissionKind } from '../domain/submissions';
import { formatWorkingDays, insideWorkingTime, workingTimeOf } from '../domain/working-days';
import { MEETINGS, MEMBERS, OBJECTIVES, PROPOSALS, RESOURCES } from '../domain/tables';
import type * as z from 'zod/mini';
import { withDocumentLock } from '../lock';
import { appendRecords } from '../sheets/append';
import type { TableData } from '../sheets/table';
import type { Call } from './call';
import { issueId } from '../properties';
import { logAfterCommit, type LogEntry } from './log';
import { serve, type Result } from './respond';
import type { GoogleServices } from './services';
import { loadSettings, memberByEmail, requireColumns, requireTab, today } from './workbook-data';
import { caller, signedIn } from './endpoint';

export type Submitted = Result<{ id: string }>;

type Input<K extends SubmissionKind> = z.output<(typeof SUBMISSIONS)[K]>;
type Raw = Readonly<Record<string, unknown>>;

/** A problem against another tab: the field, and its message, worded with the field's value as `{id}`. */
interface Against {
  readonly field: string;
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** What a submission found once the tabs are read: problems against other tabs, and how to write once there are none. */
interface Prepared<K extends SubmissionKind> {
  readonly against: readonly Against[];
  /** What the valid input itself still asks to confirm (a meeting outside working time). */
  readonly confirm?: (input: Input<K>) => readonly Against[];
  readonly write: (input: Input<K>) => Saved;
}

const typed = (raw: Raw, field: string): string => {
  const value = raw[field];
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
};

/** A reference to another tab's row: refused when it is well formed but the tab has no such ID (a malformed one is the schema's). */
function unknownReference(raw: Raw, field: string, shape: RegExp, ids: () => readonly string[], key: MessageKey): Against[] {
  const id = typed(raw, field);
  return shape.test(id) && !ids().includes(id) ? [{ field, key, params: { id } }] : [];
}

/** A row saved (the commit point) and the Log row that records it. */
interface Saved {
  readonly id: string;
  readonly entry: LogEntry;
  readonly language: Locale;
}

/**
 * The path every submission takes: who is calling and the input's own checks, then under the
 * document lock the tabs read once and checked against, and the row and its Log row written.
 * Every problem, the input's and those against other tabs, comes back in one answer. Every
 * column the row needs is checked before anything is written; once the row is written the
 * submission is saved, whatever happens to its Log row.
 */
function submit<K extends SubmissionKind>(
  google: GoogleServices,
  kind: K,
  input: unknown,
  prepare: (call: Call, raw: Raw) => Prepared<K>,
): Submitted {
  return serve(google, (call): Submitted => {
    const locale = call.caller.locale;
    signedIn(call);
    const raw: Raw = typeof input === 'object' && input !== null ? (input as Raw) : {};
    const checked = checkSubmission(kind, raw, wordingFor(locale), today(call));
    return withDocumentLock(google.LockService, (): Submitted => {
      const prepared = prepare(call, raw);
      const against = prepared.against.map((a) => ({ field: a.field, message: t(locale, a.key, a.params) }));
      if (!checked.ok || against.length > 0) return { ok: false, errors: mergeErrors(checked.ok ? [] : checked.errors, against) };
      const unconfirmed = (prepared.confirm?.(checked.value) ?? []).map((a) => ({ field: a.field, message: t(locale, a.key, a.params) }));
      if (unconfirmed.length > 0) return { ok: false, errors: unconfirmed };
      const saved = prepared.write(checked.value);
      logAfterCommit(call, [saved.entry], saved.language);
      return { ok: true, id: saved.id };
    });
  });
}

/** The columns a member's identity is read from: without them a member would be taken for a newcomer. */
const IDENTITY = ['id', 'email', 'status'] as const;

function membersTab(call: Call, language: Locale, also: readonly string[] = []): TableData {
  return requireColumns(requireTab(call, MEMBERS), [...IDENTITY, ...also], language);
}

/**
 * Appends a new row under a new ID, after checking that the tab has a column for every value
 * it holds (a value with no column would be lost while the answer says it was saved).
 */
export function appendNew(call: Call, data: TableData, record: Record<string, unknown>, language: Locale): string {
  const needed = Object.keys(record).filter((key) => record[key] !== undefined && record[key] !== '');
  requireColumns(data, ['id', ...needed], language);
  const id = issueId(call.google.PropertiesService.getDocumentProperties(), data.table.idPrefix ?? '', idsOf(data));
  appendRecords({ ...data, lastRow: data.grid.length }, [{ id, ...record }], call.workbook, language);
  return id;
}

const label = <E extends Parameters<typeof enumLabel>[0]>(name: E, code: EnumCode<E> | undefined, language: Locale) =>
  code === undefined ? '' : enumLabel(name, code, language);

/** Registers the caller (email from the session, never from the input); once only. */
export function submitMember(google: GoogleServices, input: unknown): Submitted {
  return submit(google, 'member', input, (call) => {
    const language = loadSettings(call).language;
    const data = membersTab(call, language);
    const existing = memberByEmail(recordsOf('members', data), call.caller.email);
    const against: Against[] = existing
      ? [{ field: 'form', key: existing.active ? 'submit.alreadyRegistered' : 'submit.inactive', params: { id: existing.id } }]
      : [];
    return {
      against,
      write: (member) => {
        const id = appendNew(call, data, {
          name: member.name,
          email: call.caller.email,
          organization: member.organization,
          city: member.city,
          country: member.country,
          hub: label('hub', member.hub, language),
          role: label('role', 'member', language),
          status: label('memberStatus', 'active', language),
          joined: today(call),
          // The language they registered in (the sidebar's), else their Google account's.
          language: member.language ?? call.caller.locale,
          consent: today(call),
          emails: label('yesNo', member.emails ? 'yes' : 'no', language),
        }, language);
        return { id, entry: { action: 'member.register', target: id, details: member.name }, language };
      },
    };
  });
}

export function submitProposal(google: GoogleServices, input: unknown): Submitted {
  return submit(google, 'proposal', input, (call, raw) => {
    const language = loadSettings(call).language;
    const me = caller(call, recordsOf('members', membersTab(call, language)), 'member');
    const objectives = requireColumns(requireTab(call, OBJECTIVES), ['id'], language);
    return {
      against: unknownReference(raw, 'objectiveId', /^O\d+$/, () => idsOf(objectives), 'field.unknownObjective'),
      write: (proposal) => {
        const id = appendNew(call, requireTab(call, PROPOSALS), {
          title: proposal.title,
          description: proposal.description,
          objective: proposal.objectiveId,
          member: me.id,
          status: label('proposalStatus', 'submitted', language),
          resourcesNeeded: proposal.resourcesNeeded,
          submitted: call.now,
        }, language);
        return { id, entry: { action: 'proposal.submit', target: id, details: proposal.title }, language };
      },
    };
  });
}

export function submitResource(google: GoogleServices, input: unknown): Submitted {
  return submit(google, 'resource', input, (call, raw) => {
    const language = loadSettings(call).language;
    const me = caller(call, recordsOf('members', membersTab(call, language)), 'member');
    return {
      against: unknownReference(raw, 'proposalId', /^PRO-\d{3,}$/, () => idsOf(requireColumns(requireTab(call, PROPOSALS), ['id'], language)), 'field.unknownProposal'),
      write: (resource) => {
        const financial = resource.kind === 'financial';
        const id = appendNew(call, requireTab(call, RESOURCES), {
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
        return { id, entry: { action: 'resource.pledge', target: id, details: resource.description ?? resource.category }, language };
      },
    };
  });
}

export function submitMeeting(google: GoogleServices, input: unknown): Submitted {
  return submit(google, 'meeting', input, (call) => {
    const plan = meetingPlan(call);
    return { against: [], confirm: (meeting) => (meeting.confirmOutsideHours ? [] : plan.outside(meeting)), write: plan.write };
  });
}

/**
 * How a coordinator's meeting is checked against working time and written: submitMeeting's
 * rules, shared with closePoll, which makes a meeting from a poll's option. Refuses anyone but
 * an active coordinator.
 */
export function meetingPlan(call: Call) {
  const settings = loadSettings(call);
  const language = settings.language;
  const me = caller(call, recordsOf('members', membersTab(call, language, ['role'])), 'coordinator', 'submit.coordinatorsOnly');
  const working = workingTimeOf(settings);
  const outside = (meeting: { date: string; startTime: string; timeZone?: string | undefined; durationMinutes?: number | undefined }): Against[] => {
    const times = cityTimes({ date: meeting.date, start: meeting.startTime, timeZone: meeting.timeZone ?? hubZone(me.hub) });
    if (insideWorkingTime(times.instant, meeting.durationMinutes ?? settings.defaultDuration, working)) return [];
    return [{
      field: 'confirmOutsideHours',
      key: 'meeting.outsideHours',
      params: {
        recife: readerTime(times.recife, call.caller.locale),
        nantes: readerTime(times.nantes, call.caller.locale),
        start: settings.workingHoursStart,
        end: settings.workingHoursEnd,
        days: formatWorkingDays(working.days, call.caller.locale),
      },
    }];
  };
  const write = (meeting: Input<'meeting'>): Saved => {
    const timeZone = meeting.timeZone ?? hubZone(me.hub);
    const times = cityTimes({ date: meeting.date, start: meeting.startTime, timeZone });
    const id = appendNew(call, requireTab(call, MEETINGS), {
      title: meeting.title,
      date: meeting.date,
      start: meeting.startTime,
      durationMinutes: meeting.durationMinutes ?? settings.defaultDuration,
      timeZone,
      location: meeting.location,
      audience: label('audience', meeting.audience ?? 'all', language),
      agenda: meeting.agenda,
      status: label('meetingStatus', 'planned', language),
      recifeTime: formatLocalTime(times.recife, language),
      nantesTime: formatLocalTime(times.nantes, language),
    }, language);
    return { id, entry: { action: 'meeting.schedule', target: id, details: meeting.title }, language };
  };
  return { me, settings, outside, write };
}
