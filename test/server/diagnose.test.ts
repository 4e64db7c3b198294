import { describe, expect, it } from 'vitest';
import { Emulator, type EmulatedUser } from '../../emulator';
import type { Faults } from '../../emulator';
import type { CheckName, Diagnosis } from '../../src/contract/diagnose';
import { diagnose, type DiagnoseInputs } from '../../src/server/diagnose';
import type { GoogleServices } from '../../src/server/services';
import { setupWorkbook } from '../../src/server/setup';
import { submitMember } from '../../src/server/submissions';
import { MEMBER_SCOPES } from '../../src/script';
import { LUCIA, MARINA } from './fixture';

/**
 * Diagnose (PRODUCT.md §4) on a set-up workbook whose spreadsheet zone (Paris) differs from the
 * script's (Recife), so the date check is conclusive. Each test breaks one assumption with an
 * emulator fault and sees exactly that check turn ✗.
 */
function workbook(now?: () => Date) {
  const emulator = new Emulator({
    now,
    user: LUCIA,
    spreadsheet: { name: 'Mutirão', locale: 'fr_FR', timeZone: 'Europe/Paris' },
    scriptTimeZone: 'America/Recife',
  });
  const google: GoogleServices = emulator.services;
  setupWorkbook(google);
  emulator.user = MARINA;
  const marina = submitMember(google, { name: 'Marina Souza', city: 'Recife', country: 'BR', hub: 'Recife', consent: true });
  if (!marina.ok) throw new Error(marina.errors[0]?.message);
  emulator.user = LUCIA;
  return { emulator, google };
}

function run(google: GoogleServices, inputs?: DiagnoseInputs): Diagnosis {
  const result = diagnose(google, inputs);
  if (!('checks' in result)) throw new Error(result.errors[0]?.message);
  return result;
}

const failing = (d: Diagnosis): CheckName[] => d.checks.filter((c) => !c.ok).map((c) => c.name);
const detailOf = (d: Diagnosis, name: CheckName) => d.checks.find((c) => c.name === name)?.detail ?? '';

