import { LANGUAGE, LOCALES, type Locale } from '../src/domain/locale';
import { LANGUAGES, TEST_LANGUAGES } from '../src/domain/languages/registry';
import type { EmailTexts, Language, PrivacyNotice } from '../src/domain/languages/types';

/** Each language's emails and privacy notice, by code, as tests compare them (the words live in src/domain/languages/<language>/). */
const byLocale = <T>(pick: (locale: Locale) => T): Readonly<Record<Locale, T>> => Object.fromEntries(LOCALES.map((l) => [l, pick(l)])) as Record<Locale, T>;
export const EMAIL_TEXTS: Readonly<Record<Locale, EmailTexts>> = byLocale((l) => LANGUAGE[l].emails);
export const PRIVACY_NOTICE: Readonly<Record<Locale, PrivacyNotice>> = byLocale((l) => LANGUAGE[l].notice);

/** The languages dist/ speaks, what clasp pushes: the registry's, without its test languages (docs/languages.md). */
export const SHIPPED_LOCALES: readonly Locale[] = LANGUAGES.filter((language) => !(TEST_LANGUAGES as readonly Language[]).includes(language)).map((language) => language.facts.code);
