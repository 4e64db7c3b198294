import './zod';
import * as z from 'zod/mini';
import { enumCodeOf } from './enums';
import type { Locale } from './locale';
import { amountOf, amountProblemMessage, currencyOr } from './money';
import { metricOf } from './metrics';
import { deliveryRowRules, milestoneRowRules } from './plan-inputs';
import { requireWhen, resourceRequirements } from './requirements';
import { idList } from './option-lines';
import { PERSONAL_COLUMNS } from './privacy';
import { recordsOf } from './records';
import { SETTING_ROWS } from './settings';
import { MEETINGS, MEMBERS, MILESTONES, OBJECTIVES, POLL_ANSWERS, POLLS, PROPOSALS, RESOURCES, SUPPORTS, tableByKey, type Table, type TableKey } from './tables';

/**
 * What is wrong with the rows people typed into the sheet (PRODUCT.md §2): each cell's own
 * rule, the rules between fields of a row, and those across rows and tabs (unique IDs and
 * emails, references, ranks). A problem keeps its zod issue so it can be worded in any language.
 */

export interface RowData {
  /** 1-based sheet row. */
  readonly row: number;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface Problem {
  readonly table: TableKey;
  readonly row: number;
  /** The column key of the bad cell. */
  readonly column: string;
  readonly issue: z.core.$ZodRawIssue;
}

/** The IDs of the tabs other tabs refer to, by table. */
export type References = Partial<Record<TableKey, ReadonlySet<string>>>;

type RowRecord = Record<string, unknown>;

const between = <T extends RowRecord>(...checks: z.core.$ZodCheck<T>[]) => checks;

/** Rules between fields of one row, by table. */
const ROW_RULES: Partial<Record<TableKey, z.core.$ZodCheck<RowRecord>[]>> = {
  objectives: between(
    // A computed metric needs a target, unless its registry entry says what a blank one means.
    requireWhen((o) => { const metric = metricOf(o['metric'] as string | undefined); return metric !== undefined && !metric.blankTarget; }, 'target'),
  ),
  proposals: between(requireWhen((p) => p['status'] === 'prioritized', 'priorityRank')),
  resources: [...(resourceRequirements as z.core.$ZodCheck<RowRecord>[]), ...deliveryRowRules],
  milestones: milestoneRowRules,
};

const schemas = new Map<TableKey, z.ZodMiniType>();

/** The schema of one row: every column people type, then the rules between fields. */
function rowSchema(table: Table): z.ZodMiniType {
  let schema = schemas.get(table.key);
  if (!schema) {
    const shape: Record<string, z.core.SomeType> = {};
    for (const column of table.columns) if (!column.computed || column.typed) shape[column.key] = column.schema;
    schema = z.object(shape).check(...(ROW_RULES[table.key] ?? []));
    schemas.set(table.key, schema);
  }
  return schema;
}

export const custom = (key: string, params: Record<string, unknown> = {}): z.core.$ZodRawIssue =>
  ({ code: 'custom', params: { key, ...params }, input: undefined, path: [] }) as unknown as z.core.$ZodRawIssue;

/** Problems of a tab's rows, checked alone. */
export function rowProblems(table: Table, rows: readonly RowData[]): Problem[] {
  const schema = rowSchema(table);
  const problems: Problem[] = [];
  for (const { row, values } of rows) {
    const result = z.safeParse(schema, values);
    if (result.success) continue;
    const seen = new Set<string>();
    const erased = table.key === MEMBERS.key && enumCodeOf('memberStatus', values['status']) === 'erased';
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? '');
      if (!column || seen.has(column)) continue;
      // An erased member's personal cells are blank on purpose (issue 12).
      if (erased && (PERSONAL_COLUMNS as readonly string[]).includes(column) && clean(values[column]) === '') continue;
      seen.add(column);
      problems.push({ table: table.key, row, column, issue: issue as unknown as z.core.$ZodRawIssue });
    }
  }
  return problems;
}

const clean = (value: unknown): string => (typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : String(value));

