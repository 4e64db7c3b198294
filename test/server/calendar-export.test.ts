import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { showCalendarExport } from '../../src/server/calendar';
import { COL, MARINA, calendarWorkbook } from './calendar-fixture';

describe('exportCalendarIcs', () => {
  it('gives anyone the planned meetings as RFC 5545 text that an independent parser reads back', () => {
    const wb = calendarWorkbook();
    wb.emulator.textRule = 'plain-text-trusted'; // Former text rule until src writes user text as rich text (issue 10): see emulator/README.md.
    const id = wb.schedule({ title: '=Plénière, bilan; suite', location: 'Salle 3, bâtiment B', agenda: 'Ordre du jour\u00a0:\n1. Budget\\2028', date: '2027-03-27', startTime: '14:00' });
    const cancelled = wb.schedule({ title: 'Annulée', date: '2027-03-29' });
    wb.setCell(cancelled, COL.status, 'annulée');
    wb.as(MARINA);
    const result = wb.exportIcs();
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.filename).toMatch(/^mutirao-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(result.ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const events = new ICAL.Component(ICAL.parse(result.ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.uid).toBe(`${id}.${wb.ss.getId()}@mutirao`);
    expect(event?.summary).toBe('=Plénière, bilan; suite');
    expect(event?.location).toBe('Salle 3, bâtiment B');
    expect(event?.description).toBe(`Ordre du jour\u00a0:\n1. Budget\\2028\nRecife\u00a0: 27/03/2027 14:00\nNantes\u00a0: 27/03/2027 18:00\nClasseur du groupe de travail\u00a0: ${wb.ss.getUrl()}`);
    expect(event?.startDate.toJSDate().toISOString()).toBe('2027-03-27T17:00:00.000Z');
    expect(event?.endDate.toJSDate().toISOString()).toBe('2027-03-27T18:00:00.000Z');
  });

  it('carries the Meet link of a synced meeting: URL, location and description, as an independent parser reads them', () => {
    const wb = calendarWorkbook();
    const online = wb.schedule({ title: 'En ligne', location: 'Google Meet', date: '2027-03-27' });
    const room = wb.schedule({ title: 'Salle', location: 'Salle 3', date: '2027-03-28' });
    wb.sync();
    // A link typed by hand for the room meeting (a coordinator's own visio).
    wb.setCell(room, COL.videoLink, 'https://meet.google.com/abc-defg-hij');
    const link = String(wb.cell(online, COL.videoLink));
    expect(link).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    wb.as(MARINA);
    const result = wb.exportIcs();
    if (!result.ok) throw new Error(result.errors[0]?.message);
    const components = new ICAL.Component(ICAL.parse(result.ics)).getAllSubcomponents('vevent');
    const byTitle = Object.fromEntries(components.map((c) => [String(c.getFirstPropertyValue('summary')), c]));
    const meet = byTitle['En ligne'];
    expect(meet?.getFirstPropertyValue('url')).toBe(link);
    expect(meet?.getFirstPropertyValue('location')).toBe(link);
    // The description is in the workbook's language (French here), like the rest of it.
    expect(String(meet?.getFirstPropertyValue('description')).endsWith(`\nVisioconférence\u00a0: ${link}`)).toBe(true);
    const inRoom = byTitle['Salle'];
    expect(inRoom?.getFirstPropertyValue('url')).toBe('https://meet.google.com/abc-defg-hij');
    expect(inRoom?.getFirstPropertyValue('location')).toBe('Salle 3 · https://meet.google.com/abc-defg-hij');
  });

  it('leaves out a video link that is not a plain https link (text typed in the cell)', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({});
    wb.setCell(id, COL.videoLink, 'javascript:alert(1)');
    const result = wb.exportIcs();
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.ics).not.toMatch(/^URL:/m);
    expect(result.ics).not.toContain('javascript');
  });

  it('keeps each meeting’s UID from one export to the next', () => {
    const wb = calendarWorkbook();
    wb.schedule({});
    const uids = () => {
      const result = wb.exportIcs();
      return result.ok ? [...result.ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]) : [];
    };
    const first = uids();
    wb.schedule({ date: '2027-03-01' });
    expect(uids()).toEqual([...first, expect.stringMatching(/^MTG-002\./)]);
  });

  it('opens a dialog with a download link whose data: URL holds the file, escaped', () => {
    const wb = calendarWorkbook();
    wb.schedule({ title: '<b>"Plénière"</b> & co' });
    showCalendarExport(wb.google);
    const dialog = wb.emulator.ui.dialogs.at(-1);
    expect(dialog?.title).toBe('Exportar a agenda (.ics)');
    const href = /href="([^"]*)"/.exec(dialog?.html ?? '')?.[1] ?? '';
    expect(dialog?.html).not.toContain('<b>');
    const decoded = decodeURIComponent(href.replace(/&#39;/g, "'").replace(/&#38;/g, '&').replace(/^data:text\/calendar;charset=utf-8,/, ''));
    expect(decoded).toContain('SUMMARY:<b>"Plénière"</b> & co');
    expect(dialog?.html).toMatch(/download="mutirao-\d{4}-\d{2}-\d{2}\.ics"/);
  });
});

