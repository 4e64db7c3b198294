import type { AuthModeName } from './core';
import type { ServiceEnv } from './env';
import { makeEnum } from './enums';
import { TriggerBuilderImpl, TriggerImpl, type TriggerContext, type TriggerOwner, type TriggerStore } from './triggers';

/**
 * The part of ScriptApp the add-on uses: the AuthMode, TriggerSource and EventType enums, and
 * time-driven triggers (see triggers.ts).
 * https://developers.google.com/apps-script/reference/script/auth-mode
 * https://developers.google.com/apps-script/reference/script/trigger-source
 * https://developers.google.com/apps-script/reference/script/event-type
 * https://developers.google.com/apps-script/reference/script/script-app
 */

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const satisfies readonly AuthModeName[]);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
export const EventType = makeEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const);

class ScriptAppImpl {
  readonly AuthMode = AuthMode;
  readonly TriggerSource = TriggerSource;
  readonly EventType = EventType;
  private readonly triggers: TriggerContext;

  constructor(
    private readonly env: ServiceEnv,
    private readonly scriptId: string,
    store: TriggerStore,
    owner: TriggerOwner,
  ) {
    this.triggers = { env, store, owner, wrap: (data) => new TriggerImpl(env, data, { EventType, TriggerSource }) };
  }

  getScriptId(): string {
    this.env.guard('ScriptApp', 'getScriptId', 'locale');
    return this.scriptId;
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
  scriptId: string,
  triggers: TriggerStore,
  owner: TriggerOwner,
): GoogleAppsScript.Script.ScriptApp {
  return new ScriptAppImpl(env, scriptId, triggers, owner) as unknown as GoogleAppsScript.Script.ScriptApp;
}
