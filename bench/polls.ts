// Spreadsheet calls of answerPoll and listPolls with 30 and 3,000 rows in every tab (Polls and
// Poll answers included), and the size of listPolls' JSON: at most 50 polls travel, whatever the
// tab holds. The bundle runs on the emulator; timings are for trends only.
import { performance } from 'node:perf_hooks';
import { COORDINATOR, MEMBER, workbookWithRows } from './workbook';

const spreadsheetCalls = (calls: Record<string, number>) =>
  Object.entries(calls)
    .filter(([name]) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range|DeveloperMetadata|Protection|DataValidation)/.test(name))
    .reduce((sum, [, n]) => sum + n, 0);

function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

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
