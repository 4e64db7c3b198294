import { describe, expect, it } from 'vitest';
import { COL, JEAN, calendarWorkbook, type CalendarWorkbook } from './calendar-fixture';

const zero = { created: 0, updated: 0, cancelled: 0, unchanged: 0, failed: 0, remaining: 0 };

function scheduleMany(wb: CalendarWorkbook, n: number): string[] {
  return Array.from({ length: n }, (_, i) => wb.schedule({ title: `Réunion ${i + 1}`, date: `2027-04-${String(i + 1).padStart(2, '0')}` }));
}

/** Exactly one event per planned meeting, each the one its row names. */
function expectOneEventPerMeeting(wb: CalendarWorkbook, ids: readonly string[]): void {
  const events = wb.events();
  expect(events.map((e) => e.tags['mutirao.meeting']).sort()).toEqual(ids.map((id) => `${wb.ss.getId()}/${id}`).sort());
  for (const id of ids) expect(events.find((e) => e.id === wb.cell(id, COL.eventId))?.tags['mutirao.meeting']).toBe(`${wb.ss.getId()}/${id}`);
}

describe('syncCalendar after a failure', () => {
  for (const n of [0, 1, 2, 3, 4, 7]) {
    it(`finishes with exactly one event per meeting when the quota runs out after ${n} writes`, () => {
      const wb = calendarWorkbook();
      const ids = scheduleMany(wb, 4);
      wb.emulator.calendar.failWritesAfter(n);
      const first = wb.sync();
      expect(first.ok).toBe(true);
      if (!first.ok) return;
      // Each create is two writes (the event, then its tag).
      expect(first.created + first.failed).toBe(4);
      expect(first.created).toBe(Math.floor(n / 2));
      const failed = ids.slice(first.created);
      for (const id of failed) expect(wb.note(id)).toMatch(/^Non synchronisée : Service invoked too many times/);
      wb.emulator.calendar.resetQuota();
      const second = wb.sync();
      expect(second).toMatchObject({ ok: true, failed: 0, remaining: 0 });
      expectOneEventPerMeeting(wb, ids);
      for (const id of ids) expect(wb.note(id)).toBe('');
      expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 4 });
    });
  }

  it('keeps an event created but not tagged, tags it on the next run, and never makes a second one', () => {
    const wb = calendarWorkbook();
    const [id] = scheduleMany(wb, 1) as [string];
    wb.emulator.calendar.failWritesAfter(1);
    expect(wb.sync()).toMatchObject({ created: 0, failed: 1 });
    const [event] = wb.events();
    expect(event?.tags).toEqual({});
    expect(wb.cell(id, COL.eventId)).toBe(event?.id);
    wb.emulator.calendar.resetQuota();
    expect(wb.sync()).toMatchObject({ updated: 1, failed: 0 });
    expectOneEventPerMeeting(wb, [id]);
  });

  it('finishes an update cut short by the quota on the next run, though the meeting is unchanged since', () => {
    const wb = calendarWorkbook();
    const [id] = scheduleMany(wb, 1) as [string];
    wb.sync();
    wb.setCell(id, COL.start, '15:30');
    wb.setCell(id, COL.title, 'Plénière');
    // The time lands, then the quota runs out before the title and the description.
    wb.emulator.calendar.failWritesAfter(1);
    expect(wb.sync()).toMatchObject({ failed: 1 });
    expect(wb.events()[0]).toMatchObject({ start: '2027-04-01T18:30:00.000Z', title: 'Réunion 1' });
    wb.emulator.calendar.resetQuota();
    expect(wb.sync()).toMatchObject({ updated: 1, failed: 0 });
    expect(wb.events()[0]).toMatchObject({ start: '2027-04-01T18:30:00.000Z', title: 'Plénière' });
    expect(wb.events()[0]?.description).toMatch(/Recife : 01\/04\/2027 15:30/);
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 1 });
  });

  it('puts an event back when its meeting is moved back after an update cut short', () => {
    const wb = calendarWorkbook();
    const [id] = scheduleMany(wb, 1) as [string];
    wb.sync();
    wb.setCell(id, COL.start, '15:30');
    wb.emulator.calendar.failWritesAfter(1);
    expect(wb.sync()).toMatchObject({ failed: 1 });
    wb.emulator.calendar.resetQuota();
    // The row is as the last good sync left it, but the event is not.
    wb.setCell(id, COL.start, '10:00');
    expect(wb.sync()).toMatchObject({ updated: 1, failed: 0 });
    expect(wb.events()[0]).toMatchObject({ start: '2027-04-01T13:00:00.000Z' });
    expect(wb.events()[0]?.description).toMatch(/Recife : 01\/04\/2027 10:00/);
  });

  it('notes an invalid guest on that meeting’s row and syncs the others', () => {
    const wb = calendarWorkbook();
    const nantes = wb.schedule({ title: 'Nantes', audience: 'Nantes hub' });
    const recife = wb.schedule({ title: 'Recife', audience: 'Recife hub' });
    const members = wb.ss.getSheetByName('Membres');
    const row = (members?.getDataRange().getValues() ?? []).findIndex((r) => r[2] === JEAN.email) + 1;
    members?.getRange(row, 3).setValue('jean at example.org');
    expect(wb.sync()).toEqual({ ok: true, ...zero, created: 1, failed: 1 });
    expect(wb.note(nantes)).toBe('Non synchronisée : Invalid argument: guests');
    expect(wb.cell(nantes, COL.eventId)).toBe('');
    expect(wb.note(recife)).toBe('');
    expect(wb.events().map((e) => e.title)).toEqual(['Recife']);
    const log = (wb.ss.getSheetByName('Journal')?.getDataRange().getValues() ?? []).map((r) => [r[2], r[3], r[4]]);
    expect(log).toContainEqual(['calendar.failed', nantes, 'Invalid argument: guests']);
  });

  it('notes a row it cannot place, and a duplicated ID, without guessing', () => {
    const wb = calendarWorkbook();
    const [bad, good] = scheduleMany(wb, 2) as [string, string];
    wb.setCell(bad, COL.zone, 'Recife');
    const copy = wb.rows()[1] ?? [];
    wb.sheet().appendRow([...copy.slice(0, COL.recife), '', '', '', '']);
    expect(wb.sync()).toEqual({ ok: true, ...zero, created: 1, failed: 2 });
    expect(wb.note(bad)).toMatch(/^Non synchronisée : cette ligne doit avoir un ID, un titre/);
    // A start that cannot be placed shows in neither city, as onEdit leaves it.
    expect([wb.cell(bad, COL.recife), wb.cell(bad, COL.nantes)]).toEqual(['', '']);
    expect(wb.sheet().getRange(4, COL.eventId + 1).getNote()).toBe(`Non synchronisée : une ligne au-dessus a déjà l'ID ${good}.`);
    expectOneEventPerMeeting(wb, [good]);
    // Once the row is fixed, the note goes.
    wb.setCell(bad, COL.zone, 'Europe/Paris');
    expect(wb.sync()).toMatchObject({ created: 1, failed: 1 });
    expect(wb.note(bad)).toBe('');
  });
});

