import { UserError } from '../domain/errors';
import { LOCALE_FACTS, type Locale } from '../domain/locale';

/**
 * The Language service (LanguageApp), wrapped once. It needs no OAuth scope and no key, so a
 * member who granted only the spreadsheet, the UI and their email can translate; each account
 * has a daily quota of calls. A quota refusal and any other failure become the reader's words.
 * https://developers.google.com/apps-script/reference/language/language-app
 */

/** "Service invoked too many times for one day: …" (the quotas page), whatever the service's name in it. */
const QUOTA = /too many times/i;

/** `text` in `to`, its own language detected by Google. */
export function translate(app: GoogleAppsScript.Language.LanguageApp, text: string, to: Locale): string {
  try {
    return app.translate(text, '', LOCALE_FACTS[to].translateAs);
  } catch (error) {
    console.error(error);
    throw new UserError(QUOTA.test(error instanceof Error ? error.message : String(error)) ? 'translate.quota' : 'translate.failed');
  }
}
