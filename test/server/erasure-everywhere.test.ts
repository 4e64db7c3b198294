import { describe, expect, it } from 'vitest';
import { eraseMember, exportMyData } from '../../src/server/privacy';
import { refreshProgress } from '../../src/server/progress';
import { getReminderSchedule, setReminderSchedule } from '../../src/server/reminders';
import { setupWorkbook } from '../../src/server/setup';
import { submitProposal } from '../../src/server/submissions';
import { listProposals, supportProposal } from '../../src/server/supports';
import { validateAll } from '../../src/server/validation';
import { PERSONAL_DATA } from '../../src/server/personal-data';
import { JEAN, LUCIA, MARINA, calendarWorkbook, type CalendarWorkbook } from './calendar-fixture';

/** Jean's name as his Members row holds it (the fixture registers him by his email's local part). */
const NAME = 'jean.moreau';

/**
 * Jean (MEM-003, Nantes) leaves a trace in every place the add-on keeps personal data: his
 * Members row; a second Members row typed with his email, which Check marks with a note quoting
 * it; a Settings note and a meeting's agenda naming him; the Log; the Dashboard's late list
 * (Marina is late, and so is he until he pledges); document properties (coordinators as setup
 * saw them, the group calendar's sharing, the reminders' schedule, which he turned on as a
 * coordinator); events he is a guest of; his daily trigger; and a support of Marina's proposal.
 */
function everywhere(): CalendarWorkbook {
  const wb = calendarWorkbook();
  wb.promoteJean();
  wb.as(LUCIA);
  wb.setting('Jours de rappel', '5, 1');
  setupWorkbook(wb.google); // records the coordinators' emails, Jean's among them
  wb.as(MARINA);
  expect(submitProposal(wb.google, { title: 'Feira solidária', objectiveId: 'O3' }).ok).toBe(true);
  wb.as(JEAN);
  expect(submitProposal(wb.google, { title: 'Échanges de jeunes', objectiveId: 'O3' }).ok).toBe(true);
  expect(supportProposal(wb.google, { proposalId: 'PRO-001' }).ok).toBe(true);
  expect(setReminderSchedule(wb.google, { on: true }).ok).toBe(true);
  wb.as(LUCIA);
  wb.schedule({ title: 'Plénière', audience: 'all', agenda: `Accueil par ${JEAN.email}` });
  wb.sync();
  wb.as(JEAN);
  wb.sync(); // Jean's sync shares nothing (Lúcia owns the calendar) but finds him in its record
  wb.as(LUCIA);
  const settings = wb.ss.getSheetByName('Paramètres');
  settings?.getRange(2, 3).setValue(`Questions : ${JEAN.email}`);
  const members = wb.ss.getSheetByName('Membres');
  members?.getRange(5, 1, 1, 9).setValues([['MEM-099', 'Doublon', JEAN.email, '', 'Nantes', 'FR', 'Nantes', 'membre', 'actif']]);
  validateAll(wb.google);
  expect(refreshProgress(wb.google).ok).toBe(true);
  return wb;
}

/** Every trace of a person the add-on could have left, as text. */
function traces(wb: CalendarWorkbook): string {
  const sheets = wb.ss.getSheets().map((sheet) => {
    const range = sheet.getDataRange();
    return [sheet.getName(), range.getValues(), range.getDisplayValues(), range.getNotes()];
  });
  const properties = wb.google.PropertiesService.getDocumentProperties().getProperties();
  const triggers = wb.emulator.triggers.all().map((t) => t.owner.email);
  return JSON.stringify({ sheets, properties, events: wb.events(), triggers });
}

