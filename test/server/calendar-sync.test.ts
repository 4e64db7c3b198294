import { describe, expect, it } from 'vitest';
import { calendarApiCalls } from '../../emulator/calendar-api';
import { apiEventId } from '../../emulator/calendar-store';
import { COL, JEAN, LUCIA, MARINA, calendarWorkbook, type CalendarWorkbook } from './calendar-fixture';

const zero = { created: 0, updated: 0, cancelled: 0, unchanged: 0, failed: 0, remaining: 0 };

/** Syncs, and says what it cost the calendar (calls of the advanced service, and writes). */
function measuredSync(wb: CalendarWorkbook): { result: unknown; writes: number; calls: number } {
  wb.emulator.meter.reset();
  const writes = wb.emulator.calendar.writes;
  const result = wb.sync();
  return { result, writes: wb.emulator.calendar.writes - writes, calls: calendarApiCalls(wb.emulator.meter).calls + wb.emulator.meter.count('CalendarApp') };
}

const N = 6;

function syncedWorkbook(): { wb: CalendarWorkbook; ids: string[] } {
  const wb = calendarWorkbook();
  const ids = Array.from({ length: N }, (_, i) => wb.schedule({ title: `Réunion ${i}`, date: `2027-03-1${i}`, audience: ['all', 'Recife hub', 'Nantes hub'][i % 3] }));
  expect(wb.sync()).toMatchObject({ created: N });
  return { wb, ids };
}

/** Edits an event as someone would in Calendar (through the API, as Lúcia). */
function editByHand(wb: CalendarWorkbook, id: string, changes: GoogleAppsScript.Calendar.Schema.Event): void {
  wb.emulator.services.Calendar.Events.patch(changes, wb.calendarId(), String(wb.cell(id, COL.eventId)));
}

describe('syncCalendar: first run', () => {
  it('creates one event per planned meeting in one insert carrying everything', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({ title: 'Plénière', location: 'Visio', agenda: 'Bilan; budget', audience: 'all', timeZone: 'Europe/Paris', startTime: '14:00' });
    wb.emulator.meter.reset();
    expect(wb.sync()).toEqual({ ok: true, ...zero, created: 1 });
    expect(wb.emulator.meter.count('Calendar.Events.insert')).toBe(1);
    const event = wb.eventOf(id);
    expect(event).toMatchObject({
      calendarId: wb.calendarId(),
      title: 'Plénière',
      start: '2027-03-10T13:00:00.000Z',
      end: '2027-03-10T14:00:00.000Z',
      startTimeZone: 'Europe/Paris',
      location: 'Visio',
      sendUpdates: 'all',
      privateProperties: { mutiraoSpreadsheet: wb.ss.getId(), meetingId: id },
      iCalUID: `${id}.${wb.ss.getId()}@mutirao`,
    });
    expect(event?.description).toBe(`Bilan; budget\nRecife\u00a0: 10/03/2027 10:00\nNantes\u00a0: 10/03/2027 14:00\nClasseur du groupe de travail\u00a0: ${wb.ss.getUrl()}`);
    // Every active member, Lúcia included: the group calendar, not she, organizes.
    expect(event?.guests.sort()).toEqual([JEAN.email, LUCIA.email, MARINA.email].sort());
    expect(Object.prototype.toString.call(wb.cell(id, COL.synced))).toBe('[object Date]');
    expect([wb.cell(id, COL.going), wb.cell(id, COL.noReply), wb.cell(id, COL.videoLink)]).toEqual([0, 3, '']);
  });

  it('invites by audience, active members only', () => {
    const wb = calendarWorkbook();
    wb.promoteJean();
    wb.schedule({ title: 'Nantes', audience: 'Nantes hub' });
    wb.schedule({ title: 'Recife', audience: 'Recife hub' });
    wb.schedule({ title: 'Coord', audience: 'coordinators' });
    wb.sync();
    const guests = Object.fromEntries(wb.events().map((e) => [e.title, e.guests.sort()]));
    expect(guests).toEqual({ Nantes: [JEAN.email], Recife: [LUCIA.email, MARINA.email].sort(), Coord: [JEAN.email, LUCIA.email].sort() });
  });

  // Google's discovery document on sendUpdates=none: "can have significant adverse effects,
  // including events not syncing to external calendars or events being lost altogether".
  it('when Settings says no, emails only guests outside Google Calendar, never sending none, and the note says so', () => {
    const wb = calendarWorkbook();
    const settings = wb.ss.getSheetByName('Paramètres');
    const row = (settings?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === 'Envoyer les invitations') + 1;
    settings?.getRange(row, 2).setValue('non');
    expect(settings?.getRange(row, 3).getValue()).toContain('non\u00a0: les personnes qui utilisent Google Agenda ne reçoivent pas d’e-mail');
    const id = wb.schedule({});
    wb.sync();
    const sent = () => wb.emulator.calendar.events(true).map((e) => e.sendUpdates);
    expect(sent()).toEqual(['externalOnly']);
    wb.setCell(id, COL.title, 'Plénière');
    wb.sync();
    expect(sent()).toEqual(['externalOnly']);
    wb.setCell(id, COL.status, 'annulée');
    wb.sync();
    expect(sent()).toEqual(['externalOnly']);
  });
});

