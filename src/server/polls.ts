import type { PollPage, PollView } from '../contract/polls';
import { inAudience } from '../domain/audience';
import { enumLabel } from '../domain/enums';
import { refuse, UserError } from '../domain/errors';
import { t, wordingFor } from '../domain/i18n';
import { cityTimes, hubZone } from '../domain/meetings';
import { readerTime } from '../domain/reader-time';
import type { Locale } from '../domain/locale';
import { optionLine } from '../domain/option-lines';
import {
  acceptsAnswers, answerPollInput, bestOption, closePollInput, countedAnswers, countOptions, isListed,
  meetingFromOption, normalizedLine, openPollInput, optionTimes, POLLS_PAGE,
} from '../domain/polls';
import { recordsOf, type Member, type Poll, type PollAnswer } from '../domain/records';
import { checkSubmission } from '../domain/submissions';
import { MEMBERS, POLL_ANSWERS, POLLS } from '../domain/tables';
import { insideWorkingTime, formatWorkingDays, workingTimeOf } from '../domain/working-days';
import { writtenDate } from '../domain/written-dates';
import { withDocumentLock } from '../lock';
import { appendRecords } from '../sheets/append';
import { writeRows } from '../sheets/write';
import type { Call } from './call';
import { log, logAfterCommit } from './log';
import { tellRespondents } from './poll-email';
import { serve, type Result } from './respond';
import type { GoogleServices } from './services';
import { caller, endpoint, signedIn } from './endpoint';
import { appendNew, meetingPlan } from './submissions';
import { isCoordinator, loadSettings, memberByEmail, readTab, requireColumns, requireTab, today } from './workbook-data';
import { writersLanguage } from './translate';

/**
 * Time polls (issue 20, PRODUCT.md §4): a coordinator offers 2–12 starts, the poll's
 * audience answers each yes / if need be / no, and closing turns the chosen start into a
 * meeting by submitMeeting's own rules. Each call reads each tab once, whatever its length.
 */

const bothClocks = (line: string, zone: string, locale: Call['caller']['locale']) => {
  const times = optionTimes(line, zone);
  return times ? t(locale, 'poll.optionTimes', { recife: readerTime(times.recife, locale), nantes: readerTime(times.nantes, locale) }) : line;
};

/** A coordinator opens a poll; options outside working time on either clock need the coordinator's confirmation, as meetings do. */
export const openPoll = endpoint(openPollInput, (call, poll): Result<{ id: string }> => {
  signedIn(call);
  const locale = call.caller.locale;
  const day = today(call);
  const lines = poll.options.map((o) => optionLine({ date: o.date, time: o.startTime })).sort();
  if (poll.closes < day) refuse('closes', 'field.notPast');
  if ((lines[0] ?? '') < day) refuse('options', 'field.notPast');
  const first = lines[0]?.slice(0, 10) ?? '';
  if (poll.closes > first) refuse('closes', 'poll.closesAfterOptions', { first: writtenDate(first, locale) });
  return withDocumentLock(call.google.LockService, (): Result<{ id: string }> => {
    const settings = loadSettings(call);
    const language = settings.language;
    const me = caller(call, recordsOf('members', requireTab(call, MEMBERS)), 'member');
    if (!isCoordinator(me)) throw new UserError('poll.coordinatorsOnly');
    const timeZone = poll.timeZone ?? hubZone(me.hub);
    const duration = poll.durationMinutes ?? settings.defaultDuration;
    const working = workingTimeOf(settings);
    const outside = lines.filter((line) => {
      const times = optionTimes(line, timeZone);
      return times && !insideWorkingTime(new Date(times.start), duration, working);
    });
    if (outside.length > 0 && !poll.confirmOutsideHours) {
      refuse('confirmOutsideHours', 'poll.outsideHours', {
        count: outside.length,
        options: outside.map((line) => bothClocks(line, timeZone, locale)).join('; '),
        start: settings.workingHoursStart,
        end: settings.workingHoursEnd,
        days: formatWorkingDays(working.days, locale),
      });
    }
    const id = appendNew(call, requireTab(call, POLLS), {
      title: poll.title,
      durationMinutes: duration,
      timeZone,
      audience: enumLabel('audience', poll.audience ?? 'all', language),
      options: lines.join('\n'),
      closes: poll.closes,
      status: enumLabel('pollStatus', 'open', language),
      location: poll.location,
      agenda: poll.agenda,
    }, language);
    logAfterCommit(call, [{ action: 'poll.open', target: id, details: `${poll.title} (${lines.length})` }], language);
    return { ok: true, id };
  });
});

