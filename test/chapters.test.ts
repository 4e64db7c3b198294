import { describe, expect, it } from 'vitest';
import { Emulator } from '../emulator';
import { readBuiltProject } from '../emulator/built';
import { loadProject } from '../emulator/project';
import { chaptersOf } from '../scripts/chapters.mjs';

// Issue 19: Code.js keeps what every execution may run; what only some calls need is a chapter
// (src/server/chapter.ts), a page the first call that needs it evaluates. Run on the built
// project, as Apps Script runs it: each loadProject is a new execution.
const { code, files } = readBuiltProject(new URL('../dist/', import.meta.url));
const pages = Object.keys(files).filter((name) => name.startsWith('Chapter-'));

function execution(emulator: Emulator) {
  emulator.meter.reset();
  return loadProject(emulator, code, files);
}

const loaded = (emulator: Emulator) => emulator.meter.count('HtmlService.createTemplateFromFile');

describe('chapters', () => {
  const emulator = new Emulator({ user: { email: 'jean@example.org', locale: 'fr' }, spreadsheet: { locale: 'fr_FR' } });
  execution(emulator).call('setupWorkbook');

  it('are not loaded by the menu, even in AuthMode.NONE, nor by onEdit', () => {
    execution(emulator).onOpen('NONE');
    expect(loaded(emulator)).toBe(0);
    const cell = emulator.run({ kind: 'user', authMode: 'FULL' }, () => emulator.services.SpreadsheetApp.getActive().getSheetByName('Membres')?.getRange('C2')) as GoogleAppsScript.Spreadsheet.Range;
    execution(emulator).onEdit(cell);
    expect(loaded(emulator)).toBe(0);
  });

  // Diagnose aside, which loads them all (below).
  it('are loaded one page per call, once, and answer as the module does', () => {
    for (const [name, args] of [['getSidebarState', []], ['listPolls', []], ['listActionPlan', []], ['exportMyData', []], ['listMinutes', []], ['listProposals', [{}]]] as const) {
      const project = execution(emulator);
      const result = project.scriptRun(name, args) as { ok?: boolean };
      expect(result.ok, name).not.toBe(false);
      expect(loaded(emulator), name).toBe(1);
      project.scriptRun(name, args);
      expect(loaded(emulator), `${name}, twice in one execution`).toBe(1);
    }
  });

  it('are pages of one scriptlet that hands its modules to Code.js and prints nothing', () => {
    expect(pages.length).toBeGreaterThan(10);
    const project = execution(emulator);
    project.scriptRun('getSidebarState', []);
    for (const page of pages) {
      expect(files[page], page).toMatch(/^<\?Mutirao\.define\(\{[\s\S]*\}\)\?>$/);
      const printed = emulator.run({ kind: 'user', authMode: 'FULL' }, () => emulator.services.HtmlService.createTemplateFromFile(page).evaluate().getContent());
      expect(printed, page).toBe('');
    }
  });
});

describe('Diagnose', () => {
  it('loads every chapter, and names the one whose page is missing from the project', () => {
    const emulator = new Emulator({ user: { email: 'jean@example.org', locale: 'fr' }, spreadsheet: { locale: 'fr_FR' } });
    loadProject(emulator, code, files).call('setupWorkbook');
    const diagnosed = (project: ReturnType<typeof loadProject>) => (project.scriptRun('diagnose', []) as { checks: { name: string; ok: boolean; detail: string }[] }).checks.find((c) => c.name === 'chapters');
    expect(diagnosed(loadProject(emulator, code, files))).toMatchObject({ ok: true, detail: `${pages.length} chapters loaded` });
    const withoutPolls = Object.fromEntries(Object.entries(files).filter(([name]) => name !== 'Chapter-server-polls'));
    const broken = new Emulator({ user: { email: 'jean@example.org', locale: 'fr' }, spreadsheet: { locale: 'fr_FR' } });
    loadProject(broken, code, withoutPolls).call('setupWorkbook');
    const check = diagnosed(loadProject(broken, code, withoutPolls));
    expect(check?.ok).toBe(false);
    // The emulator's exceptions come from another realm than the script's, so they read as String(error) does.
    expect(check?.detail).toMatch(/^\.\/server\/polls: (Exception: )?No HTML file named Chapter-server-polls was found\.$/);
  });
});

describe('the chapters main.ts declares', () => {
  it('must name the module whose type they take', () => {
    const good = "import type * as PollsModule from './server/polls';\nconst polls = chapter<typeof PollsModule>('./server/polls');";
    expect(chaptersOf('main.ts', good)).toEqual(['./server/polls']);
    const other = "import type * as PollsModule from './server/polls';\nconst polls = chapter<typeof PollsModule>('./server/minutes');";
    expect(() => chaptersOf('main.ts', other)).toThrow(/must name the module whose type it takes/);
    const untyped = "const polls = chapter('./server/polls');";
    expect(() => chaptersOf('main.ts', untyped)).toThrow(/must name the module/);
  });
});