describe('suggestMeetingSlots', () => {
  it('answers a coordinator with times inside both cities’ working hours (Settings)', () => {
    const wb = calendarWorkbook();
    const settings = wb.ss.getSheetByName('Paramètres');
    const rowOf = (label: string) => (settings?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === label) + 1;
    settings?.getRange(rowOf('Début des heures de travail'), 2).setValue('10:00');
    const result = wb.slots({ date: '2027-01-12', durationMinutes: '120' });
    expect(result).toEqual({
      ok: true,
      slots: [
        { start: '2027-01-12T13:00:00.000Z', recife: '10:00', nantes: '14:00' },
        { start: '2027-01-12T13:30:00.000Z', recife: '10:30', nantes: '14:30' },
        { start: '2027-01-12T14:00:00.000Z', recife: '11:00', nantes: '15:00' },
        { start: '2027-01-12T14:30:00.000Z', recife: '11:30', nantes: '15:30' },
        { start: '2027-01-12T15:00:00.000Z', recife: '12:00', nantes: '16:00' },
      ],
    });
  });

  it('offers no Saturday unless Settings › Working days include it, written in any language', () => {
    const wb = calendarWorkbook();
    const settings = wb.ss.getSheetByName('Paramètres');
    const rowOf = (label: string) => (settings?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === label) + 1;
    expect(settings?.getRange(rowOf('Jours ouvrés'), 2).getValue()).toBe('lun.–ven.');
    expect(wb.slots({ date: '2027-01-16', durationMinutes: '60' })).toEqual({ ok: true, slots: [] });
    settings?.getRange(rowOf('Jours ouvrés'), 2).setValue('seg-sáb');
    const saturday = wb.slots({ date: '2027-01-16', durationMinutes: '60' });
    expect(saturday.ok && saturday.slots[0]).toEqual({ start: '2027-01-16T12:00:00.000Z', recife: '09:00', nantes: '13:00' });
  });

  it('checks its input before anything else, and refuses a member', () => {
    const wb = calendarWorkbook();
    expect(wb.slots({ date: '12/01/2027', durationMinutes: 5 })).toEqual({
      ok: false,
      errors: [
        { field: 'date', message: 'Informe uma data no formato dd/mm/aaaa.' },
        { field: 'durationMinutes', message: 'Informe um número de 15 a 600.' },
      ],
    });
    wb.as(MARINA);
    expect(wb.slots({ date: '2027-01-12' })).toEqual({ ok: false, errors: [{ field: 'form', message: 'Somente a coordenação pode agendar reuniões.' }] });
  });
});
