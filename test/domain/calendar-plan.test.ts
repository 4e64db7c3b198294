import { describe, expect, it } from 'vitest';
import { desiredEvent, guestsFor, scheduleOf, type Guest } from '../../src/domain/calendar-event';
import { recordsOf, type Meeting as MeetingRow, type Values } from '../../src/domain/records';

const meetingRows = (rows: { row: number; values: Values }[]) => recordsOf('meetings', { rows });
import { meetingOfSyncKey as meetingOfKey, PROPERTY_KEYS } from '../../src/properties';
import { belongsTo, decodeRecord, encodeRecord, eventChanges, eventFingerprint, lookupFor, planStep, writeCount, type EventState } from '../../src/domain/calendar-plan';

const members: Guest[] = [
  { email: 'Lucia@example.org', role: 'coordinator', hub: 'Recife', active: true },
  { email: 'marina@example.org', role: 'member', hub: 'Recife', active: true },
  { email: 'jean@example.org', role: 'coordinator', hub: 'Nantes', active: true },
  { email: 'old@example.org', role: 'member', hub: 'Nantes', active: false },
];

const [meeting] = meetingRows([
  {
    row: 2,
    values: { id: 'MTG-001', title: 'Plénière', date: '2027-03-28', start: '10:00', durationMinutes: 90, timeZone: 'America/Recife', location: 'Visio', audience: 'tous', agenda: 'Bilan', status: 'prévue', eventId: '', synced: '' },
  },
]) as [MeetingRow];

const schedule = scheduleOf(meeting);
const context = { members, sheetUrl: 'https://sheet', language: 'fr' as const };
const desired = schedule && desiredEvent(meeting, schedule, context);

function actualOf(overrides: Partial<EventState> = {}): EventState {
  if (!desired) throw new Error('no desired event');
  return { id: 'ev1', ...desired, guests: [...desired.guests], tag: 'sheet/MTG-001', ...overrides };
}

describe('meeting rows and their event', () => {
  it('reads labels in the workbook language and places the meeting at one exact instant', () => {
    expect(meeting.audience).toBe('all');
    expect(meeting.status).toBe('planned');
    // 10:00 in Recife (UTC−3) on the day Europe moves to summer time: 15:00 in Nantes.
    expect(schedule?.start.toISOString()).toBe('2027-03-28T13:00:00.000Z');
    expect(schedule?.end.toISOString()).toBe('2027-03-28T14:30:00.000Z');
    expect(desired?.description).toBe('Bilan\nRecife\u00a0: 28/03/2027 10:00\nNantes\u00a0: 28/03/2027 15:00\nClasseur du groupe de travail\u00a0: https://sheet');
  });

  it('reads numbers typed as text as the progress does, with either decimal mark', () => {
    const duration = (value: unknown) => meetingRows([{ row: 2, values: { durationMinutes: value } }])[0]?.durationMinutes;
    expect([duration('90'), duration(' 1,5 '), duration(1.5), duration(''), duration('1 h')]).toEqual([90, 1.5, 1.5, undefined, undefined]);
  });

  it('refuses rows it cannot place rather than guessing', () => {
    for (const change of [{ date: '28/03/2027' }, { start: '25:00' }, { timeZone: 'Recife' }, { durationMinutes: 5 }, { title: '' }, { id: '' }]) {
      expect(scheduleOf({ ...meeting, ...change })).toBeUndefined();
    }
  });

  it('invites by audience, active members only, lower-cased and sorted', () => {
    expect(guestsFor('all', members)).toEqual(['jean@example.org', 'lucia@example.org', 'marina@example.org']);
    expect(guestsFor('Recife hub', members)).toEqual(['lucia@example.org', 'marina@example.org']);
    expect(guestsFor('Nantes hub', members)).toEqual(['jean@example.org']);
    expect(guestsFor('coordinators', members)).toEqual(['jean@example.org', 'lucia@example.org']);
  });
});

