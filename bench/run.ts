// npm run bench: service calls and timings of each server call at 30 and 3,000 rows.
// Counts must not grow with rows (PRODUCT.md §5); timings are the emulator's, for trends only.
import { performance } from 'node:perf_hooks';
import { printCalendarBench } from './calendar';
import { printRemindersBench } from './reminders';
import { printPollRemindersBench, printPollsBench } from './polls';
import { loadProject } from '../emulator/project';
import { built, COORDINATOR, MEMBER, workbookWithRows } from './workbook';
import { printEmulatorBench } from './emulator';

interface Scenario {
  readonly name: string;
  run(rows: number): { calls: Record<string, number>; ms: number };
}

type Bench = ReturnType<typeof workbookWithRows>;

function measure(rows: number, act: (project: Bench['project'], emulator: Bench['emulator']) => void, as = COORDINATOR, undo?: (project: Bench['project'], emulator: Bench['emulator']) => void) {
  const { emulator, project } = workbookWithRows(rows);
  emulator.user = as;
  const times: number[] = [];
  let calls: Record<string, number> = {};
  for (let i = 0; i < 5; i++) {
    // Apps Script evaluates Code.js afresh for each execution (its words' cache included): so does the bench.
    const fresh = i === 0 ? project : loadProject(emulator, built.code, built.files);
    emulator.meter.reset();
    const start = performance.now();
    act(fresh, emulator);
    times.push(performance.now() - start);
    calls = emulator.meter.snapshot();
    // Puts the workbook back, unmetered, so each run does the same thing (a support given again).
    undo?.(project, emulator);
  }
  times.sort((a, b) => a - b);
  return { calls, ms: times[2] ?? 0 };
}

/** The range of a cell someone typed into, as the onEdit event gives it. */
function editedRange(emulator: Bench['emulator'], tab: string, a1: string): GoogleAppsScript.Spreadsheet.Range {
  return emulator.run({ kind: 'user', authMode: 'FULL' }, () => emulator.services.SpreadsheetApp.getActive().getSheetByName(tab)?.getRange(a1)) as GoogleAppsScript.Spreadsheet.Range;
}

/** Grows the Proposals tab by 100 blank rows, as a coordinator adding rows at the bottom would: the next setup must give them their dropdowns. */
function growProposals(emulator: Bench['emulator']): void {
  emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    const sheet = emulator.services.SpreadsheetApp.getActive().getSheetByName('Propositions');
    sheet?.insertRowsAfter(sheet.getMaxRows(), 100);
  });
}

/** The bench member (MEM-0002) already supports PRO-0003; PRO-0010 is someone else's. */
const SUPPORTED = { proposalId: 'PRO-0010' };
const WITHDRAWN = { proposalId: 'PRO-0003' };

/** The bench member's own proposal and pledge (issue 22), and the edit that changes the proposal's title. */
const OWN_PROPOSAL = { proposalId: 'PRO-0002' };
const OWN_PLEDGE = { resourceId: 'RES-0002' };
const EDITED = { ...OWN_PROPOSAL, title: 'Proposition 0002 revue', objectiveId: 'O3' };
const TRANSLATED = { source: 'Proposals!PRO-0002!Title', to: 'fr' };
const MINUTES = { source: 'Meetings!MTG-0001!Minutes' };

/** Sets a cell back by hand, unmetered: the next run withdraws (or translates) again. */
function putBack(emulator: Bench['emulator'], tab: string, act: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void): void {
  emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    const sheet = emulator.services.SpreadsheetApp.getActive().getSheetByName(tab);
    if (sheet) act(sheet);
  });
}

