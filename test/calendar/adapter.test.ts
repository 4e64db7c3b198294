import { describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator';
import { calendarApiCalls } from '../../emulator/calendar-api';
import { calendarFailure, GroupCalendar } from '../../src/calendar';
import { UserError } from '../../src/domain/errors';

function group() {
  const emulator = new Emulator({ user: { email: 'lucia@example.org', locale: 'fr' } });
  const api = emulator.services.Calendar;
  const id = GroupCalendar.create(api, 'Mutirão — Groupe', 'America/Recife');
  return { emulator, api, id, calendar: new GroupCalendar(api, id) };
}

const event = (meetingId: string, sheet = 'sheet-1') => ({
  summary: meetingId,
  start: { dateTime: '2027-03-10T13:00:00.000Z', timeZone: 'America/Recife' },
  end: { dateTime: '2027-03-10T14:00:00.000Z', timeZone: 'America/Recife' },
  extendedProperties: { private: { mutiraoSpreadsheet: sheet, meetingId } },
  iCalUID: `${meetingId}.${sheet}@mutirao`,
});

describe('GroupCalendar', () => {
  it('refuses, translated, when the manifest does not enable the advanced service', () => {
    expect(() => GroupCalendar.service(undefined)).toThrow(UserError);
  });

  it('creates a secondary calendar in the zone asked, owned by the caller', () => {
    const { emulator, id } = group();
    expect(emulator.calendar.calendars.get(id)).toMatchObject({ name: 'Mutirão — Groupe', timeZone: 'America/Recife', owner: 'lucia@example.org' });
  });

  it('reads only this workbook’s events, deleted ones included, 2,500 to a list call', () => {
    const { emulator, calendar } = group();
    for (let i = 0; i < 2600; i++) calendar.insert(event(`MTG-${i}`), 'externalOnly');
    calendar.insert(event('MTG-1', 'other-sheet'), 'externalOnly');
    const first = emulator.calendar.events()[0];
    if (first) emulator.calendar.deleteByHand(first.id);
    emulator.meter.reset();
    const { events, accessRole } = calendar.ours('sheet-1');
    expect(events).toHaveLength(2600);
    expect(events.filter((e) => e.status === 'cancelled')).toHaveLength(1);
    expect(accessRole).toBe('owner');
    expect(calendarApiCalls(emulator.meter)).toEqual({ calls: 2, reads: 2, writes: 0 });
  });

  it('takes a 409 for an iCalUID already used, and finds that event by it', () => {
    const { calendar } = group();
    const made = calendar.insert(event('MTG-001'), 'externalOnly');
    expect(() => calendar.insert(event('MTG-001'), 'externalOnly')).toThrow(/already exists/);
    expect(calendar.byICalUID('MTG-001.sheet-1@mutirao')?.id).toBe(made.id);
  });

  it('shares the calendar as writer', () => {
    const { emulator, calendar, id } = group();
    calendar.share('jean@example.org');
    expect(emulator.calendar.calendars.get(id)?.acl).toEqual({ 'jean@example.org': 'writer' });
  });

  it('words each API failure by its status and reason', () => {
    const { emulator, calendar } = group();
    emulator.calendar.failWritesAfter(0);
    const failure = (f: () => unknown): unknown => {
      try {
        f();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(calendarFailure(failure(() => calendar.insert(event('MTG-001'), 'externalOnly')))).toBe('calendar.error.quota');
    emulator.calendar.resetQuota();
    expect(calendarFailure(failure(() => calendar.patch('nope', {}, 'externalOnly')))).toBe('calendar.error.gone');
    emulator.user = { email: 'jean@example.org', locale: 'fr' };
    emulator.calendar.calendars.get(calendar.id)!.acl = { 'jean@example.org': 'reader' };
    expect(calendarFailure(failure(() => calendar.insert(event('MTG-002'), 'externalOnly')))).toBe('calendar.error.noWrite');
    expect(calendarFailure(new Error('We’re sorry, a server error occurred.'))).toBe('calendar.error.other');
  });
});
