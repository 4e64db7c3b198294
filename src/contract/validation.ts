import type { TableKey } from '../domain/tables';

export interface ProblemView {
  readonly table: TableKey;
  /** The tab's name as the workbook shows it. */
  readonly tab: string;
  readonly row: number;
  /** The column's header as the workbook shows it. */
  readonly column: string;
  /** The cell's A1 name in its tab (`D12`), for selecting it; '' when its column is missing. */
  readonly cell: string;
  readonly message: string;
}

/** What validateAll() returns (PRODUCT.md §4): `ok` says the sheet has no problem. */
export interface Validation {
  readonly ok: boolean;
  readonly problems: ProblemView[];
  readonly byTable: Partial<Record<TableKey, number>>;
}
