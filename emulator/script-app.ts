import type { AuthModeName } from './core';
import type { ServiceEnv } from './env';
import { makeEnum } from './enums';
import { TriggerBuilderImpl, TriggerImpl, type TriggerContext, type TriggerOwner, type TriggerStore } from './triggers';
import { ScriptException } from './errors';

/**
 * The part of ScriptApp the add-on uses: the AuthMode, TriggerSource and AuthorizationStatus
 * enums, and the granular-consent checks.
 * https://developers.google.com/apps-script/reference/script/auth-mode
 * https://developers.google.com/apps-script/reference/script/trigger-source
 * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
 * https://developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String)
 * https://developers.google.com/apps-script/concepts/scopes#granular_consent
 */

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const satisfies readonly AuthModeName[]);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
export const EventType = makeEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const);
export const AuthorizationStatus = makeEnum(['REQUIRED', 'NOT_REQUIRED'] as const);

/**
 * requireScopes "ends the current execution and renders a consent prompt" when a scope is
 * missing. The emulator ends it with this exception (the prompt is recorded on the Emulator as
 * consentPrompts); the wording is ours, since the user never sees an error in Google.
 */
export const CONSENT_REQUIRED_MESSAGE = 'Authorization required: the script needs the user to grant ';

export class ConsentRequired extends ScriptException {
  constructor(readonly missingScopes: string[]) {
    super(`${CONSENT_REQUIRED_MESSAGE}${missingScopes.join(', ')}`);
  }
}

/** What ScriptApp reads from the Emulator at call time. */
export interface ConsentSource {
  readonly scriptId: string;
  /** The manifest's oauthScopes. */
  readonly oauthScopes: readonly string[];
  /** What the user granted, or null for a visitor who authorized nothing. */
  grantedScopes(): readonly string[];
  /** Records the prompt requireScopes would show. */
  promptForConsent(scopes: string[]): void;
}

class AuthorizationInfoImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly scriptId: string,
    private readonly asked: readonly string[],
    private readonly granted: readonly string[],
  ) {}

  private missing(): string[] {
    return this.asked.filter((scope) => !this.granted.includes(scope));
  }

  getAuthorizationStatus(): unknown {
    this.env.guard('AuthorizationInfo', 'getAuthorizationStatus', 'locale');
    return this.missing().length > 0 ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
  }

  /** "Returns null if no authorization is required." */
  getAuthorizationUrl(): string | null {
    this.env.guard('AuthorizationInfo', 'getAuthorizationUrl', 'locale');
    const missing = this.missing();
    if (missing.length === 0) return null;
    return `https://script.google.com/macros/d/${this.scriptId}/authorize?scope=${encodeURIComponent(missing.join(' '))}`;
  }

  /** The granted scopes among those asked about (all the manifest's when none were named). */
  getAuthorizedScopes(): string[] {
    this.env.guard('AuthorizationInfo', 'getAuthorizedScopes', 'locale');
    return this.asked.filter((scope) => this.granted.includes(scope));
  }
}

function checkAuthMode(authMode: unknown, method: string): void {
  if (!Object.values(AuthMode).includes(authMode as never)) {
    throw new ScriptException(`The parameters (${typeof authMode}) don't match the method signature for ScriptApp.${method}.`);
  }
}

function checkScopes(scopes: unknown, manifest: readonly string[], method: string): string[] {
  if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string')) {
    throw new ScriptException(`The parameters (AuthMode,${Array.isArray(scopes) ? 'Object[]' : typeof scopes}) don't match the method signature for ScriptApp.${method}.`);
  }
  // Only the manifest's scopes can ever be granted; asking for another is a programming error
  // (the reference is silent on it: assumed, the less convenient case).
  const unknown = scopes.filter((s) => !manifest.includes(s));
  if (unknown.length > 0) throw new ScriptException(`Scopes not declared in the manifest: ${unknown.join(', ')}`);
  return scopes;
}

class ScriptAppImpl {
  readonly AuthMode = AuthMode;
  readonly TriggerSource = TriggerSource;
  readonly EventType = EventType;
  readonly AuthorizationStatus = AuthorizationStatus;
  private readonly triggers: TriggerContext;

  constructor(
    private readonly env: ServiceEnv,
    private readonly consent: ConsentSource,
    store: TriggerStore,
    owner: TriggerOwner,
  ) {
    this.triggers = { env, store, owner, wrap: (data) => new TriggerImpl(env, data, { EventType, TriggerSource }) };
  }

  getScriptId(): string {
    this.env.guard('ScriptApp', 'getScriptId', 'locale');
    return this.consent.scriptId;
  }

  getAuthorizationInfo(authMode: unknown, oAuthScopes?: unknown): AuthorizationInfoImpl {
    this.env.guard('ScriptApp', 'getAuthorizationInfo', 'locale');
    checkAuthMode(authMode, 'getAuthorizationInfo');
    const asked = oAuthScopes === undefined ? this.consent.oauthScopes : checkScopes(oAuthScopes, this.consent.oauthScopes, 'getAuthorizationInfo');
    return new AuthorizationInfoImpl(this.env, this.consent.scriptId, asked, this.consent.grantedScopes());
  }

  requireScopes(authMode: unknown, oAuthScopes: unknown): void {
    this.env.guard('ScriptApp', 'requireScopes', 'locale');
    checkAuthMode(authMode, 'requireScopes');
    this.require(checkScopes(oAuthScopes, this.consent.oauthScopes, 'requireScopes'));
  }

  requireAllScopes(authMode: unknown): void {
    this.env.guard('ScriptApp', 'requireAllScopes', 'locale');
    checkAuthMode(authMode, 'requireAllScopes');
    this.require(this.consent.oauthScopes);
  }

  private require(scopes: readonly string[]): void {
    const granted = this.consent.grantedScopes();
    const missing = scopes.filter((scope) => !granted.includes(scope));
    if (missing.length === 0) return;
    this.consent.promptForConsent(missing);
    throw new ConsentRequired(missing);
  }

  newTrigger(functionName: string): TriggerBuilderImpl {
    this.env.guard('ScriptApp', 'newTrigger', 'authorized');
    return new TriggerBuilderImpl(this.triggers, String(functionName));
  }

  /** Only the current user's installable triggers of this project. */
  getProjectTriggers(): TriggerImpl[] {
    this.env.guard('ScriptApp', 'getProjectTriggers', 'authorized');
    const email = this.triggers.owner.user?.email ?? '';
    return this.triggers.store.ownedBy(email).map((data) => this.triggers.wrap(data));
  }

  /** Removes one of the user's own triggers; another account's triggers are out of its reach. */
  deleteTrigger(trigger: TriggerImpl): void {
    this.env.guard('ScriptApp', 'deleteTrigger', 'authorized');
    const id = trigger.getUniqueId();
    if (this.triggers.store.get(id)?.owner.email === this.triggers.owner.user?.email) this.triggers.store.delete(id);
  }
}

export function createScriptApp(
  env: ServiceEnv,
  consent: ConsentSource,
  triggers: TriggerStore,
  owner: TriggerOwner,
): GoogleAppsScript.Script.ScriptApp {
  return new ScriptAppImpl(env, consent, triggers, owner) as unknown as GoogleAppsScript.Script.ScriptApp;
}
