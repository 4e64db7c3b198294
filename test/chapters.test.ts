import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Emulator } from '../emulator';
import { readBuiltProject } from '../emulator/built';
import { loadProject } from '../emulator/project';
import { chaptersOf, link } from '../scripts/chapters.mjs';
import type { GoogleServices } from '../src/server/services';
import { listProposals } from '../src/server/supports';

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

  // One call per chapter, Diagnose aside (it loads them all: below); each answers, accepted or refused.
  const CALLS: readonly (readonly [page: string, global: string, args: readonly unknown[]])[] = [
    ['Chapter-server-sidebar', 'getSidebarState', []],
    ['Chapter-server-submissions', 'submitProposal', [{ title: '', objectiveId: 'O3' }]],
    ['Chapter-server-supports', 'listProposals', [{}]],
    ['Chapter-server-own', 'withdrawProposal', [{ proposalId: 'PRO-999' }]],
    ['Chapter-server-translate', 'translateText', [{ source: 'x' }]],
    ['Chapter-server-polls', 'listPolls', []],
    ['Chapter-server-minutes', 'listMinutes', []],
    ['Chapter-server-action-plan', 'listActionPlan', []],
    ['Chapter-server-report', 'buildReport', [{ language: 'fr', format: 'csv' }]],
    ['Chapter-server-progress', 'refreshProgress', []],
    ['Chapter-server-calendar', 'exportCalendarIcs', []],
    ['Chapter-server-reminders', 'getReminderSchedule', []],
    ['Chapter-server-privacy', 'exportMyData', []],
    ['Chapter-server-setup', 'setupWorkbook', []],
  ];

  it('are loaded one page per call, its own, once per execution', () => {
    expect([...CALLS.map(([page]) => page), 'Chapter-server-diagnose'].sort()).toEqual([...pages].sort());
    for (const [page, name, args] of CALLS) {
      const project = execution(emulator);
      const evaluated: string[] = [];
      const create = emulator.services.HtmlService.createTemplateFromFile.bind(emulator.services.HtmlService);
      // Which page: seen by wrapping the service the script calls, as a spy would.
      emulator.services.HtmlService.createTemplateFromFile = (file: string) => {
        evaluated.push(file);
        return create(file);
      };
      // Setup is a menu item, the rest the sidebar's calls.
      const run = () => (name === 'setupWorkbook' ? project.call(name) : project.scriptRun(name, args)) as { ok?: unknown };
      try {
        expect(typeof run().ok, name).toBe('boolean');
        run();
      } finally {
        emulator.services.HtmlService.createTemplateFromFile = create;
      }
      expect(evaluated, `${name}, twice in one execution`).toEqual([page]);
    }
  });

  it('answer as the module run from the sources does', () => {
    emulator.user = { email: 'jean@example.org', locale: 'fr' };
    const built = execution(emulator).scriptRun('listProposals', [{}]);
    const direct = emulator.run({ kind: 'user', authMode: 'FULL' }, () => listProposals(emulator.services as unknown as GoogleServices, {}));
    expect(built).toEqual(JSON.parse(JSON.stringify(direct)));
  });

  it('are pages of one scriptlet that hands its modules to Code.js and prints nothing', () => {
    expect(pages.length).toBeGreaterThan(10);
    const project = execution(emulator);
    project.scriptRun('getSidebarState', []);
    for (const page of pages) {
      expect(files[page], page).toMatch(/^<\?Mutirao\.define\(\{[\s\S]*\}\);\?>$/);
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
    expect(check?.detail).toBe('./server/polls: Mutirão n’a pas pu charger une de ses parties (Chapter-server-polls)\u00a0: cette action ne peut pas s’exécuter. Demandez à qui a installé Mutirão de le réinstaller.');
    // And a call that needs it says so in the caller's language, naming the page, not Apps Script's message.
    expect(() => loadProject(broken, code, withoutPolls).scriptRun('listPolls', [])).toThrow(/^Mutirão n’a pas pu charger une de ses parties \(Chapter-server-polls\)/);
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

/** Links a small project of `files` (paths under src/) as the build links Code.js and its chapters. */
async function linked(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'mutirao-link-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, 'src', name)), { recursive: true });
      writeFileSync(join(root, 'src', name), text);
    }
    const chapters = chaptersOf('main.ts', files['main.ts'] ?? '');
    const outdir = join(root, 'out');
    const result = await build({
      entryPoints: [join(root, 'src/main.ts'), ...chapters.map((path) => join(root, 'src', `${path}.ts`))],
      outbase: join(root, 'src'), outdir, absWorkingDir: root, bundle: true, splitting: true, format: 'esm', minify: true, write: false, metafile: true, platform: 'neutral',
    });
    return link(result, { root, outdir, namespace: 'Mutirao', chapters });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const MAIN = `import type * as Greeting from './greeting';
import { shout } from './words';
declare function loadChapter(path: string, evaluatePage: (page: string) => void): unknown;
declare function evaluatePage(page: string): void;
const chapter = <T>(path: string) => () => loadChapter(path, evaluatePage) as T;
const greeting = chapter<typeof Greeting>('./greeting');
export function hello(name: string) { return greeting().hello(shout(name)); }
`;
const GREETING = "import { shout } from './words';\nexport function hello(name: string) { return `${shout('olá')} ${name}`; }\n";
const WORDS = 'export function shout(text: string) { return text.toUpperCase(); }\n';

describe('the linker (scripts/chapters.mjs)', () => {
  it('makes a Code.js whose call loads the chapter’s page, which uses the module Code.js has', async () => {
    const { code, pages } = await linked({ 'main.ts': MAIN, 'greeting.ts': GREETING, 'words.ts': WORDS });
    expect(pages.map((page) => page.name)).toEqual(['Chapter-greeting']);
    expect(Object.keys(pages[0]?.inputs ?? {})).toEqual(['src/greeting.ts']);
    const evaluated: string[] = [];
    const realm = vm.createContext({});
    // As a template's scriptlet runs: in the script's global scope, not in Code.js's own.
    realm['evaluatePage'] = (page: string) => {
      evaluated.push(page);
      new vm.Script((pages.find((p) => p.name === page)?.text ?? '').slice(2, -2)).runInContext(realm);
    };
    new vm.Script(code).runInContext(realm);
    const run = new vm.Script('[Mutirao.hello("ana"), Mutirao.hello("bia")]').runInContext(realm) as string[];
    expect(run).toEqual(['OLÁ ANA', 'OLÁ BIA']);
    expect(evaluated).toEqual(['Chapter-greeting']);
  });

  it('refuses a chapter that Code.js imports too: it would gain nothing', async () => {
    const main = `${MAIN}import { hello as direct } from './greeting';\nexport const again = direct;\n`;
    await expect(linked({ 'main.ts': main, 'greeting.ts': GREETING, 'words.ts': WORDS })).rejects.toThrow(/Code\.js imports it already/);
  });
});