describe('syncCalendar: the cost of a rerun', () => {
  it('reads every event in one list and writes nothing, in the calendar or the sheet, when nothing changed', () => {
    const { wb } = syncedWorkbook();
    const before = JSON.stringify(wb.rows());
    for (let run = 0; run < 2; run++) {
      const { result, writes, calls } = measuredSync(wb);
      expect(result).toEqual({ ok: true, ...zero, unchanged: N });
      expect([writes, calls]).toEqual([0, 1]);
      expect(wb.emulator.meter.count('Range.setValues') + wb.emulator.meter.count('Range.setNotes')).toBe(0);
    }
    expect(JSON.stringify(wb.rows())).toBe(before);
  });

  it('puts back an event edited by hand in one patch, then is cheap again', () => {
    const { wb, ids } = syncedWorkbook();
    const [id] = ids as [string];
    editByHand(wb, id, { summary: 'Changé à la main', location: 'Ailleurs', attendees: [{ email: 'intrus@example.org' }] });
    const repair = measuredSync(wb);
    expect(repair).toMatchObject({ result: { ok: true, ...zero, updated: 1, unchanged: N - 1 }, writes: 1 });
    expect(wb.eventOf(id)).toMatchObject({ title: 'Réunion 0', location: '' });
    expect(wb.eventOf(id)?.guests.sort()).toEqual([JEAN.email, LUCIA.email, MARINA.email].sort());
    expect(measuredSync(wb)).toMatchObject({ result: { unchanged: N }, writes: 0, calls: 1 });
  });

  it('moves a meeting with one patch, the event kept', () => {
    const { wb, ids } = syncedWorkbook();
    const [moved] = ids as [string];
    const eventId = wb.cell(moved, COL.eventId);
    wb.setCell(moved, COL.start, '15:30');
    expect(measuredSync(wb)).toMatchObject({ result: { ok: true, ...zero, updated: 1, unchanged: N - 1 }, writes: 1 });
    expect(wb.cell(moved, COL.eventId)).toBe(eventId);
    expect(wb.eventOf(moved)).toMatchObject({ start: '2027-03-10T18:30:00.000Z', end: '2027-03-10T19:30:00.000Z' });
    expect([wb.cell(moved, COL.recife), wb.cell(moved, COL.nantes)]).toEqual(['10/03/2027 15:30', '10/03/2027 19:30']);
    expect(measuredSync(wb)).toMatchObject({ result: { unchanged: N }, writes: 0 });
  });

  it('updates guests when the members change, leaving out an inactive member', () => {
    const { wb } = syncedWorkbook();
    const members = wb.ss.getSheetByName('Membres');
    const row = (members?.getDataRange().getValues() ?? []).findIndex((r) => r[2] === JEAN.email) + 1;
    members?.getRange(row, 9).setValue('inactif');
    expect(wb.sync()).toMatchObject({ updated: 4, unchanged: N - 4 });
    expect(wb.events().some((e) => e.guests.includes(JEAN.email))).toBe(false);
  });
});

