import { LANGUAGES } from './languages/registry';
import type { Language, LocaleFacts } from './languages/types';

export type { LocaleFacts };

/** The languages the add-on speaks (./languages/registry.ts), by code. */
export type Locale = (typeof LANGUAGES)[number]['facts']['code'];
export const LOCALES: readonly Locale[] = LANGUAGES.map((language) => language.facts.code);

/** A text in every supported language. */
export type Localized = Readonly<Record<Locale, string>>;

/** Each language's folder, by code. */
export const LANGUAGE: Readonly<Record<Locale, Language>> = byCode((language) => language);

function byCode<T>(pick: (language: Language) => T): Readonly<Record<Locale, T>> {
  return Object.fromEntries((LANGUAGES as readonly Language[]).map((language) => [language.facts.code, pick(language)])) as Record<Locale, T>;
}

/** One text in every language, picked from each language's folder. */
export function localized(pick: (language: Language) => string): Localized {
  return byCode(pick);
}

/** The language spoken to whoever Google reports in a language we don't have. */
export const BRIDGE_LOCALE = (LANGUAGES as readonly Language[]).find((language) => language.facts.bridge)?.facts.code as Locale;

/**
 * Maps what Google reports (`Session.getActiveUserLocale()` gives 'fr' or 'pt-BR';
 * `Spreadsheet.getSpreadsheetLocale()` gives 'fr_FR' or 'pt_BR') to a supported language: the
 * one whose reported tag is the longest prefix of it, else the bridge language.
 */
export function toLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').trim().toLowerCase().replace('_', '-');
  let best: { code: Locale; length: number } | undefined;
  for (const { facts } of LANGUAGES as readonly Language[]) {
    for (const reported of facts.reportedAs) {
      if (lower.startsWith(reported) && reported.length > (best?.length ?? 0)) best = { code: facts.code as Locale, length: reported.length };
    }
  }
  return best?.code ?? BRIDGE_LOCALE;
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag given to `Intl`, by language. */
export const INTL_TAG: Readonly<Record<Locale, string>> = localized((language) => language.facts.intl);

/** What each language decides besides its words, from its folder: no module compares a locale with a language's code. */
export const LOCALE_FACTS: Readonly<Record<Locale, LocaleFacts>> = byCode((language) => language.facts);

/**
 * Case and surrounding spaces don't matter when people type headers or labels, nor which
 * apostrophe or space they type: we write ’ and no-break spaces in French, keyboards give ' and spaces.
 */
export function normalizeLabel(text: string): string {
  return text.trim().toLowerCase().normalize('NFC').replace(/[’‘]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
}
