import { LOG } from '../domain/tables';
import { appendRecords, appendTarget } from '../sheets/append';
import type { Call } from './call';

export interface LogEntry {
  readonly action: string;
  readonly target?: string;
  readonly details?: string;
}

/** Records writes made for a person in the append-only Log tab (PRODUCT.md §5). */
export function log(call: Call, entries: readonly LogEntry[], language: Parameters<typeof appendRecords>[3]): void {
  const sheet = call.workbook.tab('log');
  if (!sheet || entries.length === 0) return;
  const records = entries.map((entry) => ({
    timestamp: call.now,
    user: call.caller.email,
    action: entry.action,
    target: entry.target ?? '',
    details: entry.details ?? '',
  }));
  appendRecords(appendTarget(sheet, LOG), records, call.workbook, language);
}
