import { Emulator } from '../emulator';
import { readBuiltProject } from '../emulator/built';
import { loadProject, type Project } from '../emulator/project';

/** dist/ as clasp pushes it: Code.js, the sidebar pages and the server's words' pages. */
export const built = readBuiltProject(new URL('../dist/', import.meta.url));

/** The date `days` from today, as a cell takes it (YYYY-MM-DD). */
export function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export const COORDINATOR = { email: 'lucia.almeida@example.org', locale: 'pt-BR' };
export const MEMBER = { email: 'm0002@example.org', locale: 'pt-BR' };

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Types `rows` rows below the header, growing the tab first as a coordinator pasting would. */
function paste(sheet: Sheet, rows: unknown[][]): void {
  const missing = rows.length + 1 + 100 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  if (rows.length > 0) sheet.getRange(2, 1, rows.length, (rows[0] as unknown[]).length).setValues(rows);
}

/**
 * A set-up French workbook with `rows` rows in Members, Proposals, Resources, Meetings, Supports and Milestones,
 * about one in ten of them wrong somewhere, as a busy shared sheet would be.
 */
export function workbookWithRows(rows: number): { emulator: Emulator; project: Project } {
  const emulator = new Emulator({
    user: COORDINATOR,
    spreadsheet: { locale: 'fr_FR' },
  });
  const project = loadProject(emulator, built.code, built.files);
  project.call('setupWorkbook');
  emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    const ss = emulator.services.SpreadsheetApp.getActive();
    const tab = (name: string) => ss.getSheetByName(name) as Sheet;
    const n = (i: number) => String(i + 1).padStart(4, '0');
    const joined = new Date();
    paste(tab('Membres'), Array.from({ length: rows }, (_, i) =>
      i === 0
        ? ['MEM-0001', 'Lúcia', COORDINATOR.email, '', 'Recife', 'BR', 'Recife', 'coordinateur', 'actif', joined]
        : [`MEM-${n(i)}`, `Membre ${n(i)}`, i % 10 === 3 ? 'broken@' : `m${n(i)}@example.org`, 'Coop', 'Recife', 'BR', 'Recife', 'membre', 'actif', joined]));
    paste(tab('Propositions'), Array.from({ length: rows }, (_, i) =>
      // One in five prioritized (PRO-0002 among them, the bench member's), ranked by their number.
      i % 5 === 1
        ? [`PRO-${n(i)}`, `Proposition ${n(i)}`, '', 'O3', `MEM-${n(i % rows)}`, 'priorisée', i + 1, '', joined]
        : [`PRO-${n(i)}`, `Proposition ${n(i)}`, '', i % 10 === 4 ? 'O9' : 'O3', `MEM-${n(i % rows)}`, 'soumise', '', '', joined]));
    paste(tab('Ressources'), Array.from({ length: rows }, (_, i) =>
      [`RES-${n(i)}`, `MEM-${n(i % rows)}`, 'financière', 'financement', '', i % 10 === 5 ? '' : 100, 'EUR', '', '', 'disponible', '', '', joined]));
    paste(tab('Réunions'), Array.from({ length: rows }, (_, i) =>
      [`MTG-${n(i)}`, `Réunion ${n(i)}`, joined, '10:00', i % 10 === 6 ? 5 : 60, 'America/Recife', '', 'tous', '', 'prévue', '', '', '', '']));
    // MTG-0001 was held, and its minutes kept (issue 20): what translateText reads for a minute.
    tab('Réunions').getRange(2, 10).setValue('tenue');
    tab('Réunions').getRange(2, 20).setValue('La foire est décidée pour avril.');
    // One support per member, for the next member's proposal.
    paste(tab('Soutiens'), Array.from({ length: rows }, (_, i) => [`PRO-${n((i + 1) % rows)}`, `MEM-${n(i)}`, joined]));
    // As many milestones, five to each prioritized proposal, one in three done.
    paste(tab('Jalons'), Array.from({ length: rows }, (_, i) =>
      [`MIL-${n(i)}`, `PRO-${n(i - (i % 5) + 1)}`, `Jalon ${n(i)}`, joined, i % 3 === 0 ? 'terminé' : 'prévu', i % 3 === 0 ? joined : '']));
  });
  return { emulator, project };
}
