import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** What `clasp push` sends: .claspignore ignores everything, then lets through the `!` patterns. */
const allowed = readFileSync(new URL('../.claspignore', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('!'))
  .map((line) => new RegExp(`^${line.slice(1).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));

describe('clasp push', () => {
  it('sends every file the build writes to dist/, the pages of words and the chapters included', () => {
    // A dot-file is another build's file being written at this moment (scripts/build.mjs renames it into place).
    const built = readdirSync(new URL('../dist/', import.meta.url)).filter((name) => !name.startsWith('.'));
    expect(built.filter((name) => name.startsWith('Messages-'))).toHaveLength(3);
    expect(built.filter((name) => name.startsWith('Chapter-')).length).toBeGreaterThan(10);
    expect(built.filter((name) => !allowed.some((pattern) => pattern.test(name)))).toEqual([]);
  });
});
