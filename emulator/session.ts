import { createHash } from 'node:crypto';
import type { EmulatedUser, ExecutionContext } from './core';
import { PermissionError } from './core';
import type { Faults, ServiceEnv } from './env';

/** What Session reads from the Emulator at call time. */
export interface SessionSource {
  readonly context: ExecutionContext;
  readonly user: EmulatedUser | null;
  readonly scriptTimeZone: string;
  readonly faults: Faults;
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
function visibleEmail(source: SessionSource, who: 'active' | 'effective'): string {
  if (source.faults.activeUserRefused === true && who === 'active') throw new PermissionError(ACTIVE_USER_REFUSED);
  // A time-driven trigger runs with its owner's authority (the effective user); no reference says
  // getActiveUser() names them there, so it is blank (assumed-pessimistic).
  const kinds = who === 'active' ? ['user'] : ['user', 'trigger'];
  return kinds.includes(source.context.kind) && source.context.authMode === 'FULL' ? (source.user?.email ?? '') : '';
}

/** What getActiveUser() throws under the activeUserRefused fault. */
export const ACTIVE_USER_REFUSED = 'You do not have permission to call Session.getActiveUser.';

class SessionImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly source: SessionSource,
  ) {}

  getActiveUser(): UserImpl {
    this.env.guard('Session', 'getActiveUser', 'read');
    return new UserImpl(this.env, visibleEmail(this.source, 'active'));
  }

  /** No web app runs "as me" here: the effective user is the user, or a trigger's owner. */
  getEffectiveUser(): UserImpl {
    this.env.guard('Session', 'getEffectiveUser', 'read');
    return new UserImpl(this.env, visibleEmail(this.source, 'effective'));
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
