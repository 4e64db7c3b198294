import { describe, expect, it } from 'vitest';
import { setupWorkbook } from '../../src/server/setup';
import { submitProposal } from '../../src/server/submissions';
import { LUCIA, MARINA, groupWorkbook, rowsOf } from './submit-fixture';

// Tabs are found by the sheet IDs setup recorded in the document properties, checked against
// getSheets(); the developer metadata is searched only when that record misses a tab.

const documentProperties = (f: ReturnType<typeof groupWorkbook>) =>
  f.emulator.run({ kind: 'user', authMode: 'FULL' }, () => f.google.PropertiesService.getDocumentProperties()) as GoogleAppsScript.Properties.Properties;

describe('finding the tabs', () => {
  it('needs no metadata search in a workbook set up, renamed tabs included', () => {
    const f = groupWorkbook();
    f.ss.getSheetByName('Propositions')?.setName('Nos idées');
    f.as(MARINA);
    f.emulator.meter.reset();
    expect(submitProposal(f.google, { title: 'Feira', objectiveId: 'O3' }).ok).toBe(true);
    expect(f.emulator.meter.count('Spreadsheet.createDeveloperMetadataFinder')).toBe(0);
    expect(rowsOf(f.ss, 'Nos idées')).toHaveLength(1);
  });

  it('falls back to the metadata when the record is lost or names a deleted sheet, and setup records the tabs again', () => {
    const f = groupWorkbook();
    const properties = documentProperties(f);
    properties.setProperty('mutirao.tabs', '987654:proposals');
    f.ss.getSheetByName('Propositions')?.setName('Nos idées');
    f.as(MARINA);
    expect(submitProposal(f.google, { title: 'Feira', objectiveId: 'O3' }).ok).toBe(true);
    expect(rowsOf(f.ss, 'Nos idées')).toHaveLength(1);
    f.as(LUCIA);
    expect(setupWorkbook(f.google).ok).toBe(true);
    expect(properties.getProperty('mutirao.tabs')?.split(',')).toHaveLength(13);
  });

  it('a tab deleted by hand is created again by setup and recorded under its new sheet', () => {
    const f = groupWorkbook();
    const properties = documentProperties(f);
    f.ss.deleteSheet(f.ss.getSheetByName('Propositions') as GoogleAppsScript.Spreadsheet.Sheet);
    f.as(MARINA);
    expect(submitProposal(f.google, { title: 'Feira', objectiveId: 'O3' }).ok).toBe(false);
    f.as(LUCIA);
    expect(setupWorkbook(f.google).ok).toBe(true);
    const id = f.ss.getSheetByName('Propositions')?.getSheetId();
    expect(properties.getProperty('mutirao.tabs')).toContain(`${id}:proposals`);
    f.as(MARINA);
    expect(submitProposal(f.google, { title: 'Feira', objectiveId: 'O3' }).ok).toBe(true);
  });
});
