import { describe, expect, it } from 'vitest';
import { setupWorkbook } from '../../src/server/setup';
import { submitMeeting, submitMember, submitProposal, submitResource } from '../../src/server/submissions';
import type { GoogleServices } from '../../src/server/services';
import { LUCIA, MARINA, groupWorkbook, rowsOf } from './submit-fixture';

// Hand-damaged workbooks, as a careless editor leaves them (issue 10, item 8): a submission
// that cannot store all of itself is refused, never answered "saved".

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const refusal = (result: { ok: boolean; errors?: { message: string }[] }) => (result.ok ? '' : (result.errors?.[0]?.message ?? ''));

describe('a submission whose column is gone', () => {
  const cases: [string, string, number, (google: GoogleServices) => { ok: boolean }, RegExp][] = [
    ['Proposals › Objective', 'Propositions', 4, (g) => submitProposal(g, { title: 'Feira', objectiveId: 'O3' }), /: Objectif\./],
    ['Resources › Amount', 'Ressources', 6, (g) => submitResource(g, { kind: 'financial', category: 'funding', amount: '50', currency: 'EUR', availability: 'available' }), /: Montant\./],
    ['Meetings › Date', 'Réunions', 3, (g) => submitMeeting(g, { title: 'Groupe', date: '2027-01-15', startTime: '10:00' }), /: Date\./],
  ];

  it.each(cases)('%s deleted: refused in the caller’s language, naming the column and setup; nothing written', (_, tab, column, submit, named) => {
    const { google, ss, as } = groupWorkbook();
    ss.getSheetByName(tab)?.deleteColumns(column, 1);
    const before = rowsOf(ss, tab).length;
    as(tab === 'Réunions' ? LUCIA : MARINA); // both read Portuguese
    const message = refusal(submit(google));
    expect(message).toMatch(/^Nada foi salvo: a aba .+ perdeu uma coluna de que precisa: /);
    expect(message).toMatch(named);
    expect(message).toContain('Configurar a planilha');
    expect(rowsOf(ss, tab)).toHaveLength(before);
  });

  it('Members › Email deleted: a member cannot register a second time under a new ID', () => {
    const { google, ss, as } = groupWorkbook();
    ss.getSheetByName('Membres')?.deleteColumns(3, 1);
    as(MARINA);
    const message = refusal(submitMember(google, { name: 'Marina Souza', city: 'Recife', country: 'BR', hub: 'Recife', consent: true }));
    expect(message).toContain('precisa: E-mail.');
    expect(rowsOf(ss, 'Membres').map((r) => r[0])).toEqual(['MEM-001', 'MEM-002']);
  });

  it('names every missing column, in French for a French reader, when the headers were typed in a fourth language in a tab whose columns carry no metadata', () => {
    const { google, ss, as } = groupWorkbook();
    for (const metadata of ss.createDeveloperMetadataFinder().withKey('mutirao.column').find()) metadata.remove();
    const sheet = ss.getSheetByName('Propositions') as Sheet;
    sheet.getRange(1, 1, 1, 3).setValues([['Identificador', 'Título (es)', 'Descripción']]);
    as({ ...MARINA, locale: 'fr' });
    const result = submitProposal(google, { title: 'Feira', objectiveId: 'O3' });
    expect(refusal(result)).toMatch(/^Rien n’a été enregistré\u00a0: l’onglet Propositions a perdu des colonnes nécessaires\u00a0: ID, Titre\./);
  });

  it.each([
    ['the header row cleared', (sheet: Sheet) => sheet.getRange('1:1').clearContent()],
    ['a blank row inserted above the header', (sheet: Sheet) => sheet.insertRowsBefore(1, 1)],
  ])('refuses with %s, then setup puts the columns back and the submission lands', (_, damage) => {
    const { google, ss, as } = groupWorkbook();
    const sheet = ss.getSheetByName('Propositions') as Sheet;
    damage(sheet);
    as(MARINA);
    expect(refusal(submitProposal(google, { title: 'Feira', objectiveId: 'O3' }))).toMatch(/^Nada foi salvo/);
    expect(sheet.getLastRow()).toBeLessThanOrEqual(2);
    as(LUCIA);
    expect(setupWorkbook(google).ok).toBe(true);
    as(MARINA);
    expect(submitProposal(google, { title: 'Feira', objectiveId: 'O3' }).ok).toBe(true);
  });
});

describe('setup repairs a damaged tab without moving a row', () => {
  it('puts a deleted column back at the end, every row where it was', () => {
    const { google, ss, as } = groupWorkbook();
    as(MARINA);
    expect(submitProposal(google, { title: 'Feira solidária', objectiveId: 'O3' }).ok).toBe(true);
    const sheet = ss.getSheetByName('Propositions') as Sheet;
    sheet.deleteColumns(4, 1);
    const before = sheet.getDataRange().getValues();
    as(LUCIA);
    expect(setupWorkbook(google).ok).toBe(true);
    const after = sheet.getDataRange().getValues();
    expect(after.map((row) => row.slice(0, before[0]?.length))).toEqual(before);
    expect(after[0]?.at(-1)).toBe('Objectif');
    as(MARINA);
    expect(submitProposal(google, { title: 'Horta', objectiveId: 'O3' }).ok).toBe(true);
    expect(rowsOf(ss, 'Propositions').map((r) => [r[1], r.at(-1)])).toEqual([['Feira solidária', ''], ['Horta', 'O3']]);
  });
});

