import { UserError } from '../domain/errors';

/**
 * ScriptApp: what the user granted. Since granular consent, people may grant only some of
 * the scopes the manifest asks for; member actions need none of these, and each coordinator
 * action checks its own just before it uses them, so declining Calendar never stops anyone
 * from registering or proposing.
 * https://developers.google.com/apps-script/concepts/scopes#granular_consent
 * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
 */

const AUTH = 'https://www.googleapis.com/auth/';

/** The scopes coordinator actions ask for, by what they are for (docs/scopes.md says why each). */
export const SCOPES_FOR = {
  // calendar.acls: sharing the group calendar (Acl.insert accepts only calendar or calendar.acls).
  calendar: [`${AUTH}calendar.app.created`, `${AUTH}calendar.events`, `${AUTH}calendar.acls`],
  reminders: [`${AUTH}script.send_mail`, `${AUTH}script.scriptapp`],
} as const satisfies Record<string, readonly string[]>;

export type ScopePurpose = keyof typeof SCOPES_FOR;

/** What every member action needs: the current spreadsheet, the sidebar and menus, and who is calling. */
export const MEMBER_SCOPES = [`${AUTH}spreadsheets.currentonly`, `${AUTH}script.container.ui`, `${AUTH}userinfo.email`] as const;

/** getAuthorizationInfo(authMode, scopes) and getAuthorizedScopes() are missing from the installed types. */
interface AuthorizationInfo {
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus;
  getAuthorizationUrl(): string | null;
  getAuthorizedScopes(): string[] | null;
}

type ScriptAppWithScopes = Omit<GoogleAppsScript.Script.ScriptApp, 'getAuthorizationInfo'> & {
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes?: string[]): AuthorizationInfo;
};

function authorizationInfo(scriptApp: GoogleAppsScript.Script.ScriptApp, scopes?: readonly string[]): AuthorizationInfo {
  const app = scriptApp as unknown as ScriptAppWithScopes;
  return scopes ? app.getAuthorizationInfo(app.AuthMode.FULL, [...scopes]) : app.getAuthorizationInfo(app.AuthMode.FULL);
}

/** The scopes among the manifest's that this user granted. */
export function grantedScopes(scriptApp: GoogleAppsScript.Script.ScriptApp): string[] {
  return authorizationInfo(scriptApp).getAuthorizedScopes() ?? [];
}

/** Those of `scopes` this user has not granted. */
export function missingScopes(scriptApp: GoogleAppsScript.Script.ScriptApp, scopes: readonly string[]): string[] {
  const granted = authorizationInfo(scriptApp, scopes).getAuthorizedScopes() ?? [];
  return scopes.filter((scope) => !granted.includes(scope));
}

/**
 * Refuses, with a translated message saying what to grant, why, and the link that grants it,
 * when the user has not granted what `purpose` needs. Asked at the moment of use, never before.
 */
export function ensureScopes(scriptApp: GoogleAppsScript.Script.ScriptApp, purpose: ScopePurpose): void {
  const info = authorizationInfo(scriptApp, SCOPES_FOR[purpose]);
  if (info.getAuthorizationStatus() !== scriptApp.AuthorizationStatus.REQUIRED) return;
  throw new UserError(`consent.${purpose}`, { url: info.getAuthorizationUrl() ?? '' });
}
