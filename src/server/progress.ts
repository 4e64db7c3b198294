import { recordsOf, type Member, type Objective } from '../domain/records';
import { enumLabel } from '../domain/enums';
import { UserError } from '../domain/errors';
import { t, type MessageKey, type MessageParams } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import { metricOf } from '../domain/metrics';
import { progressAll, type Progress } from '../domain/progress';
import type { Settings } from '../domain/settings';
import { MEETINGS, MEMBERS, OBJECTIVES, PROPOSALS, RESOURCES } from '../domain/tables';
import { withDocumentLock } from '../lock';
import { numberFormat } from '../sheets/formats';
import type { Cell, TableData } from '../sheets/table';
import { openCustomFunctionCall, type Call } from './call';
import { rebuildDashboard } from './dashboard';
import { log } from './log';
import { guarded, serve, toast, type Result } from './respond';
import type { GoogleServices } from './services';
import { loadSettings, readTab } from './workbook-data';

/** Every tab the progress and the dashboard read, each read once. */
export interface ProgressTabs {
  readonly settings: Settings;
  readonly objectives: TableData | undefined;
  readonly members: readonly Member[];
  readonly proposals: TableData | undefined;
  readonly resources: TableData | undefined;
  readonly meetings: TableData | undefined;
}

export function readProgressTabs(call: Call): ProgressTabs {
  return {
    settings: loadSettings(call),
    objectives: readTab(call, OBJECTIVES),
    members: recordsOf('members', readTab(call, MEMBERS)),
    proposals: readTab(call, PROPOSALS),
    resources: readTab(call, RESOURCES),
    meetings: readTab(call, MEETINGS),
  };
}

/** The objectives with an ID: a row without one is a half-typed line. */
const objectivesIn = (data: TableData | undefined): Objective[] => recordsOf('objectives', data).filter((o) => o.id !== '');

export function progressOfTabs(tabs: ProgressTabs, objectives: readonly Objective[] = objectivesIn(tabs.objectives)): Progress[] {
  return progressAll(objectives, {
    members: tabs.members,
    proposals: recordsOf('proposals', tabs.proposals),
    resources: recordsOf('resources', tabs.resources),
    meetings: recordsOf('meetings', tabs.meetings),
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
  return serve(google, (call): Refreshed => {
    const result = guarded(call.caller.locale, () => withDocumentLock(google.LockService, () => ({ ok: true as const, objectives: refresh(call) })));
    toast(call, result.ok ? t(call.caller.locale, 'progress.done') : result.errors.map((e) => e.message).join('\n'));
    return result;
  });
}

function refresh(call: Call): Progress[] {
  const tabs = readProgressTabs(call);
  const language = tabs.settings.language;
  if (!tabs.objectives) throw new UserError('error.notSetUp');
  const rows = objectivesIn(tabs.objectives);
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
 * they were, formulas included, so they keep what the coordinator typed.
 */
function writeObjectives(data: TableData, rows: readonly Objective[], progress: readonly Progress[], language: Locale): void {
  const p = data.columns.get('progress');
  const s = data.columns.get('status');
  if (p === undefined || s === undefined) throw new UserError('error.notSetUp');
  const height = data.grid.length - 1;
  if (height < 1) return;
  const computed = new Map<number, Progress>();
  rows.forEach((row, i) => {
    const result = progress[i];
    if (result && metricOf(row.metric)) computed.set(row.row, result);
  });
  const sheet = data.sheet;
  const left = Math.min(p, s);
  const formulas = sheet.getRange(2, left + 1, height, Math.abs(p - s) + 1).getFormulas();
  const kept = (line: readonly Cell[], i: number, column: number): Cell => formulas[i]?.[column - left] || (line[column] ?? '');
  const cells = data.grid.slice(1).map((line, i): [Cell, Cell] => {
    const result = computed.get(i + 2);
    return result
      ? [result.progress, enumLabel('objectiveStatus', result.status, language)]
      : [kept(line, i, p), kept(line, i, s)];
  });
  sheet.getRange(2, p + 1, height, 1).setNumberFormat(numberFormat('percent', language));
  if (Math.abs(p - s) === 1) {
    sheet.getRange(2, left + 1, height, 2).setValues(cells.map(([progressCell, statusCell]) => (p < s ? [progressCell, statusCell] : [statusCell, progressCell])));
  } else {
    sheet.getRange(2, p + 1, height, 1).setValues(cells.map(([progressCell]) => [progressCell]));
    sheet.getRange(2, s + 1, height, 1).setValues(cells.map(([, statusCell]) => [statusCell]));
  }
}

/**
 * WG_PROGRESS(id): the objective's progress, 0..1, computed as refreshProgress does but
 * reading only the tabs its metric needs and writing nothing. Its errors show in the cell,
 * for everyone, so they speak the workbook's language.
 */
export function wgProgress(google: GoogleServices, objectiveId: unknown): number {
  const call = openCustomFunctionCall(google);
  const settings = loadSettings(call);
  const say = (key: MessageKey, params?: MessageParams) => new Error(`WG_PROGRESS: ${t(settings.language, key, params)}`);
  const id = typeof objectiveId === 'string' || typeof objectiveId === 'number' ? String(objectiveId).trim() : '';
  if (!id) throw say('progress.custom.needsId');
  const objectivesTab = readTab(call, OBJECTIVES);
  if (!objectivesTab) throw say('error.notSetUp');
  const objective = objectivesIn(objectivesTab).find((o) => o.id.toUpperCase() === id.toUpperCase());
  if (!objective) throw say('progress.custom.unknown', { id });
  const needs = new Set(metricOf(objective.metric)?.needs);
  const [result] = progressAll([objective], {
    members: needs.has('members') ? recordsOf('members', readTab(call, MEMBERS)) : [],
    proposals: needs.has('proposals') ? recordsOf('proposals', readTab(call, PROPOSALS)) : [],
    resources: needs.has('resources') ? recordsOf('resources', readTab(call, RESOURCES)) : [],
    meetings: needs.has('meetings') ? recordsOf('meetings', readTab(call, MEETINGS)) : [],
    workshopDate: settings.workshopDate,
  });
  return result?.progress ?? 0;
}
