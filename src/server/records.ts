import { meetingRows } from '../domain/calendar-event';
import { cellNumber, cellText } from '../domain/cells';
import { enumCodeOf, type EnumCode } from '../domain/enums';
import type { MeetingRecord, ObjectiveRecord } from '../domain/progress';
import { isIsoDate } from '../domain/time';
import type { TableData } from '../sheets/table';

/**
 * Rows of the Objectives, Proposals, Resources and Meetings tabs as the progress and the
 * dashboard need them, labels of any language read as codes. Rows without an ID are skipped
 * for objectives (a half-typed line), kept elsewhere (a pledge still counts).
 */

export interface ObjectiveRow extends ObjectiveRecord {
  /** 1-based row in the sheet. */
  readonly row: number;
  readonly title: string;
}

export function objectivesOf(data: TableData | undefined): ObjectiveRow[] {
  return (data?.rows ?? []).flatMap(({ row, values }) => {
    const id = cellText(values['id']);
    if (!id) return [];
    const target = cellNumber(values['target']);
    return [{
      row,
      id,
      title: cellText(values['objective']),
      metric: enumCodeOf('metric', values['metric']),
      target: target !== undefined && target > 0 ? target : undefined,
      typedProgress: values['progress'],
      typedStatus: enumCodeOf('objectiveStatus', values['status']),
    }];
  });
}

export interface ProposalRow {
  readonly member: string;
  readonly status: EnumCode<'proposalStatus'> | undefined;
}

export function proposalsOf(data: TableData | undefined): ProposalRow[] {
  return (data?.rows ?? []).map(({ values }) => ({ member: cellText(values['member']), status: enumCodeOf('proposalStatus', values['status']) }));
}

export interface ResourceRow {
  readonly member: string;
  readonly kind: EnumCode<'resourceKind'> | undefined;
  readonly category: EnumCode<'category'> | undefined;
  readonly amount: number | undefined;
  readonly currency: EnumCode<'currency'> | undefined;
}

export function resourcesOf(data: TableData | undefined): ResourceRow[] {
  return (data?.rows ?? []).map(({ values }) => ({
    member: cellText(values['member']),
    kind: enumCodeOf('resourceKind', values['kind']),
    category: enumCodeOf('category', values['category']),
    amount: cellNumber(values['amount']),
    currency: enumCodeOf('currency', values['currency']),
  }));
}

/**
 * Read as the calendar reads them (calendar-event.ts), keeping what the progress needs. The
 * adapter gives date cells as `YYYY-MM-DD`; anything else in Date is no date.
 */
export function meetingsOf(data: TableData | undefined): MeetingRecord[] {
  return meetingRows(data?.rows ?? []).map(({ status, date, eventId }) => ({ status, date: isIsoDate(date) ? date : '', eventId }));
}