/** Rows of the caller's earlier answers, as runs of adjacent rows from the bottom up, so each deletion leaves the next run where it was. */
function runsFromBottom(rows: readonly number[]): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const row of [...rows].sort((a, b) => b - a)) {
    const last = runs[runs.length - 1];
    if (last && last.first - 1 === row) runs[runs.length - 1] = { first: row, count: last.count + 1 };
    else runs.push({ first: row, count: 1 });
  }
  return runs;
}

/**
 * A member of the poll's audience answers, until it closes: their earlier answers to the poll
 * are replaced by one row per option, under the lock, with one Log row for the set.
 */
export const answerPoll = endpoint(answerPollInput, (call, { pollId, answers }): Result<{ answered: number }> => {
  signedIn(call);
  return withDocumentLock(call.google.LockService, (): Result<{ answered: number }> => {
    const settings = loadSettings(call);
    const language = settings.language;
    const me = caller(call, recordsOf('members', requireTab(call, MEMBERS)), 'member');
    const poll = recordsOf('polls', requireTab(call, POLLS)).find((p) => p.id === pollId);
    // A poll the caller may not see is, to them, no poll at all.
    if (!poll || (!inAudience(me, poll.audience) && !isCoordinator(me))) refuse('pollId', 'field.unknownPoll', { id: pollId });
    if (!acceptsAnswers(poll, today(call))) throw new UserError('poll.closed', { id: poll.id });
    if (!inAudience(me, poll.audience)) throw new UserError('poll.notInAudience', { audience: enumLabel('audience', poll.audience ?? 'all', call.caller.locale) });
    const offered = new Set(poll.options.map(normalizedLine));
    const chosen = new Map<string, string>();
    for (const { option, answer } of answers) {
      const line = normalizedLine(option);
      if (!offered.has(line)) refuse('answers', 'poll.noSuchOption', { line });
      chosen.set(line, answer);
    }
    const data = requireColumns(requireTab(call, POLL_ANSWERS), ['poll', 'member', 'option', 'answer'], language);
    const earlier = recordsOf('pollAnswers', data).filter((a) => a.poll === poll.id && a.member === me.id).map((a) => a.row);
    for (const run of runsFromBottom(earlier)) data.sheet.deleteRows(run.first, run.count);
    const rows = poll.options.map(normalizedLine).filter((line) => chosen.has(line)).map((line) => ({
      poll: poll.id, member: me.id, option: line, answer: enumLabel('pollAnswer', chosen.get(line) as PollAnswer['answer'] & string, language), answered: call.now,
    }));
    appendRecords({ ...data, lastRow: data.grid.length - earlier.length }, rows, call.workbook, language);
    const tally = (code: string) => rows.filter((r) => chosen.get(r.option) === code).length;
    log(call, [{ action: 'poll.answer', target: poll.id, details: `${me.id}: yes ${tally('yes')}, if need be ${tally('if need be')}, no ${tally('no')}` }], language);
    return { ok: true, answered: rows.length };
  });
});

/** Open polls first, soonest closing first; then the recently closed, latest first. */
const order = (a: Poll, b: Poll) =>
  Number(b.status === 'open') - Number(a.status === 'open') || (a.status === 'open' ? a.closes.localeCompare(b.closes) : b.closes.localeCompare(a.closes)) || b.id.localeCompare(a.id);

interface Viewer {
  readonly me: Member | undefined;
  readonly coordinator: boolean;
  readonly today: string;
  readonly working: ReturnType<typeof workingTimeOf>;
  readonly defaultDuration: number;
  readonly writtenIn: (id: string) => Locale | null;
}

function view(poll: Poll, answers: readonly PollAnswer[], members: readonly Member[], viewer: Viewer): PollView {
  const { me, coordinator, working } = viewer;
  const counted = countedAnswers(poll, answers, members);
  const counts = countOptions(poll, counted);
  const best = bestOption(counts);
  const mine = me ? counted.get(me.id) : undefined;
  const lines = poll.options.map(normalizedLine);
  const byId = new Map(members.map((m) => [m.id, m] as const));
  const options = lines.flatMap((line) => {
    const times = optionTimes(line, poll.timeZone);
    if (!times) return [];
    const count = counts.get(line) ?? { yes: 0, ifNeedBe: 0, no: 0 };
    return [{
      ...times, ...count,
      best: line === best,
      outsideHours: !insideWorkingTime(new Date(times.start), poll.durationMinutes ?? viewer.defaultDuration, working),
      mine: mine?.get(line) ?? null,
    }];
  });
  return {
    id: poll.id,
    title: poll.title,
    language: viewer.writtenIn(poll.id),
    durationMinutes: poll.durationMinutes ?? null,
    timeZone: poll.timeZone,
    audience: poll.audience ?? 'all',
    closes: poll.closes,
    status: poll.status ?? null,
    chosen: poll.chosen ? normalizedLine(poll.chosen) : null,
    meetingId: poll.meeting || null,
    canAnswer: Boolean(me && inAudience(me, poll.audience) && acceptsAnswers(poll, viewer.today)),
    respondents: counted.size,
    options,
    ...(coordinator ? {
      answers: [...counted].map(([memberId, theirs]) => ({ memberId, name: byId.get(memberId)?.name ?? '', answers: lines.map((line) => theirs.get(line) ?? null) })),
    } : {}),
  };
}

