import type { EmulatedUser } from '../../emulator';
import { getReminderSchedule, sendReminders, setReminderSchedule } from '../../src/server/reminders';
import { setupWorkbook } from '../../src/server/setup';
import { JEAN, LUCIA, newWorkbook } from './fixture';

export { JEAN, LUCIA };

/** Members › columns of a French workbook: ID, Nom, E-mail, Organisation, Ville, Pays, Pôle, Rôle, Statut, Inscription, Langue, Consentement, E-mails. */
type MemberRow = [id: string, name: string, email: string, hub: string, role: string, status: string, joined: string, language: string, emails: string];

/**
 * A French workbook set up by Lúcia (coordinator, MEM-001, who did not say yes to emails), and
 * members typed into the Members tab: three who said yes in three languages, one who said no,
 * an inactive one, an erased one and one whose email is not an address; each accepted the
 * privacy notice the day they joined. Jean (MEM-003) has
 * already proposed, so he owes only a pledge. The deadline is fifteen days away (setup's).
 */
export const GROUP: readonly MemberRow[] = [
  ['MEM-002', '<b>Ana</b>', 'ana@example.org', 'Recife', 'membre', 'actif', '2026-02-10', 'pt-BR', 'oui'],
  ['MEM-003', 'Jean Moreau', JEAN.email, 'Nantes', 'membre', 'actif', '2026-02-01', 'fr', 'oui'],
  ['MEM-004', "'=HYPERLINK(\"http://evil.example\",\"Amy\")", 'amy@example.org', 'Nantes', 'membre', 'actif', '2026-01-20', 'en', 'oui'],
  ['MEM-005', 'Bruno', 'bruno@example.org', 'Recife', 'membre', 'actif', '2026-01-01', 'pt-BR', 'non'],
  ['MEM-006', 'Carla', 'carla@example.org', 'Recife', 'membre', 'inactif', '2026-01-01', 'pt-BR', 'oui'],
  ['MEM-007', '', '', 'Nantes', 'membre', 'effacé', '2026-01-01', 'fr', 'oui'],
  ['MEM-008', 'Dora', 'dora at example', 'Recife', 'membre', 'actif', '2026-01-01', 'pt-BR', 'oui'],
];

export function remindersWorkbook(options: { user?: EmulatedUser; members?: readonly MemberRow[] } = {}) {
  const fixture = newWorkbook({ user: options.user ?? LUCIA });
  const { emulator, google, ss } = fixture;
  setupWorkbook(google);
  const tab = (name: string) => {
    const sheet = ss.getSheetByName(name);
    if (!sheet) throw new Error(`no tab ${name}`);
    return sheet;
  };
  const rows = (options.members ?? GROUP).map(([id, name, email, hub, role, status, joined, language, emails]) =>
    [id, name, email, '', 'Recife', 'BR', hub, role, status, joined, language, joined, emails]);
  if (rows.length > 0) tab('Membres').getRange(3, 1, rows.length, 13).setValues(rows);
  // Everyone accepted the privacy notice when they joined; its version is older (2026-01-01, midnight in Recife).
  tab('Paramètres').getRange('B14').setValue(new Date('2026-01-01T03:00:00Z'));
  tab('Propositions').getRange(2, 1, 1, 5).setValues([['PRO-001', 'Feira solidária', '', 'O3', 'MEM-003']]);
  emulator.meter.reset();
  return {
    ...fixture,
    tab,
    as: (user: EmulatedUser) => (emulator.user = user),
    dryRun: () => sendReminders(google, { dryRun: true }),
    send: () => sendReminders(google, { dryRun: false }),
    schedule: (on: boolean) => setReminderSchedule(google, { on }),
    scheduleState: () => getReminderSchedule(google),
    /** Settings › Reminder days. */
    setReminderDays: (days: string) => tab('Paramètres').getRange('B13').setValue(days),
    logRows: () => tab('Journal').getDataRange().getValues().slice(1),
  };
}

export type RemindersWorkbook = ReturnType<typeof remindersWorkbook>;

/** The answer of a call that must have succeeded. */
export function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}
