import type { LabelWords } from './languages/types';
import { LANGUAGE, LOCALES, localized, normalizeLabel, type Locale, type Localized } from './locale';

/**
 * Every enumerated column: its stable codes (what the code and the sidebar speak) and the
 * label shown in each language (what a sheet cell holds), from each language's folder
 * (src/domain/languages/<language>/labels.ts). English labels are the codes of PRODUCT.md §2,
 * so an `en` workbook reads exactly as the contract.
 */
type SheetEnums = LabelWords['enums'];
type Labels<Codes> = { readonly [C in keyof Codes]: Localized };
export type EnumCodes = SheetEnums & { readonly metric: LabelWords['metrics']; readonly language: Readonly<Record<Locale, string>> };
type EnumTable = { readonly [E in keyof EnumCodes]: Labels<EnumCodes[E]> };

/** One enum's labels in every language: its codes are those every folder's words name (the compiler holds them equal). */
function labelsOf(pick: (words: LabelWords) => Readonly<Record<string, string>>): Readonly<Record<string, Localized>> {
  const codes = Object.keys(pick(LANGUAGE[LOCALES[0] as Locale].labels));
  return Object.fromEntries(codes.map((code) => [code, localized((language) => pick(language.labels)[code] ?? code)]));
}

const sheetEnums = Object.fromEntries(Object.keys(LANGUAGE[LOCALES[0] as Locale].labels.enums).map((name) => [name, labelsOf((words) => words.enums[name as keyof SheetEnums])]));

export const ENUMS = {
  ...sheetEnums,
  // The computed metrics are the registry's (metrics.ts), which a test may extend (registerMetric).
  metric: { ...labelsOf((words) => words.metrics) },
  // A language's code reads the same in every language.
  language: Object.fromEntries(LOCALES.map((code) => [code, localized(() => code)])),
} as unknown as EnumTable;

export type EnumName = keyof EnumTable;
export type EnumCode<E extends EnumName> = keyof EnumTable[E] & string;

export function enumCodes<E extends EnumName>(name: E): EnumCode<E>[] {
  return Object.keys(ENUMS[name]) as EnumCode<E>[];
}

export function enumLabel<E extends EnumName>(name: E, code: EnumCode<E>, locale: Locale): string {
  const labels = ENUMS[name][code] as Localized;
  return labels[locale];
}

/** The labels a dropdown offers in a workbook of this language. */
export function enumLabels(name: EnumName, locale: Locale): string[] {
  return enumCodes(name).map((code) => enumLabel(name, code, locale));
}

/** Label → code, by enum; rebuilt when an enum gained codes (a metric registered since). */
const lookups = new Map<EnumName, { size: number; codes: Map<string, string> }>();

/** The code for a label typed in any supported language, or undefined when it is none of them. */
export function enumCodeOf<E extends EnumName>(name: E, label: unknown): EnumCode<E> | undefined {
  if (typeof label !== 'string') return undefined;
  const codes = enumCodes(name);
  let lookup = lookups.get(name);
  if (lookup?.size !== codes.length) {
    lookup = { size: codes.length, codes: new Map() };
    for (const code of codes) {
      lookup.codes.set(normalizeLabel(code), code);
      for (const locale of LOCALES) lookup.codes.set(normalizeLabel(enumLabel(name, code, locale)), code);
    }
    // Labels written by earlier versions, still read as their code.
    for (const locale of LOCALES) {
      const former: Readonly<Record<string, string>> = LANGUAGE[locale].labels.former[name as keyof LabelWords['former']] ?? {};
      for (const [old, code] of Object.entries(former)) lookup.codes.set(normalizeLabel(old), code);
    }
    lookups.set(name, lookup);
  }
  return lookup.codes.get(normalizeLabel(label)) as EnumCode<E> | undefined;
}
