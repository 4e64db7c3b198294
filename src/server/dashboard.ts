import { recordsOf, type Objective } from '../domain/records';
import { actionPlanRows } from '../domain/dashboard-plan';
import { dashboardPlan, type DashboardCell, type DashboardPlan } from '../domain/dashboard';
import type { Locale } from '../domain/locale';
import { withProgress, type Progress } from '../domain/progress';
import { isoDateToDateCell } from '../domain/time';
import { HEADER_BACKGROUND, moneyFormat, numberFormat } from '../sheets/formats';
import { insertBarChart, paintGrid } from '../sheets/write';
import type { Call } from './call';
import { today, type ProgressTabs } from './workbook-data';

const TITLE_BACKGROUND = '#d2e3fc';
const COLUMN_WIDTHS = [260, 320, 130, 170];

/** A Dashboard cell's number format: its kind's, a money cell's in its currency. */
function formatOf(cell: DashboardCell, language: Locale): string {
  return cell.kind === 'money' && cell.currency ? moneyFormat(cell.currency, language) : numberFormat(cell.kind, language);
}

/**
 * Rebuilds the Dashboard tab from scratch: cleared, then the whole grid painted with one
 * call per attribute (text as literal text, so a name starting with `=` stays text: see
 * sheets/write.ts), then the bar chart of the objectives. The call count does not depend on the rows.
 */
export function rebuildDashboard(call: Call, tabs: ProgressTabs, progress: readonly Progress[], objectives: readonly Objective[], supportCounts?: ReadonlyMap<string, number>): void {
  const sheet = call.workbook.tab('dashboard');
  if (!sheet) return;
  const language = tabs.settings.language;
  const proposals = recordsOf('proposals', tabs.proposals);
  // What the summary and the action plan both read (issue 21: the plan follows the summary).
  const records = {
    language,
    today: today(call),
    eurToBrlRate: tabs.settings.eurToBrlRate,
    members: tabs.members,
    proposals,
    resources: recordsOf('resources', tabs.resources),
  };
  const summary = dashboardPlan({
    ...records,
    now: call.now,
    deadline: tabs.settings.submissionDeadline,
    objectives: withProgress(objectives, progress),
    ...(supportCounts ? { supported: { objectives: objectives.filter((o) => o.priority), proposals, counts: supportCounts } } : {}),
  });
  const plan: DashboardPlan = { ...summary, rows: [...summary.rows, ...actionPlanRows({ ...records, milestones: recordsOf('milestones', tabs.milestones) }, summary.width)] };

  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const height = plan.rows.length;
  if (sheet.getMaxRows() < height) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  if (sheet.getMaxColumns() < plan.width) sheet.insertColumnsAfter(sheet.getMaxColumns(), plan.width - sheet.getMaxColumns());

  const zone = call.workbook.timeZone;
  paintGrid(
    sheet,
    plan.rows.map((row) =>
      row.map((cell) => ({
        value: cell.kind === 'date' && typeof cell.value === 'string' ? isoDateToDateCell(cell.value, zone) : cell.value,
        literal: cell.kind === 'text',
        format: formatOf(cell, language),
        bold: Boolean(cell.style),
        background: cell.style === 'title' ? TITLE_BACKGROUND : cell.style === 'header' ? HEADER_BACKGROUND : null,
      })),
    ),
  );
  COLUMN_WIDTHS.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
  insertBarChart(sheet, { ...plan.chart, column: plan.width + 2 });
}
