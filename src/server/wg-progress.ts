import { t, type MessageKey, type MessageParams } from '../domain/i18n';
import { metricOf } from '../domain/metrics';
import { progressAll } from '../domain/progress';
import { recordsOf, type Objective } from '../domain/records';
import { MEETINGS, MEMBERS, MILESTONES, OBJECTIVES, PROPOSALS, RESOURCES } from '../domain/tables';
import type { TableData } from '../sheets/table';
import { openCustomFunctionCall } from './call';
import type { GoogleServices } from './services';
import { loadSettings, readTab } from './workbook-data';

// Code.js's own, not a chapter: a custom function is recalculated whenever Sheets likes, so it
// reads the fewest tabs it can and loads no page.

/** The objectives with an ID: a row without one is a half-typed line. */
export const objectivesIn = (data: TableData | undefined): Objective[] => recordsOf('objectives', data).filter((o) => o.id !== '');

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
    milestones: needs.has('milestones') ? recordsOf('milestones', readTab(call, MILESTONES)) : [],
    workshopDate: settings.workshopDate,
    eurToBrlRate: settings.eurToBrlRate,
  });
  return result?.progress ?? 0;
}