describe('syncCalendar: events deleted, cancelled, found again', () => {
  it('puts back an event deleted by hand with one write, and notes it on the row', () => {
    const { wb, ids } = syncedWorkbook();
    const [id] = ids as [string];
    const eventId = wb.cell(id, COL.eventId);
    const stored = wb.eventOf(id);
    if (stored) wb.emulator.calendar.deleteByHand(stored.id);
    expect(measuredSync(wb)).toMatchObject({ result: { ok: true, ...zero, updated: 1, unchanged: N - 1 }, writes: 1 });
    expect(wb.eventOf(id)?.status).toBe('confirmed');
    expect(wb.cell(id, COL.eventId)).toBe(eventId);
    expect(wb.events()).toHaveLength(N);
    expect(wb.note(id)).toContain('rétabli');
    expect(measuredSync(wb)).toMatchObject({ result: { unchanged: N }, writes: 0 });
    expect(wb.note(id)).toBe('');
  });

  it('inserts a new event when the one deleted by hand cannot be put back, with an iCalUID of its own (ours is still taken)', () => {
    const { wb, ids } = syncedWorkbook();
    const [id] = ids as [string];
    const old = wb.eventOf(id);
    if (!old) throw new Error('no event');
    wb.emulator.calendar.deleteByHand(old.id, { purged: true });
    expect(measuredSync(wb)).toMatchObject({ result: { ok: true, ...zero, created: 1, unchanged: N - 1 }, writes: 1 });
    const made = wb.eventOf(id);
    expect(made?.status).toBe('confirmed');
    expect(made?.id).not.toBe(old.id);
    expect(made?.iCalUID).not.toBe(old.iCalUID);
    expect(made?.privateProperties?.['meetingId']).toBe(id);
    expect(wb.events()).toHaveLength(N);
    expect(wb.note(id)).toContain('rétabli');
    // The next run finds the new event (the live one wins over the deleted one) and writes nothing.
    expect(measuredSync(wb)).toMatchObject({ result: { unchanged: N }, writes: 0 });
    expect(wb.eventOf(id)?.id).toBe(made?.id);
  });

  it('deletes the event of a cancelled meeting and clears its cells', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({});
    const other = wb.schedule({ date: '2027-03-11' });
    wb.sync();
    wb.setCell(id, COL.status, 'annulée');
    expect(wb.sync()).toEqual({ ok: true, ...zero, cancelled: 1, unchanged: 1 });
    expect(wb.events().map((e) => e.privateProperties?.['meetingId'])).toEqual([other]);
    expect([wb.cell(id, COL.eventId), wb.cell(id, COL.synced), wb.cell(id, COL.noReply)]).toEqual(['', '', '']);
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 2 });
  });

  it('finds the event by its private property when the Event ID cell was cleared or pasted over: never a second event', () => {
    const wb = calendarWorkbook();
    const first = wb.schedule({});
    const second = wb.schedule({ date: '2027-03-12' });
    wb.sync();
    const eventId = wb.cell(first, COL.eventId);
    wb.setCell(first, COL.eventId, '');
    wb.setCell(second, COL.eventId, eventId);
    const { writes } = measuredSync(wb);
    expect(writes).toBe(0);
    expect(wb.events()).toHaveLength(2);
    expect(wb.cell(first, COL.eventId)).toBe(eventId);
    expect(wb.cell(second, COL.eventId)).not.toBe(eventId);
  });

  it('takes over an event with its UID imported from the .ics, rather than failing or duplicating', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({});
    wb.sync();
    const calendarId = wb.calendarId();
    // As if the .ics had been imported into the group calendar: the UID, without our private identity.
    const stored = wb.emulator.calendar.eventsById.get(wb.eventOf(id)?.id ?? '');
    if (stored) stored.privateProperties = {};
    expect(wb.sync()).toMatchObject({ ok: true, updated: 1 });
    expect(wb.events().filter((e) => e.calendarId === calendarId)).toHaveLength(1);
    expect(wb.eventOf(id)?.privateProperties).toEqual({ mutiraoSpreadsheet: wb.ss.getId(), meetingId: id });
    expect(apiEventId(wb.eventOf(id)!)).toBe(wb.cell(id, COL.eventId));
  });
});

describe('syncCalendar: who may run it', () => {
  it('refuses a member, in their language, touching no calendar', () => {
    const wb = calendarWorkbook();
    wb.schedule({});
    wb.as(MARINA);
    wb.emulator.meter.reset();
    expect(wb.sync()).toEqual({ ok: false, errors: [{ field: 'form', message: 'Somente a coordenação pode sincronizar a agenda.' }] });
    expect(calendarApiCalls(wb.emulator.meter).calls + wb.emulator.meter.count('CalendarApp')).toBe(0);
    expect(wb.events()).toEqual([]);
    wb.as(JEAN);
    expect(wb.sync()).toEqual({ ok: false, errors: [{ field: 'form', message: "Seule la coordination peut synchroniser l’agenda." }] });
  });

  it('refuses while another sync holds the lease', () => {
    const wb = calendarWorkbook();
    wb.google.PropertiesService.getDocumentProperties().setProperty('mutirao.calendarSync', String(wb.emulator.now().getTime() + 60_000));
    expect(wb.sync()).toMatchObject({ ok: false, errors: [{ message: 'Uma sincronização da agenda já está em andamento. Tente de novo em alguns minutos.' }] });
    wb.emulator.advanceClock(61_000);
    expect(wb.sync()).toMatchObject({ ok: true });
  });

  it('records what it did in the Log and shows the counts in a toast', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({});
    wb.sync();
    const log = (wb.ss.getSheetByName('Journal')?.getDataRange().getValues() ?? []).slice(-2);
    expect(log.map((r) => [r[1], r[2], r[3]])).toEqual([
      [LUCIA.email, 'calendar.created', id],
      [LUCIA.email, 'calendar.sync', ''],
    ]);
    expect(log[1]?.[4]).toBe('created 1, updated 0, cancelled 0, unchanged 0, failed 0, remaining 0');
    expect(wb.emulator.spreadsheet.toasts.at(-1)?.message).toBe('Agenda sincronizada: 1 criada, 0 atualizada, 0 cancelada, 0 sem mudança, 0 com falha.');
  });
});
