import { describe, expect, it } from 'vitest';
import { meetingSlots } from '../../src/domain/slots';
import { workingDaysOf } from '../../src/domain/working-days';

// Every day, so that the clock-change Sundays can be tested; the weekend has its own tests below.
const everyDay = workingDaysOf('Sun-Sat');
const hours = { workingHoursStart: '09:00', workingHoursEnd: '18:00', workingDays: everyDay };
const local = (slots: ReturnType<typeof meetingSlots>) => slots.map((s) => `${s.recife}/${s.nantes}`);

describe('meetingSlots', () => {
  it('offers every half hour when both cities work: Recife 09:00–13:00 is Nantes 13:00–17:00 in winter', () => {
    const slots = meetingSlots({ date: '2027-01-12', durationMinutes: 60, ...hours });
    // Nantes ends at 18:00 = 14:00 in Recife, so a 60-minute meeting starts at 13:00 Recife at the latest.
    expect(local(slots)).toEqual(['09:00/13:00', '09:30/13:30', '10:00/14:00', '10:30/14:30', '11:00/15:00', '11:30/15:30', '12:00/16:00', '12:30/16:30', '13:00/17:00']);
    expect(slots[0]?.start).toBe('2027-01-12T12:00:00.000Z');
  });

  it('narrows the overlap in European summer (five hours apart)', () => {
    const slots = meetingSlots({ date: '2027-07-06', durationMinutes: 90, ...hours });
    expect(local(slots)).toEqual(['09:00/14:00', '09:30/14:30', '10:00/15:00', '10:30/15:30', '11:00/16:00', '11:30/16:30']);
  });

  it('follows the clock change on the day itself: Sunday 28 March 2027 in Nantes', () => {
    // From 03:00 on that day Nantes is UTC+2, five hours ahead of Recife.
    const slots = meetingSlots({ date: '2027-03-28', durationMinutes: 60, ...hours });
    expect(slots[0]).toEqual({ start: '2027-03-28T12:00:00.000Z', recife: '09:00', nantes: '14:00' });
    expect(slots.at(-1)).toEqual({ start: '2027-03-28T15:00:00.000Z', recife: '12:00', nantes: '17:00' });
  });

  it('and back on Sunday 31 October 2027', () => {
    const slots = meetingSlots({ date: '2027-10-31', durationMinutes: 60, ...hours });
    expect(slots[0]).toEqual({ start: '2027-10-31T12:00:00.000Z', recife: '09:00', nantes: '13:00' });
    expect(slots.at(-1)?.nantes).toBe('17:00');
  });

  it('offers nothing when the meeting is longer than the overlap', () => {
    expect(meetingSlots({ date: '2027-07-06', durationMinutes: 300, ...hours })).toEqual([]);
  });

  it('starts on the half-hour grid even when working hours do not', () => {
    const slots = meetingSlots({ date: '2027-01-12', durationMinutes: 30, workingHoursStart: '09:10', workingHoursEnd: '11:00', workingDays: everyDay });
    // Recife 09:10–11:00 (12:10–14:00 UTC), Nantes 09:10–11:00 (08:10–10:00 UTC): no overlap.
    expect(slots).toEqual([]);
    const wide = meetingSlots({ date: '2027-01-12', durationMinutes: 30, workingHoursStart: '08:10', workingHoursEnd: '20:00', workingDays: everyDay });
    expect(wide[0]?.recife).toBe('08:30');
  });

  it('offers nothing on a Saturday or a Sunday with the default working days', () => {
    const weekdays = { ...hours, workingDays: workingDaysOf('Mon-Fri') };
    expect(meetingSlots({ date: '2027-01-16', durationMinutes: 60, ...weekdays })).toEqual([]);
    expect(meetingSlots({ date: '2027-01-17', durationMinutes: 60, ...weekdays })).toEqual([]);
    expect(meetingSlots({ date: '2027-01-15', durationMinutes: 60, ...weekdays })).toHaveLength(9);
  });
});
