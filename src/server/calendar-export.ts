import { eventDescription, scheduleOf } from '../domain/calendar-event';
import { meetingUid, wantsMeet } from '../domain/calendar-plan';
import { recordsOf } from '../domain/records';
import { UserError } from '../domain/errors';
import { t } from '../domain/i18n';
import { icsCalendar, isLinkUri, type IcsEvent } from '../domain/ics';
import type { Locale } from '../domain/locale';
import { MEETINGS, MEMBERS } from '../domain/tables';
import { meantFor } from '../domain/audience';
import type { IcsExport } from '../contract/calendar';
import type { Call } from './call';
import { escapeHtml } from './html';
import { refusalText, serve, type Result } from './respond';
import type { GoogleServices } from './services';
import { loadSettings, memberByEmail, readTab, today } from './workbook-data';

interface Export extends IcsExport {
  readonly count: number;
}

/**
 * The planned meetings that can be scheduled and are meant for the caller (a member's file
 * leaves out coordinators-only meetings and the other hub's), as iCalendar text; descriptions
 * as in Google Calendar.
 */
function buildExport(call: Call): Export {
  const data = readTab(call, MEETINGS);
  if (!data) throw new UserError('error.notSetUp');
  const viewer = memberByEmail(recordsOf('members', readTab(call, MEMBERS)), call.caller.email);
  const language = loadSettings(call).language;
  const spreadsheet = call.workbook.spreadsheet;
  const spreadsheetId = spreadsheet.getId();
  const url = spreadsheet.getUrl();
  const events: IcsEvent[] = [];
  for (const meeting of recordsOf('meetings', data)) {
    const schedule = meeting.status === 'planned' && meantFor(meeting.audience, viewer) ? scheduleOf(meeting) : undefined;
    if (!schedule) continue;
    const description = eventDescription(meeting.agenda, schedule.times, url, language);
    const link = meeting.videoLink.trim();
    if (!isLinkUri(link)) {
      events.push({ uid: meetingUid(spreadsheetId, meeting.id), start: schedule.start, end: schedule.end, summary: meeting.title, description, location: meeting.location });
      continue;
    }
    // The Meet link where every calendar shows something: the URL property (not all clients
    // show it), the location (the link itself when the meeting is only online) and the description.
    events.push({
      uid: meetingUid(spreadsheetId, meeting.id),
      start: schedule.start,
      end: schedule.end,
      summary: meeting.title,
      description: `${description}\n${t(language, 'ics.videoLink', { link })}`,
      location: meeting.location === '' || wantsMeet(meeting.location) ? link : `${meeting.location} · ${link}`,
      url: link,
    });
  }
  const ics = icsCalendar(events, { stamp: call.now, name: t(language, 'ics.calendarName') });
  return { filename: `mutirao-${today(call)}.ics`, ics, count: events.length };
}

/** Anyone may export the meetings meant for them. */
export function exportCalendarIcs(google: GoogleServices): Result<IcsExport> {
  return serve(google, (call): Result<IcsExport> => {
    const { filename, ics } = buildExport(call);
    return { ok: true, filename, ics };
  });
}

/**
 * A dialog with a download link. The file travels in a data: URL (percent-encoded, then
 * HTML-escaped), so the dialog needs no script and no Drive access.
 */
export function exportDialogHtml(file: Export, locale: Locale): string {
  const href = `data:text/calendar;charset=utf-8,${encodeURIComponent(file.ics)}`;
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><style>body{font:14px/1.5 Roboto,Arial,sans-serif;color:#202124;margin:0 8px}a{display:inline-block;margin-top:8px;padding:8px 16px;border-radius:4px;background:#1a73e8;color:#fff;text-decoration:none}</style></head><body>`
    + `<p>${escapeHtml(t(locale, 'ics.explain', { count: file.count }))}</p>`
    + `<a id="download" download="${escapeHtml(file.filename)}" href="${escapeHtml(href)}">${escapeHtml(t(locale, 'ics.download', { filename: file.filename }))}</a>`
    + '</body></html>';
}

/** The menu's Export calendar (.ics): the dialog, or the refusal in an alert. */
export function showCalendarExport(google: GoogleServices): void {
  const result = serve(google, (call) => {
    const locale = call.caller.locale;
    const html = google.HtmlService.createHtmlOutput(exportDialogHtml(buildExport(call), locale)).setWidth(420).setHeight(200);
    google.SpreadsheetApp.getUi().showModalDialog(html, t(locale, 'ics.title'));
    return { ok: true as const };
  });
  if (result.ok) return;
  try {
    google.SpreadsheetApp.getUi().alert(refusalText(result));
  } catch (error) {
    // No dialog can be shown (SpreadsheetApp itself failed): nothing more to tell anyone.
    console.error(error);
  }
}
