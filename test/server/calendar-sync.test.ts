import { describe, expect, it } from 'vitest';
import { COL, JEAN, LUCIA, MARINA, calendarWorkbook, type CalendarWorkbook } from './calendar-fixture';

const zero = { created: 0, updated: 0, cancelled: 0, unchanged: 0, failed: 0, remaining: 0 };

/** Calls to CalendarApp and the objects it hands out: each takes tens of ms on Apps Script. */
function calendarCalls(wb: CalendarWorkbook): number {
  return ['CalendarApp', 'Calendar', 'CalendarEvent', 'EventGuest'].reduce((sum, service) => sum + wb.emulator.meter.count(service), 0);
}

/** Syncs, and says what it cost the calendar. */
function measuredSync(wb: CalendarWorkbook): { result: unknown; writes: number; calls: number } {
  wb.emulator.meter.reset();
  const writes = wb.emulator.calendar.writes;
  const result = wb.sync();
  return { result, writes: wb.emulator.calendar.writes - writes, calls: calendarCalls(wb) };
}

const N = 6;

function syncedWorkbook(): { wb: CalendarWorkbook; ids: string[] } {
  const wb = calendarWorkbook();
  const ids = Array.from({ length: N }, (_, i) => wb.schedule({ title: `Réunion ${i}`, date: `2027-03-1${i}`, audience: ['all', 'Recife hub', 'Nantes hub'][i % 3] }));
  expect(wb.sync()).toMatchObject({ created: N });
  return { wb, ids };
}

const eventOf = (wb: CalendarWorkbook, id: string) => wb.emulator.services.CalendarApp.getDefaultCalendar().getEventById(String(wb.cell(id, COL.eventId)));

describe('syncCalendar: first run', () => {
  it('creates one event per planned meeting, with everything the invitation needs', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({ title: 'Plénière', location: 'Visio', agenda: 'Bilan; budget', audience: 'all' });
    expect(wb.sync()).toEqual({ ok: true, ...zero, created: 1 });
    const [event] = wb.events();
    expect(event).toMatchObject({
      calendarId: LUCIA.email,
      title: 'Plénière',
      start: '2027-03-10T13:00:00.000Z',
      end: '2027-03-10T14:00:00.000Z',
      location: 'Visio',
      sendInvites: true,
      tags: { 'mutirao.meeting': `${wb.ss.getId()}/${id}` },
    });
    expect(event?.description).toBe(`Bilan; budget\nRecife\u00a0: 10/03/2027 10:00\nNantes\u00a0: 10/03/2027 14:00\nClasseur du groupe de travail\u00a0: ${wb.ss.getUrl()}`);
    // The organizer (Lúcia) is the calendar's owner, not a guest.
    expect(event?.guests.sort()).toEqual([JEAN.email, MARINA.email]);
    expect(wb.cell(id, COL.eventId)).toBe(event?.id);
    expect(Object.prototype.toString.call(wb.cell(id, COL.synced))).toBe('[object Date]');
  });

  it('invites by audience: a hub, or the coordinators', () => {
    const wb = calendarWorkbook();
    wb.promoteJean();
    wb.schedule({ title: 'Nantes', audience: 'Nantes hub' });
    wb.schedule({ title: 'Recife', audience: 'Recife hub' });
    wb.schedule({ title: 'Coord', audience: 'coordinators' });
    wb.sync();
    const guests = Object.fromEntries(wb.events().map((e) => [e.title, e.guests.sort()]));
    expect(guests).toEqual({ Nantes: [JEAN.email], Recife: [MARINA.email], Coord: [JEAN.email] });
  });

  it('uses the calendar named in Settings and its invitation setting', () => {
    const wb = calendarWorkbook();
    wb.emulator.calendar.addCalendar({ id: 'group@group.calendar.google.com', name: 'Mutirão' });
    const settings = wb.ss.getSheetByName('Paramètres');
    const values = settings?.getDataRange().getValues() ?? [];
    const rowOf = (label: string) => values.findIndex((r) => r[0] === label) + 1;
    settings?.getRange(rowOf("ID de l’agenda"), 2).setValue('group@group.calendar.google.com');
    settings?.getRange(rowOf('Envoyer les invitations'), 2).setValue('non');
    wb.schedule({});
    wb.sync();
    expect(wb.events().map((e) => [e.calendarId, e.sendInvites])).toEqual([['group@group.calendar.google.com', false]]);
  });

  it('refuses a calendar that does not exist, in the caller’s language, creating nothing', () => {
    const wb = calendarWorkbook();
    const settings = wb.ss.getSheetByName('Paramètres');
    const row = (settings?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === "ID de l’agenda") + 1;
    settings?.getRange(row, 2).setValue('nope@group.calendar.google.com');
    wb.schedule({});
    expect(wb.sync()).toEqual({ ok: false, errors: [{ field: 'form', message: 'A agenda “nope@group.calendar.google.com” (Configurações › ID da agenda) não foi encontrada, ou você não pode editá-la.' }] });
    expect(wb.events()).toEqual([]);
    // The lease is released: the next run is not told a sync is running.
    settings?.getRange(row, 2).setValue('');
    expect(wb.sync()).toMatchObject({ ok: true, created: 1 });
  });
});

