import type { Emulator } from '../emulator';
import { apiEventId } from '../emulator/calendar-store';
import type { Project } from '../emulator/project';
import type { ChartView, EmailView, EventView, WorkbookView } from './workbook-view';

/** The events as the calendar holds them; reading the store directly calls no service. */
function eventsOf(emulator: Emulator): EventView[] {
  const me = emulator.user?.email.toLowerCase() ?? '';
  return emulator.calendar.events().map((e) => {
    const replies = e.guests.map((email) => ({ email, response: e.responses?.[email.toLowerCase()] ?? 'needsAction' }));
    return {
      calendarId: e.calendarId,
      title: e.title,
      start: e.start,
      end: e.end,
      location: e.location,
      guests: e.guests,
      meeting: e.privateProperties?.['meetingId'] ?? (e.tags['mutirao.meeting'] ?? '').split('/').pop() ?? '',
      id: apiEventId(e),
      videoLink: e.conference?.status === 'success' ? `https://meet.google.com/${e.conference.id}` : '',
      replies,
      mine: replies.find((r) => r.email.toLowerCase() === me)?.response ?? null,
    };
  });
}

/** The emails MailApp sent, newest first, as the emulator recorded them (no service call). */
function emailsOf(emulator: Emulator): EmailView[] {
  return emulator.mail.outbox
    .map((m) => ({
      from: m.name === null ? m.from : `${m.name} <${m.from}>`,
      to: [...m.to, ...m.cc],
      replyTo: m.replyTo ?? '',
      subject: m.subject,
      body: m.body,
      htmlBody: m.htmlBody ?? '',
      sentAt: m.sentAt,
    }))
    .reverse();
}

/** A chart's bars from its ranges (labels, then values), as Sheets would plot them. */
function chartView(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): ChartView {
  const options = chart.getOptions();
  const [labelRange, valueRange] = chart.getRanges();
  const skip = options.get('useFirstRowAsHeaders') === true ? 1 : 0;
  const labels = (labelRange?.getDisplayValues() ?? []).slice(skip).map((r) => String(r[0] ?? ''));
  const values = (valueRange?.getValues() ?? []).slice(skip).map((r) => Number(r[0]) || 0);
  const texts = (valueRange?.getDisplayValues() ?? []).slice(skip).map((r) => String(r[0] ?? ''));
  const axisMax = Number((options.get('hAxis') as { maxValue?: unknown } | null)?.maxValue);
  return {
    title: String(options.get('title') ?? ''),
    max: Number.isFinite(axisMax) && axisMax > 0 ? axisMax : Math.max(1, ...values),
    bars: labels.map((label, i) => ({ label, value: values[i] ?? 0, text: texts[i] ?? '' })),
  };
}

/**
 * What the preview page draws: the add-on menu as onOpen builds it for the acting user, and
 * every tab as Sheets would display it.
 */
export function workbookView(emulator: Emulator, project: Project): WorkbookView {
  project.onOpen('LIMITED');
  const menu = emulator.ui.menus.find((m) => m.addon);
  return emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    const ss = emulator.services.SpreadsheetApp.getActive();
    // Hidden tabs (Translations) are not in Sheets' tab strip either.
    const sheets = ss.getSheets().filter((sheet) => !sheet.isSheetHidden());
    const chosen = emulator.spreadsheet.selection;
    const selectedTab = chosen ? sheets.findIndex((s) => s.getSheetId() === chosen.sheetId) : -1;
    const selection = chosen && selectedTab >= 0 ? { tab: selectedTab, row: chosen.ref.row, column: chosen.ref.column, count: chosen.count } : null;
    const tabs = sheets.map((sheet) => {
      const rows = Math.max(sheet.getLastRow(), 1);
      const columns = Math.max(sheet.getLastColumn(), 1);
      const range = sheet.getRange(1, 1, rows, columns);
      return {
        name: sheet.getName(),
        rows: range.getDisplayValues(),
        notes: range.getNotes(),
        backgrounds: range.getBackgrounds(),
        frozenRows: sheet.getFrozenRows(),
        charts: sheet.getCharts().map(chartView),
      };
    });
    return {
      title: ss.getName(),
      menu: {
        title: menu?.title ?? '',
        items: (menu?.items ?? []).map((item) => (item.type === 'item' ? { caption: item.caption, functionName: item.functionName } : null)),
      },
      tabs,
      events: eventsOf(emulator),
      emails: emailsOf(emulator),
      selection,
    };
  });
}
