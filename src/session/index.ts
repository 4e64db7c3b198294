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
export type Identity = 'active' | 'effective' | 'activeIfKnown';

/**
 * `activeIfKnown` is for onEdit, which needs nobody's email to check a cell: blank when Google
 * withholds it (a simple trigger) or refuses to be asked; elsewhere a Session failure is one.
 */
export function currentCaller(session: GoogleAppsScript.Base.Session, identity: Identity = 'active'): Caller {
  const read = (): string => (identity === 'effective' ? session.getEffectiveUser() : session.getActiveUser()).getEmail().trim().toLowerCase();
  return { email: identity === 'activeIfKnown' ? orBlank(read) : read(), locale: toLocale(session.getActiveUserLocale()) };
}

function orBlank(read: () => string): string {
  try {
    return read();
  } catch (error) {
    console.error(error);
    return '';
  }
}

/** The language alone: the only thing `AuthMode.NONE` lets the menu ask. */
export function callerLocale(session: GoogleAppsScript.Base.Session): Locale {
  return toLocale(session.getActiveUserLocale());
}
