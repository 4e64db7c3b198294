import { createHash } from 'node:crypto';
import type { EmulatedUser, ExecutionContext } from './core';
import type { ServiceEnv } from './env';

/** What Session reads from the Emulator at call time. */
export interface SessionSource {
  readonly context: ExecutionContext;
  readonly user: EmulatedUser | null;
  readonly scriptTimeZone: string;
}

class UserImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly email: string,
  ) {}

  getEmail(): string {
    this.env.guard('User', 'getEmail', 'read');
    return this.email;
  }
}

/**
 * The email is blank wherever the script runs without the user's authorization: simple
 * triggers and custom functions, and for a visitor who has not authorized the script. An
 * installable trigger runs as its owner, who is then the user.
 * https://developers.google.com/apps-script/reference/base/user#getEmail()
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
 */
function visibleEmail(source: SessionSource): string {
  const authorized = source.context.kind === 'user' || source.context.kind === 'trigger';
  return authorized && source.context.authMode === 'FULL' ? (source.user?.email ?? '') : '';
}

class SessionImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly source: SessionSource,
  ) {}

  getActiveUser(): UserImpl {
    this.env.guard('Session', 'getActiveUser', 'read');
    return new UserImpl(this.env, visibleEmail(this.source));
  }

  /** No web app runs "as me" here, so the effective user is the active user. */
  getEffectiveUser(): UserImpl {
    this.env.guard('Session', 'getEffectiveUser', 'read');
    return new UserImpl(this.env, visibleEmail(this.source));
  }

  getActiveUserLocale(): string {
    this.env.guard('Session', 'getActiveUserLocale', 'locale');
    return this.source.user?.locale ?? 'en';
  }

  getScriptTimeZone(): string {
    this.env.guard('Session', 'getScriptTimeZone', 'locale');
    return this.source.scriptTimeZone;
  }

  /** Stable per user and script, without revealing who the user is. */
  getTemporaryActiveUserKey(): string {
    this.env.guard('Session', 'getTemporaryActiveUserKey', 'read');
    const email = this.source.user?.email;
    return email === undefined ? '' : createHash('sha256').update(`mutirao-emulator:${email}`).digest('base64url');
  }
}

export function createSession(env: ServiceEnv, source: SessionSource): GoogleAppsScript.Base.Session {
  return new SessionImpl(env, source) as unknown as GoogleAppsScript.Base.Session;
}
