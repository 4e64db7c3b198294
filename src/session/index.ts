import { toLocale, type Locale } from '../domain/locale';

/** Who is calling, as Apps Script tells it. */
export interface Caller {
  /** Lower-cased; '' when Google does not share it (a simple trigger, or a user who has not authorized). */
  readonly email: string;
  readonly locale: Locale;
}

export function currentCaller(session: GoogleAppsScript.Base.Session): Caller {
  return {
    email: session.getActiveUser().getEmail().trim().toLowerCase(),
    locale: toLocale(session.getActiveUserLocale()),
  };
}

/** The language alone: the only thing `AuthMode.NONE` lets the menu ask. */
export function callerLocale(session: GoogleAppsScript.Base.Session): Locale {
  return toLocale(session.getActiveUserLocale());
}
