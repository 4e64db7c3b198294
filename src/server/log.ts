import { LOG } from '../domain/tables';
import { clearPendingLog, keepPendingLog, readPendingLog, type PendingLogRow } from '../properties';
import { appendRecords, appendTarget } from '../sheets/append';
import type { Call } from './call';

export interface LogEntry {
  readonly action: string;
  readonly target?: string;
  readonly details?: string;
  /** Who acted, when not the caller's email: a member who erased themselves is named by their ID. */
  readonly user?: string;
}

type Language = Parameters<typeof appendRecords>[3];

/**
 * Records writes made for a person in the append-only Log tab (PRODUCT.md §5), after any
 * Log rows an earlier call had to keep for later (see logAfterCommit).
 */
export function log(call: Call, entries: readonly LogEntry[], language: Language): void {
  const sheet = call.workbook.tab('log');
  if (!sheet || entries.length === 0) return;
  const properties = call.google.PropertiesService.getDocumentProperties();
  const pending = readPendingLog(properties);
  const records = [
    ...pending.map(([at, user, action, target, details]) => ({ timestamp: new Date(at), user, action, target, details })),
    ...entries.map((entry) => ({
      timestamp: call.now,
      user: entry.user ?? call.caller.email,
      action: entry.action,
      target: entry.target ?? '',
      details: entry.details ?? '',
    })),
  ];
  appendRecords(appendTarget(sheet, LOG, call.workbook.findColumns), records, call.workbook, language);
  if (pending.length > 0) clearPendingLog(properties);
}

/**
 * Logs a change already saved in its tab: the row is the commit point, so a Log that cannot be
 * written must not turn a saved change into a failure (the person would retry and save it
 * twice). The Log rows are kept in the document properties and written by the next Log write.
 */
export function logAfterCommit(call: Call, entries: readonly LogEntry[], language: Language): void {
  try {
    log(call, entries, language);
  } catch (error) {
    console.error(error);
    const rows = entries.map((entry): PendingLogRow => [call.now.toISOString(), entry.user ?? call.caller.email, entry.action, entry.target ?? '', entry.details ?? '']);
    try {
      keepPendingLog(call.google.PropertiesService.getDocumentProperties(), rows);
    } catch (lost) {
      // The change itself is saved; only its Log line is lost, and the developers' log says which.
      console.error(lost, rows);
    }
  }
}
