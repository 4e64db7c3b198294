import { UserError } from '../domain/errors';

/** Long enough to queue behind another member's submission, short enough to answer before the sidebar gives up. */
const WAIT_MS = 10_000;

/**
 * Runs `write` holding the document lock, so that two people saving at once each see the
 * other's rows and get distinct IDs. A lock that cannot be had becomes a polite "try again".
 */
export function withDocumentLock<T>(locks: GoogleAppsScript.Lock.LockService, write: () => T): T {
  const lock = locks.getDocumentLock();
  if (!lock.tryLock(WAIT_MS)) throw new UserError('error.busy');
  try {
    return write();
  } finally {
    lock.releaseLock();
  }
}
