import type { ServiceEnv } from './env';
import { ScriptException } from './errors';

/**
 * LockService in a single-threaded emulator: the script's own locks always succeed, and tests
 * play "another execution" holding a lock to exercise the contention paths.
 * https://developers.google.com/apps-script/reference/lock/lock
 */

export type LockScope = 'document' | 'script' | 'user';

/** The text of the exception waitLock throws when another execution keeps the lock. */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class LockControl {
  private readonly elsewhere = new Set<LockScope>();
  private readonly held = new Set<LockImpl>();
  private readonly interleaved: (() => void)[] = [];

  constructor(
    private readonly advanceClock: (ms: number) => void,
    private readonly neverGranted: () => boolean = () => false,
  ) {}

  /** Until releaseElsewhere(), waitLock on the document lock times out and tryLock returns false. */
  holdDocumentLockElsewhere(): void {
    this.elsewhere.add('document');
  }

  holdScriptLockElsewhere(): void {
    this.elsewhere.add('script');
  }

  releaseElsewhere(): void {
    this.elsewhere.clear();
  }

  /**
   * Plays two executions racing for the document lock: the next time the script asks for it,
   * `other` (another person's call) takes it first and runs to completion while this one waits.
   */
  interleaveOnNextWait(other: () => void): void {
    this.interleaved.push(other);
  }

  /** True while the running script holds the document lock. */
  get documentLockHeld(): boolean {
    for (const lock of this.held) if (lock.scope === 'document') return true;
    return false;
  }

  /** The execution ended: Apps Script releases whatever it still held. */
  releaseAll(): void {
    this.held.clear();
  }

  acquire(lock: LockImpl, timeoutMs: number): boolean {
    const other = lock.scope === 'document' ? this.interleaved.shift() : undefined;
    other?.();
    if (this.elsewhere.has(lock.scope) || this.neverGranted()) {
      // The script waited the whole timeout for nothing.
      this.advanceClock(Math.max(0, timeoutMs));
      return false;
    }
    this.held.add(lock);
    return true;
  }

  release(lock: LockImpl): void {
    this.held.delete(lock);
  }

  holds(lock: LockImpl): boolean {
    return this.held.has(lock);
  }
}

class LockImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly control: LockControl,
    readonly scope: LockScope,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.env.guard('Lock', 'tryLock', 'read');
    return this.control.acquire(this, Number(timeoutInMillis));
  }

  waitLock(timeoutInMillis: number): void {
    this.env.guard('Lock', 'waitLock', 'read');
    if (!this.control.acquire(this, Number(timeoutInMillis))) throw new ScriptException(LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    this.env.guard('Lock', 'releaseLock', 'read');
    this.control.release(this);
  }

  hasLock(): boolean {
    this.env.guard('Lock', 'hasLock', 'read');
    return this.control.holds(this);
  }
}

class LockServiceImpl {
  constructor(
    private readonly env: ServiceEnv,
    private readonly control: LockControl,
  ) {}

  getDocumentLock(): LockImpl {
    this.env.guard('LockService', 'getDocumentLock', 'read');
    return new LockImpl(this.env, this.control, 'document');
  }

  getScriptLock(): LockImpl {
    this.env.guard('LockService', 'getScriptLock', 'read');
    return new LockImpl(this.env, this.control, 'script');
  }

  getUserLock(): LockImpl {
    this.env.guard('LockService', 'getUserLock', 'read');
    return new LockImpl(this.env, this.control, 'user');
  }
}

export function createLockService(env: ServiceEnv, control: LockControl): GoogleAppsScript.Lock.LockService {
  return new LockServiceImpl(env, control) as unknown as GoogleAppsScript.Lock.LockService;
}
