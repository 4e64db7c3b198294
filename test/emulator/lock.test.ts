import { describe, expect, test } from 'vitest';
import { Emulator } from '../../emulator/index';

const start = new Date('2026-05-04T12:00:00Z');

describe('locks', () => {
  // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
  test('waitLock acquires the lock when nobody else holds it', () => {
    const em = new Emulator();
    const lock = em.services.LockService.getDocumentLock();
    lock.waitLock(10_000);
    expect(lock.hasLock()).toBe(true);
    expect(em.locks.documentLockHeld).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
  test('releaseLock gives the lock back', () => {
    const em = new Emulator();
    const lock = em.services.LockService.getDocumentLock();
    lock.waitLock(10_000);
    lock.releaseLock();
    expect([lock.hasLock(), em.locks.documentLockHeld]).toEqual([false, false]);
  });

  // https://developers.google.com/apps-script/reference/lock/lock#hasLock()
  test('hasLock is false before any attempt', () => {
    const em = new Emulator();
    expect(em.services.LockService.getScriptLock().hasLock()).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer) ("timing out with an exception")
  test('waitLock times out with the Apps Script message while another execution holds the lock', () => {
    const em = new Emulator({ now: () => start });
    em.locks.holdDocumentLockElsewhere();
    const lock = em.services.LockService.getDocumentLock();
    expect(() => lock.waitLock(30_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(em.now().getTime() - start.getTime()).toBe(30_000);
  });

  // https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
  test('tryLock returns false under contention and true once released', () => {
    const em = new Emulator();
    em.locks.holdDocumentLockElsewhere();
    const lock = em.services.LockService.getDocumentLock();
    expect(lock.tryLock(1_000)).toBe(false);
    em.locks.releaseElsewhere();
    expect(lock.tryLock(1_000)).toBe(true);
  });

  // Contention on the document lock says nothing about the script lock.
  test('holding the document lock elsewhere leaves the script lock free', () => {
    const em = new Emulator();
    em.locks.holdDocumentLockElsewhere();
    expect(em.services.LockService.getScriptLock().tryLock(0)).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/lock/lock#releaseLock() ("automatically released when the script terminates")
  test('locks are released when the outermost execution ends', () => {
    const em = new Emulator();
    em.run({ kind: 'user', authMode: 'FULL' }, () => em.services.LockService.getDocumentLock().waitLock(1_000));
    expect(em.locks.documentLockHeld).toBe(false);
  });
});

describe('writes without the document lock', () => {
  // The add-on must take the document lock around every write (PRODUCT.md §5).
  test('writes outside the lock are counted', () => {
    const em = new Emulator();
    em.services.PropertiesService.getDocumentProperties().setProperty('a', '1');
    expect(em.writesWithoutDocumentLock).toBe(1);
  });

  // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
  test('writes inside the lock are not counted', () => {
    const em = new Emulator();
    const lock = em.services.LockService.getDocumentLock();
    lock.waitLock(1_000);
    em.services.PropertiesService.getDocumentProperties().setProperty('a', '1');
    lock.releaseLock();
    em.services.PropertiesService.getDocumentProperties().getProperty('a');
    expect(em.writesWithoutDocumentLock).toBe(0);
  });

  // The script lock does not protect the document against other users' executions.
  test('the script lock does not count as the document lock', () => {
    const em = new Emulator();
    em.services.LockService.getScriptLock().waitLock(1_000);
    em.services.PropertiesService.getDocumentProperties().setProperty('a', '1');
    expect(em.writesWithoutDocumentLock).toBe(1);
  });
});

describe('two executions racing for the document lock', () => {
  // https://developers.google.com/apps-script/reference/lock/lock-service — one execution at a time holds the document lock.
  test('runs the other execution to completion before this one gets the lock', () => {
    const emulator = new Emulator();
    const order: string[] = [];
    emulator.locks.interleaveOnNextWait(() => {
      const theirs = emulator.services.LockService.getDocumentLock();
      theirs.waitLock(1000);
      order.push('other wrote');
      theirs.releaseLock();
    });
    const mine = emulator.services.LockService.getDocumentLock();
    mine.waitLock(1000);
    order.push('this wrote');
    expect(order).toEqual(['other wrote', 'this wrote']);
  });
});
