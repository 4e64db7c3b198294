import type { EnumCode } from '../domain/enums';
import type { Locale } from '../domain/locale';
import type { Meeting, Poll } from '../domain/records';
import type { AsJson } from './json';

/**
 * What the polls and minutes calls send the sidebar (PRODUCT.md §4): plain JSON, names but
 * never an email address. Dates `YYYY-MM-DD`, times `HH:MM`, instants ISO.
 */

export type PollAnswerCode = EnumCode<'pollAnswer'>;

export interface CityClock {
  readonly date: string;
  readonly time: string;
}

export interface PollOptionView {
  /** The option's line, `YYYY-MM-DD HH:MM` in the poll's zone: what answers name. */
  readonly option: string;
  /** The instant it starts. */
  readonly start: string;
  readonly recife: CityClock;
  readonly nantes: CityClock;
  readonly yes: number;
  readonly ifNeedBe: number;
  readonly no: number;
  /** Most yes, then most if need be. */
  readonly best: boolean;
  /** Outside working hours or days on either clock (Settings). */
  readonly outsideHours: boolean;
  /** The caller's own answer, or null. */
  readonly mine: PollAnswerCode | null;
}

/** Who answered what, for coordinators only: one answer per option, in the options' order. */
export interface Respondent {
  readonly memberId: string;
  /** '' when their data was erased. */
  readonly name: string;
  readonly answers: readonly (PollAnswerCode | null)[];
}

export interface PollView extends AsJson<Pick<Poll, 'id' | 'title' | 'durationMinutes' | 'timeZone' | 'closes' | 'status'>> {
  /** The language of whoever opened it (the Log, Members › Language), null when unknown: another than the reader's offers Translate. */
  readonly language: Locale | null;
  /** A blank Audience is everyone: `all`. */
  readonly audience: EnumCode<'audience'>;
  readonly chosen: string | null;
  readonly meetingId: string | null;
  /** Open, and the caller is a member of its audience. */
  readonly canAnswer: boolean;
  /** How many members' answers count. */
  readonly respondents: number;
  readonly options: readonly PollOptionView[];
  /** Coordinators only. */
  readonly answers?: readonly Respondent[];
}

export interface PollPage {
  readonly polls: readonly PollView[];
  /** Polls the caller may see, all pages together. */
  readonly total: number;
  /** The caller is an active coordinator: may open and close polls. */
  readonly coordinator: boolean;
}

/** A past meeting as the sidebar lists it: held ones with their minutes, planned ones waiting for them. */
export interface MeetingRecordView extends AsJson<Pick<Meeting, 'id' | 'title' | 'date' | 'status' | 'minutes' | 'attendees'>> {
  readonly recife: string;
  readonly nantes: string;
  /** The language of whoever recorded the minutes, null when unknown: another than the reader's offers Translate. */
  readonly language: Locale | null;
  readonly discussed: readonly { readonly id: string; readonly title: string }[];
}

export interface MinutesPage {
  readonly meetings: readonly MeetingRecordView[];
  readonly coordinator: boolean;
}

/** Where a proposal was discussed, as the proposals list and My submissions show it. */
export interface DiscussedAt {
  readonly meetingId: string;
  readonly title: string;
  readonly date: string;
}