describe('syncCalendar under its time budget', () => {
  it('stops before the budget is spent, counts what remains, and the next run finishes', () => {
    const wb = calendarWorkbook();
    const ids = scheduleMany(wb, 6);
    // Every calendar write takes 30 s on this (very slow) calendar.
    const calendar = wb.emulator.calendar;
    const charge = calendar.chargeWrite.bind(calendar);
    calendar.chargeWrite = () => {
      charge();
      wb.emulator.advanceClock(30_000);
    };
    // Two meetings (four writes, 120 s) fit in a budget of 100 s: the third starts at 120 s.
    expect(wb.sync(100_000)).toEqual({ ok: true, ...zero, created: 2, remaining: 4 });
    expect(ids.slice(2).map((id) => wb.cell(id, COL.eventId))).toEqual(['', '', '', '']);
    expect(wb.sync(100_000)).toEqual({ ok: true, ...zero, unchanged: 2, created: 2, remaining: 2 });
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 4, created: 2 });
    expectOneEventPerMeeting(wb, ids);
  });

  it('stops by default before five minutes', () => {
    const wb = calendarWorkbook();
    scheduleMany(wb, 12);
    const calendar = wb.emulator.calendar;
    const charge = calendar.chargeWrite.bind(calendar);
    const started = wb.emulator.now().getTime();
    calendar.chargeWrite = () => {
      charge();
      wb.emulator.advanceClock(20_000);
    };
    const result = wb.sync();
    expect(result).toMatchObject({ ok: true, created: 7, remaining: 5 });
    expect(wb.emulator.now().getTime() - started).toBeLessThan(300_000);
  });
});
