import type * as z from 'zod/mini';
import { enumLabels, type EnumName } from './enums';
import type { MessageKey } from './i18n/en';
import type { Wording } from './i18n/wording';

type Issue = z.core.$ZodRawIssue;

/** Words one zod issue for a reader: our catalog first, then zod's locale, then a plain "not valid". */
export function issueMessage(issue: Issue, wording: Wording): string {
  const { t, locale } = wording;
  const params = (issue as { params?: Record<string, unknown> }).params;
  const key = params?.['key'];
  if (issue.code === 'custom' && typeof key === 'string') {
    if (key === 'notInList') {
      const options = enumLabels(params?.['list'] as EnumName, locale).join(', ');
      return t('field.notInList', { options });
    }
    return t(`field.${key}` as MessageKey, stringParams(params));
  }
  if (issue.code === 'too_big' && issue.origin === 'string') return t('field.tooLong', { max: Number(issue.maximum) });
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return Number(issue.minimum) <= 1 ? t('field.required') : t('field.tooShort', { min: Number(issue.minimum) });
  }
  if (issue.code === 'invalid_format' && issue.format === 'email') return t('field.email');
  if (issue.code === 'invalid_type' && issue.expected === 'number') return t('field.number');
  return wording.fallback?.(issue) ?? t('field.invalid');
}

function stringParams(params: Record<string, unknown> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') out[name] = value;
  }
  return out;
}

/** A zod error map in the reader's words; pass it as `{ error }` to `safeParse`. */
export function errorMapFor(wording: Wording): z.core.$ZodErrorMap {
  return (issue) => issueMessage(issue, wording);
}
