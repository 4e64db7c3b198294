// Spreadsheet calls and Mail calls of sendReminders (a dry run, then the real run) for 30 and
// 3,000 members, every one late and saying yes to emails, in the three languages, from a
// Workspace account (1,500 emails a day): Mail calls follow the emails sent, spreadsheet calls
// stay the same. The bundle runs on the emulator; timings are for trends only.
import { performance } from 'node:perf_hooks';
import { MAIL_DAILY_QUOTA } from '../emulator/mail';
import { COORDINATOR, isoDay, workbookWithRows } from './workbook';

const spreadsheetCalls = (calls: Record<string, number>) =>
  Object.entries(calls)
    .filter(([name]) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range|DeveloperMetadata|Protection|DataValidation)/.test(name))
    .reduce((sum, [, n]) => sum + n, 0);
const mailCalls = (calls: Record<string, number>) =>
  Object.entries(calls).filter(([name]) => name.startsWith('MailApp.')).reduce((sum, [, n]) => sum + n, 0);

function lateWorkbook(members: number) {
  const bench = workbookWithRows(members);
  const { emulator } = bench;
  emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    const ss = emulator.services.SpreadsheetApp.getActive();
    const tab = (name: string) => ss.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
    const languages = ['fr', 'pt-BR', 'en'];
    // Each has accepted the privacy notice in force (today's), without which no email goes.
    tab('Membres').getRange(2, 11, members, 3).setValues(Array.from({ length: members }, (_, i) => [languages[i % 3], isoDay(0), 'oui']));
    // Nobody has proposed or pledged yet: everyone is late.
    for (const name of ['Propositions', 'Ressources']) tab(name).getRange(2, 1, members, 5).clearContent();
  });
  emulator.mail.setDailyQuota(COORDINATOR.email, MAIL_DAILY_QUOTA.workspace);
  emulator.user = COORDINATOR;
  return bench;
}

export function printRemindersBench(): void {
  console.log('\nsendReminders: members all late and saying yes; quota 1,500 (Workspace)');
  console.log('run         members  emails sent  skipped  Mail calls  spreadsheet calls  getValues  ms');
  for (const members of [30, 3000]) {
    const { emulator, project } = lateWorkbook(members);
    for (const dryRun of [true, false]) {
      emulator.meter.reset();
      const start = performance.now();
      const result = project.scriptRun('sendReminders', [{ dryRun }]) as { ok: boolean; sent: unknown[]; skipped: unknown[] };
      const ms = performance.now() - start;
      if (!result.ok) throw new Error(JSON.stringify(result));
      const calls = emulator.meter.snapshot();
      console.log(
        `${(dryRun ? 'dry run' : 'real run').padEnd(10)} ${String(members).padStart(8)} ${String(dryRun ? 0 : result.sent.length).padStart(12)} ${String(result.skipped.length).padStart(8)} ${String(mailCalls(calls)).padStart(11)} ${String(spreadsheetCalls(calls)).padStart(18)} ${String(calls['Range.getValues'] ?? 0).padStart(10)} ${ms.toFixed(0).padStart(6)}`,
      );
    }
  }
}
