// Calendar writes (the unit of Calendar's quota) and calendar calls (each tens of ms on Apps
// Script) of syncCalendar on a first sync (which also creates the group calendar: one more
// write), an unchanged rerun, after one meeting moved and after one event deleted by hand in
// Calendar, for 10 and 200 meetings; the bundle runs on the emulator.
import { performance } from 'node:perf_hooks';
import { Emulator } from '../emulator';
import { calendarApiCalls } from '../emulator/calendar-api';
import { loadProject, type Project } from '../emulator/project';
import { built, COORDINATOR } from './workbook';

const MEMBERS = 30;

function workbookWithMeetings(meetings: number): { emulator: Emulator; project: Project; sheet: GoogleAppsScript.Spreadsheet.Sheet } {
  const emulator = new Emulator({ user: COORDINATOR, spreadsheet: { locale: 'fr_FR' } });
  const project = loadProject(emulator, built.code, built.files);
  project.call('setupWorkbook');
  const ss = emulator.services.SpreadsheetApp.getActive();
  const tab = (name: string) => ss.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
  emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    const n = (i: number) => String(i + 1).padStart(4, '0');
    const joined = new Date();
    const members = Array.from({ length: MEMBERS - 1 }, (_, i) =>
      [`MEM-${n(i + 1)}`, `Membre ${n(i + 1)}`, `m${n(i + 1)}@example.org`, 'Coop', i % 2 ? 'Nantes' : 'Recife', i % 2 ? 'FR' : 'BR', i % 2 ? 'Nantes' : 'Recife', 'membre', 'actif', joined]);
    tab('Membres').getRange(3, 1, members.length, 10).setValues(members);
    const rows = Array.from({ length: meetings }, (_, i) => {
      const day = new Date(Date.UTC(2027, 2, 1 + i)).toISOString().slice(0, 10);
      const audience = ['tous', 'pôle Recife', 'pôle Nantes', 'coordinateurs'][i % 4] ?? 'tous';
      return [`MTG-${n(i)}`, `Réunion ${n(i)}`, day, '10:00', 90, i % 2 ? 'Europe/Paris' : 'America/Recife', 'Visio', audience, 'Point d’étape', 'prévue', '', '', '', ''];
    });
    const sheet = tab('Réunions');
    if (sheet.getMaxRows() < meetings + 1) sheet.insertRowsAfter(sheet.getMaxRows(), meetings + 1 - sheet.getMaxRows());
    sheet.getRange(2, 1, meetings, 14).setValues(rows);
  });
  return { emulator, project, sheet: tab('Réunions') };
}

/** Calls of the Calendar advanced service, and of CalendarApp and its objects (none expected). */
export function calendarCalls(emulator: Emulator): number {
  const app = ['CalendarApp', 'CalendarEvent', 'EventGuest'].reduce((sum, service) => sum + emulator.meter.count(service), 0);
  return calendarApiCalls(emulator.meter).calls + app;
}

interface Run {
  readonly writes: number;
  readonly calendarCalls: number;
  readonly calls: number;
  readonly sheetWrites: number;
  readonly ms: number;
  readonly counts: unknown;
}

function measured(emulator: Emulator, act: () => unknown): Run {
  emulator.meter.reset();
  const writes = emulator.calendar.writes;
  const start = performance.now();
  const { ok: _ok, ...counts } = act() as Record<string, unknown>;
  return {
    writes: emulator.calendar.writes - writes,
    calendarCalls: calendarCalls(emulator),
    calls: emulator.meter.total(),
    sheetWrites: emulator.meter.count('Range.setValues') + emulator.meter.count('Range.setNotes'),
    ms: performance.now() - start,
    counts,
  };
}

export function printCalendarBench(): void {
  console.log('\nsyncCalendar       meetings  calendar writes  calendar calls  service calls  sheet writes        ms  result');
  for (const meetings of [10, 200]) {
    const { emulator, project, sheet } = workbookWithMeetings(meetings);
    const sync = () => project.scriptRun('syncCalendar', []);
    const runs: [string, Run][] = [['first sync', measured(emulator, sync)], ['unchanged rerun', measured(emulator, sync)]];
    emulator.run({ kind: 'user', authMode: 'FULL' }, () => sheet.getRange(2 + Math.floor(meetings / 2), 4).setValue('15:30'));
    runs.push(['after one move', measured(emulator, sync)]);
    const deleted = emulator.calendar.events()[Math.floor(meetings / 3)];
    if (deleted) emulator.calendar.deleteByHand(deleted.id);
    runs.push(['hand-deleted event', measured(emulator, sync)]);
    for (const [name, run] of runs) {
      console.log(
        `${name.padEnd(18)} ${String(meetings).padStart(8)} ${String(run.writes).padStart(16)} ${String(run.calendarCalls).padStart(15)} ${String(run.calls).padStart(14)} ${String(run.sheetWrites).padStart(13)} ${run.ms.toFixed(1).padStart(9)}  ${JSON.stringify(run.counts)}`,
      );
    }
  }
}
