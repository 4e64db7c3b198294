/**
 * The execution context every emulated service consults: who is running, in which
 * authorization mode, and how many times each service method was called.
 *
 * Apps Script decides what a run may touch from how it was started (menu, simple trigger,
 * custom function, google.script.run) and its AuthMode; see
 * https://developers.google.com/apps-script/guides/triggers#restrictions and
 * https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 */

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** How the current execution was started; decides the restrictions that apply. */
export type ExecutionKind =
  | 'user' // a menu item, a button, google.script.run, the script editor
  | 'simple-trigger' // onOpen/onEdit/onInstall run by Apps Script itself
  | 'custom-function' // a formula such as =WG_PROGRESS("O3")
  | 'trigger'; // an installable trigger, run as its owner

export interface ExecutionContext {
  kind: ExecutionKind;
  authMode: AuthModeName;
}

export interface EmulatedUser {
  email: string;
  /** What Session.getActiveUserLocale() returns, e.g. 'fr', 'pt-BR', 'en'. */
  locale: string;
  /**
   * The OAuth scopes this user granted (granular consent: people may tick only some of the
   * manifest's scopes). Absent: every scope the script asks for.
   * https://developers.google.com/apps-script/concepts/scopes#granular_consent
   */
  grantedScopes?: string[];
}

/** What a method needs from the context before it may run. */
export type Requirement =
  | 'ui-menu' // building menus: the only thing AuthMode.NONE allows
  | 'locale' // Session.getActiveUserLocale(): allowed everywhere
  | 'html' // HtmlService (files included): everywhere but AuthMode.NONE
  | 'read' // reading the bound document or script state
  | 'write' // changing the bound document (not allowed to custom functions)
  | 'ui' // sidebars, dialogs, alerts (needs script.container.ui: not in simple triggers)
  | 'authorized'; // services that need the user's authorization: Calendar, user email, …

export class PermissionError extends Error {
  override name = 'Exception';
}

export class Meter {
  private readonly counts = new Map<string, number>();

  record(service: string, method: string): void {
    const key = `${service}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Calls of one method ('Range.getValues'), or of every method of a service ('Range'). */
  count(name: string): number {
    if (name.includes('.')) return this.counts.get(name) ?? 0;
    let total = 0;
    for (const [key, n] of this.counts) if (key.startsWith(`${name}.`)) total += n;
    return total;
  }

  /** Every call so far, sorted by name: for benchmarks and failure messages. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  total(): number {
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }

  reset(): void {
    this.counts.clear();
  }
}
