import './zod';
import { inAudience } from './audience';
import * as z from 'zod/mini';
import type { EnumCode } from './enums';
import * as f from './fields';
import { cityTimes } from './meetings';
import { MAX_OPTIONS, MIN_OPTIONS, optionLine, parseOptionLine } from './option-lines';
import type { Member, Poll, PollAnswer } from './records';
import { MINUTES_LIMIT } from './tables';
import { addDays, type IsoDate } from './time';

/**
 * Time polls (issue 20, PRODUCT.md §2 and §4): the inputs the sidebar sends, each option as
 * one instant shown on both cities' clocks, who may answer, and the counts. Pure: the
 * server, Check and the sidebar share it.
 */

type Answer = EnumCode<'pollAnswer'>;

/** The bounded page listPolls answers with. */
export const POLLS_PAGE = 50;
/** A closed poll stays listed this many days after it closed. */
export const RECENT_DAYS = 30;

const option = z.object({ date: f.required(f.date()), startTime: f.required(f.wallTime()) });
const yes = z.pipe(z.transform((v: unknown) => v === true || v === 'true'), z.boolean());

export const openPollInput = z.object({
  title: f.required(f.text(f.LIMITS.title)),
  durationMinutes: f.optional(f.duration()),
  timeZone: f.optional(f.timeZone()),
  audience: f.optional(f.enumOf('audience')),
  options: z.array(option).check(
    z.refine((list: readonly unknown[]) => list.length >= MIN_OPTIONS && list.length <= MAX_OPTIONS, { params: { key: 'pollOptionCount', min: MIN_OPTIONS, max: MAX_OPTIONS } }),
    z.refine((list: readonly { date: string; startTime: string }[]) => new Set(list.map((o) => `${o.date} ${o.startTime}`)).size === list.length, { params: { key: 'pollOptionTwice', line: '' } }),
  ),
  closes: f.required(f.date()),
  location: f.optional(f.text(f.LIMITS.text)),
  agenda: f.optional(f.text(f.LIMITS.text)),
  /** The coordinator saw both cities' times and keeps options outside working time. */
  confirmOutsideHours: f.optional(yes),
});

export const answerPollInput = z.object({
  pollId: f.required(f.idOf('POL')),
  answers: z.array(z.object({ option: f.required(f.optionStart()), answer: f.required(f.enumOf('pollAnswer')) })).check(
    z.refine((list: readonly unknown[]) => list.length >= 1 && list.length <= MAX_OPTIONS, { params: { key: 'pollAnswersCount' } }),
  ),
});

export const closePollInput = z.object({
  pollId: f.required(f.idOf('POL')),
  option: f.required(f.optionStart()),
  confirmOutsideHours: f.optional(yes),
});

export const closeMeetingInput = z.object({
  meetingId: f.required(f.idOf('MTG')),
  minutes: f.optional(f.text(MINUTES_LIMIT)),
  attendees: f.optional(f.count()),
  proposalIds: z.optional(z.array(f.required(f.idOf('PRO')))),
});

export type OpenPollInput = z.output<typeof openPollInput>;

/** An option's one instant, and how each hub reads it. */
export interface OptionTimes {
  readonly option: string;
  /** ISO instant. */
  readonly start: string;
  readonly recife: { readonly date: IsoDate; readonly time: string };
  readonly nantes: { readonly date: IsoDate; readonly time: string };
}

/** An option line in the poll's zone, as the instant it denotes; undefined for a line that is no date and time. */
export function optionTimes(line: string, timeZone: string): OptionTimes | undefined {
  const start = parseOptionLine(line);
  if (!start) return undefined;
  const times = cityTimes({ date: start.date, start: start.time, timeZone });
  return { option: optionLine(start), start: times.instant.toISOString(), recife: times.recife, nantes: times.nantes };
}

export interface OptionCount {
  yes: number;
  ifNeedBe: number;
  no: number;
}

/**
 * The answers that count: those of active members of the poll's audience (erased and
 * inactive members' answers stop counting at once), to one of its options; the last row
 * per member and option wins. By member ID, then option line.
 */
export function countedAnswers(poll: Poll, answers: readonly PollAnswer[], members: readonly Member[]): Map<string, Map<string, Answer>> {
  const byId = new Map(members.filter((m) => m.id).map((m) => [m.id, m] as const));
  const lines = new Set(poll.options.map((line) => normalizedLine(line)));
  const counted = new Map<string, Map<string, Answer>>();
  for (const row of answers) {
    if (row.poll !== poll.id || !row.answer) continue;
    const member = byId.get(row.member);
    const line = normalizedLine(row.option);
    if (!member || !inAudience(member, poll.audience) || !lines.has(line)) continue;
    let mine = counted.get(member.id);
    if (!mine) counted.set(member.id, (mine = new Map()));
    mine.set(line, row.answer);
  }
  return counted;
}

/** `2027-03-04  14:00` and `2027-03-04 14:00` are one option. */
export function normalizedLine(line: string): string {
  const start = parseOptionLine(line);
  return start ? optionLine(start) : line.trim();
}

export function countOptions(poll: Poll, counted: ReadonlyMap<string, ReadonlyMap<string, Answer>>): Map<string, OptionCount> {
  const counts = new Map<string, OptionCount>(poll.options.map((line) => [normalizedLine(line), { yes: 0, ifNeedBe: 0, no: 0 }]));
  for (const mine of counted.values()) {
    for (const [line, answer] of mine) {
      const count = counts.get(line);
      if (!count) continue;
      if (answer === 'yes') count.yes++;
      else if (answer === 'if need be') count.ifNeedBe++;
      else count.no++;
    }
  }
  return counts;
}

/** The option with the most yes, then the most if need be; the earliest listed wins a tie; none before anyone said yes or if need be. */
export function bestOption(counts: ReadonlyMap<string, OptionCount>): string | undefined {
  let best: string | undefined;
  let top: OptionCount = { yes: 0, ifNeedBe: 0, no: 0 };
  for (const [line, count] of counts) {
    if (count.yes > top.yes || (count.yes === top.yes && count.ifNeedBe > top.ifNeedBe)) {
      best = line;
      top = count;
    }
  }
  return best;
}

/** Open polls, and the others for RECENT_DAYS after they closed. */
export function isListed(poll: Poll, today: IsoDate): boolean {
  if (!poll.id) return false;
  if (poll.status === 'open') return true;
  return /^\d{4}-\d{2}-\d{2}$/.test(poll.closes) && poll.closes >= addDays(today, -RECENT_DAYS);
}

/** Open to answers: Status open and Closes today or later. */
export function acceptsAnswers(poll: Poll, today: IsoDate): boolean {
  return poll.status === 'open' && !(/^\d{4}-\d{2}-\d{2}$/.test(poll.closes) && poll.closes < today);
}

/** The meeting closePoll makes from an option: the poll's line read in the poll's zone, so it starts at the option's instant. */
export function meetingFromOption(poll: Poll, line: string): { title: string; date: IsoDate; startTime: string; durationMinutes: number | undefined; timeZone: string; audience: string; location: string; agenda: string } | undefined {
  const start = parseOptionLine(line);
  if (!start) return undefined;
  return {
    title: poll.title,
    date: start.date,
    startTime: start.time,
    durationMinutes: poll.durationMinutes,
    timeZone: poll.timeZone,
    audience: poll.audience ?? 'all',
    location: poll.location,
    agenda: poll.agenda,
  };
}
