import { LOCALES } from '../../src/domain/locale';
import { tableNamed } from '../../src/sheets/workbook';
import { addDays, isoDateToDateCell, todayIn } from '../../src/domain/time';
import { groupWorkbook } from './submit-fixture';

/**
 * A set-up French workbook (Lúcia MEM-001, coordinator; Marina MEM-002, member; both in
 * Recife) whose tabs a test fills by hand, as coordinators type rows. The workshop date is
 * today, in the spreadsheet's zone (America/Recife).
 */
export function progressWorkbook(options: { locale?: string } = {}) {
  const fixture = groupWorkbook(options);
  const { ss } = fixture;
  const today = todayIn('America/Recife', new Date());
  const day = (offset: number) => isoDateToDateCell(addDays(today, offset), 'America/Recife');
  /** A tab by its French name, whatever the workbook's language. */
  const tab = (name: string) => {
    const table = tableNamed(name);
    const sheet = table && LOCALES.map((l) => ss.getSheetByName(table.name[l])).find(Boolean);
    if (!sheet) throw new Error(`no tab ${name}`);
    return sheet;
  };
  /** Appends rows after the last one, growing the tab when needed. */
  const add = (name: string, rows: unknown[][]) => {
    const sheet = tab(name);
    const start = sheet.getLastRow() + 1;
    const missing = start + rows.length - 1 - sheet.getMaxRows();
    if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
    sheet.getRange(start, 1, rows.length, rows[0]?.length ?? 1).setValues(rows);
  };
  const member = (id: string, name: string, hub: string, status = 'actif') =>
    [id, name, `${id.toLowerCase()}@example.org`, '', hub, hub === 'Recife' ? 'BR' : 'FR', hub, 'membre', status, day(0)];
  const proposal = (id: string, memberId: string, status = 'soumise') => [id, `Proposition ${id}`, '', 'O3', memberId, status, '', '', ''];
  const money = (id: string, memberId: string, amount: number, currency: string) =>
    [id, memberId, 'financière', 'financement', '', amount, currency, '', '', 'disponible', '', '', ''];
  const inKind = (id: string, memberId: string, category: string) =>
    [id, memberId, 'en nature', category, 'Salle', '', '', '', '', 'disponible', '', '', ''];
  const meeting = (id: string, offset: number, status = 'prévue', eventId = `evt-${id}`) =>
    [id, `Réunion ${id}`, day(offset), '10:00', 60, 'America/Recife', '', 'tous', '', status, '', '', eventId, ''];
  /** Sets one objective's cells by column letter, as a coordinator edits them. */
  const setObjective = (row: number, cells: Partial<Record<'C' | 'D' | 'E' | 'F', unknown>>) => {
    for (const [column, value] of Object.entries(cells)) tab('Objectifs').getRange(`${column}${row}`).setValue(value);
  };
  const setRate = (rate: number | string) => tab('Paramètres').getRange('B8').setValue(rate);
  return { ...fixture, today, day, tab, add, member, proposal, money, inKind, meeting, setObjective, setRate };
}
