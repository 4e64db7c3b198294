import { readFileSync, readdirSync } from 'node:fs';

/** A built project as clasp pushes it: Code.js, and every HTML file by name without `.html`. */
export interface BuiltProject {
  readonly code: string;
  readonly files: Readonly<Record<string, string>>;
}

/**
 * The build that speaks the test languages too (`--test-languages`: docs/languages.md), which
 * the preview serves; dist/ (what clasp pushes) never has them.
 */
export const TEST_BUILD = new URL('../.cache/dist-test/', import.meta.url);

/**
 * Reads a build's folder (dist/), to run it with loadProject(emulator, code, files). Under
 * `MUTIRAO_LOCALE` (the suite in a test language), dist/ is read from TEST_BUILD, which speaks
 * it, unless the caller wants dist/ `asPushed` (what clasp pushes: sizes, files, bytes).
 */
export function readBuiltProject(folder: URL, options: { asPushed?: boolean } = {}): BuiltProject {
  const dist = process.env['MUTIRAO_LOCALE'] && !options.asPushed && folder.pathname.endsWith('/dist/') ? TEST_BUILD : folder;
  const html = readdirSync(dist).filter((name) => name.endsWith('.html'));
  return {
    code: readFileSync(new URL('Code.js', dist), 'utf8'),
    files: Object.fromEntries(html.map((name) => [name.slice(0, -'.html'.length), readFileSync(new URL(name, dist), 'utf8')])),
  };
}
