import type * as z from 'zod/mini';
import frZod from 'zod/v4/locales/fr.js';
import ptZod from 'zod/v4/locales/pt.js';
import enZod from 'zod/v4/locales/en.js';
import { enumLabels, type EnumName } from './enums';
import { t, type MessageKey } from './i18n';
import type { Locale } from './locale';

type Issue = z.core.$ZodRawIssue;

/** zod's own wording, for the rare issue our catalog has no sentence for. */
const zodFallback = { fr: frZod(), 'pt-BR': ptZod(), en: enZod() };

/** Words one zod issue for a person reading `locale`. */
export function issueMessage(issue: Issue, locale: Locale): string {
  const params = (issue as { params?: Record<string, unknown> }).params;
  const key = params?.['key'];
  if (issue.code === 'custom' && typeof key === 'string') {
    if (key === 'notInList') {
      const options = enumLabels(params?.['list'] as EnumName, locale).join(', ');
      return t(locale, 'field.notInList', { options });
    }
    return t(locale, `field.${key}` as MessageKey, stringParams(params));
  }
  if (issue.code === 'too_big' && issue.origin === 'string') return t(locale, 'field.tooLong', { max: Number(issue.maximum) });
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return Number(issue.minimum) <= 1 ? t(locale, 'field.required') : t(locale, 'field.tooShort', { min: Number(issue.minimum) });
  }
  if (issue.code === 'invalid_format' && issue.format === 'email') return t(locale, 'field.email');
  if (issue.code === 'invalid_type' && issue.expected === 'number') return t(locale, 'field.number');
  const fallback = zodFallback[locale].localeError(issue);
  return typeof fallback === 'string' ? fallback : (fallback?.message ?? t(locale, 'error.unexpected'));
}

function stringParams(params: Record<string, unknown> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') out[name] = value;
  }
  return out;
}

/** A zod error map that speaks `locale`; pass it as `{ error }` to `safeParse`. */
export function errorMapFor(locale: Locale): z.core.$ZodErrorMap {
  return (issue) => issueMessage(issue, locale);
}
