import { t, type MessageKey } from '../domain/i18n';
import { UserError } from '../domain/errors';
import type { Locale } from '../domain/locale';
import type { FieldError, Result } from '../shared/result';

export type { FieldError, Result };

export function refusal(locale: Locale, key: MessageKey, field = 'form'): Result<never> {
  return { ok: false, errors: [{ field, message: t(locale, key) }] };
}

/**
 * Turns any failure into a translated message. A UserError carries its own message; anything
 * else is logged for the developers (Stackdriver) and shown as a generic apology, so no
 * stack trace reaches a person.
 */
export function failureMessage(error: unknown, locale: Locale): string {
  if (error instanceof UserError) return t(locale, error.key, error.params);
  console.error(error);
  return t(locale, 'error.unexpected');
}

export function guarded<T extends object>(locale: Locale, run: () => Result<T>): Result<T> {
  try {
    return run();
  } catch (error) {
    return { ok: false, errors: [{ field: 'form', message: failureMessage(error, locale) }] };
  }
}
