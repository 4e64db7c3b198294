import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, GoogleJsonResponseException } from '../../emulator/google-json-error';
import { showCalendarExport } from '../../src/server/calendar';
import { validateAll } from '../../src/server/validation';
import { COL, JEAN, LUCIA, MARINA, calendarWorkbook, type CalendarWorkbook } from './calendar-fixture';

const zero = { created: 0, updated: 0, cancelled: 0, unchanged: 0, failed: 0, remaining: 0 };

/** The sync's notes start with the add-on's marker (src/sheets/marks.ts), below a coordinator's own note. */
/** French notes use no-break spaces (test/wording checks where); these tests check the words. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
const QUOTA_NOTE = "⚠ Mutirão · Agenda: Non synchronisée : la limite de modifications de Google Agenda est atteinte. Relancez « Synchroniser l’agenda » dans quelques minutes (demain si cela persiste).";
const QUOTA_MESSAGE = 'API call to calendar.events.insert failed with error: Rate Limit Exceeded';

/** The Log's rows as [action, target, details]. */
const logRows = (wb: CalendarWorkbook): unknown[][] => (wb.ss.getSheetByName('Journal')?.getDataRange().getValues() ?? []).map((r) => [r[2], r[3], r[4]]);

function setJeanEmail(wb: CalendarWorkbook, email: string): void {
  const members = wb.ss.getSheetByName('Membres');
  const row = (members?.getDataRange().getValues() ?? []).findIndex((r) => r[2] === JEAN.email || r[2] === 'jean at example.org') + 1;
  members?.getRange(row, 3).setValue(email);
}

afterEach(() => {
  vi.restoreAllMocks();
});

function scheduleMany(wb: CalendarWorkbook, n: number): string[] {
  return Array.from({ length: n }, (_, i) => wb.schedule({ title: `Réunion ${i + 1}`, date: `2027-04-${String(i + 1).padStart(2, '0')}` }));
}

/** Exactly one live event per planned meeting, each the one its row names. */
function expectOneEventPerMeeting(wb: CalendarWorkbook, ids: readonly string[]): void {
  const events = wb.events();
  expect(events.map((e) => e.privateProperties?.['meetingId']).sort()).toEqual([...ids].sort());
  for (const id of ids) expect(wb.eventOf(id)?.privateProperties?.['meetingId']).toBe(id);
}

/** A workbook whose group calendar already exists, so that each write counted is a meeting's. */
function groupWorkbook(): CalendarWorkbook {
  const wb = calendarWorkbook();
  wb.sync();
  return wb;
}

