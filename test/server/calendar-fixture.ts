import { Emulator, type EmulatedUser } from '../../emulator';
import { apiEventId, type EventData } from '../../emulator/calendar-store';
import { exportCalendarIcs, suggestMeetingSlots, syncCalendar } from '../../src/server/calendar';
import type { GoogleServices } from '../../src/server/services';
import { setupWorkbook } from '../../src/server/setup';
import { submitMeeting, submitMember } from '../../src/server/submissions';
import { JEAN, LUCIA, MARINA } from './fixture';

export { JEAN, LUCIA, MARINA };

/** The Meetings tab's headers in a French workbook. */
export const COL = { id: 0, title: 1, date: 2, start: 3, duration: 4, zone: 5, location: 6, audience: 7, agenda: 8, status: 9, recife: 10, nantes: 11, eventId: 12, synced: 13, videoLink: 14, going: 15, maybe: 16, notGoing: 17, noReply: 18 } as const;

export interface CalendarOptions {
  /** The spreadsheet's zone (File › Settings); America/Recife by default. */
  readonly timeZone?: string;
  /** The script's zone (appsscript.json); America/Recife by default. */
  readonly scriptTimeZone?: string;
}

/**
 * A set-up French workbook with Lúcia (coordinator, Recife), Marina (member, Recife) and Jean
 * (member, Nantes), and helpers to schedule meetings as Lúcia and sync as anyone.
 */
export function calendarWorkbook(options: CalendarOptions = {}) {
  const emulator = new Emulator({
    user: LUCIA,
    spreadsheet: { name: 'Mutirão', locale: 'fr_FR', timeZone: options.timeZone ?? 'America/Recife' },
    scriptTimeZone: options.scriptTimeZone ?? 'America/Recife',
    files: { Sidebar: '<!DOCTYPE html><title>sidebar</title>' },
  });
  const google: GoogleServices = emulator.services;
  const ss = emulator.services.SpreadsheetApp.getActive();
  const as = (user: EmulatedUser | null) => (emulator.user = user);
  setupWorkbook(google);
  for (const [user, hub] of [[MARINA, 'Recife'], [JEAN, 'Nantes']] as const) {
    as(user);
    const result = submitMember(google, { name: user.email.split('@')[0], city: hub, country: hub === 'Recife' ? 'BR' : 'FR', hub, consent: true });
    if (!result.ok) throw new Error(result.errors[0]?.message);
  }
  as(LUCIA);
  const sheet = () => {
    const found = ss.getSheetByName('Réunions');
    if (!found) throw new Error('no Réunions tab');
    return found;
  };
  const rowOf = (id: string): number => 2 + rows().findIndex((row) => row[COL.id] === id);
  const rows = () => sheet().getDataRange().getValues().slice(1);
  return {
    emulator,
    google,
    ss,
    as,
    sheet,
    rows,
    schedule(input: Record<string, unknown>): string {
      // These tests place meetings on any day and hour; the working-time question has its own tests.
      const result = submitMeeting(google, { title: 'Réunion du groupe', date: '2027-03-10', startTime: '10:00', durationMinutes: 60, timeZone: 'America/Recife', confirmOutsideHours: 'true', ...input });
      if (!result.ok) throw new Error(result.errors.map((e) => `${e.field}: ${e.message}`).join('; '));
      return result.id;
    },
    /** Writes a Settings value, found by its French label. */
    setting(label: string, value: unknown): void {
      const settings = ss.getSheetByName('Paramètres');
      const row = (settings?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === label) + 1;
      if (!settings || row === 0) throw new Error(`no setting ${label}`);
      settings.getRange(row, 2).setValue(value);
    },
    sync: (budgetMs?: number) => syncCalendar(google, { now: () => emulator.now().getTime(), ...(budgetMs === undefined ? {} : { budgetMs }) }),
    exportIcs: () => exportCalendarIcs(google),
    slots: (input: unknown) => suggestMeetingSlots(google, input),
    events: () => emulator.calendar.events(),
    /** The stored event whose API ID the meeting's Event ID cell holds, deleted or not. */
    eventOf(id: string): EventData | undefined {
      const eventId = String(sheet().getRange(rowOf(id), COL.eventId + 1).getValue());
      return emulator.calendar.events(true).find((e) => apiEventId(e) === eventId);
    },
    /** The group calendar's ID, from Settings › Calendar ID. */
    calendarId(): string {
      const settings = ss.getSheetByName('Paramètres');
      return String((settings?.getDataRange().getValues() ?? []).find((r) => r[0] === "ID de l’agenda")?.[1] ?? '');
    },
    cell: (id: string, column: number): unknown => sheet().getRange(rowOf(id), column + 1).getValue(),
    setCell: (id: string, column: number, value: unknown) => sheet().getRange(rowOf(id), column + 1).setValue(value),
    note: (id: string): string => sheet().getRange(rowOf(id), COL.eventId + 1).getNote(),
    /** Makes Jean a coordinator, as a coordinator would by editing his Role cell. */
    promoteJean(): void {
      const members = ss.getSheetByName('Membres');
      const row = (members?.getDataRange().getValues() ?? []).findIndex((r) => r[2] === JEAN.email) + 1;
      members?.getRange(row, 8).setValue('coordination');
    },
  };
}

export type CalendarWorkbook = ReturnType<typeof calendarWorkbook>;