describe('diagnose', () => {
  it('passes every check for a coordinator on a healthy platform, in a fixed order', () => {
    const { google } = workbook();
    const result = run(google);
    expect(failing(result)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.checks.map((c) => c.name)).toEqual(['text', 'dateZone', 'intl', 'metadata', 'lock', 'properties', 'chapters', 'scopes', 'calendar', 'mail']);
    expect(detailOf(result, 'dateZone')).toContain('spreadsheet Europe/Paris, script America/Recife');
    expect(detailOf(result, 'mail')).toBe('100 left today');
  });

  it('leaves the document exactly as it found it (tabs, cells, metadata, properties, active tab), with no event or email made', () => {
    const { emulator, google } = workbook();
    emulator.services.SpreadsheetApp.getActive().getSheets()[2]?.activate();
    const snapshot = () => {
      // lastId counts every tab ever made (like a gid), invisible to anyone: the scratch tab uses one.
      const { lastId: _lastId, ...spreadsheet } = emulator.spreadsheet.toJSON() as Record<string, unknown>;
      return JSON.stringify({ spreadsheet, properties: emulator.properties.toJSON() });
    };
    const before = snapshot();
    run(google);
    expect(snapshot()).toBe(before);
    expect(emulator.calendar.events()).toEqual([]);
    expect(emulator.mail.outbox).toEqual([]);
    expect(emulator.locks.documentLockHeld).toBe(false);
  });

  it.each<[keyof Faults, CheckName]>([
    ['richTextParsesLikeTyping', 'text'],
    ['dateCellsInScriptZone', 'dateZone'],
    ['metadataFinderFindsNothing', 'metadata'],
    ['lockNeverGranted', 'lock'],
    ['propertiesFail', 'properties'],
    ['calendarUnreachable', 'calendar'],
  ])('with the fault %s, only the %s check fails', (fault, check) => {
    const { emulator, google } = workbook();
    emulator.faults[fault] = true;
    const result = run(google);
    expect(failing(result)).toEqual([check]);
    expect(result.ok).toBe(false);
  });

  it('shows what typing did to the text when rich text is parsed', () => {
    const { emulator, google } = workbook();
    emulator.faults.richTextParsesLikeTyping = true;
    expect(detailOf(run(google), 'text')).toMatch(/^rich text: =1\+1 → "=1\+1"?.*0012 → 12/);
  });

  it('fails the Mail check when the day’s quota is used up', () => {
    const { emulator, google } = workbook();
    emulator.mail.setDailyQuota(LUCIA.email, 0);
    const result = run(google);
    expect(failing(result)).toEqual(['mail']);
    expect(detailOf(result, 'mail')).toBe('0 left today');
  });

  it('fails the Intl check with a runtime whose Intl ignores time zones', () => {
    const { google } = workbook();
    class UtcOnly extends Intl.DateTimeFormat {
      constructor(locale: string, options: Intl.DateTimeFormatOptions) {
        super(locale, { ...options, timeZone: 'UTC' });
      }
    }
    const result = run(google, { intl: { DateTimeFormat: UtcOnly as typeof Intl.DateTimeFormat } });
    expect(failing(result)).toEqual(['intl']);
    expect(detailOf(result, 'intl')).toContain('Europe/Paris 2026-03-29T01:30:00Z → 2026-03-29 01:30 (2026-03-29 03:30)');
  });

  it('fails the scopes and Calendar checks, naming the scope, for a coordinator who declined Calendar', () => {
    const { emulator, google } = workbook();
    const declined: EmulatedUser = { ...LUCIA, grantedScopes: [...MEMBER_SCOPES, 'https://www.googleapis.com/auth/script.send_mail', 'https://www.googleapis.com/auth/script.scriptapp'] };
    emulator.user = declined;
    const result = run(google);
    expect(failing(result)).toEqual(['scopes', 'calendar']);
    expect(detailOf(result, 'scopes')).toContain('missing: calendar');
  });

  it('asks a member only for what members need: no Calendar or Mail line, and their three scopes are enough', () => {
    const { emulator, google } = workbook();
    emulator.user = { ...MARINA, grantedScopes: [...MEMBER_SCOPES] };
    const result = run(google);
    expect(result.ok).toBe(true);
    expect(result.checks.map((c) => c.name)).not.toContain('calendar');
    expect(result.checks.map((c) => c.name)).not.toContain('mail');
  });

  describe('shows what it measured', () => {
    const measuredOf = (d: Diagnosis, name: CheckName) => d.checks.find((c) => c.name === name)?.measured;
    const setCalendarId = (google: GoogleServices, id: string) => {
      const settings = google.SpreadsheetApp.getActive().getSheetByName('Paramètres');
      const row = (settings?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === 'ID de l’agenda') + 1;
      settings?.getRange(row, 2).setValue(id);
    };

    it('the emails left today, the calendar access level and the permissions, as numbers and codes', () => {
      const { emulator, google } = workbook();
      emulator.mail.setDailyQuota(LUCIA.email, 37);
      const result = run(google);
      expect(measuredOf(result, 'mail')).toEqual({ kind: 'emailsLeft', count: 37 });
      expect(measuredOf(result, 'calendar')).toEqual({ kind: 'calendarAccess', role: 'owner', calendar: 'own' });
      expect(detailOf(result, 'calendar')).toBe('primary: reachable, access owner');
    });

    it('fails the Calendar check for a coordinator who can only read the group calendar, naming the level', () => {
      const { emulator, google } = workbook();
      emulator.calendar.addCalendar({ id: 'wg@group.calendar.google.com', name: 'Mutirão', owner: 'someone@example.org', acl: { [LUCIA.email]: 'reader' } });
      setCalendarId(google, 'wg@group.calendar.google.com');
      const result = run(google);
      expect(failing(result)).toEqual(['calendar']);
      expect(measuredOf(result, 'calendar')).toEqual({ kind: 'calendarAccess', role: 'reader', calendar: 'group' });
    });

    it('times each check on the clock it is given: a lock held elsewhere costs the ten seconds tryLock waits', () => {
      // The real clock stands still, so only the simulated wait shows: a busy machine adds no millisecond.
      const { emulator, google } = workbook(() => new Date('2026-12-07T10:00:00Z'));
      emulator.locks.holdDocumentLockElsewhere();
      const result = run(google, { clock: () => emulator.now().getTime() });
      const ms = Object.fromEntries(result.checks.map((c) => [c.name, c.ms]));
      expect(ms['lock']).toBe(10_000);
      for (const check of result.checks) expect(Number.isInteger(check.ms) && check.ms >= 0).toBe(true);
    });
  });
});