describe('syncCalendar: idempotence', () => {
  it('makes no calendar write, and no sheet write, on three reruns', () => {
    const wb = calendarWorkbook();
    for (let i = 0; i < 3; i++) wb.schedule({ title: `Réunion ${i}`, date: `2027-03-1${i}` });
    wb.sync();
    const writes = wb.emulator.calendar.writes;
    const before = JSON.stringify(wb.rows());
    for (let run = 0; run < 3; run++) {
      wb.emulator.meter.reset();
      expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 3 });
      expect(wb.emulator.calendar.writes).toBe(writes);
      expect(wb.emulator.meter.count('Range.setValues') + wb.emulator.meter.count('Range.setNotes')).toBe(0);
    }
    expect(JSON.stringify(wb.rows())).toBe(before);
    expect(wb.events()).toHaveLength(3);
  });

  it('is the same whoever syncs: a Nantes coordinator speaking another language changes nothing', () => {
    const wb = calendarWorkbook();
    wb.promoteJean();
    wb.schedule({});
    wb.sync();
    const writes = wb.emulator.calendar.writes;
    wb.as(JEAN);
    // Jean's default calendar is not Lúcia's: point Settings at hers, as a shared calendar.
    const settings = wb.ss.getSheetByName('Paramètres');
    const row = (settings?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === "ID de l’agenda") + 1;
    settings?.getRange(row, 2).setValue(LUCIA.email);
    // The description stays in the workbook's language, not Jean's, and Lúcia stays the owner.
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 1 });
    expect(wb.emulator.calendar.writes).toBe(writes);
  });
});

