import { t, type MessageKey } from '../domain/i18n';
import { menuLabel } from '../domain/i18n/bundled';
import { BRIDGE_LOCALE, type Locale } from '../domain/locale';
import { callerLocale } from '../session';
import { escapeHtml } from './html';
import type { GoogleServices } from './services';

/**
 * The add-on menu (PRODUCT.md §4), in the order coordinators expect. Each item names a
 * global of the entry file; the build fails if one does not exist.
 */
export const MENU: readonly ({ label: MessageKey; functionName: string } | 'separator')[] = [
  { label: 'menu.openSidebar', functionName: 'showSidebar' },
  { label: 'menu.setup', functionName: 'setupWorkbook' },
  { label: 'menu.validate', functionName: 'validateAll' },
  { label: 'progress.menu', functionName: 'refreshProgress' },
  { label: 'calendar.menu.sync', functionName: 'syncCalendar' },
  { label: 'ics.menu.export', functionName: 'showCalendarExport' },
  { label: 'reminders.menu', functionName: 'showReminders' },
  { label: 'report.menu', functionName: 'showReport' },
  'separator',
  { label: 'menu.diagnose', functionName: 'showDiagnose' },
  { label: 'menu.help', functionName: 'showHelp' },
  { label: 'menu.privacy', functionName: 'showPrivacyNotice' },
];

/**
 * Builds the menu and nothing else: in AuthMode.NONE (an add-on not yet used in this
 * document) any other service call would fail, and onOpen must stay fast.
 */
export function onOpen(google: GoogleServices): void {
  const locale = menuLocale(google.Session);
  const menu = google.SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(menuLabel(locale, item.label), item.functionName);
  }
  menu.addToUi();
}

/**
 * The user's language for the menu. Session.getActiveUserLocale() needs no authorization, but
 * should Google ever refuse it in AuthMode.NONE, a menu in the bridge language beats no menu at all.
 */
function menuLocale(session: GoogleServices['Session']): Locale {
  try {
    return callerLocale(session);
  } catch {
    return BRIDGE_LOCALE;
  }
}

export function helpHtml(locale: Locale): string {
  const paragraphs = (['help.intro', 'help.members', 'help.coordinators', 'help.tools', 'help.language', 'help.privacy'] as const)
    .map((key) => `<p>${escapeHtml(t(locale, key))}</p>`)
    .join('');
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><style>body{font:14px/1.5 Roboto,Arial,sans-serif;color:#202124;margin:0 8px}p{margin:0 0 12px}</style></head><body>${paragraphs}</body></html>`;
}

export function showHelp(google: GoogleServices): void {
  const locale = callerLocale(google.Session);
  const html = google.HtmlService.createHtmlOutput(helpHtml(locale)).setWidth(460).setHeight(300);
  google.SpreadsheetApp.getUi().showModalDialog(html, t(locale, 'help.title'));
}
