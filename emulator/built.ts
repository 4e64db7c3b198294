import { readFileSync, readdirSync } from 'node:fs';

/** A built project as clasp pushes it: Code.js, and every HTML file by name without `.html`. */
export interface BuiltProject {
  readonly code: string;
  readonly files: Readonly<Record<string, string>>;
}

/** Reads a build's folder (dist/), to run it with loadProject(emulator, code, files). */
export function readBuiltProject(dist: URL): BuiltProject {
  const html = readdirSync(dist).filter((name) => name.endsWith('.html'));
  return {
    code: readFileSync(new URL('Code.js', dist), 'utf8'),
    files: Object.fromEntries(html.map((name) => [name.slice(0, -'.html'.length), readFileSync(new URL(name, dist), 'utf8')])),
  };
}
