import { recordsOf, type Objective } from '../domain/records';
import { enumLabel } from '../domain/enums';
import { UserError } from '../domain/errors';
import { t } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import { metricOf } from '../domain/metrics';
import { progressAll, type Progress } from '../domain/progress';
import { SUPPORTS } from '../domain/tables';
import { tallySupports } from '../domain/supports';
import { writeSupportCounts } from './support-counts';
import { writeProposalPlans } from './proposal-plans';
import { withDocumentLock } from '../lock';
import { columnOf, type TableData } from '../sheets/table';
import { writeRows, type RowChange } from '../sheets/write';
import type { Call } from './call';
import { objectivesIn } from './wg-progress';
import { rebuildDashboard } from './dashboard';
import { log } from './log';
import { guarded, refusalText, serve, toast, type Result } from './respond';
import type { GoogleServices } from './services';
import { readProgressTabs, readTab, type ProgressTabs } from './workbook-data';


export function progressOfTabs(tabs: ProgressTabs, objectives: readonly Objective[] = objectivesIn(tabs.objectives)): Progress[] {
  return progressAll(objectives, {
    members: tabs.members,
    proposals: recordsOf('proposals', tabs.proposals),
    resources: recordsOf('resources', tabs.resources),
    meetings: recordsOf('meetings', tabs.meetings),
    milestones: recordsOf('milestones', tabs.milestones),
    workshopDate: tabs.settings.workshopDate,
    eurToBrlRate: tabs.settings.eurToBrlRate,
  });
}

export type Refreshed = Result<{ objectives: Progress[] }>;

/**
 * Recomputes every objective (PRODUCT.md §3), writes Progress and Status, rebuilds the
 * Dashboard and logs it. Anyone may run it: it only writes what the sheet already implies.
 * A toast reports the outcome, whether it came from the menu or the sidebar.
 */
export function refreshProgress(google: GoogleServices): Refreshed {
  return serve(google, (call): Refreshed => {
    const result = guarded(call.caller.locale, () => withDocumentLock(google.LockService, () => ({ ok: true as const, objectives: refresh(call) })));
    toast(call, result.ok ? t(call.caller.locale, 'progress.done') : refusalText(result));
    return result;
  });
}

function refresh(call: Call): Progress[] {
  const tabs = readProgressTabs(call);
  const progress = recount(call, tabs);
  const summary = progress.map((p) => `${p.id} ${Math.round(p.progress * 100)}%`).join('; ');
  log(call, [{ action: 'progress.refresh', details: summary }], tabs.settings.language);
  return progress;
}

/**
 * Writes everything computed from the tabs: each objective's Progress and Status, Proposals ›
 * Supports and the Dashboard. Also run by an erasure, so that the erased member stops counting
 * (and leaves the Dashboard) at once. The caller holds the document lock.
 */
export function recount(call: Call, tabs = readProgressTabs(call)): Progress[] {
  const language = tabs.settings.language;
  if (!tabs.objectives) throw new UserError('error.notSetUp');
  const rows = objectivesIn(tabs.objectives);
  const progress = progressOfTabs(tabs, rows);
  writeObjectives(call, tabs.objectives, rows, progress, language);
  // Supports are recounted here too, so members who left stop counting without anyone supporting again.
  const supports = readTab(call, SUPPORTS);
  const tally = tallySupports(recordsOf('supports', supports), tabs.members, recordsOf('proposals', tabs.proposals), tabs.settings.supportsPerMember);
  if (supports && tabs.proposals) writeSupportCounts(tabs.proposals, tally.byProposal);
  if (tabs.proposals) writeProposalPlans(tabs.proposals, recordsOf('milestones', tabs.milestones), language);
  rebuildDashboard(call, tabs, progress, rows, supports ? tally.byProposal : undefined);
  return progress;
}

/**
 * Writes Progress and Status of the computed objectives whose values changed, and nothing
 * else: a manual objective, a formula or text someone typed (`'=1+1`) is never written back.
 * One block per run of adjacent changed rows (sheets/write.ts); the Objectives tab holds a
 * handful of rows. Status cells get the add-on's own labels, which typing cannot turn into
 * anything else.
 */
function writeObjectives(call: Call, data: TableData, rows: readonly Objective[], progress: readonly Progress[], language: Locale): void {
  const p = columnOf(data, 'progress');
  const s = columnOf(data, 'status');
  const changes: RowChange[] = [];
  rows.forEach((row, i) => {
    const result = progress[i];
    if (!result || !metricOf(row.metric)) return;
    const line = data.grid[row.row - 1] ?? [];
    const status = enumLabel('objectiveStatus', result.status, language);
    if (line[p] !== result.progress || line[s] !== status) changes.push({ row: row.row, values: { progress: result.progress, status } });
  });
  writeRows(data, changes, call.workbook, language);
}
