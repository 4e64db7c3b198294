import { enumLabel } from '../domain/enums';
import { UserError } from '../domain/errors';
import { t } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import { progressAll, type Progress } from '../domain/progress';
import type { Settings } from '../domain/settings';
import { MEETINGS, MEMBERS, OBJECTIVES, PROPOSALS, RESOURCES } from '../domain/tables';
import { withDocumentLock } from '../lock';
import { numberFormat } from '../sheets/formats';
import type { Cell, TableData } from '../sheets/table';
import { openCall, type Call } from './call';
import { rebuildDashboard } from './dashboard';
import { log } from './log';
import { meetingsOf, objectivesOf, proposalsOf, resourcesOf, type ObjectiveRow } from './records';
import { guarded, type Result } from './respond';
import type { GoogleServices } from './services';
import { loadSettings, membersOf, readTab, type MemberRecord } from './workbook-data';

/** Every tab the progress and the dashboard read, each read once. */
export interface ProgressTabs {
  readonly settings: Settings;
  readonly objectives: TableData | undefined;
  readonly members: readonly MemberRecord[];
  readonly proposals: TableData | undefined;
  readonly resources: TableData | undefined;
  readonly meetings: TableData | undefined;
}

export function readProgressTabs(call: Call): ProgressTabs {
  return {
    settings: loadSettings(call),
    objectives: readTab(call, OBJECTIVES),
    members: membersOf(readTab(call, MEMBERS)),
    proposals: readTab(call, PROPOSALS),
    resources: readTab(call, RESOURCES),
    meetings: readTab(call, MEETINGS),
  };
}

export function progressOfTabs(tabs: ProgressTabs, objectives: readonly ObjectiveRow[] = objectivesOf(tabs.objectives)): Progress[] {
  return progressAll(objectives, {
    members: tabs.members,
    proposals: proposalsOf(tabs.proposals),
    resources: resourcesOf(tabs.resources),
    meetings: meetingsOf(tabs.meetings),
    workshopDate: tabs.settings.workshopDate,
  });
}

export type Refreshed = Result<{ objectives: Progress[] }>;

/**
 * Recomputes every objective (PRODUCT.md §3), writes Progress and Status, rebuilds the
 * Dashboard and logs it. Anyone may run it: it only writes what the sheet already implies.
 * A toast reports the outcome, whether it came from the menu or the sidebar.
 */
export function refreshProgress(google: GoogleServices): Refreshed {
  const call = openCall(google);
  const locale = call.caller.locale;
  const result = guarded(locale, () => withDocumentLock(google.LockService, () => ({ ok: true as const, objectives: refresh(call) })));
  const message = result.ok ? t(locale, 'progress.done') : result.errors.map((e) => e.message).join('\n');
  call.workbook.spreadsheet.toast(message, t(locale, 'app.name'));
  return result;
}

function refresh(call: Call): Progress[] {
  const tabs = readProgressTabs(call);
  const language = tabs.settings.language;
  if (!tabs.objectives) throw new UserError('error.notSetUp');
  const rows = objectivesOf(tabs.objectives);
  const progress = progressOfTabs(tabs, rows);
  writeObjectives(tabs.objectives, rows, progress, language);
  rebuildDashboard(call, tabs, progress, rows);
  const summary = progress.map((p) => `${p.id} ${Math.round(p.progress * 100)}%`).join('; ');
  log(call, [{ action: 'progress.refresh', details: summary }], language);
  return progress;
}

/**
 * Writes Progress and Status of the computed objectives in one setValues when the two
 * columns sit side by side (one per column otherwise, since cells between them may be a
 * coordinator's own). Manual objectives, blank rows and anything else are written back as
 * read, so they keep what the coordinator typed.
 */
function writeObjectives(data: TableData, rows: readonly ObjectiveRow[], progress: readonly Progress[], language: Locale): void {
  const p = data.columns.get('progress');
  const s = data.columns.get('status');
  if (p === undefined || s === undefined) throw new UserError('error.notSetUp');
  const height = data.grid.length - 1;
  if (height < 1) return;
  const computed = new Map<number, Progress>();
  rows.forEach((row, i) => {
    const result = progress[i];
    if (result && row.metric !== undefined && row.metric !== 'manual') computed.set(row.row, result);
  });
  const cells = data.grid.slice(1).map((line, i): [Cell, Cell] => {
    const result = computed.get(i + 2);
    return result
      ? [result.progress, enumLabel('objectiveStatus', result.status, language)]
      : [line[p] ?? '', line[s] ?? ''];
  });
  const sheet = data.sheet;
  sheet.getRange(2, p + 1, height, 1).setNumberFormat(numberFormat('percent', language));
  if (Math.abs(p - s) === 1) {
    const left = Math.min(p, s);
    sheet.getRange(2, left + 1, height, 2).setValues(cells.map(([progressCell, statusCell]) => (p < s ? [progressCell, statusCell] : [statusCell, progressCell])));
  } else {
    sheet.getRange(2, p + 1, height, 1).setValues(cells.map(([progressCell]) => [progressCell]));
    sheet.getRange(2, s + 1, height, 1).setValues(cells.map(([, statusCell]) => [statusCell]));
  }
}

/**
 * WG_PROGRESS(id): the objective's progress, 0..1, computed as refreshProgress does but
 * reading only the tabs its metric needs and writing nothing. Errors are in English: Sheets
 * shows them in the cell, whatever the reader's language.
 */
export function wgProgress(google: GoogleServices, objectiveId: unknown): number {
  const id = typeof objectiveId === 'string' || typeof objectiveId === 'number' ? String(objectiveId).trim() : '';
  if (!id) throw new Error('WG_PROGRESS needs an objective ID, such as "O3".');
  const call = openCall(google);
  const objectivesTab = readTab(call, OBJECTIVES);
  if (!objectivesTab) throw new Error('WG_PROGRESS: the workbook is not set up yet (no Objectives tab).');
  const objective = objectivesOf(objectivesTab).find((o) => o.id.toUpperCase() === id.toUpperCase());
  if (!objective) throw new Error(`WG_PROGRESS: there is no objective "${id}" in the Objectives tab.`);
  const needs = (...metrics: ObjectiveRow['metric'][]) => metrics.includes(objective.metric);
  const [result] = progressAll([objective], {
    members: needs('members', 'resources_declared') ? membersOf(readTab(call, MEMBERS)) : [],
    proposals: needs('proposals_prioritized') ? proposalsOf(readTab(call, PROPOSALS)) : [],
    resources: needs('resources_declared') ? resourcesOf(readTab(call, RESOURCES)) : [],
    meetings: needs('meetings_scheduled') ? meetingsOf(readTab(call, MEETINGS)) : [],
    workshopDate: needs('meetings_scheduled') ? loadSettings(call).workshopDate : '',
  });
  return result?.progress ?? 0;
}
