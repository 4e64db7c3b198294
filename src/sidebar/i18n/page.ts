import { en as serverEn, type Catalog, type MessageKey } from '../../domain/i18n/en';
import { fr as serverFr } from '../../domain/i18n/fr';
import { ptBR as serverPtBR } from '../../domain/i18n/pt-BR';
import { LOCALES, type Locale } from '../../domain/locale';
import { PRIVACY_NOTICE, type PrivacyNotice } from '../privacy-notice';
import { en, type SidebarCatalog, type SidebarMessageKey } from './en';
import { fr } from './fr';
import { ptBR } from './pt-BR';

/**
 * What one language's Sidebar-<locale>.html carries, put together by the build (never by
 * Code.js): the sidebar's own words (./en.ts and its translations) and the few server messages
 * it shows too, which stay in src/domain/i18n because the server says them as well.
 */

/** Server messages the sidebar also shows (menu label, toasts' and dashboard's words). */
export const SERVER_KEYS = [
  'validate.none', 'validate.found', 'error.notSetUp', 'progress.menu', 'progress.done', 'calendar.result', 'calendar.remaining',
  'calendar.quotaLeft',
  'dashboard.noneLate', 'dashboard.noHub', 'dashboard.missing.proposal', 'dashboard.missing.pledge',
] as const satisfies readonly MessageKey[];

/** The field messages: the sidebar checks its forms with the server's own schemas. */
type FieldKey = Extract<MessageKey, `field.${string}`>;
const isFieldKey = (key: string): key is FieldKey => key.startsWith('field.');

export type SidebarKey = SidebarMessageKey | FieldKey | (typeof SERVER_KEYS)[number];
export type PageCatalog = Readonly<Record<SidebarKey, string>>;

const OWN: Readonly<Record<Locale, SidebarCatalog>> = { en, fr, 'pt-BR': ptBR };
const SERVER: Readonly<Record<Locale, Catalog>> = { en: serverEn, fr: serverFr, 'pt-BR': serverPtBR };

/** Every message the sidebar may show, in one language. */
export function pageCatalog(locale: Locale): PageCatalog {
  const server = SERVER[locale];
  const shared = Object.fromEntries(
    (Object.keys(server) as MessageKey[]).filter((key) => isFieldKey(key) || (SERVER_KEYS as readonly string[]).includes(key)).map((key) => [key, server[key]]),
  );
  return { ...(shared as Record<FieldKey | (typeof SERVER_KEYS)[number], string>), ...OWN[locale] };
}

/** Every language's, for the build: one page each, with that language's privacy notice (data, like the words). */
export function pageCatalogs(): { locale: Locale; messages: PageCatalog; notice: PrivacyNotice }[] {
  return LOCALES.map((locale) => ({ locale, messages: pageCatalog(locale), notice: PRIVACY_NOTICE[locale] }));
}
