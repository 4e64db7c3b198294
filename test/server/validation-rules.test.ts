import { describe, expect, it } from 'vitest';
import { t, type MessageKey } from '../../src/domain/i18n';
import { enumLabels } from '../../src/domain/enums';
import { LOCALES } from '../../src/domain/locale';
import { validateAll } from '../../src/server/validation';
import { submitMeeting, submitProposal, submitResource } from '../../src/server/submissions';
import { LUCIA, MARINA, checked, groupWorkbook } from './submit-fixture';

/** A French workbook with one row in each tab, all valid: each case breaks one cell. */
function validWorkbook() {
  const fixture = groupWorkbook();
  fixture.as(MARINA);
  submitProposal(fixture.google, { title: 'Feira', objectiveId: 'O3' });
  submitResource(fixture.google, { kind: 'financial', category: 'funding', amount: 100, currency: 'EUR', availability: 'available' });
  fixture.as(LUCIA);
  submitMeeting(fixture.google, { title: 'Groupe', date: '2027-01-15', startTime: '10:00' });
  return fixture;
}

/** The last item, when given, is the cell the mark lands on, when it is not the one changed. */
type Case = [name: string, tab: string, cell: string, value: unknown, key: MessageKey, params: Record<string, string | number>, marked?: string];

const CASES: Case[] = [
  ['a blank name', 'Membres', 'B3', '', 'field.required', {}],
  ['a name over 120 characters', 'Membres', 'B3', 'x'.repeat(121), 'field.tooLong', { max: 120 }],
  ['a malformed email', 'Membres', 'C3', 'marina@', 'field.email', {}],
  ['an email used twice, whatever the case', 'Membres', 'C3', 'LUCIA.almeida@example.org', 'field.duplicateEmail', { value: 'lucia.almeida@example.org', rows: 2 }],
  ['a blank city', 'Membres', 'E3', '', 'field.required', {}],
  ['a country that is no ISO code', 'Membres', 'F3', 'Brasil', 'field.country', {}],
  ['two letters that are no country', 'Membres', 'F3', 'UK', 'field.country', {}],
  ['an unknown hub', 'Membres', 'G3', 'Paris', 'field.notInList', { list: 'hub' }],
  ['an unknown role', 'Membres', 'H3', 'chef', 'field.notInList', { list: 'role' }],
  ['a joined date that is no date', 'Membres', 'J3', 'hier', 'field.date', {}],
  ['an ID used twice', 'Membres', 'A3', 'MEM-001', 'field.duplicateId', { value: 'MEM-001', rows: 2 }],
  ['a computed objective without target', 'Objectifs', 'D4', '', 'field.required', {}],
  ['a negative target', 'Objectifs', 'D6', -3, 'field.positive', {}],
  ['an unknown metric', 'Objectifs', 'C4', 'vibes', 'field.notInList', { list: 'metric' }],
  ['a manual progress over 100 %', 'Objectifs', 'E2', 2.5, 'field.percent', {}],
  ['a two-letter title', 'Propositions', 'B2', 'Ok', 'field.tooShort', { min: 3 }],
  ['an unknown objective', 'Propositions', 'D2', 'O9', 'field.unknownObjective', { id: 'O9' }],
  ['an unknown member', 'Propositions', 'E2', 'MEM-404', 'field.unknownMember', { id: 'MEM-404' }],
  ['a prioritized proposal without rank', 'Propositions', 'F2', 'priorisée', 'field.required', {}, 'G2'],
  ['a rank that is no whole number', 'Propositions', 'G2', 1.5, 'field.positiveInteger', {}],
  ['a financial pledge without amount', 'Ressources', 'F2', '', 'field.required', {}],
  ['a financial pledge without currency', 'Ressources', 'G2', '', 'field.required', {}],
  ['an unknown currency', 'Ressources', 'G2', 'USD', 'field.notInList', { list: 'currency' }],
  ['a planned pledge without date', 'Ressources', 'J2', 'prévue', 'field.required', {}, 'K2'],
  ['a pledge for an unknown proposal', 'Ressources', 'L2', 'PRO-404', 'field.unknownProposal', { id: 'PRO-404' }],
  ['a quantity without unit', 'Ressources', 'H2', 3, 'field.required', {}, 'I2'],
  ['a meeting of 10 minutes', 'Réunions', 'E2', 10, 'field.between', { min: 15, max: 600 }],
  ['a meeting of 601 minutes', 'Réunions', 'E2', 601, 'field.between', { min: 15, max: 600 }],
  ['a start that is no HH:MM', 'Réunions', 'D2', '10h', 'field.time', {}],
  ['an unknown time zone', 'Réunions', 'F2', 'Europe/Nantes', 'field.timeZone', {}],
  ['an unknown audience', 'Réunions', 'H2', 'everyone', 'field.notInList', { list: 'audience' }],
  ['a deadline that is no date', 'Paramètres', 'B4', 'bientôt', 'field.date', {}],
  ['working hours that are no HH:MM', 'Paramètres', 'B10', '9 h', 'field.time', {}],
];

/** Where each case's message lands: the cell's column, a problem carries the header shown in the tab. */
function expected(key: MessageKey, params: Record<string, string | number>, locale: (typeof LOCALES)[number]): string {
  if (key === 'field.notInList') return t(locale, key, { options: enumLabels(params['list'] as never, locale).join(', ') });
  return t(locale, key, params);
}

describe('validateAll finds each rule of PRODUCT.md §2, worded in the caller’s language', () => {
  it('finds nothing in a valid workbook', () => {
    const { google } = validWorkbook();
    const result = validateAll(google);
    expect(checked(result)).toMatchObject({ ok: true, problems: [] });
  });

  it.each(CASES)('%s', (_name, tab, cell, value, key, params, marked = cell) => {
    const { google, ss, emulator } = validWorkbook();
    const range = ss.getSheetByName(tab)?.getRange(cell);
    range?.setValue(value);
    for (const locale of LOCALES) {
      emulator.user = { ...LUCIA, locale };
      const result = checked(validateAll(google));
      expect(result.ok).toBe(false);
      const here = result.problems.filter((p) => p.tab === tab && `${p.row}` === cell.slice(1));
      expect(here.map((p) => p.message)).toContain(expected(key, params, locale));
    }
    // The note is in the workbook's language (French here).
    expect(ss.getSheetByName(tab)?.getRange(marked).getNote()).toContain(expected(key, params, 'fr'));
  });
});

describe('messages in each language', () => {
  it('reads naturally in French, Portuguese and English', () => {
    expect(t('fr', 'field.duplicateEmail', { value: 'a@b.org', rows: 4 })).toBe("L’e-mail a@b.org est aussi utilisé ligne 4.");
    expect(t('pt-BR', 'field.unknownMember', { id: 'MEM-404' })).toBe('O membro MEM-404 não existe.');
    expect(t('en', 'field.between', { min: 15, max: 600 })).toBe('Enter a number from 15 to 600.');
  });
});
