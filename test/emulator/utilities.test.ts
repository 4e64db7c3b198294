import { describe, expect, test } from 'vitest';
import { Emulator } from '../../emulator/index';

const U = new Emulator().services.Utilities;
const iso = (s: string): Date => new Date(s);

// Europe/Paris changes at 01:00 UTC on the last Sunday of March and of October (2026-03-29, 2026-10-25).
describe('formatDate across daylight saving in Europe/Paris', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  test('just before the March change it is winter time', () => {
    expect(U.formatDate(iso('2026-03-29T00:30:00Z'), 'Europe/Paris', 'yyyy-MM-dd HH:mm XXX')).toBe('2026-03-29 01:30 +01:00');
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  test('just after the March change it is summer time', () => {
    expect(U.formatDate(iso('2026-03-29T01:30:00Z'), 'Europe/Paris', 'yyyy-MM-dd HH:mm XXX')).toBe('2026-03-29 03:30 +02:00');
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  test('02:30 happens twice in October, with two offsets', () => {
    const pattern = 'HH:mm Z';
    expect(U.formatDate(iso('2026-10-25T00:30:00Z'), 'Europe/Paris', pattern)).toBe('02:30 +0200');
    expect(U.formatDate(iso('2026-10-25T01:30:00Z'), 'Europe/Paris', pattern)).toBe('02:30 +0100');
  });
});

describe('formatDate in America/Recife', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  test('is UTC-3 all year, without daylight saving', () => {
    const pattern = "dd/MM HH'h'mm XXX";
    expect(U.formatDate(iso('2026-01-15T12:00:00Z'), 'America/Recife', pattern)).toBe('15/01 09h00 -03:00');
    expect(U.formatDate(iso('2026-07-15T12:00:00Z'), 'America/Recife', pattern)).toBe('15/07 09h00 -03:00');
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  test('an instant late in the UTC day is still the previous day in Recife', () => {
    expect(U.formatDate(iso('2026-06-10T01:00:00Z'), 'America/Recife', 'yyyy-MM-dd HH:mm')).toBe('2026-06-09 22:00');
  });
});

describe('formatDate patterns', () => {
  // https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
  test('names of days and months are English', () => {
    expect(U.formatDate(iso('2026-07-01T12:00:00Z'), 'UTC', 'EEE EEEE, d MMM MMMM yy')).toBe('Wed Wednesday, 1 Jul July 26');
  });

  // https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
  test('12-hour clock with AM/PM and unpadded fields', () => {
    expect(U.formatDate(iso('2026-07-01T00:05:09Z'), 'UTC', 'h:mm:ss a / H M d')).toBe('12:05:09 AM / 0 7 1');
    expect(U.formatDate(iso('2026-07-01T13:05:00Z'), 'UTC', 'hh a')).toBe('01 PM');
  });

  // https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html ("Text can be quoted using single quotes")
  test("quoted text is literal and '' is a quote", () => {
    expect(U.formatDate(iso('2026-07-01T12:00:00Z'), 'UTC', "'Le' dd 'à' HH'h' ''yy")).toBe("Le 01 à 12h '26");
  });

  // https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html (X: "Z" for a zero offset)
  test('ISO offsets print Z for UTC', () => {
    expect(U.formatDate(iso('2026-07-01T12:00:00Z'), 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-07-01T12:00:00Z');
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  test('a non-Date is refused with the signature message', () => {
    expect(() => U.formatDate('2026-07-01' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });

  // https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
  test('an illegal pattern letter is refused', () => {
    expect(() => U.formatDate(iso('2026-07-01T12:00:00Z'), 'UTC', 'yyyy-bb')).toThrow("Illegal pattern character 'b'");
  });
});

describe('parseDate', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#parseDate(String,String,String)
  test('reads wall-clock time in the given zone, summer and winter', () => {
    expect(U.parseDate('2026-07-01 10:00', 'Europe/Paris', 'yyyy-MM-dd HH:mm').toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(U.parseDate('2026-01-15 10:00', 'Europe/Paris', 'yyyy-MM-dd HH:mm').toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(U.parseDate('2026-07-01 10:00', 'America/Recife', 'yyyy-MM-dd HH:mm').toISOString()).toBe('2026-07-01T13:00:00.000Z');
  });

  // https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html (lenient parsing)
  test('a time skipped by the March change moves forward by the gap', () => {
    expect(U.parseDate('2026-03-29 02:30', 'Europe/Paris', 'yyyy-MM-dd HH:mm').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  // https://docs.oracle.com/javase/8/docs/api/java/util/TimeZone.html (ambiguous wall time is standard time)
  test('a time repeated by the October change is read as winter time', () => {
    expect(U.parseDate('2026-10-25 02:30', 'Europe/Paris', 'yyyy-MM-dd HH:mm').toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  // https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
  test('an offset in the text wins over the zone argument', () => {
    const date = U.parseDate('2026-07-01T10:00:00+02:00', 'America/Recife', "yyyy-MM-dd'T'HH:mm:ssXXX");
    expect(date.toISOString()).toBe('2026-07-01T08:00:00.000Z');
  });

  // https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
  test('month names, 12-hour clock and abutting numeric fields', () => {
    expect(U.parseDate('1 Jul 2026 3:15 PM', 'UTC', 'd MMM yyyy h:mm a').toISOString()).toBe('2026-07-01T15:15:00.000Z');
    expect(U.parseDate('20260701', 'UTC', 'yyyyMMdd').toISOString()).toBe('2026-07-01T00:00:00.000Z');
  });

  // https://docs.oracle.com/javase/8/docs/api/java/text/DateFormat.html#parse-java.lang.String-
  test('text that does not match fails', () => {
    expect(() => U.parseDate('soon', 'UTC', 'yyyy-MM-dd')).toThrow('Unparseable date: "soon"');
  });

  // Round trip: what formatDate prints, parseDate reads back, in both cities.
  test('formatDate and parseDate round-trip', () => {
    const instant = iso('2026-10-25T01:30:00Z');
    for (const zone of ['Europe/Paris', 'America/Recife']) {
      const text = U.formatDate(instant, zone, 'yyyy-MM-dd HH:mm:ss Z');
      expect(U.parseDate(text, zone, 'yyyy-MM-dd HH:mm:ss Z').getTime()).toBe(instant.getTime());
    }
  });
});

describe('other utilities', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
  test('sleep moves the emulated clock without waiting', () => {
    const em = new Emulator({ now: () => iso('2026-05-01T09:00:00Z') });
    em.services.Utilities.sleep(1_500);
    expect(em.now().toISOString()).toBe('2026-05-01T09:00:01.500Z');
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()
  test('getUuid returns distinct UUIDs', () => {
    const a = U.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(U.getUuid()).not.toBe(a);
  });

  // https://developers.google.com/apps-script/reference/base/logger#log(Object)
  test('Logger.log records lines with format substitution', () => {
    const em = new Emulator();
    em.services.Logger.log('created %s events', 3);
    expect(em.logs).toEqual([{ level: 'log', text: 'created 3 events' }]);
    expect(em.services.Logger.getLog()).toBe('created 3 events\n');
  });
});
