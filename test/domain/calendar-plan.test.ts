import { describe, expect, it } from 'vitest';
import { desiredEvent, guestsFor, scheduleOf, unplaceableColumn, type Guest } from '../../src/domain/calendar-event';
import { recordsOf, type Meeting as MeetingRow, type Values } from '../../src/domain/records';

const meetingRows = (rows: { row: number; values: Values }[]) => recordsOf('meetings', { rows });
import { eventFields, planStep, repliesOf, wantsMeet, type EventState } from '../../src/domain/calendar-plan';

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
  return {
    id: 'ev1',
    cancelled: false,
    title: desired.title,
    description: desired.description,
    location: desired.location,
    start: desired.start.getTime(),
    end: desired.end.getTime(),
    timeZone: desired.timeZone,
    guests: desired.guests.map((email) => ({ email, answer: 'needsAction' as const })),
    identified: true,
    videoLink: '',
    conferenceAsked: false,
    ...overrides,
  };
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

  it('names the first cell that keeps a row from being placed', () => {
    expect(unplaceableColumn(meeting)).toBeUndefined();
    const cases: [Partial<MeetingRow>, string][] = [
      [{ id: '' }, 'id'], [{ title: '' }, 'title'], [{ date: '28/03/2027' }, 'date'], [{ start: '25:00' }, 'start'],
      [{ durationMinutes: 5 }, 'durationMinutes'], [{ timeZone: 'Recife' }, 'timeZone'], [{ status: undefined }, 'status'],
    ];
    for (const [change, column] of cases) expect(unplaceableColumn({ ...meeting, ...change })).toBe(column);
  });

  it('invites by audience, active members only, lower-cased and sorted', () => {
    expect(guestsFor('all', members)).toEqual(['jean@example.org', 'lucia@example.org', 'marina@example.org']);
    expect(guestsFor('Recife hub', members)).toEqual(['lucia@example.org', 'marina@example.org']);
    expect(guestsFor('Nantes hub', members)).toEqual(['jean@example.org']);
    expect(guestsFor('coordinators', members)).toEqual(['jean@example.org', 'lucia@example.org']);
  });
});

describe('planStep', () => {
  const base = { meeting, desired, ignoredGuests: new Set<string>() };

  it('creates when no event was found, and leaves an identical event alone', () => {
    expect(planStep({ ...base, actual: undefined }).kind).toBe('create');
    expect(planStep({ ...base, actual: actualOf() })).toEqual({ kind: 'unchanged', eventId: 'ev1' });
  });

  it('patches exactly what differs: the whole guest list with the answers already given', () => {
    const actual = actualOf({ start: 0, title: 'Old', guests: [{ email: 'Lucia@example.org', answer: 'accepted' }, { email: 'someone@example.org', answer: 'declined' }] });
    expect(eventFields(desired!, actual, new Set())).toEqual({
      title: 'Plénière',
      time: { start: desired!.start, end: desired!.end, timeZone: 'America/Recife' },
      guests: [
        { email: 'jean@example.org', answer: 'needsAction' },
        { email: 'lucia@example.org', answer: 'accepted' },
        { email: 'marina@example.org', answer: 'needsAction' },
      ],
    });
  });

  it('moves the event to the meeting’s zone even when the instant is the same', () => {
    expect(eventFields(desired!, actualOf({ timeZone: 'Europe/Paris' }), new Set())).toHaveProperty('time');
  });

  it('adopts an event without our identity, and asks for a Meet link once', () => {
    const meet = { ...desired!, location: 'google meet' };
    expect(eventFields(desired!, actualOf({ identified: false }), new Set())).toEqual({ identity: true });
    expect(eventFields(meet, actualOf({ location: 'google meet' }), new Set())).toEqual({ conference: true });
    expect(eventFields(meet, actualOf({ location: 'google meet', conferenceAsked: true }), new Set())).toEqual({});
  });

  it('ignores the calendar among guests, and line-end differences in the description', () => {
    const actual = actualOf({ guests: [{ email: 'jean@example.org', answer: 'needsAction' }, { email: 'marina@example.org', answer: 'needsAction' }], description: `${desired!.description.replace(/\n/g, '\r\n')}\n` });
    expect(planStep({ ...base, ignoredGuests: new Set(['lucia@example.org']), actual }).kind).toBe('unchanged');
  });

  it('puts back an event deleted by hand while its meeting is planned, in the same patch as any change', () => {
    expect(planStep({ ...base, actual: actualOf({ cancelled: true }) })).toEqual({ kind: 'patch', eventId: 'ev1', fields: { restore: true }, restored: true });
    expect(planStep({ ...base, actual: actualOf({ cancelled: true, title: 'Old' }) })).toMatchObject({ fields: { restore: true, title: 'Plénière' } });
  });

  it('deletes the event of a cancelled meeting, and does nothing when there is none or it is already deleted', () => {
    const cancelled = { ...meeting, status: 'cancelled' as const };
    expect(planStep({ ...base, meeting: cancelled, actual: actualOf() })).toEqual({ kind: 'delete', eventId: 'ev1' });
    expect(planStep({ ...base, meeting: cancelled, actual: undefined })).toEqual({ kind: 'none' });
    expect(planStep({ ...base, meeting: cancelled, actual: actualOf({ cancelled: true }) })).toEqual({ kind: 'none' });
  });

  it('reports a planned row that cannot be placed', () => {
    expect(planStep({ ...base, desired: undefined, actual: undefined }).kind).toBe('invalid');
    expect(planStep({ ...base, meeting: { ...meeting, status: undefined }, actual: undefined }).kind).toBe('invalid');
  });
});

describe('Meet links and replies', () => {
  it('knows “Google Meet” however it is typed, and nothing else', () => {
    expect(['Google Meet', 'google meet', ' GOOGLE MEET ', 'GoogleMeet'].map(wantsMeet)).toEqual([true, true, true, true]);
    expect(['Meet', 'Google Meet Recife', 'Zoom', ''].map(wantsMeet)).toEqual([false, false, false, false]);
  });

  it('counts each answer, the calendar itself left out', () => {
    const guests = [
      { email: 'a@x.org', answer: 'accepted' as const },
      { email: 'b@x.org', answer: 'accepted' as const },
      { email: 'c@x.org', answer: 'tentative' as const },
      { email: 'd@x.org', answer: 'declined' as const },
      { email: 'e@x.org', answer: 'needsAction' as const },
      { email: 'Group@x.org', answer: 'accepted' as const },
    ];
    expect(repliesOf({ guests }, new Set(['group@x.org']))).toEqual({ going: 2, maybe: 1, notGoing: 1, noReply: 1 });
  });
});
