import { describe, expect, it } from 'vitest';
import { setupWorkbook } from '../../src/server/setup';
import { todayIn, addDays } from '../../src/domain/time';
import { JEAN, LUCIA, MARINA, newWorkbook, valuesOf } from './fixture';

describe('setupWorkbook on a new spreadsheet', () => {
  it('creates the tabs in the spreadsheet’s language, in order, Translations hidden, and drops the empty first sheet', () => {
    const { google, ss } = newWorkbook({ locale: 'fr_FR' });
    const result = setupWorkbook(google);
    expect(result.ok).toBe(true);
    expect(ss.getSheets().map((s) => s.getName())).toEqual([
      'Paramètres', 'Membres', 'Objectifs', 'Propositions', 'Ressources', 'Réunions', 'Tableau de bord', 'Journal', 'Soutiens', 'Sondages', 'Réponses aux sondages', 'Jalons', 'Traductions',
    ]);
    expect(ss.getSheets().filter((s) => s.isSheetHidden()).map((s) => s.getName())).toEqual(['Traductions']);
  });

  it('writes headers in that language and freezes them', () => {
    const { google, ss } = newWorkbook({ locale: 'pt_BR' });
    setupWorkbook(google);
    expect(valuesOf(ss, 'Membros')[0]).toEqual(['ID', 'Nome', 'E-mail', 'Organização', 'Cidade', 'País', 'Polo', 'Função', 'Situação', 'Ingresso', 'Idioma', 'Consentimento', 'E-mails']);
    expect(ss.getSheetByName('Reuniões')?.getFrozenRows()).toBe(1);
  });

  it('tags each tab with a stable key in developer metadata', () => {
    const { google, ss } = newWorkbook();
    setupWorkbook(google);
    const keys = ss.createDeveloperMetadataFinder().withKey('mutirao.tab').find().map((m) => `${m.getValue()}=${m.getLocation().getSheet()?.getName()}`);
    expect(keys).toContain('members=Membres');
    expect(keys).toHaveLength(13);
  });

  it('offers dropdowns of the workbook-language labels on enumerated columns', () => {
    const { google, ss } = newWorkbook({ locale: 'fr_FR' });
    setupWorkbook(google);
    const status = ss.getSheetByName('Propositions')?.getRange('F2').getDataValidation();
    expect(status?.getCriteriaValues()[0]).toEqual(['soumise', 'en examen', 'priorisée', 'refusée', 'retirée']);
    expect(status?.getAllowInvalid()).toBe(true);
  });

  it('formats IDs, Start and free text as plain text and dates as dates', () => {
    const { google, ss } = newWorkbook({ locale: 'fr_FR' });
    setupWorkbook(google);
    const meetings = ss.getSheetByName('Réunions');
    expect(meetings?.getRange('A5').getNumberFormat()).toBe('@');
    expect(meetings?.getRange('B5').getNumberFormat()).toBe('@');
    expect(meetings?.getRange('D5').getNumberFormat()).toBe('@');
    expect(meetings?.getRange('C5').getNumberFormat()).toBe('dd/mm/yyyy');
  });

  it('formats text columns as plain text, so what people type by hand stays as typed', () => {
    const { google, ss } = newWorkbook();
    setupWorkbook(google);
    expect(ss.getSheetByName('Propositions')?.getRange('B2:C2').getNumberFormats()).toEqual([['@', '@']]);
  });

  it('protects computed columns with a warning only', () => {
    const { google, ss, emulator } = newWorkbook();
    setupWorkbook(google);
    const protections = ss.getSheetByName('Réunions')?.getProtections(emulator.services.SpreadsheetApp.ProtectionType.RANGE) ?? [];
    expect(protections.map((p) => p.getRange().getA1Notation())).toEqual(['K1:K1000', 'L1:L1000', 'M1:M1000', 'N1:N1000', 'O1:O1000', 'P1:P1000', 'Q1:Q1000', 'R1:R1000', 'S1:S1000']);
    expect(protections.every((p) => p.isWarningOnly())).toBe(true);
  });

  it('seeds Settings: the workshop is today and the deadline fifteen days later', () => {
    const { google, ss } = newWorkbook({ locale: 'fr_FR', timeZone: 'America/Recife' });
    setupWorkbook(google);
    const rows = valuesOf(ss, 'Paramètres');
    const today = todayIn('America/Recife', new Date());
    const date = (label: string) => rows.find((r) => r[0] === label)?.[1] as Date;
    expect(rows.find((r) => r[0] === 'Langue')?.[1]).toBe('fr');
    expect(todayIn('America/Recife', date("Date de l’atelier"))).toBe(today);
    expect(todayIn('America/Recife', date('Date limite d’envoi'))).toBe(addDays(today, 15));
    expect(rows.map((r) => r[0])).toHaveLength(14);
  });

  it('seeds the five workshop objectives: O1 and O2 achieved, O3–O5 the priorities', () => {
    const { google, ss } = newWorkbook({ locale: 'en_US' });
    setupWorkbook(google);
    expect(valuesOf(ss, 'Objectives').slice(1).map((r) => r.slice(0, 7).join(' | '))).toEqual([
      'O1 | Better understand the link between the solidarity economy and decentralized cooperation | manual |  | 1 | achieved | no',
      'O2 | Form a permanent working group | manual |  | 1 | achieved | no',
      'O3 | Define the priorities of the action plan | proposals_prioritized | 5 | 0 | not started | yes',
      'O4 | Define the resources available and those that will be made available | resources_declared |  | 0 | not started | yes',
      "O5 | Define the calendar of the working group's next meetings | meetings_scheduled | 3 | 0 | not started | yes",
    ]);
  });

  it('registers the first user as coordinator of the hub their language suggests', () => {
    const { google, ss } = newWorkbook({ locale: 'fr_FR', user: LUCIA });
    const result = setupWorkbook(google);
    const row = valuesOf(ss, 'Membres')[1] ?? [];
    expect(row.slice(0, 9)).toEqual(['MEM-001', 'lucia.almeida', 'lucia.almeida@example.org', '', 'Recife', 'BR', 'Recife', 'coordination', 'actif']);
    expect(result.ok && result.coordinatorId).toBe('MEM-001');
  });

  it('puts a French first user in the Nantes hub', () => {
    const { google, ss } = newWorkbook({ locale: 'fr_FR', user: JEAN });
    setupWorkbook(google);
    expect(valuesOf(ss, 'Membres')[1]?.slice(4, 7)).toEqual(['Nantes', 'FR', 'Nantes']);
  });

  it('records what it did in the Log', () => {
    const { google, ss } = newWorkbook({ locale: 'en_US' });
    setupWorkbook(google);
    const log = valuesOf(ss, 'Log').slice(1);
    expect(log.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['lucia.almeida@example.org', 'setup', ''],
      ['lucia.almeida@example.org', 'coordinator', 'MEM-001'],
    ]);
  });

  it('tells the coordinator what happened with a toast in their language', () => {
    const { google, emulator } = newWorkbook({ user: JEAN });
    setupWorkbook(google);
    expect(emulator.spreadsheet.toasts.at(-1)?.message).toBe(
      'Le classeur est prêt\u00a0: 13 onglets créés, 0 réparé. Inscription enregistrée\u00a0: vous êtes la première personne de la coordination (MEM-001).',
    );
  });

  it('refuses without writing when Google gives no email, and says how to authorize', () => {
    const { google, ss, emulator } = newWorkbook({ user: null });
    const result = setupWorkbook(google);
    expect(result.ok).toBe(false);
    expect(emulator.ui.alerts.at(-1)?.prompt).toMatch(/authorize the add-on/);
    expect(ss.getSheets()).toHaveLength(1);
  });

  it('holds the document lock for every write', () => {
    const { google, emulator } = newWorkbook();
    setupWorkbook(google);
    expect(emulator.writesWithoutDocumentLock).toBe(0);
  });

  it('asks to try again when someone else holds the lock, and writes nothing', () => {
    const { google, emulator, ss } = newWorkbook({ user: MARINA });
    emulator.locks.holdDocumentLockElsewhere();
    const result = setupWorkbook(google);
    expect(result.ok ? '' : result.errors[0]?.message).toBe('Outra pessoa está salvando agora. Tente de novo em alguns segundos.');
    expect(ss.getSheets()).toHaveLength(1);
  });
});