describe('syncCalendar after a failure', () => {
  for (const n of [0, 1, 2, 3]) {
    it(`finishes with exactly one event per meeting when the quota runs out after ${n} writes`, () => {
      const wb = groupWorkbook();
      const ids = scheduleMany(wb, 4);
      wb.emulator.calendar.failWritesAfter(n);
      const first = wb.sync();
      expect(first).toMatchObject({ ok: true, created: n, failed: 4 - n });
      const failed = ids.slice(n);
      // A French coordinator reads what happened and what to do; Calendar's English stays in the Log.
      for (const id of failed) expect(plain(wb.note(id))).toBe(QUOTA_NOTE);
      for (const id of failed) expect(logRows(wb)).toContainEqual(['calendar.failed', id, QUOTA_MESSAGE]);
      wb.emulator.calendar.resetQuota();
      expect(wb.sync()).toMatchObject({ ok: true, created: 4 - n, failed: 0, remaining: 0 });
      expectOneEventPerMeeting(wb, ids);
      for (const id of ids) expect(plain(wb.note(id))).toBe('');
      expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 4 });
    });
  }

  it('does on the next run an update the quota refused, though the meeting is unchanged since', () => {
    const wb = groupWorkbook();
    const [id] = scheduleMany(wb, 1) as [string];
    wb.sync();
    wb.setCell(id, COL.start, '15:30');
    wb.emulator.calendar.failWritesAfter(0, 'usageLimits');
    expect(wb.sync()).toMatchObject({ failed: 1 });
    expect(plain(wb.note(id))).toBe(QUOTA_NOTE);
    wb.emulator.calendar.resetQuota();
    expect(wb.sync()).toMatchObject({ updated: 1, failed: 0 });
    expect(wb.eventOf(id)).toMatchObject({ start: '2027-04-01T18:30:00.000Z' });
    expect(plain(wb.eventOf(id)?.description ?? '')).toMatch(/Recife : 01\/04\/2027 15:30/);
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 1 });
  });

  it('leaves a member whose email is not valid out of the event, names them on the row in French, and syncs every meeting', () => {
    const wb = calendarWorkbook();
    const all = wb.schedule({ title: 'Plénière', audience: 'all' });
    const nantes = wb.schedule({ title: 'Nantes', audience: 'Nantes hub', date: '2027-03-11' });
    const recife = wb.schedule({ title: 'Recife', audience: 'Recife hub', date: '2027-03-12' });
    setJeanEmail(wb, 'jean at example.org');
    expect(wb.sync()).toEqual({ ok: true, ...zero, created: 3 });
    const guests = Object.fromEntries(wb.events().map((e) => [e.title, e.guests.sort()]));
    expect(guests).toEqual({ Plénière: [LUCIA.email, MARINA.email], Nantes: [], Recife: [LUCIA.email, MARINA.email] });
    const note = "⚠ Mutirão · Agenda: Sans invitation, faute d’adresse e-mail valide dans Membres : jean.moreau (jean at example.org).";
    expect([plain(wb.note(all)), plain(wb.note(nantes)), plain(wb.note(recife))]).toEqual([note, note, '']);
    expect(logRows(wb)).toContainEqual(['calendar.created', all, 'Plénière; not invited (invalid email): jean at example.org']);
    // A rerun changes nothing and keeps the note; once the email is fixed, Jean is invited and the note goes.
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 3 });
    expect(plain(wb.note(nantes))).toBe(note);
    // Checking the sheet, or editing the row, leaves the sync's note alone: each has its own marker.
    validateAll(wb.google);
    expect(plain(wb.note(nantes))).toBe(note);
    setJeanEmail(wb, JEAN.email);
    expect(wb.sync()).toEqual({ ok: true, ...zero, updated: 2, unchanged: 1 });
    expect([plain(wb.note(all)), plain(wb.note(nantes))]).toEqual(['', '']);
    expect(wb.events().find((e) => e.title === 'Nantes')?.guests).toEqual([JEAN.email]);
  });

  for (const [code, reason, raw, note] of [
    [400, 'invalid', 'Invalid attendee email.', "⚠ Mutirão · Agenda: Non synchronisée : Google Agenda a refusé l’adresse e-mail d’une personne invitée. Vérifiez les e-mails dans Membres."],
    [403, 'rateLimitExceeded', 'Rate Limit Exceeded', QUOTA_NOTE],
    [403, 'requiredAccessLevel', 'You need to have writer access to this calendar.', '⚠ Mutirão · Agenda: Non synchronisée : vous ne pouvez pas modifier l’agenda du groupe (Paramètres › ID de l’agenda) : demandez à la personne de la coordination qui l’a créé de lancer « Synchroniser l’agenda », ce qui le partagera avec toutes les personnes actives de la coordination.'],
    [404, 'notFound', 'Not Found', '⚠ Mutirão · Agenda: Non synchronisée : Google Agenda n’a plus cet événement ou son agenda. Videz la cellule ID de l’événement et relancez « Synchroniser l’agenda ».'],
    [410, 'deleted', 'Resource has been deleted', '⚠ Mutirão · Agenda: Non synchronisée : Google Agenda n’a plus cet événement ou son agenda. Videz la cellule ID de l’événement et relancez « Synchroniser l’agenda ».'],
    [500, 'backendError', 'Backend Error', "⚠ Mutirão · Agenda: Non synchronisée : Google Agenda n’a pas pu enregistrer cette réunion. Relancez « Synchroniser l’agenda » ; le Journal donne le détail."],
  ] as const) {
    it(`words the API’s ${code} ${reason} in the workbook’s language, keeping its text for the Log`, () => {
      const wb = groupWorkbook();
      const id = wb.schedule({});
      vi.spyOn(wb.google.Calendar!.Events, 'insert').mockImplementation(() => {
        throw new GoogleJsonResponseException('calendar.events.insert', apiError(code, 'global', reason, raw));
      });
      // A quota failure also says how many meetings wait for the next run.
      expect(wb.sync()).toEqual({ ok: true, ...zero, failed: 1, ...(reason === 'rateLimitExceeded' ? { quotaLeft: 1 } : {}) });
      expect(plain(wb.note(id))).toBe(note);
      expect(logRows(wb)).toContainEqual(['calendar.failed', id, `API call to calendar.events.insert failed with error: ${raw}`]);
    });
  }

  it('keeps a coordinator’s own note on the Event ID cell through a success, a failure and a recovery', () => {
    const wb = groupWorkbook();
    const [first, second] = scheduleMany(wb, 2) as [string, string];
    const eventIdCell = (row: number) => wb.sheet().getRange(row, COL.eventId + 1);
    eventIdCell(2).setNote('Salle réservée par Marina');
    eventIdCell(3).setNote('Lien visio à confirmer');
    wb.emulator.calendar.failWritesAfter(1);
    // The first meeting syncs, the second fails.
    expect(wb.sync()).toEqual({ ok: true, ...zero, created: 1, failed: 1, quotaLeft: 1 });
    expect(plain(wb.note(first))).toBe('Salle réservée par Marina');
    expect(plain(wb.note(second))).toBe(`Lien visio à confirmer\n\n${QUOTA_NOTE}`);
    wb.emulator.calendar.resetQuota();
    expect(wb.sync()).toMatchObject({ ok: true, failed: 0 });
    expect([plain(wb.note(first)), plain(wb.note(second))]).toEqual(['Salle réservée par Marina', 'Lien visio à confirmer']);
  });

  it('logs a run whose only writes were the cities’ times or a refusal note, and nothing for a run that wrote nothing', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({});
    wb.sync();
    let seen = logRows(wb).length;
    const added = () => {
      const rows = logRows(wb);
      const news = rows.slice(seen);
      seen = rows.length;
      return news.filter(([action]) => String(action).startsWith('calendar.'));
    };
    wb.setCell(id, COL.recife, '');
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 1 });
    expect(wb.cell(id, COL.recife)).toBe('10/03/2027 10:00');
    expect(added()).toEqual([['calendar.sync', '', 'created 0, updated 0, cancelled 0, unchanged 1, failed 0, remaining 0']]);
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 1 });
    expect(added()).toEqual([]);
    const bad = wb.schedule({ date: '2027-03-11' });
    wb.setCell(bad, COL.zone, 'Recife');
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 1, failed: 1 });
    expect(plain(wb.note(bad))).toMatch(/^⚠ Mutirão · Agenda: Non synchronisée : vérifiez « Fuseau horaire ». Cette ligne doit avoir/);
    expect(added()).toEqual([['calendar.sync', '', 'created 0, updated 0, cancelled 0, unchanged 1, failed 1, remaining 0']]);
  });

  it('notes a row it cannot place, and a duplicated ID, without guessing', () => {
    const wb = calendarWorkbook();
    const [bad, good] = scheduleMany(wb, 2) as [string, string];
    wb.setCell(bad, COL.zone, 'Recife');
    const copy = wb.rows()[1] ?? [];
    wb.sheet().appendRow([...copy.slice(0, COL.recife), '', '', '', '']);
    expect(wb.sync()).toEqual({ ok: true, ...zero, created: 1, failed: 2 });
    expect(plain(wb.note(bad))).toMatch(/^⚠ Mutirão · Agenda: Non synchronisée : vérifiez « Fuseau horaire ». Cette ligne doit avoir un ID, un titre/);
    // A start that cannot be placed shows in neither city, as onEdit leaves it.
    expect([wb.cell(bad, COL.recife), wb.cell(bad, COL.nantes)]).toEqual(['', '']);
    expect(plain(wb.sheet().getRange(4, COL.eventId + 1).getNote())).toBe(`⚠ Mutirão · Agenda: Non synchronisée : une ligne au-dessus a déjà l’ID ${good}.`);
    expectOneEventPerMeeting(wb, [good]);
    // Once the row is fixed, the note goes.
    wb.setCell(bad, COL.zone, 'Europe/Paris');
    expect(wb.sync()).toMatchObject({ created: 1, failed: 1 });
    expect(plain(wb.note(bad))).toBe('');
  });
});

