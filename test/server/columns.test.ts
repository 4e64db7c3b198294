import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/domain/tables';
import { PROPERTY_LIMITS } from '../../src/properties';
import { setupWorkbook } from '../../src/server/setup';
import { submitProposal } from '../../src/server/submissions';
import { listProposals } from '../../src/server/supports';
import { LUCIA, MARINA, groupWorkbook, rowsOf } from './submit-fixture';

// Issue 19: setup stamps each column with its key in developer metadata and records where it put
// them; a call finds its columns in that record, checked against the header row it reads anyway,
// and only a tab whose header row changed sends it to the headers' words and the metadata.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const stamps = (sheet: Sheet) =>
  sheet.createDeveloperMetadataFinder().withKey('mutirao.column').find().map((m) => [m.getValue(), m.getLocation().getColumn()?.getColumn()]);

describe('columns found by the metadata setup stamped', () => {
  it('setup stamps every declared column of every tab with its key, where it put it', () => {
    const { ss } = groupWorkbook();
    for (const table of TABLES.filter((t) => t.columns.length > 0)) {
      const tab = ss.getSheets().find((sheet) => sheet.getDeveloperMetadata().some((m) => m.getValue() === table.key)) as Sheet;
      expect(stamps(tab)).toEqual(table.columns.map((column, i) => [column.key, i + 1]));
    }
  });

  it('keeps its record in one document property, with room to spare', () => {
    const f = groupWorkbook();
    const record = f.emulator.run({ kind: 'user', authMode: 'FULL' }, () => f.google.PropertiesService.getDocumentProperties().getProperty('mutirao.tabs')) as string;
    expect(record.split(',')).toHaveLength(TABLES.length);
    expect(record.length).toBeLessThan(PROPERTY_LIMITS.valueBytes / 2);
  });

  it('a call in a workbook as setup left it searches no metadata, and its calls do not grow with the columns', () => {
    const f = groupWorkbook();
    f.as(MARINA);
    f.emulator.meter.reset();
    expect(submitProposal(f.google, { title: 'Feira', objectiveId: 'O3' }).ok).toBe(true);
    expect(f.emulator.meter.count('Sheet.createDeveloperMetadataFinder')).toBe(0);
    expect(f.emulator.meter.count('DeveloperMetadata.getValue')).toBe(0);
  });

  it('finds a column dragged elsewhere and renamed, writes into it, and setup gives it its header back in place', () => {
    const f = groupWorkbook();
    const sheet = f.ss.getSheetByName('Propositions') as Sheet;
    // Title moved to the far right of the declared columns, its header retyped by a coordinator.
    sheet.moveColumns(sheet.getRange('B:B'), 15);
    sheet.getRange(1, 14).setValue('Nom du projet');
    f.as(MARINA);
    expect(submitProposal(f.google, { title: 'Feira solidária', objectiveId: 'O3' }).ok).toBe(true);
    const [row] = rowsOf(f.ss, 'Propositions');
    expect(row?.[13]).toBe('Feira solidária');
    expect(row?.[1]).toBe('');
    f.as(LUCIA);
    expect(setupWorkbook(f.google).ok).toBe(true);
    expect(sheet.getRange(1, 14).getValue()).toBe('Titre');
    expect(stamps(sheet).find(([key]) => key === 'title')).toEqual(['title', 14]);
    // Recorded again: the next call searches no metadata.
    f.as(MARINA);
    f.emulator.meter.reset();
    expect(listProposals(f.google, {}).ok).toBe(true);
    expect(f.emulator.meter.count('Sheet.createDeveloperMetadataFinder')).toBe(0);
  });

  it('a coordinator’s own column inserted among ours: found by the headers until setup records the tab again', () => {
    const f = groupWorkbook();
    const sheet = f.ss.getSheetByName('Propositions') as Sheet;
    sheet.insertColumnsAfter(2, 1);
    sheet.getRange(1, 3).setValue('Commentaire');
    f.as(MARINA);
    expect(submitProposal(f.google, { title: 'Feira', objectiveId: 'O3' }).ok).toBe(true);
    expect(rowsOf(f.ss, 'Propositions')[0]?.slice(0, 5)).toEqual(['PRO-001', 'Feira', '', '', 'O3']);
    f.as(LUCIA);
    expect(setupWorkbook(f.google).ok).toBe(true);
    expect(sheet.getRange(1, 1, 1, 5).getValues()[0]).toEqual(['ID', 'Titre', 'Commentaire', 'Description', 'Objectif']);
    expect(stamps(sheet).slice(0, 3)).toEqual([['id', 1], ['title', 2], ['description', 4]]);
    f.as(MARINA);
    f.emulator.meter.reset();
    expect(submitProposal(f.google, { title: 'Moeda social', objectiveId: 'O3' }).ok).toBe(true);
    expect(f.emulator.meter.count('Sheet.createDeveloperMetadataFinder')).toBe(0);
    expect(rowsOf(f.ss, 'Propositions')[1]?.slice(0, 5)).toEqual(['PRO-002', 'Moeda social', '', '', 'O3']);
  });

  it('a column deleted by hand loses its metadata with it; setup adds it back at the end, stamped', () => {
    const f = groupWorkbook();
    const sheet = f.ss.getSheetByName('Soutiens') as Sheet;
    sheet.deleteColumns(3, 1);
    expect(stamps(sheet)).toEqual([['proposal', 1], ['member', 2]]);
    f.as(LUCIA);
    expect(setupWorkbook(f.google).ok).toBe(true);
    expect(stamps(sheet)).toEqual([['proposal', 1], ['member', 2], ['date', 3]]);
  });

  it('a tab copied with its metadata (Sheet.copyTo) does not take the original’s place', () => {
    const f = groupWorkbook();
    const original = f.ss.getSheetByName('Propositions') as Sheet;
    const copy = original.copyTo(f.ss);
    copy.getRange(1, 1, 1, 2).setValues([['Ancien', 'Brouillon']]);
    f.as(MARINA);
    expect(submitProposal(f.google, { title: 'Feira', objectiveId: 'O3' }).ok).toBe(true);
    expect(rowsOf(f.ss, 'Propositions').map((r) => r[1])).toEqual(['Feira']);
    expect(rowsOf(f.ss, copy.getName())).toEqual([]);
    f.as(LUCIA);
    expect(setupWorkbook(f.google).ok).toBe(true);
    expect(copy.getRange(1, 1, 1, 2).getValues()[0]).toEqual(['Ancien', 'Brouillon']);
  });
});