const scenarios: Scenario[] = [
  { name: 'getSidebarState', run: (rows) => measure(rows, (p) => p.scriptRun('getSidebarState', [])) },
  { name: 'setupWorkbook (again)', run: (rows) => measure(rows, (p) => p.call('setupWorkbook')) },
  { name: 'setupWorkbook (rows added)', run: (rows) => measure(rows, (p) => p.call('setupWorkbook'), COORDINATOR, (_p, e) => growProposals(e)) },
  { name: 'submitProposal', run: (rows) => measure(rows, (p) => p.scriptRun('submitProposal', [{ title: 'Feira', objectiveId: 'O3' }]), MEMBER) },
  { name: 'submitResource', run: (rows) => measure(rows, (p) => p.scriptRun('submitResource', [{ kind: 'financial', category: 'funding', amount: '50', currency: 'EUR', availability: 'available' }]), MEMBER) },
  { name: 'submitMeeting', run: (rows) => measure(rows, (p) => p.scriptRun('submitMeeting', [{ title: 'Groupe', date: '2027-01-15', startTime: '10:00' }])) },
  { name: 'validateAll', run: (rows) => measure(rows, (p) => p.call('validateAll')) },
  { name: 'refreshProgress', run: (rows) => measure(rows, (p) => p.call('refreshProgress')) },
  { name: 'onEdit (a Proposals row)', run: (rows) => measure(rows, (p, e) => p.onEdit(editedRange(e, 'Propositions', 'D3'))) },
  { name: 'onEdit (a Members row)', run: (rows) => measure(rows, (p, e) => p.onEdit(editedRange(e, 'Membres', 'C3'))) },
  { name: 'WG_PROGRESS("O4")', run: (rows) => measure(rows, (p) => p.customFunction('WG_PROGRESS', 'O4')) },
  { name: 'supportProposal', run: (rows) => measure(rows, (p) => p.scriptRun('supportProposal', [SUPPORTED]), MEMBER, (p) => p.scriptRun('withdrawSupport', [SUPPORTED])) },
  { name: 'withdrawSupport', run: (rows) => measure(rows, (p) => p.scriptRun('withdrawSupport', [WITHDRAWN]), MEMBER, (p) => p.scriptRun('supportProposal', [WITHDRAWN])) },
  { name: 'listProposals', run: (rows) => measure(rows, (p) => p.scriptRun('listProposals', [{}]), MEMBER) },
  { name: 'updateProposal', run: (rows) => measure(rows, (p) => p.scriptRun('updateProposal', [EDITED]), MEMBER, (p) => p.scriptRun('updateProposal', [{ ...EDITED, title: 'Proposition 0002' }])) },
  { name: 'withdrawProposal', run: (rows) => measure(rows, (p) => p.scriptRun('withdrawProposal', [OWN_PROPOSAL]), MEMBER, (_, e) => putBack(e, 'Propositions', (s) => s.getRange(3, 6).setValue('soumise'))) },
  { name: 'withdrawResource', run: (rows) => measure(rows, (p) => p.scriptRun('withdrawResource', [OWN_PLEDGE]), MEMBER, (_, e) => putBack(e, 'Ressources', (s) => s.getRange(3, 10).setValue('disponible'))) },
  { name: 'translateText (new)', run: (rows) => measure(rows, (p) => p.scriptRun('translateText', [TRANSLATED]), MEMBER, (_, e) => putBack(e, 'Traductions', (s) => s.getLastRow() > 1 && s.deleteRows(2, s.getLastRow() - 1))) },
  { name: 'translateText (kept)', run: (rows) => measure(rows, (p) => p.scriptRun('translateText', [TRANSLATED]), MEMBER) },
  // A minute: who may read it is checked too (Members read once).
  { name: 'translate a minute (new)', run: (rows) => measure(rows, (p) => p.scriptRun('translateText', [MINUTES]), MEMBER, (_, e) => putBack(e, 'Traductions', (s) => s.getLastRow() > 1 && s.deleteRows(2, s.getLastRow() - 1))) },
  { name: 'translate a minute (kept)', run: (rows) => measure(rows, (p) => p.scriptRun('translateText', [MINUTES]), MEMBER) },
  { name: 'answerProposal', run: (rows) => measure(rows, (p) => p.scriptRun('answerProposal', [{ proposalId: 'PRO-0010', status: 'prioritized', priorityRank: 1, answer: 'Oui' }])) },
  // The action plan and the report for partners (issue 21).
  { name: 'saveMilestone', run: (rows) => measure(rows, (p) => p.scriptRun('saveMilestone', [{ proposalId: 'PRO-0002', milestone: 'Salle réservée', due: '2030-01-10', status: 'done', doneOn: '2026-01-10' }]), MEMBER) },
  { name: 'recordDelivery', run: (rows) => measure(rows, (p) => p.scriptRun('recordDelivery', [{ resourceId: 'RES-0002', delivered: '10', deliveredOn: '2026-01-10' }]), MEMBER) },
  { name: 'buildReport (csv)', run: (rows) => measure(rows, (p) => p.scriptRun('buildReport', [{ language: 'fr', format: 'csv' }])) },
  { name: 'buildReport (html)', run: (rows) => measure(rows, (p) => p.scriptRun('buildReport', [{ language: 'pt-BR', format: 'html' }])) },
];

