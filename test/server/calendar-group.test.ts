import { describe, expect, it } from 'vitest';
import { MEMBER_SCOPES, SCOPES_FOR } from '../../src/script';
import { COL, JEAN, LUCIA, calendarWorkbook } from './calendar-fixture';

const zero = { created: 0, updated: 0, cancelled: 0, unchanged: 0, failed: 0, remaining: 0 };

describe('the group calendar', () => {
  it('is made by the first sync, in the workbook’s zone, named after the spreadsheet, its ID written to Settings', () => {
    const wb = calendarWorkbook({ timeZone: 'Europe/Paris', scriptTimeZone: 'Asia/Tokyo' });
    wb.schedule({});
    expect(wb.calendarId()).toBe('');
    expect(wb.sync()).toMatchObject({ ok: true, created: 1 });
    const id = wb.calendarId();
    expect(wb.emulator.calendar.calendars.get(id)).toMatchObject({ name: 'Mutirão — Mutirão', timeZone: 'Europe/Paris', owner: LUCIA.email });
    expect(wb.events().map((e) => e.calendarId)).toEqual([id]);
    // The next sync uses it: no second calendar.
    const calendars = wb.emulator.calendar.calendars.size;
    wb.sync();
    expect(wb.emulator.calendar.calendars.size).toBe(calendars);
  });

  it('is shared as writer with the active coordinators, and with those added later', () => {
    const wb = calendarWorkbook();
    wb.schedule({});
    wb.sync();
    const acl = () => wb.emulator.calendar.calendars.get(wb.calendarId())?.acl;
    expect(acl()).toEqual({});
    wb.promoteJean();
    wb.sync();
    expect(acl()).toEqual({ [JEAN.email]: 'writer' });
    // Shared once: the next sync does not ask again.
    wb.emulator.meter.reset();
    wb.sync();
    expect(wb.emulator.meter.count('Calendar.Acl.insert')).toBe(0);
  });

  it('lets a second coordinator sync the same meetings with no duplicate and no write', () => {
    const wb = calendarWorkbook();
    wb.promoteJean();
    const ids = [wb.schedule({}), wb.schedule({ date: '2027-03-11', location: 'Google Meet' })];
    wb.sync();
    const writes = wb.emulator.calendar.writes;
    wb.as(JEAN);
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 2 });
    expect(wb.emulator.calendar.writes).toBe(writes);
    expect(wb.events()).toHaveLength(2);
    // Jean's own changes land on the same events.
    wb.setCell(ids[0] as string, COL.title, 'Plénière');
    expect(wb.sync()).toEqual({ ok: true, ...zero, updated: 1, unchanged: 1 });
    expect(wb.events().map((e) => e.title).sort()).toEqual(['Plénière', 'Réunion du groupe']);
  });

  it('tells a coordinator who cannot write to it whom to ask, in their language, writing nothing', () => {
    const wb = calendarWorkbook();
    wb.schedule({});
    wb.sync();
    wb.promoteJean();
    wb.as(JEAN);
    const writes = wb.emulator.calendar.writes;
    const refusal = wb.sync();
    expect(refusal.ok).toBe(false);
    // French typography: no-break spaces inside « » and before the colon.
    expect(refusal.ok ? '' : refusal.errors[0]?.message.replace(/\u00a0/g, ' ')).toBe(
      `Vous ne pouvez pas modifier l’agenda du groupe « ${wb.calendarId()} » (Paramètres › ID de l’agenda). Demandez à ${LUCIA.email} de le partager avec vous : sa prochaine synchronisation y donnera accès à toutes les personnes actives de la coordination.`,
    );
    expect(wb.emulator.calendar.writes).toBe(writes);
    // Once Lúcia has synced, Jean can.
    wb.as(LUCIA);
    wb.sync();
    wb.as(JEAN);
    expect(wb.sync()).toMatchObject({ ok: true, unchanged: 1 });
  });

  it('asks for the calendar scopes when the coordinator did not grant them, creating nothing', () => {
    const wb = calendarWorkbook();
    wb.schedule({});
    wb.emulator.user = { ...LUCIA, grantedScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/userinfo.email'] };
    const result = wb.sync();
    expect(result.ok).toBe(false);
    expect(wb.emulator.calendar.calendars.size).toBe(0);
    expect(wb.calendarId()).toBe('');
  });

  // Google's discovery document: acl.insert accepts only calendar or calendar.acls. Each
  // coordinator grants exactly what the add-on declares for syncing, no more.
  it('two coordinators, each with only the declared scopes, both sync into the one calendar, with no duplicate', () => {
    const wb = calendarWorkbook();
    const declared = [...MEMBER_SCOPES, ...SCOPES_FOR.calendar];
    wb.promoteJean();
    const lucia = { ...LUCIA, grantedScopes: declared };
    const jean = { ...JEAN, grantedScopes: declared };
    wb.as(lucia);
    const first = wb.schedule({});
    expect(wb.sync()).toMatchObject({ ok: true, created: 1 });
    // Lúcia's sync made the calendar and shared it with Jean.
    expect(wb.emulator.calendar.calendars.get(wb.calendarId())?.acl).toEqual({ [JEAN.email]: 'writer' });
    wb.as(jean);
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 1 });
    const second = wb.schedule({ date: '2027-03-12', title: 'Atelier Nantes' });
    expect(wb.sync()).toEqual({ ok: true, ...zero, created: 1, unchanged: 1 });
    wb.as(lucia);
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 2 });
    const events = wb.events();
    expect(events.map((e) => e.calendarId)).toEqual([wb.calendarId(), wb.calendarId()]);
    expect(events.map((e) => e.privateProperties?.['meetingId']).sort()).toEqual([first, second].sort());
    expect([...wb.emulator.calendar.calendars.values()].filter((c) => c.madeByScript).map((c) => c.id)).toEqual([wb.calendarId()]);
  });
});
