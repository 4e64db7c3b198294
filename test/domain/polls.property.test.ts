import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cityTimes } from '../../src/domain/meetings';
import { meetingFromOption, optionTimes } from '../../src/domain/polls';
import type { Poll } from '../../src/domain/records';

const ZONES = ['America/Recife', 'Europe/Paris'] as const;

/** Intl's own reading of an instant in a zone: an oracle independent of time.ts. */
function wallClock(instant: Date, zone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

const poll = (timeZone: string, options: string[]): Poll => ({
  row: 2, id: 'POL-001', title: 'Plenária', durationMinutes: 60, timeZone, audience: 'all', options, closes: '2026-01-01',
  status: 'open', chosen: '', meeting: '', location: '', agenda: '',
});

describe('a time poll across Recife and Nantes', () => {
  it('shows every option on both clocks as one instant, and the meeting made from it starts at that instant', () => {
    const day = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.uniqueArray(fc.tuple(day, time).map(([d, t]) => `${d} ${t}`), { minLength: 2, maxLength: 12 }), (zone, lines) => {
        const p = poll(zone, lines);
        for (const line of lines) {
          const times = optionTimes(line, zone);
          if (!times) throw new Error(`unreadable ${line}`);
          const instant = new Date(times.start);
          expect(wallClock(instant, 'America/Recife')).toEqual(times.recife);
          expect(wallClock(instant, 'Europe/Paris')).toEqual(times.nantes);
          const meeting = meetingFromOption(p, line);
          if (!meeting) throw new Error('no meeting');
          expect(cityTimes({ date: meeting.date, start: meeting.startTime, timeZone: meeting.timeZone }).instant.toISOString()).toBe(times.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is 4 hours apart in the French winter and 5 in the French summer', () => {
    expect(optionTimes('2027-01-14 10:00', 'America/Recife')?.nantes).toEqual({ date: '2027-01-14', time: '14:00' });
    expect(optionTimes('2027-07-14 10:00', 'America/Recife')?.nantes).toEqual({ date: '2027-07-14', time: '15:00' });
    // The night France changes clocks: 02:30 does not exist in Paris; the option is read as Calendar does (03:30).
    expect(optionTimes('2027-03-28 02:30', 'Europe/Paris')?.recife).toEqual({ date: '2027-03-27', time: '22:30' });
  });
});
