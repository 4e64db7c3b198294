import type { TableKey } from '../domain/tables';

export interface ProblemView {
  readonly table: TableKey;
  /** The tab's name as the workbook shows it. */
  readonly tab: string;
  readonly row: number;
  /** The column's header as the workbook shows it. */
  readonly column: string;
  readonly message: string;
}

/** What validateAll() returns besides `ok`: PRODUCT.md §4's `{ok, problems, byTable}`, `valid` saying whether none were found. */
export interface Validation {
  readonly valid: boolean;
  readonly problems: ProblemView[];
  readonly byTable: Partial<Record<TableKey, number>>;
}
