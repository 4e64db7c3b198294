import { readFileSync } from 'node:fs';
import { Emulator } from '../emulator';
import { loadProject, type Project } from '../emulator/project';

const root = new URL('..', import.meta.url);
const code = readFileSync(new URL('dist/Code.js', root), 'utf8');
const sidebar = readFileSync(new URL('dist/Sidebar.html', root), 'utf8');

export const COORDINATOR = { email: 'lucia.almeida@example.org', locale: 'pt-BR' };

/** A set-up workbook whose Members tab has `rows` members, typed in by a coordinator. */
export function workbookWithMembers(rows: number): { emulator: Emulator; project: Project } {
  const emulator = new Emulator({ user: COORDINATOR, spreadsheet: { locale: 'fr_FR' }, files: { Sidebar: sidebar } });
  const project = loadProject(emulator, code);
  project.call('setupWorkbook');
  emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    const sheet = emulator.services.SpreadsheetApp.getActive().getSheetByName('Membres');
    if (!sheet) throw new Error('no Membres tab');
    const joined = new Date();
    const members = Array.from({ length: rows - 1 }, (_, i) => {
      const n = String(i + 2).padStart(4, '0');
      return [`MEM-${n}`, `Membre ${n}`, `m${n}@example.org`, 'Coop', 'Recife', 'BR', 'Recife', 'membre', 'actif', joined];
    });
    const missing = members.length + 2 - sheet.getMaxRows();
    if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
    if (members.length > 0) sheet.getRange(3, 1, members.length, 10).setValues(members);
  });
  return { emulator, project };
}
