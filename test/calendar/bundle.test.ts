import { describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator';
import { readBuiltProject } from '../../emulator/built';
import { loadProject } from '../../emulator/project';

// `npm test` builds first (pretest); this is what clasp would push.
const { code, files } = readBuiltProject(new URL('../../dist/', import.meta.url));
const COORDINATOR = { email: 'lucia@example.org', locale: 'fr' };

function project() {
  const emulator = new Emulator({ user: COORDINATOR, spreadsheet: { locale: 'fr_FR', timeZone: 'Europe/Paris' }, scriptTimeZone: 'Asia/Tokyo' });
  const loaded = loadProject(emulator, code, files);
  loaded.call('setupWorkbook');
  return { emulator, project: loaded };
}

describe('the calendar globals of dist/Code.js, as google.script.run and menus call them', () => {
  it('syncs, reruns without writing, exports and suggests, with JSON results only', () => {
    const { emulator, project: p } = project();
    expect(p.scriptRun('submitMeeting', [{ title: 'Plénière', date: '2027-10-31', startTime: '09:00', timeZone: 'Europe/Paris', confirmOutsideHours: true }])).toEqual({ ok: true, id: 'MTG-001' });
    expect(p.scriptRun('syncCalendar', [])).toEqual({ ok: true, created: 1, updated: 0, cancelled: 0, unchanged: 0, failed: 0, remaining: 0 });
    expect(emulator.calendar.events()[0]?.start).toBe('2027-10-31T08:00:00.000Z');
    const writes = emulator.calendar.writes;
    expect(p.scriptRun('syncCalendar', [])).toMatchObject({ ok: true, unchanged: 1 });
    expect(emulator.calendar.writes).toBe(writes);
    const ics = p.scriptRun('exportCalendarIcs', []) as { ok: boolean; ics: string };
    expect(ics.ics).toContain('DTSTART:20271031T080000Z');
    // A Sunday (Europe's clock change): no suggestion on a day off.
    expect(p.scriptRun('suggestMeetingSlots', [{ date: '2027-10-31', durationMinutes: 60 }])).toEqual({ ok: true, slots: [] });
    const slots = p.scriptRun('suggestMeetingSlots', [{ date: '2027-11-01', durationMinutes: 60 }]) as { slots: { nantes: string }[] };
    expect(slots.slots[0]?.nantes).toBe('13:00');
  });

  it('runs Sync calendar and Export calendar from the menu', () => {
    const { emulator, project: p } = project();
    p.scriptRun('submitMeeting', [{ title: 'Plénière', date: '2027-03-29', startTime: '14:00' }]);
    p.call('syncCalendar');
    expect(emulator.spreadsheet.toasts.at(-1)?.message).toMatch(/^Agenda synchronisé\. Réunions\u00a0: 1 créée,/);
    p.call('showCalendarExport');
    expect(emulator.ui.dialogs.at(-1)?.html).toContain('download="mutirao-');
  });
});