describe('syncCalendar: the cost of a rerun', () => {
  it('reads no event in full when nothing changed: no write, at most 3 calendar calls a meeting', () => {
    const { wb } = syncedWorkbook();
    for (let run = 0; run < 2; run++) {
      const { result, writes, calls } = measuredSync(wb);
      expect(result).toEqual({ ok: true, ...zero, unchanged: N });
      expect(writes).toBe(0);
      expect(calls).toBeLessThanOrEqual(3 * N);
      // No property, guest or tag of any event is read.
      expect(wb.emulator.meter.count('EventGuest') + wb.emulator.meter.count('CalendarEvent.getTitle') + wb.emulator.meter.count('CalendarEvent.getTag')).toBe(0);
      // Nothing new to remember either: one read of the records, no write.
      expect([wb.emulator.meter.count('Properties.getProperties'), wb.emulator.meter.count('Properties.setProperties')]).toEqual([1, 0]);
    }
  });

  it('still puts back an event edited by hand in Calendar, then is cheap again', () => {
    const { wb, ids } = syncedWorkbook();
    const [id] = ids as [string];
    const event = eventOf(wb, id);
    event?.setTitle('Changé à la main');
    event?.setLocation('Ailleurs');
    event?.addGuest('intrus@example.org');
    const repair = measuredSync(wb);
    expect(repair.result).toEqual({ ok: true, ...zero, updated: 1, unchanged: N - 1 });
    expect(repair.writes).toBe(3);
    expect(wb.events().find((e) => e.id === wb.cell(id, COL.eventId))).toMatchObject({ title: 'Réunion 0', location: '', guests: [JEAN.email, MARINA.email] });
    const after = measuredSync(wb);
    expect(after).toMatchObject({ result: { ok: true, ...zero, unchanged: N }, writes: 0 });
    expect(after.calls).toBeLessThanOrEqual(3 * N);
  });

  it('puts back a tag changed by hand, and recreates an event deleted by hand', () => {
    const { wb, ids } = syncedWorkbook();
    const [tagged, deleted] = ids as [string, string];
    eventOf(wb, tagged)?.setTag('mutirao.meeting', `${wb.ss.getId()}/MTG-999`);
    const deletedId = wb.cell(deleted, COL.eventId);
    eventOf(wb, deleted)?.deleteEvent();
    expect(wb.sync()).toEqual({ ok: true, ...zero, created: 2, unchanged: N - 2 });
    // The retagged event now belongs to no meeting of ours: left alone, and a new one made.
    expect(wb.events()).toHaveLength(N + 1);
    expect(wb.cell(deleted, COL.eventId)).not.toBe(deletedId);
    expect(wb.events().filter((e) => e.tags['mutirao.meeting'] === `${wb.ss.getId()}/${tagged}`)).toHaveLength(1);
    expect(measuredSync(wb)).toMatchObject({ result: { unchanged: N }, writes: 0 });
  });

  it('updates a meeting whose row changed, and only that one', () => {
    const { wb, ids } = syncedWorkbook();
    const [moved, renamed] = ids as [string, string];
    wb.setCell(moved, COL.start, '15:30');
    wb.setCell(renamed, COL.title, 'Plénière');
    const { result, writes } = measuredSync(wb);
    expect(result).toEqual({ ok: true, ...zero, updated: 2, unchanged: N - 2 });
    // Time and description for the move, the title for the other.
    expect(writes).toBe(3);
    expect(wb.events().map((e) => e.title)).toContain('Plénière');
    expect(measuredSync(wb)).toMatchObject({ result: { unchanged: N }, writes: 0 });
  });

  it('updates guests when the members change, though no meeting row did', () => {
    const { wb } = syncedWorkbook();
    const members = wb.ss.getSheetByName('Membres');
    const row = (members?.getDataRange().getValues() ?? []).findIndex((r) => r[2] === JEAN.email) + 1;
    members?.getRange(row, 9).setValue('inactif');
    expect(wb.sync()).toMatchObject({ updated: 4, unchanged: N - 4 });
    expect(wb.events().some((e) => e.guests.includes(JEAN.email))).toBe(false);
  });

  it('compares in full when its records are lost, finds nothing to write, and remembers again', () => {
    const { wb } = syncedWorkbook();
    const properties = wb.google.PropertiesService.getDocumentProperties();
    for (const key of properties.getKeys()) if (key.startsWith('mutirao.sync.')) properties.deleteProperty(key);
    properties.setProperty('mutirao.sync.MTG-777', 'not a record');
    const full = measuredSync(wb);
    expect(full).toMatchObject({ result: { ok: true, ...zero, unchanged: N }, writes: 0 });
    expect(full.calls).toBeGreaterThan(3 * N);
    const cheap = measuredSync(wb);
    expect(cheap).toMatchObject({ result: { unchanged: N }, writes: 0 });
    expect(cheap.calls).toBeLessThanOrEqual(3 * N);
    // A key no meeting has is dropped.
    expect(properties.getProperty('mutirao.sync.MTG-777')).toBeNull();
  });

  it('forgets a cancelled meeting and a deleted row, keeping one short property per meeting', () => {
    const { wb, ids } = syncedWorkbook();
    const properties = wb.google.PropertiesService.getDocumentProperties();
    const recordKeys = () => properties.getKeys().filter((k) => k.startsWith('mutirao.sync.')).sort();
    expect(recordKeys()).toEqual(ids.map((id) => `mutirao.sync.${id}`).sort());
    for (const key of recordKeys()) expect((properties.getProperty(key) ?? '').length).toBeLessThan(120);
    const [cancelled, removed] = ids as [string, string];
    wb.setCell(cancelled, COL.status, 'annulée');
    wb.sheet().deleteRow(2 + wb.rows().findIndex((r) => r[COL.id] === removed));
    expect(wb.sync()).toMatchObject({ cancelled: 1, unchanged: N - 2 });
    expect(recordKeys()).toEqual(ids.slice(2).map((id) => `mutirao.sync.${id}`).sort());
  });

  it('does not trust a record for another Event ID or another calendar', () => {
    const { wb, ids } = syncedWorkbook();
    const [first, second] = ids as [string, string];
    wb.setCell(second, COL.eventId, wb.cell(first, COL.eventId));
    expect(wb.sync()).toMatchObject({ unchanged: N });
    expect(wb.cell(second, COL.eventId)).not.toBe(wb.cell(first, COL.eventId));
    // Another calendar in Settings: the events are made there, not assumed to be there.
    wb.emulator.calendar.addCalendar({ id: 'group@group.calendar.google.com', name: 'Mutirão' });
    const settings = wb.ss.getSheetByName('Paramètres');
    const row = (settings?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === "ID de l’agenda") + 1;
    settings?.getRange(row, 2).setValue('group@group.calendar.google.com');
    expect(wb.sync()).toMatchObject({ created: N });
    expect(wb.events().filter((e) => e.calendarId === 'group@group.calendar.google.com')).toHaveLength(N);
  });
});

