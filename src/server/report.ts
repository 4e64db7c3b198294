import '../domain/zod';
import * as z from 'zod/mini';
import { UserError } from '../domain/errors';
import * as f from '../domain/fields';
import { t, wordingFor } from '../domain/i18n';
import type { Locale } from '../domain/locale';
import { recordsOf } from '../domain/records';
import { buildReportModel, type Report } from '../domain/report';
import { check } from '../domain/validate';
import type { Call } from './call';
import { progressOfTabs } from './progress';
import { withProgress } from '../domain/progress';
import { renderReportCsv, renderReportHtml } from './report-render';
import { serve, type Result } from './respond';
import type { GoogleServices } from './services';
import { callerMember } from './submissions';
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
  if (!isCoordinator(callerMember(call, tabs.members))) throw new UserError('report.coordinatorsOnly');
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

function produce(google: GoogleServices, input: unknown, forced?: 'html'): Result<BuiltReport & { title: string }> {
  return serve(google, (call): Result<BuiltReport & { title: string }> => {
    if (!call.caller.email) throw new UserError('error.signIn');
    const checked = check(reportInput, input ?? {}, wordingFor(call.caller.locale));
    if (!checked.ok) return checked;
    const language = checked.value.language ?? call.caller.locale;
    const format = forced ?? checked.value.format ?? 'html';
    const report = reportOf(call, language);
    const filename = `${t(language, 'report.filename')}-${report.today}.${format}`;
    return { ok: true, filename, title: report.title, content: format === 'csv' ? renderReportCsv(report) : renderReportHtml(report) };
  });
}

/**
 * The report for partners (PRODUCT.md §4 buildReport): a coordinator's, in the language
 * chosen (the caller's by default), as a printable HTML page or a CSV file. Reads only.
 */
export function buildReport(google: GoogleServices, input: unknown): Result<BuiltReport> {
  const built = produce(google, input);
  return built.ok ? { ok: true, filename: built.filename, content: built.content } : built;
}

/** The printable page in a dialog, from the sidebar: print it or save it as PDF from there. */
export function showReportDialog(google: GoogleServices, input: unknown): Result<{ filename: string }> {
  const built = produce(google, input, 'html');
  if (!built.ok) return built;
  const html = google.HtmlService.createHtmlOutput(built.content).setWidth(820).setHeight(640);
  google.SpreadsheetApp.getUi().showModalDialog(html, built.title);
  return { ok: true, filename: built.filename };
}
