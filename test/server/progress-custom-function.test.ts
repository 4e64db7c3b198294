import { describe, expect, it } from 'vitest';
import { readBuiltProject } from '../../emulator/built';
import { loadProject } from '../../emulator/project';
import { wgProgress } from '../../src/server/wg-progress';
import { progressWorkbook } from './progress-fixture';

// Custom functions: https://developers.google.com/apps-script/guides/sheets/functions
const CUSTOM = { kind: 'custom-function', authMode: 'CUSTOM_FUNCTION' } as const;

function asFormula(f: ReturnType<typeof progressWorkbook>, id: unknown): unknown {
  return f.emulator.run(CUSTOM, () => wgProgress(f.google, id));
}

describe('WG_PROGRESS(objectiveId)', () => {
  it('gives the objective’s progress, 0..1, as refreshProgress computes it', () => {
    const f = progressWorkbook();
    f.add('Propositions', [f.proposal('PRO-001', 'MEM-002', 'priorisée'), f.proposal('PRO-002', 'MEM-002', 'priorisée')]);
    f.add('Ressources', [f.money('RES-001', 'MEM-002', 10, 'EUR')]);
    f.add('Réunions', [f.meeting('MTG-001', 3)]);
    expect(['O1', 'O2', 'O3', 'O4', 'O5'].map((id) => asFormula(f, id))).toEqual([1, 1, 0.4, 0.5, 1 / 3]);
  });

  it('writes nothing and reads only the tabs its metric needs', () => {
    const f = progressWorkbook();
    const before = JSON.stringify(f.emulator.spreadsheet.toJSON());
    f.emulator.meter.reset();
    asFormula(f, 'O3');
    // Settings (for the workbook's language and date), Objectives, and the one tab O3 counts.
    expect(f.emulator.meter.count('Range.getValues')).toBe(3);
    expect(JSON.stringify(f.emulator.spreadsheet.toJSON())).toBe(before);
  });

  it('accepts the ID with spaces around or in lower case', () => {
    const f = progressWorkbook();
    expect(asFormula(f, ' o1 ')).toBe(1);
  });

  it('names an unknown ID in a clear error', () => {
    const f = progressWorkbook();
    // The cell's error speaks the workbook's language (French here).
    expect(() => asFormula(f, 'O9')).toThrow('WG_PROGRESS: l’objectif «\u00a0O9\u00a0» n’existe pas dans l’onglet Objectifs.');
    expect(() => asFormula(f, '')).toThrow('WG_PROGRESS: il faut un identifiant d’objectif, comme «\u00a0O3\u00a0».');
  });

  it('runs from the built bundle as =WG_PROGRESS("O3") does, writing nothing', () => {
    const { code, files } = readBuiltProject(new URL('../../dist/', import.meta.url));
    const f = progressWorkbook();
    f.add('Propositions', [f.proposal('PRO-001', 'MEM-002', 'priorisée')]);
    const project = loadProject(f.emulator, code, files);
    const before = JSON.stringify(f.emulator.spreadsheet.toJSON());
    expect(project.customFunction('WG_PROGRESS', 'O3')).toBe(0.2);
    expect(() => project.customFunction('WG_PROGRESS', 'O42')).toThrow(/«\u00a0O42\u00a0»/);
    expect(JSON.stringify(f.emulator.spreadsheet.toJSON())).toBe(before);
  });

  it('in the built bundle, finds columns a coordinator shifted by their headers, read from the pages (it may not search metadata)', () => {
    const { code, files } = readBuiltProject(new URL('../../dist/', import.meta.url));
    // Every language's headers: three as pushed, with the test languages' too in their build.
    const languages = Object.keys(files).filter((name) => name.startsWith('Messages-')).length;
    const f = progressWorkbook();
    f.add('Propositions', [f.proposal('PRO-001', 'MEM-002', 'priorisée')]);
    const proposals = f.ss.getSheetByName('Propositions') as GoogleAppsScript.Spreadsheet.Sheet;
    proposals.insertColumnsAfter(1, 1);
    proposals.getRange(1, 2).setValue('Note');
    const project = loadProject(f.emulator, code, files);
    f.emulator.meter.reset();
    expect(project.customFunction('WG_PROGRESS', 'O3')).toBe(0.2);
    expect(f.emulator.meter.count('HtmlService.createHtmlOutputFromFile')).toBe(languages);
  });

  it('keeps its English help for Sheets in the built bundle', () => {
    const { code } = readBuiltProject(new URL('../../dist/', import.meta.url));
    const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\nfunction WG_PROGRESS\(objectiveId\)/.exec(code)?.[1] ?? '';
    expect(doc).toContain('@customfunction');
    expect(doc).toMatch(/@param \{string\} objectiveId /);
    expect(doc).toMatch(/@return \{number\}/);
  });

  it('refreshProgress cannot run as a custom function: it asks Session, which custom functions may not use', () => {
    const { code, files } = readBuiltProject(new URL('../../dist/', import.meta.url));
    const f = progressWorkbook();
    const project = loadProject(f.emulator, code, files);
    expect(() => project.customFunction('refreshProgress')).toThrow('You do not have permission to call Session service.');
  });

  it('finds its tabs without the metadata finder, even when setup’s record of them is lost, and renamed', () => {
    const f = progressWorkbook();
    f.add('Propositions', [f.proposal('PRO-001', 'MEM-002', 'priorisée')]);
    f.emulator.run({ kind: 'user', authMode: 'FULL' }, () => f.google.PropertiesService.getDocumentProperties().deleteProperty('mutirao.tabs'));
    f.tab('Propositions').setName('Idées');
    f.tab('Objectifs').setName('Buts');
    expect(asFormula(f, 'O3')).toBe(0.2);
  });

  it('speaks the workbook’s language, from Settings, whatever the reader’s', () => {
    const f = progressWorkbook();
    f.emulator.user = { ...(f.emulator.user ?? { email: 'x@example.org' }), locale: 'pt_BR' } as typeof f.emulator.user;
    expect(() => asFormula(f, 'O9')).toThrow('WG_PROGRESS: l’objectif «\u00a0O9\u00a0» n’existe pas dans l’onglet Objectifs.');
  });
});