describe('syncCalendar under its time budget', () => {
  it('stops before the budget is spent, counts what remains, and the next run finishes', () => {
    const wb = groupWorkbook();
    const ids = scheduleMany(wb, 6);
    // Every calendar write takes 60 s on this (very slow) calendar.
    const calendar = wb.emulator.calendar;
    const spend = calendar.spendWrite.bind(calendar);
    calendar.spendWrite = () => {
      wb.emulator.advanceClock(60_000);
      return spend();
    };
    // Two meetings (two writes, 120 s) fit in a budget of 100 s: the third starts at 120 s.
    expect(wb.sync(100_000)).toEqual({ ok: true, ...zero, created: 2, remaining: 4 });
    expect(ids.slice(2).map((id) => wb.cell(id, COL.eventId))).toEqual(['', '', '', '']);
    expect(wb.sync(100_000)).toEqual({ ok: true, ...zero, unchanged: 2, created: 2, remaining: 2 });
    expect(wb.sync()).toEqual({ ok: true, ...zero, unchanged: 4, created: 2 });
    expectOneEventPerMeeting(wb, ids);
  });

  it('stops by default before five minutes', () => {
    const wb = groupWorkbook();
    scheduleMany(wb, 12);
    const calendar = wb.emulator.calendar;
    const spend = calendar.spendWrite.bind(calendar);
    const started = wb.emulator.now().getTime();
    calendar.spendWrite = () => {
      wb.emulator.advanceClock(40_000);
      return spend();
    };
    const result = wb.sync();
    expect(result).toMatchObject({ ok: true, created: 7, remaining: 5 });
    expect(wb.emulator.now().getTime() - started).toBeLessThan(300_000);
  });
});