/** Open and recently closed polls the caller may see (a coordinators-only poll stays out of a member's list), at most POLLS_PAGE. */
export function listPolls(google: GoogleServices): Result<PollPage> {
  return serve(google, (call): Result<PollPage> => {
    const members = recordsOf('members', readTab(call, MEMBERS));
    const found = memberByEmail(members, call.caller.email);
    const me = found?.active ? found : undefined;
    const coordinator = isCoordinator(me);
    const day = today(call);
    const visible = recordsOf('polls', readTab(call, POLLS))
      .filter((p) => isListed(p, day) && (coordinator || (me !== undefined && inAudience(me, p.audience))))
      .sort(order);
    const shown = visible.slice(0, POLLS_PAGE);
    const ids = new Set(shown.map((p) => p.id));
    // Only the shown polls' answers are counted: a long Poll answers tab costs one pass.
    const answers = shown.length > 0 ? recordsOf('pollAnswers', readTab(call, POLL_ANSWERS)).filter((a) => ids.has(a.poll)) : [];
    const settings = loadSettings(call);
    const viewer: Viewer = { me, coordinator, today: day, working: workingTimeOf(settings), defaultDuration: settings.defaultDuration, writtenIn: writersLanguage(call, members) };
    return {
      ok: true,
      polls: shown.map((p) => view(p, answers.filter((a) => a.poll === p.id), members, viewer)),
      total: visible.length,
      coordinator,
    };
  });
}

/**
 * A coordinator closes a poll on one of its options: the meeting is made by submitMeeting's
 * rules at the option's instant (the next sync sends the invitation), the poll records the
 * choice, and respondents who said yes to emails are told the time on both cities' clocks.
 */
export const closePoll = endpoint(closePollInput, (call, { pollId, option, confirmOutsideHours }): Result<{ meetingId: string; emailed: number }> => {
  signedIn(call);
  const locale = call.caller.locale;
  return withDocumentLock(call.google.LockService, (): Result<{ meetingId: string; emailed: number }> => {
    const plan = meetingPlan(call);
    const language = plan.settings.language;
    const data = requireColumns(requireTab(call, POLLS), ['status', 'chosen', 'meeting'], language);
    const poll = recordsOf('polls', data).find((p) => p.id === pollId);
    if (!poll) refuse('pollId', 'field.unknownPoll', { id: pollId });
    if (poll.status !== 'open') throw new UserError('poll.notOpen', { id: poll.id });
    const line = normalizedLine(option);
    const raw = poll.options.map(normalizedLine).includes(line) ? meetingFromOption(poll, line) : undefined;
    if (!raw) refuse('option', 'poll.noSuchOption', { line });
    const meeting = checkSubmission('meeting', { ...raw, confirmOutsideHours }, wordingFor(locale), today(call));
    // The meeting's fields come from the poll: a problem with one is a problem with the option chosen or the poll's row.
    if (!meeting.ok) return { ok: false, errors: meeting.errors.map((e) => ({ field: ['date', 'startTime'].includes(e.field) ? 'option' : e.field, message: e.message })) };
    const outside = meeting.value.confirmOutsideHours ? [] : plan.outside(meeting.value);
    if (outside[0]) refuse(outside[0].field, outside[0].key, outside[0].params);
    const saved = plan.write(meeting.value);
    writeRows(data, [{ row: poll.row, values: { status: enumLabel('pollStatus', 'closed', language), chosen: line, meeting: saved.id } }], call.workbook, language);
    logAfterCommit(call, [saved.entry, { action: 'poll.close', target: poll.id, details: `${line} → ${saved.id}` }], language);
    const members = recordsOf('members', requireTab(call, MEMBERS));
    const counted = countedAnswers(poll, recordsOf('pollAnswers', readTab(call, POLL_ANSWERS)), members);
    const times = cityTimes({ date: meeting.value.date, start: meeting.value.startTime, timeZone: poll.timeZone });
    const emailed = tellRespondents(call, members.filter((m) => counted.has(m.id)), { pollId: poll.id, title: poll.title, meetingId: saved.id, times }, language, plan.settings.privacyNoticeVersion);
    return { ok: true, meetingId: saved.id, emailed };
  });
});
