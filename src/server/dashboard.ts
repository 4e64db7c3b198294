import { recordsOf, type Objective } from '../domain/records';
import { dashboardPlan, type CellKind } from '../domain/dashboard';
import { LOCALE_FACTS, type Locale } from '../domain/locale';
import type { Progress } from '../domain/progress';
import { isoDateToDateCell } from '../domain/time';
import { HEADER_BACKGROUND, numberFormat } from '../sheets/formats';
import { insertBarChart, paintGrid } from '../sheets/write';
import type { Call } from './call';
import { today, type ProgressTabs } from './workbook-data';

const TITLE_BACKGROUND = '#d2e3fc';
const COLUMN_WIDTHS = [260, 320, 130, 170];

/**
 * Money as each language writes it: `1 234,50 €` and `1 234,50 R$` in French, `€ 1.234,50`
 * and `R$ 1.234,50` in Brazilian Portuguese. The separators follow the spreadsheet locale.
 */
export function moneyFormat(currency: 'EUR' | 'BRL', language: Locale): string {
  const symbol = currency === 'EUR' ? '[$€]' : '[$R$]';
  return LOCALE_FACTS[language].money.replace('¤', symbol);
}

function formatOf(kind: CellKind, language: Locale): string {
  switch (kind) {
    case 'text':
      return '@';
    case 'integer':
    case 'percent':
    case 'date':
    case 'datetime':
      return numberFormat(kind, language);
    case 'rate':
      return '0.00##';
    case 'money-EUR':
      return moneyFormat('EUR', language);
    case 'money-BRL':
      return moneyFormat('BRL', language);
  }
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
  const plan = dashboardPlan({
    language,
    now: call.now,
    today: today(call),
    deadline: tabs.settings.submissionDeadline,
    eurToBrlRate: tabs.settings.eurToBrlRate,
    objectives: objectives.map((o, i) => ({ id: o.id, title: o.title, progress: progress[i]?.progress ?? 0, status: progress[i]?.status ?? 'not started' })),
    members: tabs.members,
    proposals: recordsOf('proposals', tabs.proposals),
    resources: recordsOf('resources', tabs.resources),
    ...(supportCounts ? { supported: { objectives: objectives.filter((o) => o.priority), proposals: recordsOf('proposals', tabs.proposals), counts: supportCounts } } : {}),
  });

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
        format: formatOf(cell.kind, language),
        bold: Boolean(cell.style),
        background: cell.style === 'title' ? TITLE_BACKGROUND : cell.style === 'header' ? HEADER_BACKGROUND : null,
      })),
    ),
  );
  COLUMN_WIDTHS.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
  insertBarChart(sheet, { ...plan.chart, column: plan.width + 2 });
}
