import type * as z from 'zod/mini';
import { enumLabels, type EnumName } from './enums';
import type { MessageKey } from './languages/types';
import type { Wording } from './i18n/wording';

type Issue = z.core.$ZodRawIssue;

/**
 * Words one zod issue for a reader, always from our catalogs: a rule's own message, then one
 * per kind of problem, then a plain "not valid" for the field. zod's locales are never loaded
 * (nor bundled), so a library's wording ("expected boolean, received null") never reaches people.
 */
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
  if (issue.code === 'invalid_type') {
    const expected = TYPE_MESSAGES[issue.expected];
    if (expected) return t(expected);
  }
  return t('field.invalid');
}

/** What a field of the wrong type asks for, when it is something people can type or choose. */
const TYPE_MESSAGES: Partial<Record<string, MessageKey>> = { number: 'field.number', string: 'field.text', boolean: 'field.yesNo' };

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
