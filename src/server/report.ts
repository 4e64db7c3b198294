import '../domain/zod';
import * as z from 'zod/mini';
import { UserError } from '../domain/errors';
import * as f from '../domain/fields';
import { t } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import { recordsOf } from '../domain/records';
import { buildReportModel, type Report } from '../domain/report';
import type { Call } from './call';
import { progressOfTabs } from './progress';
import { withProgress } from '../domain/progress';
import { renderReportCsv, renderReportHtml } from './report-render';
import { caller, endpoint, signedIn } from './endpoint';
import type { Result } from './respond';
import { isCoordinator, readProgressTabs, today } from './workbook-data';

const reportInput = z.object({
  language: f.optional(f.enumOf('language')),
  format: f.optional(z.custom<'html' | 'csv'>((v) => v === 'html' || v === 'csv', { params: { key: 'invalid' } })),
});

export interface BuiltReport {
  readonly filename: string;
  readonly content: string;
}

/** The report's figures, from every tab read once (the tabs refreshProgress reads, Milestones included). */
function reportOf(call: Call, language: Locale): Report {
  const tabs = readProgressTabs(call);
  if (!tabs.objectives) throw new UserError('error.notSetUp');
  if (!isCoordinator(caller(call, tabs.members, 'member'))) throw new UserError('report.coordinatorsOnly');
  const objectives = recordsOf('objectives', tabs.objectives).filter((o) => o.id !== '');
  const progress = progressOfTabs(tabs, objectives);
  return buildReportModel({
    language,
    today: today(call),
    eurToBrlRate: tabs.settings.eurToBrlRate,
    objectives: withProgress(objectives, progress),
    members: tabs.members,
    proposals: recordsOf('proposals', tabs.proposals),
    milestones: recordsOf('milestones', tabs.milestones),
    resources: recordsOf('resources', tabs.resources),
    meetings: recordsOf('meetings', tabs.meetings),
  });
}

function produce(call: Call, input: z.output<typeof reportInput>, format: 'html' | 'csv'): BuiltReport & { title: string } {
  signedIn(call);
  const language = input.language ?? call.caller.locale;
  const report = reportOf(call, language);
  const filename = `${t(language, 'report.filename')}-${report.today}.${format}`;
  return { filename, title: report.title, content: format === 'csv' ? renderReportCsv(report) : renderReportHtml(report) };
}

/**
 * The report for partners (PRODUCT.md §4 buildReport): a coordinator's, in the language
 * chosen (the caller's by default), as a printable HTML page or a CSV file. Reads only.
 */
export const buildReport = endpoint(reportInput, (call, input): Result<BuiltReport> => {
  const { filename, content } = produce(call, input, input.format ?? 'html');
  return { ok: true, filename, content };
});

/** The printable page in a dialog, from the sidebar: print it or save it as PDF from there. */
export const showReportDialog = endpoint(reportInput, (call, input): Result<{ filename: string }> => {
  const built = produce(call, input, 'html');
  const html = call.google.HtmlService.createHtmlOutput(built.content).setWidth(820).setHeight(640);
  call.google.SpreadsheetApp.getUi().showModalDialog(html, built.title);
  return { ok: true, filename: built.filename };
});
