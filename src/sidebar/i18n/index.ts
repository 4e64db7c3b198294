import { fill, type MessageParams, type Wording } from '../../domain/i18n/wording';
import { toLocale, type Locale } from '../../domain/locale';
import type { SidebarKey } from './page';
import type { PrivacyNotice } from '../../domain/languages/types';

/**
 * The sidebar's words: the build writes one language's catalog (./page.ts) into each
 * Sidebar-<locale>.html and showSidebar serves the reader's, so the bundle carries no catalog,
 * Code.js carries none of the sidebar's own words, and the first paint is already translated.
 */
interface Page {
  readonly locale: string;
  readonly messages: Readonly<Record<string, string>>;
  /** This language's privacy notice (src/domain/languages/<language>/notice.ts), shown as text. */
  readonly notice?: PrivacyNotice;
}

const page: Page = JSON.parse(document.getElementById('catalog')?.textContent || '{"locale":"","messages":{}}');

/** The reader's language: showSidebar served the page written in it. */
export const locale: Locale = toLocale(page.locale);

export function t(key: SidebarKey, params?: MessageParams): string {
  return fill(page.messages[key] ?? key, params, locale);
}

/** What the shared zod schemas need to word a problem in the sidebar (field messages only). */
export const wording: Wording = { locale, t: (key, params) => t(key as SidebarKey, params) };

/** The privacy notice in the reader's language; empty when the page carries none (a test page). */
export const notice: PrivacyNotice = page.notice ?? { title: '', version: '', sections: [] };
