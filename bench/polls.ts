// Spreadsheet calls of answerPoll and listPolls with 30 and 3,000 rows in every tab (Polls and
// Poll answers included), and the size of listPolls' JSON: at most 50 polls travel, whatever the
// tab holds. The bundle runs on the emulator; timings are for trends only.
import { performance } from 'node:perf_hooks';
import { MAIL_DAILY_QUOTA } from '../emulator/mail';
import { COORDINATOR, isoDay, MEMBER, workbookWithRows } from './workbook';

const spreadsheetCalls = (calls: Record<string, number>) =>
  Object.entries(calls)
    .filter(([name]) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range|DeveloperMetadata|Protection|DataValidation)/.test(name))
    .reduce((sum, [, n]) => sum + n, 0);

/** `rows` open polls of four options each, and `rows` answers spread over members and polls; the bench member answered POL-0001 already. */
export function pollWorkbook(rows: number) {
  const bench = workbookWithRows(rows);
  const options = [40, 41, 42, 43].map((d) => `${isoDay(d)} 10:00`);
  bench.emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    const ss = bench.emulator.services.SpreadsheetApp.getActive();
    const tab = (name: string) => ss.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
    const n = (i: number) => String(i + 1).padStart(4, '0');
    const fill = (sheet: GoogleAppsScript.Spreadsheet.Sheet, values: unknown[][]) => {
      const missing = values.length + 101 - sheet.getMaxRows();
      if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
      sheet.getRange(2, 1, values.length, (values[0] as unknown[]).length).setValues(values);
    };
    fill(tab('Sondages'), Array.from({ length: rows }, (_, i) => [`POL-${n(i)}`, `Sondage ${n(i)}`, 60, 'America/Recife', 'tous', options.join('\n'), isoDay(30), 'ouvert', '', '', '', '']));
    fill(tab('Réponses aux sondages'), Array.from({ length: rows }, (_, i) => [`POL-${n(i % 4 === 1 ? 0 : i)}`, `MEM-${n(i % rows)}`, options[i % 4], ['oui', 'si besoin', 'non'][i % 3], '']));
  });
  return { ...bench, options };
}

export function printPollsBench(): void {
  console.log('\npolls: rows per tab (Members, Polls, Poll answers, …)');
  console.log('call                      rows  spreadsheet calls  getValues  JSON bytes  ms');
  for (const rows of [30, 3000]) {
    const { emulator, project, options } = pollWorkbook(rows);
    const runs: [string, typeof COORDINATOR, () => unknown][] = [
      ['answerPoll (again)', MEMBER, () => project.scriptRun('answerPoll', [{ pollId: 'POL-0001', answers: options.map((option) => ({ option, answer: 'yes' })) }])],
      ['listPolls (member)', MEMBER, () => project.scriptRun('listPolls', [])],
      ['listPolls (coordinator)', COORDINATOR, () => project.scriptRun('listPolls', [])],
    ];
    for (const [name, user, run] of runs) {
      emulator.user = user;
      emulator.meter.reset();
      const start = performance.now();
      const result = run() as { ok: boolean };
      const ms = performance.now() - start;
      if (!result.ok) throw new Error(JSON.stringify(result));
      const calls = emulator.meter.snapshot();
      console.log(`${name.padEnd(24)} ${String(rows).padStart(5)} ${String(spreadsheetCalls(calls)).padStart(18)} ${String(calls['Range.getValues'] ?? 0).padStart(10)} ${String(JSON.stringify(result).length).padStart(11)} ${ms.toFixed(0).padStart(5)}`);
    }
  }
}

/**
 * The poll workbook with POL-0001 closing tomorrow and every member in the three languages,
 * having accepted the notice and said yes to emails, from a Workspace account (1,500 a day):
 * Send reminders then sends the poll's reminders too.
 */
export function pollReminderWorkbook(rows: number) {
  const bench = pollWorkbook(rows);
  bench.emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    const ss = bench.emulator.services.SpreadsheetApp.getActive();
    const tab = (name: string) => ss.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
    const languages = ['fr', 'pt-BR', 'en'];
    tab('Membres').getRange(2, 11, rows, 3).setValues(Array.from({ length: rows }, (_, i) => [languages[i % 3], isoDay(0), 'oui']));
    tab('Sondages').getRange(2, 7).setValue(isoDay(1));
  });
  bench.emulator.mail.setDailyQuota(COORDINATOR.email, MAIL_DAILY_QUOTA.workspace);
  bench.emulator.user = COORDINATOR;
  return bench;
}

export function printPollRemindersBench(): void {
  console.log('\nsendReminders with a poll closing tomorrow: rows per tab; quota 1,500 (Workspace)');
  console.log('run         rows  poll reminders  spreadsheet calls  getValues  ms');
  for (const rows of [30, 3000]) {
    const { emulator, project } = pollReminderWorkbook(rows);
    for (const dryRun of [true, false]) {
      emulator.meter.reset();
      const start = performance.now();
      const result = project.scriptRun('sendReminders', [{ dryRun }]) as { ok: boolean; polls: { sent: unknown[] } };
      const ms = performance.now() - start;
      if (!result.ok) throw new Error(JSON.stringify(result));
      const calls = emulator.meter.snapshot();
      console.log(`${(dryRun ? 'dry run' : 'real run').padEnd(10)} ${String(rows).padStart(5)} ${String(result.polls.sent.length).padStart(15)} ${String(spreadsheetCalls(calls)).padStart(18)} ${String(calls['Range.getValues'] ?? 0).padStart(10)} ${ms.toFixed(0).padStart(5)}`);
    }
  }
}
