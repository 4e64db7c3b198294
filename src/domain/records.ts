import { cellNumber, cellText } from './cells';
import { enumCodeOf } from './enums';
import { settingKeyOf } from './settings';
import type { TableKey } from './tables';

/**
 * The one reader of the tabs' rows: `recordsOf(key, data)` turns a tab read once (the
 * sheets adapter's TableData, or any rows by column key) into typed records, labels of any
 * language read as codes, each with its 1-based row for marks and writes. Every other
 * module works on these records; none reads a cell by its column key. A new column is a
 * field here and a declaration in tables.ts; a new tab, one more reader below.
 */

export type Values = Readonly<Record<string, unknown>>;

/** Rows by column key, as readTable gives them. */
export interface Rows {
  readonly rows: readonly { readonly row: number; readonly values: Values }[];
}

const text = (v: Values, key: string) => cellText(v[key]);

const READERS = {
  settings: (v: Values) => ({ key: settingKeyOf(v['setting']), value: v['value'] }),
  members: (v: Values) => ({
    id: text(v, 'id'),
    name: text(v, 'name'),
    email: text(v, 'email').toLowerCase(),
    role: enumCodeOf('role', v['role']),
    hub: enumCodeOf('hub', v['hub']),
    active: (enumCodeOf('memberStatus', v['status']) ?? 'active') === 'active',
  }),
  objectives: (v: Values) => {
    const target = cellNumber(v['target']);
    return {
      id: text(v, 'id'),
      title: text(v, 'objective'),
      metric: enumCodeOf('metric', v['metric']),
      /** Undefined unless positive: a zero target is no target. */
      target: target !== undefined && target > 0 ? target : undefined,
      /** The Progress cell as the sheet holds it: what a coordinator typed for a manual objective. */
      typedProgress: v['progress'],
      typedStatus: enumCodeOf('objectiveStatus', v['status']),
      priority: enumCodeOf('yesNo', v['priority']) === 'yes',
    };
  },
  proposals: (v: Values) => ({
    id: text(v, 'id'),
    title: text(v, 'title'),
    objective: text(v, 'objective'),
    member: text(v, 'member'),
    status: enumCodeOf('proposalStatus', v['status']),
  }),
  resources: (v: Values) => ({
    id: text(v, 'id'),
    member: text(v, 'member'),
    kind: enumCodeOf('resourceKind', v['kind']),
    category: enumCodeOf('category', v['category']),
    description: text(v, 'description'),
    amount: cellNumber(v['amount']),
    currency: enumCodeOf('currency', v['currency']),
    quantity: cellNumber(v['quantity']),
    unit: text(v, 'unit'),
    availability: enumCodeOf('availability', v['availability']),
    /** The cell as read ('' when blank): a date cell gives `YYYY-MM-DD`. */
    availableFrom: typeof v['availableFrom'] === 'string' ? v['availableFrom'] : '',
    proposal: text(v, 'proposal'),
  }),
  meetings: (v: Values) => ({
    id: text(v, 'id'),
    title: text(v, 'title'),
    date: text(v, 'date'),
    start: text(v, 'start'),
    /** Undefined when the cell holds no number. */
    durationMinutes: cellNumber(v['durationMinutes']),
    timeZone: text(v, 'timeZone'),
    location: text(v, 'location'),
    audience: enumCodeOf('audience', v['audience']),
    agenda: text(v, 'agenda'),
    status: enumCodeOf('meetingStatus', v['status']),
    eventId: text(v, 'eventId'),
    /** Whether the Synced cell holds anything: the meeting reached the calendar once. */
    synced: text(v, 'synced') !== '',
  }),
} satisfies Partial<Record<TableKey, (v: Values) => object>>;

export type RecordTable = keyof typeof READERS;
export type RecordOf<K extends RecordTable> = { readonly row: number } & Readonly<ReturnType<(typeof READERS)[K]>>;

export type Setting = RecordOf<'settings'>;
export type Member = RecordOf<'members'>;
export type Objective = RecordOf<'objectives'>;
export type Proposal = RecordOf<'proposals'>;
export type Pledge = RecordOf<'resources'>;
export type Meeting = RecordOf<'meetings'>;

/** A tab's rows as records; none for a tab the workbook does not have yet. */
export function recordsOf<K extends RecordTable>(key: K, data: Rows | undefined): RecordOf<K>[] {
  const read = READERS[key] as (v: Values) => ReturnType<(typeof READERS)[K]>;
  return (data?.rows ?? []).map(({ row, values }) => ({ row, ...read(values) }));
}

/** The IDs in a tab's ID column, as typed (blank rows' included as ''). */
export function idsOf(data: Rows | undefined): string[] {
  return (data?.rows ?? []).map((row) => text(row.values, 'id'));
}
