import { fill, type MessageParams, type SidebarKey, type Wording } from '../domain/i18n/wording';
import { toLocale, type Locale } from '../domain/locale';

/**
 * The sidebar's words: showSidebar writes the reader's catalog into the page (see
 * index.html), so the bundle carries no catalog and the first paint is already translated.
 */
interface PageCatalog {
  readonly locale: string;
  readonly messages: Readonly<Record<string, string>>;
}

const page: PageCatalog = JSON.parse(document.getElementById('catalog')?.textContent || '{"locale":"en","messages":{}}');

/** The reader's language, as the server saw it. */
export const locale: Locale = toLocale(page.locale);

export function t(key: SidebarKey, params?: MessageParams): string {
  return fill(page.messages[key] ?? key, params);
}

/** What the shared zod schemas need to word a problem in the sidebar. */
export const wording: Wording = { locale, t: (key, params) => t(key as SidebarKey, params) };
