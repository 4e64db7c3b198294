// The emulator's own speed on a large block: tests only check that the values come back,
// timings belong here (a loaded machine made a 100 ms limit in npm test fail).
import { performance } from 'node:perf_hooks';
import { Emulator } from '../emulator';

const ROWS = 3000;
const COLUMNS = 15;

export function printEmulatorBench(): void {
  const emulator = new Emulator();
  const times = { write: [] as number[], read: [] as number[] };
  emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    const ss = emulator.services.SpreadsheetApp.getActive();
    const rows = Array.from({ length: ROWS }, (_, r) => Array.from({ length: COLUMNS }, (_, c) => (c % 3 === 0 ? r * c : `text ${r}-${c}`)));
    for (let i = 0; i < 5; i++) {
      const sheet = ss.insertSheet(`Bench ${i}`);
      sheet.insertRowsAfter(1000, ROWS - 900);
      let start = performance.now();
      sheet.getRange(2, 1, ROWS, COLUMNS).setValues(rows);
      times.write.push(performance.now() - start);
      start = performance.now();
      sheet.getRange(2, 1, ROWS, COLUMNS).getValues();
      times.read.push(performance.now() - start);
    }
  });
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[2] ?? 0;
  console.log(`\nemulator: ${ROWS} rows × ${COLUMNS} columns, median ms: setValues ${median(times.write).toFixed(1)}, getValues ${median(times.read).toFixed(1)}`);
}
