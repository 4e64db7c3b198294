import type { DiscussedAt, MeetingRecordView, MinutesPage } from '../contract/polls';
import { enumLabel } from '../domain/enums';
import { UserError } from '../domain/errors';
import { cityTimes } from '../domain/meetings';
import { readerTime } from '../domain/reader-time';
import { inAudience } from '../domain/audience';
import { closeMeetingInput } from '../domain/polls';
import { recordsOf, type Meeting, type Member } from '../domain/records';
import { MEETINGS, MEMBERS, PROPOSALS } from '../domain/tables';
import { isIsoDate, isTimeZone, isWallTime } from '../domain/time';
import { writtenDate } from '../domain/written-dates';
import { withDocumentLock } from '../lock';
import { logAfterCommit } from './log';
import { writeRows } from '../sheets/write';
import { problem, serve, type Result } from './respond';
import type { GoogleServices } from './services';
import { caller, endpoint, signedIn } from './endpoint';
import { isCoordinator, loadSettings, memberByEmail, readTab, requireColumns, requireTab, today } from './workbook-data';
import { writersLanguage } from './translate';

/** Past meetings the sidebar lists, newest first. */
const MINUTES_PAGE = 20;

/**
 * A coordinator records what a meeting decided (issue 20, PRODUCT.md §4): the minutes, how
 * many attended and the proposals discussed; Status becomes `held`. Recording again corrects it.
 */
export const closeMeeting = endpoint(closeMeetingInput, (call, { meetingId, minutes, attendees, proposalIds: given = [] }): Result<{ id: string }> => {
  signedIn(call);
  const locale = call.caller.locale;
  const proposalIds = [...new Set(given)];
  return withDocumentLock(call.google.LockService, (): Result<{ id: string }> => {
    const language = loadSettings(call).language;
    if (!isCoordinator(caller(call, recordsOf('members', requireTab(call, MEMBERS)), 'member'))) throw new UserError('minutes.coordinatorsOnly');
    const data = requireColumns(requireTab(call, MEETINGS), ['status', 'minutes', 'attendees', 'discussedProposals'], language);
    const meeting = recordsOf('meetings', data).find((m) => m.id === meetingId);
    const errors = [];
    if (!meeting) errors.push(problem(call, 'meetingId', 'field.unknownMeeting', { id: meetingId }));
    else if (meeting.status === 'cancelled') throw new UserError('minutes.cancelled', { id: meeting.id });
    else if (isIsoDate(meeting.date) && meeting.date > today(call)) throw new UserError('minutes.notYet', { id: meeting.id, date: writtenDate(meeting.date, locale) });
    const known = new Set(recordsOf('proposals', readTab(call, PROPOSALS)).map((p) => p.id));
    const unknown = proposalIds.filter((id) => !known.has(id));
    if (unknown.length > 0) errors.push(problem(call, 'proposalIds', 'field.unknownProposal', { id: unknown.join(', ') }));
    if (!meeting || errors.length > 0) return { ok: false, errors };
    writeRows(data, [{
      row: meeting.row,
      values: { status: enumLabel('meetingStatus', 'held', language), minutes: minutes ?? '', attendees: attendees ?? '', discussedProposals: proposalIds.join(', ') },
    }], call.workbook, language);
    logAfterCommit(call, [{ action: 'meeting.minutes', target: meeting.id, details: `attendees ${attendees ?? '-'}; proposals ${proposalIds.join(', ') || '-'}` }], language);
    return { ok: true, id: meeting.id };
  });
});

/** The meetings a caller may see: a coordinators-only meeting stays out of a member's sidebar. */
export function visibleMeetings(meetings: readonly Meeting[], me: Member | undefined): Meeting[] {
  return meetings.filter((m) => m.id && me !== undefined && (isCoordinator(me) || inAudience(me, m.audience)));
}

/** Where each proposal was discussed, from held meetings the caller may see. */
export function discussedAt(meetings: readonly Meeting[], me: Member | undefined): Map<string, DiscussedAt[]> {
  const byProposal = new Map<string, DiscussedAt[]>();
  for (const m of visibleMeetings(meetings, me)) {
    if (m.status !== 'held') continue;
    for (const id of m.discussed) byProposal.set(id, [...(byProposal.get(id) ?? []), { meetingId: m.id, title: m.title, date: m.date }]);
  }
  return byProposal;
}

/** Past meetings, newest first: held ones with their minutes for everyone in their audience, planned ones waiting for minutes for coordinators. */
export function listMinutes(google: GoogleServices): Result<MinutesPage> {
  return serve(google, (call): Result<MinutesPage> => {
    const members = recordsOf('members', readTab(call, MEMBERS));
    const found = memberByEmail(members, call.caller.email);
    const me = found?.active ? found : undefined;
    const coordinator = isCoordinator(me);
    const day = today(call);
    const past = visibleMeetings(recordsOf('meetings', readTab(call, MEETINGS)), me)
      .filter((m) => m.status === 'held' || (coordinator && m.status === 'planned' && isIsoDate(m.date) && m.date <= day))
      .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
      .slice(0, MINUTES_PAGE);
    const titles = new Map(past.some((m) => m.discussed.length > 0) ? recordsOf('proposals', readTab(call, PROPOSALS)).map((p) => [p.id, p.title] as const) : []);
    const locale = call.caller.locale;
    const writtenIn = writersLanguage(call, members);
    const meetings = past.map((m): MeetingRecordView => {
      const times = isIsoDate(m.date) && isWallTime(m.start) && isTimeZone(m.timeZone) ? cityTimes({ date: m.date, start: m.start, timeZone: m.timeZone }) : undefined;
      return {
        id: m.id,
        title: m.title,
        date: m.date,
        recife: times ? readerTime(times.recife, locale) : m.recifeTime,
        nantes: times ? readerTime(times.nantes, locale) : m.nantesTime,
        status: m.status ?? null,
        minutes: m.minutes,
        language: m.minutes ? writtenIn(m.id) : null,
        attendees: m.attendees ?? null,
        discussed: m.discussed.map((id) => ({ id, title: titles.get(id) ?? '' })),
      };
    });
    return { ok: true, meetings, coordinator };
  });
}
