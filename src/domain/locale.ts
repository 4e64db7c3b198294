/** The languages the add-on speaks: the group reads French and Brazilian Portuguese, and English as a bridge. */
export const LOCALES = ['fr', 'pt-BR', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every supported language. */
export type Localized = Readonly<Record<Locale, string>>;

/**
 * Maps what Google reports (`Session.getActiveUserLocale()` gives 'fr' or 'pt-BR';
 * `Spreadsheet.getSpreadsheetLocale()` gives 'fr_FR' or 'pt_BR') to a supported language.
 * Any Portuguese becomes pt-BR: the group's Portuguese speakers are Brazilian.
 */
export function toLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').trim().toLowerCase().replace('_', '-');
  if (lower.startsWith('pt')) return 'pt-BR';
  if (lower.startsWith('fr')) return 'fr';
  return 'en';
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag given to `Intl`: dd/mm/yyyy and the decimal comma for fr and pt-BR. */
export const INTL_TAG: Readonly<Record<Locale, string>> = { fr: 'fr-FR', 'pt-BR': 'pt-BR', en: 'en-GB' };

/**
 * What each language decides besides its words: the one place that says what is French,
 * Brazilian or English, so no module compares a locale with a language's code.
 */
export interface LocaleFacts {
  /** dd/mm/yyyy (fr, pt-BR), or the ISO order yyyy-mm-dd (en). */
  readonly dayFirst: boolean;
  /** The hub a newcomer speaking it most likely belongs to, with its city's country. */
  readonly hub: 'Recife' | 'Nantes';
  readonly country: 'BR' | 'FR';
  /** A money number format, `¤` standing where the language writes the currency symbol. */
  readonly money: string;
  /** The list separator spreadsheets of this language expect in a CSV file (`;` where the decimal mark is a comma). */
  readonly csvSeparator: ';' | ',';
}

export const LOCALE_FACTS: Readonly<Record<Locale, LocaleFacts>> = {
  fr: { dayFirst: true, hub: 'Nantes', country: 'FR', money: '#,##0.00 ¤', csvSeparator: ';' },
  'pt-BR': { dayFirst: true, hub: 'Recife', country: 'BR', money: '¤ #,##0.00', csvSeparator: ';' },
  en: { dayFirst: false, hub: 'Nantes', country: 'FR', money: '¤#,##0.00', csvSeparator: ',' },
};

/**
 * Case and surrounding spaces don't matter when people type headers or labels, nor which
 * apostrophe or space they type: we write ’ and no-break spaces in French, keyboards give ' and spaces.
 */
export function normalizeLabel(text: string): string {
  return text.trim().toLocaleLowerCase('en').normalize('NFC').replace(/[’‘]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
}