describe('syncCalendar: changes', () => {
  it('moves an event in place when the meeting moves', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({});
    wb.sync();
    const eventId = wb.cell(id, COL.eventId);
    wb.setCell(id, COL.start, '15:30');
    wb.emulator.calendar.writes = 0;
    expect(wb.sync()).toEqual({ ok: true, ...zero, updated: 1 });
    const [event] = wb.events();
    expect(wb.events()).toHaveLength(1);
    expect(event?.id).toBe(eventId);
    expect([event?.start, event?.end]).toEqual(['2027-03-10T18:30:00.000Z', '2027-03-10T19:30:00.000Z']);
    // The time and the description (which shows both cities' times) are the only writes.
    expect(wb.emulator.calendar.writes).toBe(2);
    expect(wb.cell(id, COL.recife)).toBe('10/03/2027 15:30');
    expect(wb.cell(id, COL.nantes)).toBe('10/03/2027 19:30');
  });

  it('adds and removes guests when the audience changes, and repairs an event edited by hand', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({ audience: 'Nantes hub' });
    wb.sync();
    wb.setCell(id, COL.audience, 'pôle Recife');
    wb.emulator.services.CalendarApp.getDefaultCalendar().getEventById(String(wb.cell(id, COL.eventId)))?.setTitle('Changed by hand');
    expect(wb.sync()).toMatchObject({ updated: 1 });
    expect(wb.events()[0]).toMatchObject({ title: 'Réunion du groupe', guests: [MARINA.email] });
  });

  it('deletes the event of a cancelled meeting and clears its Event ID', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({});
    const other = wb.schedule({ date: '2027-03-11' });
    wb.sync();
    wb.setCell(id, COL.status, 'annulée');
    expect(wb.sync()).toEqual({ ok: true, ...zero, cancelled: 1, unchanged: 1 });
    expect(wb.events().map((e) => e.tags['mutirao.meeting'])).toEqual([`${wb.ss.getId()}/${other}`]);
    expect([wb.cell(id, COL.eventId), wb.cell(id, COL.synced)]).toEqual(['', '']);
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 2 });
  });

  it('finds the event again by its tag when the Event ID cell was cleared: never a second event', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({});
    wb.sync();
    const eventId = wb.cell(id, COL.eventId);
    wb.setCell(id, COL.eventId, '');
    const writes = wb.emulator.calendar.writes;
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 1 });
    expect(wb.events()).toHaveLength(1);
    expect(wb.cell(id, COL.eventId)).toBe(eventId);
    expect(wb.emulator.calendar.writes).toBe(writes);
  });

  it('finds it too when the cell was cleared and the meeting cancelled', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({});
    wb.sync();
    wb.setCell(id, COL.eventId, '');
    wb.setCell(id, COL.status, 'annulée');
    expect(wb.sync()).toMatchObject({ cancelled: 1 });
    expect(wb.events()).toEqual([]);
  });

  it('never takes another meeting’s event when an Event ID was pasted into the wrong row', () => {
    const wb = calendarWorkbook();
    const first = wb.schedule({});
    const second = wb.schedule({ date: '2027-03-12' });
    wb.sync();
    wb.setCell(second, COL.eventId, wb.cell(first, COL.eventId));
    expect(wb.sync()).toMatchObject({ unchanged: 2 });
    expect(wb.events()).toHaveLength(2);
    expect(wb.cell(second, COL.eventId)).not.toBe(wb.cell(first, COL.eventId));
  });
});

describe('syncCalendar: who may run it', () => {
  it('refuses a member, in their language, touching no calendar', () => {
    const wb = calendarWorkbook();
    wb.schedule({});
    wb.as(MARINA);
    wb.emulator.meter.reset();
    expect(wb.sync()).toEqual({ ok: false, errors: [{ field: 'form', message: 'Somente a coordenação pode sincronizar a agenda.' }] });
    expect(wb.emulator.meter.count('CalendarApp') + wb.emulator.meter.count('Calendar')).toBe(0);
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
