import { describe, expect, it } from 'vitest';
import { submitMeeting, submitMember, submitProposal, submitResource } from '../../src/server/submissions';
import { getSidebarState } from '../../src/server/sidebar';
import { validateAll } from '../../src/server/validation';
import { LUCIA, MARINA, JEAN, checked, groupWorkbook, rowsOf } from './submit-fixture';

type Answer = ReturnType<typeof submitResource>;
const fields = (result: Answer) => (result.ok ? [] : result.errors.map((e) => e.field).sort());
const messageOf = (result: Answer, field: string) => (result.ok ? undefined : result.errors.find((e) => e.field === field)?.message);

describe('every problem of a form in one answer (issue 11)', () => {
  it('reports an empty title and an unknown objective together', () => {
    const { google, ss, as } = groupWorkbook();
    as(MARINA);
    const result = submitProposal(google, { title: '', objectiveId: 'O9' });
    expect(fields(result)).toEqual(['objectiveId', 'title']);
    expect(messageOf(result, 'objectiveId')).toContain('O9');
    expect(rowsOf(ss, 'Propositions')).toHaveLength(0);
  });

  it('flags Category, Description and Available from of an empty planned in-kind pledge at once', () => {
    const { google, as } = groupWorkbook();
    as(MARINA);
    const result = submitResource(google, { kind: 'in-kind', availability: 'planned' });
    expect(fields(result)).toEqual(['availableFrom', 'category', 'description']);
  });

  it('reports an unknown proposal along with a wrong amount', () => {
    const { google, as } = groupWorkbook();
    as(MARINA);
    const result = submitResource(google, { kind: 'financial', category: 'funding', amount: 'abc', currency: 'BRL', availability: 'available', proposalId: 'PRO-999' });
    expect(fields(result)).toEqual(['amount', 'proposalId']);
  });

  it('refuses a planned pledge available from a past date, and a meeting in the past, saying so', () => {
    const { google, as } = groupWorkbook();
    as(MARINA);
    const pledge = submitResource(google, { kind: 'in-kind', category: 'venue', description: 'Sala', availability: 'planned', availableFrom: '2020-01-01' });
    expect(pledge).toEqual({ ok: false, errors: [{ field: 'availableFrom', message: 'Escolha hoje ou uma data futura.' }] });
    as(LUCIA);
    const meeting = submitMeeting(google, { title: 'Plenária', date: '2020-01-01', startTime: '10:00' });
    expect(messageOf(meeting, 'date')).toBe('Escolha hoje ou uma data futura.');
    expect(submitResource(google, { kind: 'in-kind', category: 'venue', description: 'Sala', availability: 'planned', availableFrom: '2099-01-01' }).ok).toBe(true);
  });

  it('refuses a second registration together with the form’s field problems', () => {
    const { google, as } = groupWorkbook();
    as(MARINA);
    const result = submitMember(google, { name: '', city: 'Recife', country: 'BR', hub: 'Recife', consent: true });
    expect(fields(result)).toEqual(['form', 'name']);
  });
});

describe('amounts as the caller writes money (PRODUCT.md §5)', () => {
  const pledge = (amount: unknown, currency: string) => ({ kind: 'financial', category: 'funding', amount, currency, availability: 'available' });
  const amountCell = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => rowsOf(ss, 'Ressources').at(-1)?.[5];

  it('stores 1.500 typed in pt-BR as fifteen hundred reais', () => {
    const { google, ss, as } = groupWorkbook();
    as(MARINA);
    expect(submitResource(google, pledge('R$ 1.500,00', 'BRL')).ok).toBe(true);
    expect(amountCell(ss)).toBe(1500);
    expect(submitResource(google, pledge('1.500', 'BRL')).ok).toBe(true);
    expect(amountCell(ss)).toBe(1500);
  });

  it('reads a French amount with a no-break space and the euro sign', () => {
    const { google, ss, as } = groupWorkbook();
    as(JEAN);
    submitMember(google, { name: 'Jean Moreau', city: 'Nantes', country: 'FR', hub: 'Nantes', consent: true });
    expect(submitResource(google, pledge('1\u00a0234,50 €', 'EUR')).ok).toBe(true);
    expect(amountCell(ss)).toBe(1234.5);
  });

  it('refuses 1.500 in English with both readings, and takes a number as it is', () => {
    const { google, ss, as } = groupWorkbook({ locale: 'en_US' });
    as({ ...MARINA, locale: 'en' });
    const refused = submitResource(google, pledge('1.500', 'EUR'));
    expect(messageOf(refused, 'amount')).toBe('Did you mean €1.50 or €1,500.00? Pick one.');
    expect(submitResource(google, pledge(1500, 'EUR')).ok).toBe(true);
    expect(amountCell(ss) ?? rowsOf(ss, 'Resources').at(-1)?.[5]).toBe(1500);
  });

  it('refuses an amount written in the other currency', () => {
    const { google, as } = groupWorkbook();
    as(MARINA);
    const refused = submitResource(google, pledge('10 €', 'BRL'));
    expect(messageOf(refused, 'amount')).toBe('Este valor está em EUR; a contribuição é em BRL.');
  });
});

describe('money typed as text in the sheet, read in the workbook’s language', () => {
  const typeAmount = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet, text: string) => {
    const sheet = ss.getSheetByName('Ressources');
    if (!sheet) throw new Error('no Ressources tab');
    // Rich text keeps the cell's text as typed: a coordinator typed it into a plain-text column.
    sheet.getRange(sheet.getLastRow(), 6).setRichTextValue(SpreadsheetApp.newRichTextValue().setText(text).build());
  };
  let SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;

  it('counts `1 234,50 €` as 1234.5 in a French workbook, with no problem found', () => {
    const { google, ss, as } = groupWorkbook();
    SpreadsheetApp = google.SpreadsheetApp;
    as(MARINA);
    expect(submitResource(google, { kind: 'financial', category: 'funding', amount: 10, currency: 'EUR', availability: 'available' }).ok).toBe(true);
    typeAmount(ss, '1\u202f234,50 €');
    expect(getSidebarState(google)).toMatchObject({ mine: { resources: [{ amount: 1234.5 }] } });
    const problems = checked(validateAll(google)).problems.filter((p) => p.table === 'resources');
    expect(problems).toEqual([]);
  });

  it('reports `1.500` in a French workbook with both readings, and does not count it', () => {
    const { google, ss, as } = groupWorkbook();
    SpreadsheetApp = google.SpreadsheetApp;
    as(MARINA);
    submitResource(google, { kind: 'financial', category: 'funding', amount: 10, currency: 'EUR', availability: 'available' });
    typeAmount(ss, '1.500');
    expect(getSidebarState(google)).toMatchObject({ mine: { resources: [{ amount: null }] } });
    as(JEAN);
    const problems = checked(validateAll(google)).problems.filter((p) => p.table === 'resources');
    expect(problems.map((p) => p.message)).toEqual(['Vouliez-vous dire 1,50\u00a0€ ou 1\u202f500,00\u00a0€\u00a0? Choisissez.']);
  });
});