describe('erasure reaches every place personal data lives', () => {
  it('declares each place once, for the export and the erasure alike', () => {
    expect(PERSONAL_DATA.map((p) => p.name)).toEqual(['member', 'contributions', 'cells', 'notes', 'log', 'dashboard', 'triggers', 'properties', 'calendar']);
  });

  it('finds the planted traces before, and none after, a coordinator erases Jean and syncs', () => {
    const wb = everywhere();
    const before = traces(wb);
    expect(before).toContain(JEAN.email);
    expect(before).toContain(NAME);
    // Each place held him: a note quoting his email, the Dashboard, the properties, an event, his trigger.
    expect(JSON.stringify(wb.ss.getSheetByName('Membres')?.getDataRange().getNotes())).toContain(JEAN.email);
    expect(JSON.stringify(wb.ss.getSheetByName('Tableau de bord')?.getDataRange().getValues())).toContain(NAME);
    expect(JSON.stringify(wb.google.PropertiesService.getDocumentProperties().getProperties())).toContain(JEAN.email);
    expect(wb.events().find((e) => e.title === 'Plénière')?.guests).toContain(JEAN.email);
    expect(wb.emulator.triggers.all().map((t) => t.owner.email)).toEqual([JEAN.email]);

    expect(eraseMember(wb.google, { memberId: 'MEM-003' })).toEqual({ ok: true });
    wb.sync();
    // His own trigger is his Google account's: it stays until it fires and sees the record no longer names it.
    const after = traces(wb).replaceAll(`"triggers":["${JEAN.email}"`, '');
    const at = after.indexOf(NAME);
    expect(at < 0 ? '' : after.slice(at - 300, at + 100)).toBe('');
    expect(after).not.toContain(JEAN.email);
    expect(after).toContain('MEM-003');
  });

  it('stops counting him at once: Proposals › Supports, the supports list and the Dashboard’s late list', () => {
    const wb = everywhere();
    const supports = () => wb.ss.getSheetByName('Propositions')?.getRange('J2').getValue();
    expect(supports()).toBe(1);
    expect(eraseMember(wb.google, { memberId: 'MEM-003' })).toEqual({ ok: true });
    expect(supports()).toBe(0);
    const listed = listProposals(wb.google, {});
    if (!listed.ok) throw new Error(listed.errors[0]?.message);
    expect(listed.proposals.find((p) => p.id === 'PRO-001')?.supports).toBe(0);
    const dashboard = JSON.stringify(wb.ss.getSheetByName('Tableau de bord')?.getDataRange().getValues());
    expect(dashboard).not.toContain('MEM-003');
    expect(dashboard).toContain('MEM-002'); // Marina, who has not pledged, is still late
  });

  it('lets Check leave his supports uncounted without calling them problems', () => {
    const wb = everywhere();
    wb.as(JEAN);
    expect(eraseMember(wb.google, { memberId: 'MEM-003' })).toEqual({ ok: true });
    wb.as(LUCIA);
    const result = validateAll(wb.google);
    if (!result.ok && 'errors' in result) throw new Error(JSON.stringify(result));
    expect(result.problems.filter((p) => p.table === 'supports')).toEqual([]);
    expect(wb.ss.getSheetByName('Soutiens')?.getDataRange().getNotes().flat().filter(Boolean)).toEqual([]);
  });

  it('exports, before the erasure, what it will erase: notes, the Dashboard, the properties and the schedule naming him', () => {
    const wb = everywhere();
    wb.as(JEAN);
    const result = exportMyData(wb.google);
    if (!result.ok) throw new Error(result.errors[0]?.message);
    const data = JSON.parse(result.json);
    expect(data.notes.map((n: { tab: string }) => n.tab)).toContain('Membres');
    expect(data.dashboard.length).toBeGreaterThan(0);
    expect(Object.keys(data.properties)).toEqual(expect.arrayContaining(['mutirao.coordinators', 'mutirao.reminderSchedule']));
    expect(data.scheduledReminders).toBe(true);
    expect(data.mentions.map((r: Record<string, unknown>) => r['Notes'] ?? r['Ordre du jour'] ?? r['ID'])).toEqual([`Questions : ${JEAN.email}`, 'MEM-099', `Accueil par ${JEAN.email}`]);
    expect(result.json).not.toContain(LUCIA.email);
    expect(result.json).not.toContain(MARINA.email);
  });
});

describe('the reminders an erased coordinator scheduled', () => {
  it('pass to the coordinator who erases him: their trigger sends from now on, his removes itself', () => {
    const wb = everywhere();
    expect(eraseMember(wb.google, { memberId: 'MEM-003' })).toEqual({ ok: true });
    const schedule = getReminderSchedule(wb.google);
    expect(schedule).toMatchObject({ ok: true, on: true, owner: LUCIA.email });
    expect(wb.emulator.triggers.all().map((t) => t.owner.email).sort()).toEqual([JEAN.email, LUCIA.email].sort());
    const log = wb.ss.getSheetByName('Journal')?.getDataRange().getValues() ?? [];
    expect(log.map((r) => [r[2], r[4]])).toContainEqual(['reminders.schedule', 'taken over from MEM-003']);
  });

  it('stop when he erases himself, and every coordinator is told in the Reminders section', () => {
    const wb = everywhere();
    wb.as(JEAN);
    expect(eraseMember(wb.google, { memberId: 'MEM-003' })).toEqual({ ok: true });
    expect(wb.emulator.triggers.all()).toEqual([]);
    wb.as(LUCIA);
    expect(getReminderSchedule(wb.google)).toMatchObject({ ok: true, on: false, owner: null, stoppedFor: 'MEM-003' });
    // Turning them back on takes them over, and the notice goes.
    expect(setReminderSchedule(wb.google, { on: true })).toMatchObject({ ok: true, on: true, owner: LUCIA.email });
    expect(getReminderSchedule(wb.google)).not.toHaveProperty('stoppedFor');
  });

  it('stop, and say so, when the coordinator who erases him has not granted what reminders need', () => {
    const wb = everywhere();
    wb.as({ ...LUCIA, grantedScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/userinfo.email'] });
    expect(eraseMember(wb.google, { memberId: 'MEM-003' })).toEqual({ ok: true });
    wb.as(LUCIA);
    expect(getReminderSchedule(wb.google)).toMatchObject({ ok: true, on: false, stoppedFor: 'MEM-003' });
  });
});
