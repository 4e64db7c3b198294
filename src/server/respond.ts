import { t, type MessageKey, type MessageParams } from '../domain/i18n';
import { UserError } from '../domain/errors';
import type { Locale } from '../domain/locale';
import { callerLocale, type Identity } from '../session';
import type { FieldError, Result } from '../contract/result';
import { openCall, type Call } from './call';
import type { GoogleServices } from './services';

export type { FieldError, Result };

export type Refused = { ok: false; errors: FieldError[] };

/** A problem with one input field, worded for the caller: for answers that report several at once (one alone is `refuse`d). */
export const problem = (call: Call, field: string, key: MessageKey, params?: MessageParams): FieldError => ({ field, message: t(call.caller.locale, key, params) });

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

export function refused(error: unknown, locale: Locale): Refused {
  return { ok: false, errors: [{ field: error instanceof UserError ? error.field : 'form', message: failureMessage(error, locale) }] };
}

/**
 * Runs one server call for a person: everything from opening the call (Session, the
 * spreadsheet) to the answer is guarded, so whatever fails becomes a translated refusal.
 * Only the caller's language is asked first, outside: it is needed to word a failure.
 */
export function serve<R>(google: GoogleServices, run: (call: Call) => R, identity: Identity = 'active'): R | Refused {
  const locale = callerLocale(google.Session);
  try {
    return run(openCall(google, identity));
  } catch (error) {
    return refused(error, locale);
  }
}

/** A refusal's messages as one text, where there is no field to point at: an alert, a toast. */
export function refusalText(refusal: Refused, separator = '\n'): string {
  return refusal.errors.map((e) => e.message).join(separator);
}

/** A toast is a courtesy: failing to show one must not turn a done job into an error. */
export function toast(call: Call, message: string): void {
  try {
    call.workbook.spreadsheet.toast(message, t(call.caller.locale, 'app.name'));
  } catch (error) {
    console.error(error);
  }
}

/** Runs `run`, turning a failure into a translated refusal, for calls that must still answer afterwards (a toast). */
export function guarded<T extends object>(locale: Locale, run: () => Result<T>): Result<T> {
  try {
    return run();
  } catch (error) {
    return refused(error, locale);
  }
}
