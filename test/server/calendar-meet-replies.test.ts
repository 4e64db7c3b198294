import { describe, expect, it } from 'vitest';
import { apiEventId } from '../../emulator/calendar-store';
import { COL, JEAN, LUCIA, MARINA, calendarWorkbook } from './calendar-fixture';

const zero = { created: 0, updated: 0, cancelled: 0, unchanged: 0, failed: 0, remaining: 0 };

describe('Meet links', () => {
  it('asks for a Meet conference in the insert when Location is Google Meet, and writes the link to Video link', () => {
    const wb = calendarWorkbook();
    const meet = wb.schedule({ location: 'google meet' });
    const room = wb.schedule({ location: 'Salle 2', date: '2027-03-11' });
    expect(wb.sync()).toMatchObject({ created: 2 });
    const link = String(wb.cell(meet, COL.videoLink));
    expect(link).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(wb.eventOf(meet)?.conference?.status).toBe('success');
    expect(wb.cell(room, COL.videoLink)).toBe('');
    expect(wb.eventOf(room)?.conference).toBeUndefined();
    // The link stays; no second conference on a rerun.
    const writes = wb.emulator.calendar.writes;
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 2 });
    expect([wb.emulator.calendar.writes, wb.cell(meet, COL.videoLink)]).toEqual([writes, link]);
  });

  it('fills Video link on the next run when Google is still making the conference, with no calendar write', () => {
    const wb = calendarWorkbook();
    wb.emulator.calendar.conferencesPending = true;
    const id = wb.schedule({ location: 'Google Meet' });
    wb.sync();
    expect(wb.cell(id, COL.videoLink)).toBe('');
    const writes = wb.emulator.calendar.writes;
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 1 });
    expect(wb.cell(id, COL.videoLink)).toMatch(/^https:\/\/meet\.google\.com\//);
    expect(wb.emulator.calendar.writes).toBe(writes);
  });

  it('adds a Meet link with one patch when Location becomes Google Meet', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({ location: 'Salle 2' });
    wb.sync();
    wb.setCell(id, COL.location, 'Google Meet');
    const writes = wb.emulator.calendar.writes;
    expect(wb.sync()).toMatchObject({ updated: 1 });
    expect(wb.emulator.calendar.writes - writes).toBe(1);
    expect(wb.cell(id, COL.videoLink)).toMatch(/^https:\/\/meet\.google\.com\//);
  });
});

describe('replies', () => {
  it('counts the guests’ answers into Going, Maybe, Not going and No reply, with no calendar write', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({});
    wb.sync();
    const eventId = wb.eventOf(id)?.id ?? '';
    const counts = () => [COL.going, COL.maybe, COL.notGoing, COL.noReply].map((c) => wb.cell(id, c));
    expect(counts()).toEqual([0, 0, 0, 3]);
    wb.emulator.calendar.respond(eventId, JEAN.email, 'accepted');
    wb.emulator.calendar.respond(eventId, MARINA.email, 'tentative');
    const writes = wb.emulator.calendar.writes;
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 1 });
    expect(counts()).toEqual([1, 1, 0, 1]);
    wb.emulator.calendar.respond(eventId, LUCIA.email, 'declined');
    wb.sync();
    expect(counts()).toEqual([1, 1, 1, 0]);
    expect(wb.emulator.calendar.writes).toBe(writes);
  });

  it('keeps the answers given when the guest list changes', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({ audience: 'Recife hub' });
    wb.sync();
    wb.emulator.calendar.respond(wb.eventOf(id)?.id ?? '', MARINA.email, 'accepted');
    wb.setCell(id, COL.audience, 'tous');
    expect(wb.sync()).toMatchObject({ updated: 1 });
    expect(wb.eventOf(id)?.responses).toEqual({ [MARINA.email]: 'accepted' });
    expect([COL.going, COL.noReply].map((c) => wb.cell(id, c))).toEqual([1, 2]);
  });
});

describe('meetings synced by the CalendarApp version', () => {
  it('adopts their events from the default calendar into the group calendar: no duplicate, identity added', () => {
    const wb = calendarWorkbook();
    const ids = [wb.schedule({}), wb.schedule({ date: '2027-03-11' })];
    // What the old version left: an event in Lúcia's default calendar, tagged, its ID in the row.
    const calendar = wb.emulator.services.CalendarApp.getDefaultCalendar();
    for (const [i, id] of ids.entries()) {
      const old = calendar.createEvent('Réunion du groupe', new Date(`2027-03-1${i}T13:00:00Z`), new Date(`2027-03-1${i}T14:00:00Z`), { guests: `${JEAN.email},${MARINA.email}` });
      old.setTag('mutirao.meeting', `${wb.ss.getId()}/${id}`);
      wb.setCell(id, COL.eventId, old.getId());
    }
    expect(wb.sync()).toEqual({ ok: true, ...zero, updated: 2 });
    const events = wb.events();
    expect(events).toHaveLength(2);
    for (const id of ids) {
      const event = wb.eventOf(id);
      expect(event?.calendarId).toBe(wb.calendarId());
      expect(event?.privateProperties).toEqual({ mutiraoSpreadsheet: wb.ss.getId(), meetingId: id });
      expect(apiEventId(event!)).toBe(wb.cell(id, COL.eventId));
    }
    // Adopted once: the next run reads them in its one list.
    const writes = wb.emulator.calendar.writes;
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 2 });
    expect(wb.emulator.calendar.writes).toBe(writes);
  });

  it('adopts them in place when Settings already named a shared calendar', () => {
    const wb = calendarWorkbook();
    wb.emulator.calendar.addCalendar({ id: 'group@group.calendar.google.com', name: 'Groupe', owner: LUCIA.email, acl: {} });
    const settings = wb.ss.getSheetByName('Paramètres');
    const row = (settings?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === "ID de l’agenda") + 1;
    settings?.getRange(row, 2).setValue('group@group.calendar.google.com');
    const id = wb.schedule({});
    const old = wb.emulator.services.CalendarApp.getCalendarById('group@group.calendar.google.com')!.createEvent('Réunion du groupe', new Date('2027-03-10T13:00:00Z'), new Date('2027-03-10T14:00:00Z'));
    old.setTag('mutirao.meeting', `${wb.ss.getId()}/${id}`);
    wb.setCell(id, COL.synced, new Date());
    expect(wb.sync()).toEqual({ ok: true, ...zero, updated: 1 });
    expect(wb.events()).toHaveLength(1);
    expect(wb.eventOf(id)?.calendarId).toBe('group@group.calendar.google.com');
  });
});
