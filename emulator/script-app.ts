import type { AuthModeName } from './core';
import type { ServiceEnv } from './env';
import { makeEnum } from './enums';

/**
 * The part of ScriptApp the add-on uses: the AuthMode and TriggerSource enums.
 * https://developers.google.com/apps-script/reference/script/auth-mode
 * https://developers.google.com/apps-script/reference/script/trigger-source
 */

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const satisfies readonly AuthModeName[]);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);

class ScriptAppImpl {
  readonly AuthMode = AuthMode;
  readonly TriggerSource = TriggerSource;

  constructor(
    private readonly env: ServiceEnv,
    private readonly scriptId: string,
  ) {}

  getScriptId(): string {
    this.env.guard('ScriptApp', 'getScriptId', 'locale');
    return this.scriptId;
  }
}

export function createScriptApp(env: ServiceEnv, scriptId: string): GoogleAppsScript.Script.ScriptApp {
  return new ScriptAppImpl(env, scriptId) as unknown as GoogleAppsScript.Script.ScriptApp;
}
