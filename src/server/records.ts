import { enumCodeOf, type EnumCode } from '../domain/enums';
import type { MeetingRecord, ObjectiveRecord } from '../domain/progress';
import type { TableData } from '../sheets/table';

/**
 * Rows of the Objectives, Proposals, Resources and Meetings tabs as the progress and the
 * dashboard need them, labels of any language read as codes. Rows without an ID are skipped
 * for objectives (a half-typed line), kept elsewhere (a pledge still counts).
 */

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim());

/** A number cell, or a number typed as text with either decimal mark. */
function numberOf(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value.trim().replace(',', '.')) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

export interface ObjectiveRow extends ObjectiveRecord {
  /** 1-based row in the sheet. */
  readonly row: number;
  readonly title: string;
}

export function objectivesOf(data: TableData | undefined): ObjectiveRow[] {
  return (data?.rows ?? []).flatMap(({ row, values }) => {
    const id = text(values['id']);
    if (!id) return [];
    const target = numberOf(values['target']);
    return [{
      row,
      id,
      title: text(values['objective']),
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
  return (data?.rows ?? []).map(({ values }) => ({ member: text(values['member']), status: enumCodeOf('proposalStatus', values['status']) }));
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
    member: text(values['member']),
    kind: enumCodeOf('resourceKind', values['kind']),
    category: enumCodeOf('category', values['category']),
    amount: numberOf(values['amount']),
    currency: enumCodeOf('currency', values['currency']),
  }));
}

/** The adapter gives date cells as `YYYY-MM-DD`; anything else in Date is no date. */
export function meetingsOf(data: TableData | undefined): MeetingRecord[] {
  return (data?.rows ?? []).map(({ values }) => {
    const date = values['date'];
    return {
      status: enumCodeOf('meetingStatus', values['status']),
      date: typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '',
      eventId: text(values['eventId']),
    };
  });
}
