import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COL, calendarWorkbook } from './calendar-fixture';

// The host's zone must not matter either: run these far from both cities.
const hostZone = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'Asia/Kolkata';
});
afterAll(() => {
  if (hostZone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = hostZone;
});

/** Each case: the meeting as typed, and its start in UTC and in each city. */
const CASES = [
  // Europe springs forward on Sunday 28 March 2027 at 01:00 UTC: Nantes goes from 4 to 5 hours ahead of Recife.
  { date: '2027-03-27', start: '14:00', zone: 'America/Recife', utc: '2027-03-27T17:00:00.000Z', recife: '27/03/2027 14:00', nantes: '27/03/2027 18:00' },
  { date: '2027-03-28', start: '14:00', zone: 'America/Recife', utc: '2027-03-28T17:00:00.000Z', recife: '28/03/2027 14:00', nantes: '28/03/2027 19:00' },
  { date: '2027-03-28', start: '02:30', zone: 'Europe/Paris', utc: '2027-03-28T01:30:00.000Z', recife: '27/03/2027 22:30', nantes: '28/03/2027 03:30' },
  // And falls back on Sunday 31 October 2027 at 01:00 UTC; 02:30 happens twice in Paris: the first is taken.
  { date: '2027-10-30', start: '09:00', zone: 'Europe/Paris', utc: '2027-10-30T07:00:00.000Z', recife: '30/10/2027 04:00', nantes: '30/10/2027 09:00' },
  { date: '2027-10-31', start: '02:30', zone: 'Europe/Paris', utc: '2027-10-31T00:30:00.000Z', recife: '30/10/2027 21:30', nantes: '31/10/2027 02:30' },
  { date: '2027-10-31', start: '09:00', zone: 'Europe/Paris', utc: '2027-10-31T08:00:00.000Z', recife: '31/10/2027 05:00', nantes: '31/10/2027 09:00' },
];

const SETUPS = [
  { name: 'spreadsheet and script in Recife', timeZone: 'America/Recife', scriptTimeZone: 'America/Recife' },
  { name: 'spreadsheet in Paris, script in Tokyo', timeZone: 'Europe/Paris', scriptTimeZone: 'Asia/Tokyo' },
  { name: 'spreadsheet in Los Angeles, script in UTC', timeZone: 'America/Los_Angeles', scriptTimeZone: 'Etc/UTC' },
];

describe.each(SETUPS)('event times across clock changes ($name)', ({ timeZone, scriptTimeZone }) => {
  it('places each meeting at one exact instant and writes both cities’ times', () => {
    const wb = calendarWorkbook({ timeZone, scriptTimeZone });
    const ids = CASES.map((c) => wb.schedule({ date: c.date, startTime: c.start, timeZone: c.zone, durationMinutes: 90 }));
    // Clear the times submit wrote, so these come from the sync.
    for (const id of ids) {
      wb.setCell(id, COL.recife, '');
      wb.setCell(id, COL.nantes, '');
    }
    expect(wb.sync()).toMatchObject({ ok: true, created: CASES.length });
    CASES.forEach((c, i) => {
      const id = ids[i] as string;
      const event = wb.eventOf(id);
      expect(event?.start).toBe(c.utc);
      // Shown in the meeting's own zone, whatever the script's and the spreadsheet's.
      expect(event?.startTimeZone).toBe(c.zone);
      expect(new Date(event?.end ?? '').getTime() - new Date(c.utc).getTime()).toBe(90 * 60_000);
      expect([wb.cell(id, COL.recife), wb.cell(id, COL.nantes)]).toEqual([c.recife, c.nantes]);
      expect(event?.description).toContain(`Recife\u00a0: ${c.recife}\nNantes\u00a0: ${c.nantes}`);
    });
    expect(wb.sync()).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: CASES.length });
  });

  it('exports the same instants in the .ics', () => {
    const wb = calendarWorkbook({ timeZone, scriptTimeZone });
    for (const c of CASES) wb.schedule({ date: c.date, startTime: c.start, timeZone: c.zone });
    const result = wb.exportIcs();
    const starts = result.ok ? [...result.ics.matchAll(/^DTSTART:(\S+)$/gm)].map((m) => m[1]) : [];
    expect(starts).toEqual(CASES.map((c) => c.utc.replace(/\.000Z$/, 'Z').replace(/[-:]/g, '')));
  });

  it('suggests slots on the day Europe changes its clocks', () => {
    const wb = calendarWorkbook({ timeZone, scriptTimeZone });
    wb.setting('Jours ouvrés', 'lun-dim'); // Europe changes its clocks on a Sunday.
    const result = wb.slots({ date: '2027-03-28', durationMinutes: 60 });
    expect(result.ok && result.slots[0]).toEqual({ start: '2027-03-28T12:00:00.000Z', recife: '09:00', nantes: '14:00' });
  });
});
