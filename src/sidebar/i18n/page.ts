import { LANGUAGE, LOCALES, type Locale } from '../../domain/locale';
import type { MessageKey, PrivacyNotice, SidebarMessageKey } from '../../domain/languages/types';

/**
 * What one language's Sidebar-<locale>.html carries, put together by the build (never by
 * Code.js): the sidebar's own words (src/domain/languages/<language>/sidebar.ts) and the few
 * server messages it shows too, which stay in that language's messages.ts because the server
 * says them as well.
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

/** Every message the sidebar may show, in one language. */
export function pageCatalog(locale: Locale): PageCatalog {
  const server = LANGUAGE[locale].messages;
  const shared = Object.fromEntries(
    (Object.keys(server) as MessageKey[]).filter((key) => isFieldKey(key) || (SERVER_KEYS as readonly string[]).includes(key)).map((key) => [key, server[key]]),
  );
  return { ...(shared as Record<FieldKey | (typeof SERVER_KEYS)[number], string>), ...LANGUAGE[locale].sidebar };
}

/** Every language's, for the build: one page each, with that language's privacy notice (data, like the words). */
export function pageCatalogs(): { locale: Locale; messages: PageCatalog; notice: PrivacyNotice }[] {
  return LOCALES.map((locale) => ({ locale, messages: pageCatalog(locale), notice: LANGUAGE[locale].notice }));
}

/**
 * The short names a page gives its words in place of their keys, in its catalog and its script
 * alike: the keys were a tenth of a page, written twice. A key the script names whole is a
 * short name ("sidebar.register.title" is "4c"); a key the script builds from its family
 * (`diagnose.fix.${name}`, and every field message: the shared schemas say `field.${rule}`)
 * keeps its last part after its family's short name ("diagnose.fix.scopes" is "1f.scopes").
 * The same on every page of a build, from the keys' order here. A key has a dot and a short
 * name has none; a family's short name is no family's name; so none is mistaken for another.
 */
export function shortKeys(): { readonly keys: Readonly<Record<string, string>>; readonly families: Readonly<Record<string, string>> } {
  const keys = Object.keys(pageCatalog(LOCALES[0] as Locale));
  const dotless = keys.find((key) => !key.includes('.'));
  if (dotless) throw new Error(`The sidebar's key "${dotless}" has no dot: a short name could be mistaken for it`);
  const families = [...new Set(keys.map((key) => key.slice(0, key.lastIndexOf('.') + 1)))];
  const short = families.map((_, i) => `${i.toString(36)}.`);
  const taken = short.find((name) => families.includes(name));
  if (taken) throw new Error(`The sidebar's keys have a family "${taken}", a short name of another`);
  return {
    keys: Object.fromEntries(keys.filter((key) => !isFieldKey(key)).map((key, i) => [key, i.toString(36)])),
    families: Object.fromEntries(families.map((family, i) => [family, short[i] ?? family])),
  };
}