describe('planStep', () => {
  const base = { meeting, desired, tag: 'sheet/MTG-001', ignoredGuests: new Set<string>() };

  it('creates when no event was found, and leaves an identical event alone', () => {
    expect(planStep({ ...base, actual: undefined }).kind).toBe('create');
    expect(planStep({ ...base, actual: actualOf() })).toEqual({ kind: 'unchanged', eventId: 'ev1' });
  });

  it('lists exactly what differs, guests added and removed', () => {
    const actual = actualOf({ start: new Date(0), title: 'Old', guests: ['lucia@example.org', 'someone@example.org'] });
    const changes = eventChanges(desired!, actual, 'sheet/MTG-001', new Set());
    expect(changes).toEqual({
      time: true, title: true, description: false, location: false,
      addGuests: ['jean@example.org', 'marina@example.org'], removeGuests: ['someone@example.org'], tag: false,
    });
    expect(writeCount(changes)).toBe(5);
  });

  it('ignores the calendar owner among guests, and line-end differences in the description', () => {
    const actual = actualOf({ guests: ['jean@example.org', 'marina@example.org'], description: `${desired!.description.replace(/\n/g, '\r\n')}\n` });
    expect(planStep({ ...base, ignoredGuests: new Set(['lucia@example.org']), actual }).kind).toBe('unchanged');
  });

  it('deletes the event of a cancelled meeting, and does nothing when there is none', () => {
    const cancelled = { ...meeting, status: 'cancelled' as const };
    expect(planStep({ ...base, meeting: cancelled, actual: actualOf() })).toEqual({ kind: 'delete', eventId: 'ev1' });
    expect(planStep({ ...base, meeting: cancelled, actual: undefined })).toEqual({ kind: 'none' });
  });

  it('reports a planned row that cannot be placed', () => {
    expect(planStep({ ...base, desired: undefined, actual: undefined }).kind).toBe('invalid');
    expect(planStep({ ...base, meeting: { ...meeting, status: undefined }, actual: undefined }).kind).toBe('invalid');
  });
});

describe('finding the event', () => {
  it('looks by ID, then by tag; a cancelled meeting never synced is not looked for', () => {
    expect(lookupFor({ ...meeting, eventId: 'ev1' }, schedule)).toEqual({ byId: 'ev1', byTag: true });
    expect(lookupFor({ ...meeting, status: 'cancelled' }, schedule)).toEqual({ byId: undefined, byTag: false });
    expect(lookupFor({ ...meeting, status: 'cancelled', synced: true }, schedule)).toEqual({ byId: undefined, byTag: true });
  });

  it('takes an untagged event found by ID (a run stopped before tagging) but never another meeting’s', () => {
    expect(belongsTo(null, 'sheet/MTG-001')).toBe(true);
    expect(belongsTo('sheet/MTG-001', 'sheet/MTG-001')).toBe(true);
    expect(belongsTo('sheet/MTG-002', 'sheet/MTG-001')).toBe(false);
  });
});

describe('what the sync remembers of an event', () => {
  it('fingerprints everything it writes, and nothing else', () => {
    if (!desired) throw new Error('no desired event');
    const fingerprint = eventFingerprint(desired, 'sheet/MTG-001', 'cal@example.org');
    expect(fingerprint).toMatch(/^[0-9a-z]{22}$/);
    // Guests in another order or case, or the calendar ID's case, are the same event.
    expect(eventFingerprint({ ...desired, guests: [...desired.guests].reverse().map((g) => g.toUpperCase()) }, 'sheet/MTG-001', 'CAL@example.org')).toBe(fingerprint);
    const changes = [
      eventFingerprint({ ...desired, title: `${desired.title} ` }, 'sheet/MTG-001', 'cal@example.org'),
      eventFingerprint({ ...desired, start: new Date(desired.start.getTime() + 1) }, 'sheet/MTG-001', 'cal@example.org'),
      eventFingerprint({ ...desired, end: new Date(desired.end.getTime() + 60_000) }, 'sheet/MTG-001', 'cal@example.org'),
      eventFingerprint({ ...desired, description: `${desired.description}.` }, 'sheet/MTG-001', 'cal@example.org'),
      eventFingerprint({ ...desired, location: 'Nantes' }, 'sheet/MTG-001', 'cal@example.org'),
      eventFingerprint({ ...desired, guests: desired.guests.slice(1) }, 'sheet/MTG-001', 'cal@example.org'),
      eventFingerprint(desired, 'other-sheet/MTG-001', 'cal@example.org'),
      eventFingerprint(desired, 'sheet/MTG-001', 'group@group.calendar.google.com'),
    ];
    expect(new Set([fingerprint, ...changes]).size).toBe(changes.length + 1);
  });

  it('keeps a record in one short property per meeting, and ignores anything that is not one', () => {
    const record = { eventId: 'abc|123@google.com', lastUpdated: Date.UTC(2027, 2, 10, 13, 0, 0, 5), fingerprint: '0123456789abcdefghijkl' };
    expect(decodeRecord(encodeRecord(record))).toEqual(record);
    expect(encodeRecord(record).length).toBeLessThan(60);
    for (const text of [null, undefined, '', 'not a record', 'v0|1|abc|ev', 'v1|1|abc|', 'v1|zzzzzzzzzzzzz|abc|ev']) expect(decodeRecord(text)).toBeUndefined();
    expect(PROPERTY_KEYS.sync('MTG-001')).toBe('mutirao.sync.MTG-001');
    expect(meetingOfKey('mutirao.sync.MTG-001')).toBe('MTG-001');
    expect(meetingOfKey('mutirao.calendarSync')).toBeUndefined();
  });
});
