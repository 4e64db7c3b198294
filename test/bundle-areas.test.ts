import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Issue 19: Code.js carries logic, and its growth is attributed. The build keeps what each
// source adds to Code.js and to each chapter page (.cache/Code.meta.json, next to dist/ which
// clasp pushes: scripts/chapters.mjs); each area of Code.js has its own budget, so a change that
// makes Code.js heavier fails where it grew, and the budgets add up to the 110 KB goal.

interface Metafile {
  readonly outputs: Readonly<Record<string, { readonly inputs: Readonly<Record<string, { readonly bytesInOutput: number }>> }>>;
}

const meta = JSON.parse(readFileSync(new URL('../.cache/Code.meta.json', import.meta.url), 'utf8')) as Metafile;
const inputs = Object.entries(meta.outputs['Code.js']?.inputs ?? {});
const dist = new URL('../dist/', import.meta.url);
const codeBytes = statSync(new URL('Code.js', dist)).size;
const chapterPages = readdirSync(dist).filter((name) => name.startsWith('Chapter-'));

/**
 * Each area of Code.js, by where its sources live, with its budget in bytes of minified code.
 * Code.js keeps what every execution may run (the menu, onEdit's checks, reading and writing the
 * tabs, the words' pages, WG_PROGRESS); the rest are chapters. Measured when chapters came: words
 * 9.8 KB, domain 38.7, server 13, sheets 10.8, adapters 4.2, zod 18, and the loader's links
 * between modules 9.4 (below), with a little room each. Lower them as areas shrink; raise one only
 * for logic every execution needs, and take the room from another: together they are the 110 KB goal.
 */
const AREAS: readonly { name: string; holds: (path: string) => boolean; budget: number }[] = [
  { name: 'words (src/domain/languages)', holds: (p) => p.startsWith('src/domain/languages/'), budget: 10 * 1024 },
  { name: 'domain', holds: (p) => p.startsWith('src/domain/') && !p.startsWith('src/domain/languages/'), budget: 40 * 1024 },
  { name: 'server', holds: (p) => p.startsWith('src/server/') || p.startsWith('src/contract/') || p === 'src/main.ts', budget: 14 * 1024 },
  { name: 'sheets', holds: (p) => p.startsWith('src/sheets/'), budget: 12 * 1024 },
  { name: 'adapters (calendar, language, lock, mail, properties, script, session)', holds: (p) => /^src\/(calendar|language|lock|mail|properties|script|session)\//.test(p), budget: 5 * 1024 },
  { name: 'libraries (node_modules)', holds: (p) => p.includes('node_modules/'), budget: 19 * 1024 },
];
/** The loader and the links between Code.js's modules: each one's imports and exports, and the forwarders. */
const LINKS_BUDGET = 10 * 1024;

const bytesOf = (holds: (path: string) => boolean) => inputs.filter(([path]) => holds(path)).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);

describe('Code.js by area', () => {
  it('puts every source in exactly one area', () => {
    const unplaced = inputs.filter(([path, input]) => input.bytesInOutput > 0 && AREAS.filter((a) => a.holds(path)).length !== 1).map(([path]) => path);
    expect(unplaced).toEqual([]);
  });

  it.each(AREAS)('keeps $name within its budget', ({ holds, budget }) => {
    const bytes = bytesOf(holds);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(budget);
  });

  it('spends at most its budget on the loader and the links between modules, so the areas add up to the 110 KB goal', () => {
    const sources = inputs.reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
    expect(codeBytes - sources).toBeLessThanOrEqual(LINKS_BUDGET);
    expect(AREAS.reduce((sum, area) => sum + area.budget, LINKS_BUDGET)).toBe(110 * 1024);
  });

  it('carries none of the words pages hold: no sentences, emails, sidebar words or privacy notice', () => {
    const pageWords = inputs.filter(([path, input]) => /^src\/domain\/languages\/[^/]+\/(messages|emails|sidebar|notice)\.ts$/.test(path) && input.bytesInOutput > 40);
    expect(pageWords.map(([path]) => path)).toEqual([]);
  });
});

describe('the chapters, which only the calls that need them load', () => {
  it('has a page for each, and the heaviest call (Code.js and one page) loads far less than Code.js alone weighed before chapters (195 KB)', () => {
    expect(chapterPages.length).toBeGreaterThan(10);
    const heaviest = Math.max(...chapterPages.map((page) => statSync(new URL(page, dist)).size));
    // The reminders' (late members, open objectives, both kinds of reminder, the poll reminders): 128 KB with Code.js.
    expect(codeBytes + heaviest).toBeLessThan(140 * 1024);
  });

  it('keeps in its page only what Code.js lacks', () => {
    const inCode = new Set(inputs.filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
    for (const page of chapterPages) {
      const shared = Object.entries(meta.outputs[page]?.inputs ?? {}).filter(([path, input]) => input.bytesInOutput > 0 && inCode.has(path));
      expect(shared.map(([path]) => `${page}: ${path}`)).toEqual([]);
    }
  });
});