const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
const spreadsheetCalls = (calls: Record<string, number>) =>
  Object.entries(calls)
    .filter(([name]) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range|DeveloperMetadata|Protection|DataValidation)/.test(name))
    .reduce((sum, [, n]) => sum + n, 0);

const pagesOf = (prefix: string) => Object.entries(built.files).filter(([name]) => name.startsWith(prefix)).map(([name, html]) => `${name.slice(prefix.length)} ${(Buffer.byteLength(html) / 1024).toFixed(1)}`).join(', ');
console.log(`dist/Code.js: ${(Buffer.byteLength(built.code) / 1024).toFixed(1)} KB (goal 110 KB); its chapters, KB (each call but Diagnose loads at most one): ${pagesOf('Chapter-')}`);
console.log(`the server's words: ${Object.entries(built.files)
  .filter(([name]) => name.startsWith('Messages-'))
  .map(([name, html]) => `${name}.html ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB`)
  .join(', ')}`);
console.log('rows = rows per tab (Members, Proposals, Resources, Meetings); HtmlService = pages read (Messages, sidebar); chapters = chapter pages evaluated (each +2 service calls)');
console.log('scenario                    rows  service calls  spreadsheet calls  getValues  HtmlService  chapters  median ms');
for (const scenario of scenarios) {
  for (const rows of [30, 3000]) {
    const { calls, ms } = scenario.run(rows);
    console.log(
      `${scenario.name.padEnd(26)} ${String(rows).padStart(5)} ${String(total(calls)).padStart(14)} ${String(spreadsheetCalls(calls)).padStart(18)} ${String(calls['Range.getValues'] ?? 0).padStart(10)} ${String(calls['HtmlService.createHtmlOutputFromFile'] ?? 0).padStart(12)} ${String(calls['HtmlService.createTemplateFromFile'] ?? 0).padStart(9)} ${ms.toFixed(1).padStart(10)}`,
    );
  }
}

// What one page of listProposals weighs as JSON, as google.script.run carries it to the sidebar.
for (const rows of [30, 500, 3000]) {
  const { emulator, project } = workbookWithRows(rows);
  emulator.user = MEMBER;
  const page = JSON.stringify(project.scriptRun('listProposals', [{}]));
  console.log(`listProposals JSON at ${rows} proposals: ${page.length} bytes (one page of 25)`);
}
// What the report for partners weighs with 3,000 rows per tab (600 prioritized proposals, 3,000 milestones).
{
  const { project } = workbookWithRows(3000);
  for (const format of ['html', 'csv']) {
    const report = project.scriptRun('buildReport', [{ language: 'fr', format }]) as { ok: boolean; content?: string };
    console.log(`buildReport ${format} at 3000 rows: ${report.ok ? `${(Buffer.byteLength(report.content ?? '') / 1024).toFixed(0)} KB` : JSON.stringify(report)}`);
  }
}
printCalendarBench();
printRemindersBench();
printPollsBench();
printPollRemindersBench();
printEmulatorBench();
