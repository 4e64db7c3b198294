import { toLocale, type Locale } from '../domain/locale';

/** Who is calling, as Apps Script tells it. */
export interface Caller {
  /** Lower-cased; '' when Google does not share it (a simple trigger, or a user who has not authorized). */
  readonly email: string;
  readonly locale: Locale;
}

/**
 * Whose authority a run has: `active`, the person at the keyboard (a menu, the sidebar); or
 * `effective`, for a time-driven trigger, which the reference says runs as "the user who created
 * the trigger" (Session.getEffectiveUser); no reference says getActiveUser() names them there.
 * https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
 */
export type Identity = 'active' | 'effective';

export function currentCaller(session: GoogleAppsScript.Base.Session, identity: Identity = 'active'): Caller {
  return {
    email: emailOf(() => (identity === 'effective' ? session.getEffectiveUser() : session.getActiveUser()).getEmail()),
    locale: toLocale(session.getActiveUserLocale()),
  };
}

/**
 * Blank when Google withholds the email, or refuses to be asked (a simple trigger where the
 * domain's policy forbids it): whoever needs the email says so (error.signIn); onEdit does not.
 */
function emailOf(read: () => string): string {
  try {
    return read().trim().toLowerCase();
  } catch (error) {
    console.error(error);
    return '';
  }
}

/** The language alone: the only thing `AuthMode.NONE` lets the menu ask. */
export function callerLocale(session: GoogleAppsScript.Base.Session): Locale {
  return toLocale(session.getActiveUserLocale());
}