describe('the calendar endpoints when Apps Script itself fails', () => {
  const UNEXPECTED = 'Algo deu errado e nada foi salvo. Tente de novo; se continuar, avise a coordenação.';

  // Lúcia reads Portuguese; only her language is asked of Session before the guard.
  it('answers a Session failure with a refusal in the caller’s language, from every endpoint', () => {
    const wb = calendarWorkbook();
    wb.schedule({});
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(wb.google.Session, 'getActiveUser').mockImplementation(() => {
      throw new Error('Exception: Service error: Session');
    });
    const refusal = { ok: false, errors: [{ field: 'form', message: UNEXPECTED }] };
    expect(wb.sync()).toEqual(refusal);
    expect(wb.exportIcs()).toEqual(refusal);
    expect(wb.slots({ date: '2027-01-12' })).toEqual(refusal);
    showCalendarExport(wb.google);
    expect(wb.emulator.ui.alerts.at(-1)?.prompt).toBe(UNEXPECTED);
    expect(wb.emulator.ui.dialogs).toEqual([]);
    expect(wb.events()).toEqual([]);
  });

  it('reports a done sync as done though its toast cannot be shown', () => {
    const wb = calendarWorkbook();
    const id = wb.schedule({});
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(Object.getPrototypeOf(wb.ss) as { toast: () => void }, 'toast').mockImplementation(() => {
      throw new Error('Exception: toast failed');
    });
    expect(wb.sync()).toEqual({ ok: true, ...zero, created: 1 });
    expect(wb.eventOf(id)).toBeDefined();
    expect(logRows(wb).at(-1)?.[0]).toBe('calendar.sync');
  });
});