describe('the row is the commit point', () => {
  /** Services whose Log tab fails every write, as a Sheets outage would. */
  function logFails(google: GoogleServices, failing: { on: boolean }): GoogleServices {
    const broken = (sheet: Sheet): Sheet =>
      new Proxy(sheet, {
        get(target, name, receiver) {
          const value = Reflect.get(target, name, receiver) as unknown;
          if (failing.on && name === 'getRange' && target.getName() === 'Journal') {
            return () => {
              throw new Error('Service Spreadsheets failed while accessing document.');
            };
          }
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    const spreadsheet = google.SpreadsheetApp.getActive();
    const active = new Proxy(spreadsheet, {
      get(target, name) {
        if (name === 'getSheets') return () => target.getSheets().map(broken);
        const value = Reflect.get(target, name) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const app = new Proxy(google.SpreadsheetApp, {
      get(target, name) {
        if (name === 'getActive') return () => active;
        const value = Reflect.get(target, name) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    return { ...google, SpreadsheetApp: app } as GoogleServices;
  }

  it('says saved when the Log write fails after the row, and the next Log write adds the missing line', () => {
    const { google, ss, as } = groupWorkbook();
    const failing = { on: true };
    const shaky = logFails(google, failing);
    as(MARINA);
    const logBefore = rowsOf(ss, 'Journal').length;
    const first = submitProposal(shaky, { title: 'Feira', objectiveId: 'O3' });
    expect(first).toEqual({ ok: true, id: 'PRO-001' });
    expect(rowsOf(ss, 'Propositions').map((r) => r[0])).toEqual(['PRO-001']);
    expect(rowsOf(ss, 'Journal')).toHaveLength(logBefore);
    failing.on = false;
    expect(submitProposal(shaky, { title: 'Horta', objectiveId: 'O3' })).toEqual({ ok: true, id: 'PRO-002' });
    expect(rowsOf(ss, 'Propositions').map((r) => r[0])).toEqual(['PRO-001', 'PRO-002']);
    expect(rowsOf(ss, 'Journal').slice(logBefore).map((r) => [r[2], r[3]])).toEqual([['proposal.submit', 'PRO-001'], ['proposal.submit', 'PRO-002']]);
  });
});

describe('setup when the Members tab lost the columns coordinators are recognized by', () => {
  const alertOf = (emulator: ReturnType<typeof groupWorkbook>['emulator']) => emulator.ui.alerts.at(-1)?.prompt ?? '';

  it('Email deleted: the coordinators setup saw last time may still run it; the column comes back, empty, and they are told', () => {
    const { google, ss, as } = groupWorkbook();
    const sheet = ss.getSheetByName('Membres') as Sheet;
    sheet.deleteColumns(3, 1);
    const before = sheet.getDataRange().getValues();
    as(LUCIA);
    const result = setupWorkbook(google);
    expect(result.ok && result.message).toContain('A coluna E-mail voltou vazia ao fim da aba Membres: restaure o conteúdo em Arquivo › Histórico de versões.');
    const after = sheet.getDataRange().getValues();
    expect(after.map((row) => row.slice(0, before[0]?.length))).toEqual(before);
    expect(after.map((row) => row.at(-1))).toEqual(['E-mail', '', '']);
  });

  it('Email renamed in a workbook set up before columns carried metadata: anyone else is refused and told exactly what to restore', () => {
    const { google, ss, as, emulator } = groupWorkbook();
    for (const metadata of ss.createDeveloperMetadataFinder().withKey('mutirao.column').find()) metadata.remove();
    ss.getSheetByName('Membres')?.getRange('C1').setValue('Courriel perso');
    as(MARINA);
    const result = setupWorkbook(google);
    expect(result.ok).toBe(false);
    expect(alertOf(emulator)).toBe(
      '“Configurar a planilha” não consegue reconhecer a coordenação: a aba Membres perdeu a coluna E-mail. Restaure-a com seu cabeçalho (Editar › Desfazer, ou Arquivo › Histórico de versões) e execute “Configurar a planilha” de novo.',
    );
    expect(ss.getSheetByName('Membres')?.getRange('C1').getValue()).toBe('Courriel perso');
  });

  it('a workbook set up before coordinators were recorded: the coordinator is told what to restore too', () => {
    const { google, ss, as, emulator } = groupWorkbook();
    emulator.run({ kind: 'user', authMode: 'FULL' }, () => google.PropertiesService.getDocumentProperties().deleteProperty('mutirao.coordinators'));
    ss.getSheetByName('Membres')?.deleteColumns(3, 1);
    as(LUCIA);
    expect(setupWorkbook(google).ok).toBe(false);
    expect(alertOf(emulator)).toMatch(/^“Configurar a planilha” não consegue reconhecer a coordenação/);
  });
});