/** Every row sharing a value with another, flagged with the other rows' numbers. */
function duplicates(table: Table, rows: readonly RowData[], column: string, key: string, normalize: (v: string) => string = (v) => v, only: (r: RowData) => boolean = () => true): Problem[] {
  const byValue = new Map<string, number[]>();
  for (const r of rows) {
    const value = normalize(clean(r.values[column]));
    if (!value || !only(r)) continue;
    byValue.set(value, [...(byValue.get(value) ?? []), r.row]);
  }
  const problems: Problem[] = [];
  for (const [value, at] of byValue) {
    if (at.length < 2) continue;
    for (const row of at) {
      const others = at.filter((r) => r !== row).join(', ');
      problems.push({ table: table.key, row, column, issue: custom(key, { value, rows: others }) });
    }
  }
  return problems;
}

function unknownReferences(table: Table, rows: readonly RowData[], column: string, known: ReadonlySet<string>, key: string, list = false): Problem[] {
  return rows.flatMap((r) => {
    const ids = list ? idList(clean(r.values[column])) : [clean(r.values[column])];
    const id = ids.filter((one) => one && !known.has(one)).join(', ');
    return id ? [{ table: table.key, row: r.row, column, issue: custom(key, { id }) }] : [];
  });
}

/**
 * Problems across rows and tabs, as the columns declare them: unique values, references
 * that exist; and the ranks of prioritized proposals, which must differ.
 */
export function crossProblems(table: Table, rows: readonly RowData[], refs: References): Problem[] {
  const problems = table.columns.flatMap((column): Problem[] => {
    if (column.unique) {
      const key = column.key === 'id' ? 'duplicateId' : `duplicate${column.key[0]?.toUpperCase()}${column.key.slice(1)}`;
      return duplicates(table, rows, column.key, key, column.unique === 'caseless' ? (v) => v.toLowerCase() : undefined);
    }
    const target = column.references && tableByKey(column.references);
    return target?.unknownId ? unknownReferences(table, rows, column.key, refs[target.key] ?? new Set(), target.unknownId, column.list) : [];
  });
  if (table.key === PROPOSALS.key) {
    problems.push(...duplicates(table, rows, 'priorityRank', 'duplicateRank', undefined, (r) => enumCodeOf('proposalStatus', r.values['status']) === 'prioritized'));
  }
  return problems;
}

/**
 * Money cells typed as text that the workbook's language can't read as one amount (the
 * sheets adapter read the others): ambiguous ones give both readings, as the forms do.
 * These come before rowProblems' for the same cell.
 */
export function amountProblems(table: Table, rows: readonly RowData[], language: Locale): Problem[] {
  const money = table.columns.filter((c) => c.kind === 'money');
  return rows.flatMap(({ row, values }) =>
    money.flatMap((column): Problem[] => {
      const value = values[column.key];
      if (typeof value !== 'string' || value.trim() === '') return [];
      const currency = currencyOr(values['currency'], language);
      const reading = amountOf(value, language, currency);
      if (reading.ok) return [];
      const { key, params } = amountProblemMessage(reading, language, currency);
      return [{ table: table.key, row, column: column.key, issue: custom(key, params) }];
    }),
  );
}

/** Problems of a tab's rows alone, money read in the workbook's language: one per cell. */
export function ownProblems(table: Table, rows: readonly RowData[], language: Locale): Problem[] {
  const amounts = amountProblems(table, rows, language);
  const at = new Set(amounts.map((p) => `${p.row}:${p.column}`));
  return [...amounts, ...rowProblems(table, rows).filter((p) => !at.has(`${p.row}:${p.column}`))];
}

/** The tabs whose rows have rules; Settings has its own, the Dashboard and the Log none. */
export const CHECKED_TABLES: readonly Table[] = [MEMBERS, OBJECTIVES, PROPOSALS, RESOURCES, MEETINGS, SUPPORTS, POLLS, POLL_ANSWERS, MILESTONES];

/** Each Settings value against the rule of its row. */
export function settingProblems(table: Table, rows: readonly RowData[]): Problem[] {
  return recordsOf('settings', { rows }).flatMap(({ row, key, value }) => {
    const setting = SETTING_ROWS.find((s) => s.key === key);
    const result = setting && z.safeParse(setting.schema, value);
    return !result || result.success ? [] : [{ table: table.key, row, column: 'value', issue: result.error.issues[0] as unknown as z.core.$ZodRawIssue }];
  });
}
