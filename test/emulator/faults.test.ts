import { describe, expect, test } from 'vitest';
import { CALENDAR_UNREACHABLE, Emulator } from '../../emulator/index';

// Each fault breaks one assumption the add-on's Diagnose checks (see emulator/README.md).

describe('faults', () => {
  test('none is on by default', () => {
    expect(new Emulator().faults).toEqual({});
  });

  test('dateCellsInScriptZone reads a date cell in the script zone', () => {
    const em = new Emulator({ scriptTimeZone: 'Europe/Paris', spreadsheet: { timeZone: 'America/Recife' } });
    const range = em.services.SpreadsheetApp.getActiveSheet().getRange('A1').setValue('2027-01-12 10:00');
    const right = (range.getValue() as Date).toISOString();
    em.faults.dateCellsInScriptZone = true;
    const wrong = (range.getValue() as Date).toISOString();
    expect([right, wrong]).toEqual(['2027-01-12T13:00:00.000Z', '2027-01-12T09:00:00.000Z']);
  });

  test('metadataFinderFindsNothing empties every finder', () => {
    const em = new Emulator({ faults: { metadataFinderFindsNothing: true } });
    const ss = em.services.SpreadsheetApp.getActiveSpreadsheet();
    ss.addDeveloperMetadata('mutirao', 'x');
    expect([ss.createDeveloperMetadataFinder().withKey('mutirao').find().length, ss.getDeveloperMetadata().length]).toEqual([0, 1]);
  });

  test('lockNeverGranted makes tryLock fail and waitLock time out', () => {
    const em = new Emulator({ faults: { lockNeverGranted: true } });
    const lock = em.services.LockService.getDocumentLock();
    expect(lock.tryLock(1_000)).toBe(false);
    expect(() => lock.waitLock(1_000)).toThrow(/Lock timeout/);
  });

  test('calendarUnreachable makes every Calendar call throw', () => {
    const em = new Emulator({ faults: { calendarUnreachable: true } });
    expect(() => em.services.CalendarApp.getDefaultCalendar()).toThrow(CALENDAR_UNREACHABLE);
  });

  test('a used-up mail quota makes MailApp report 0 and refuse sending', () => {
    const em = new Emulator();
    em.mail.setDailyQuota(em.user?.email ?? '', 0);
    expect(em.services.MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => em.services.MailApp.sendEmail('a@example.org', 's', 'b')).toThrow(/too many times/);
  });
});

