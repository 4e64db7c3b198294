import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Emulator } from '../emulator';
import { readBuiltProject, TEST_BUILD } from '../emulator/built';
import { loadProject } from '../emulator/project';
import { TEST_LANGUAGES } from '../src/domain/languages/registry';
import { menuLabel } from '../src/domain/i18n/bundled';
import { LANGUAGE } from '../src/domain/locale';

// Issue 19: the pseudo-locale (en-XA) is for tests and the preview. It adds 0 bytes to what
// clasp pushes, and the build with the test languages (.cache/dist-test/) speaks it.
const root = new URL('../', import.meta.url).pathname;
const dist = join(root, 'dist');
const TESTED = TEST_LANGUAGES.map((language) => language.facts.code);

/** dist/ built from a copy of the sources in which the registry never listed a test language, nor their folders exist. */
function distWithoutTestLanguages(): string {
  const copy = mkdtempSync(join(tmpdir(), 'mutirao-without-test-languages-'));
  for (const part of ['src', 'scripts', 'appsscript.json', 'package.json', 'tsconfig.json', 'tsconfig.base.json']) cpSync(join(root, part), join(copy, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  const registry = join(copy, 'src/domain/languages/registry.ts');
  let text = readFileSync(registry, 'utf8');
  for (const code of TESTED) {
    rmSync(join(copy, 'src/domain/languages', code), { recursive: true });
    const imported = new RegExp(`^import \\{ (\\w+) \\} from '\\./${code}';\\n`, 'm');
    const name = imported.exec(text)?.[1];
    expect(name, `the registry imports ./${code}`).toBeDefined();
    text = text.replace(imported, '').replace(new RegExp(`\\b${name}\\b,? ?`), '');
  }
  expect(text).toMatch(/TEST_LANGUAGES = \[\]/);
  writeFileSync(registry, text);
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: copy, stdio: 'pipe' });
  return copy;
}

let copy = '';
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('the test languages in dist/, which clasp pushes', () => {
  it('add 0 bytes: every file of dist/ is byte-identical to a build without them', () => {
    copy = distWithoutTestLanguages();
    const files = readdirSync(dist).filter((name) => !name.startsWith('.')).sort();
    expect(readdirSync(join(copy, 'dist')).filter((name) => !name.startsWith('.')).sort()).toEqual(files);
    for (const file of files) expect(readFileSync(join(dist, file)).equals(readFileSync(join(copy, 'dist', file))), file).toBe(true);
  }, 120_000);

  it('leave no trace: no page, no code, no word of theirs', () => {
    const { code, files } = readBuiltProject(new URL('../dist/', import.meta.url), { asPushed: true });
    for (const locale of TESTED) {
      expect(Object.keys(files).filter((name) => name.endsWith(`-${locale}`))).toEqual([]);
      const words = LANGUAGE[locale];
      for (const text of [locale, words.sheet.tabs.settings, words.labels.enums.role.coordinator, words.messages['menu.openSidebar']]) {
        expect(code).not.toContain(text);
        for (const [name, page] of Object.entries(files)) expect(page, name).not.toContain(text);
      }
    }
  });
});

describe('the build with the test languages (.cache/dist-test/)', () => {
  it('speaks them: menu, workbook and sidebar in the pseudo-locale for whoever Google reports in it', () => {
    const { code, files } = readBuiltProject(TEST_BUILD);
    for (const locale of TESTED) {
      const emulator = new Emulator({ user: { email: 'kim.lee@example.org', locale }, spreadsheet: { locale: locale.replace('-', '_') } });
      const project = loadProject(emulator, code, files);
      project.onOpen('FULL');
      expect(emulator.ui.menus[0]?.items.find((i) => i.type === 'item' && i.functionName === 'showSidebar')).toMatchObject({ caption: menuLabel(locale, 'menu.openSidebar') });
      project.call('setupWorkbook');
      expect(emulator.services.SpreadsheetApp.getActive().getSheetByName(LANGUAGE[locale].sheet.tabs.members)).not.toBeNull();
      project.call('showSidebar');
      expect(emulator.ui.sidebar?.html).toContain(`<html lang="${locale}">`);
    }
  });
});
