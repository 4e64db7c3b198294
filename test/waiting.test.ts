import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config';

/**
 * Tests that hold under load (issue 18): two `npm test` runs at once on a busy machine. A browser
 * test waits on a condition with a generous limit; expect.poll's own default of one second is
 * not one, nor is a short timeout written in a test.
 */
const browserTests = new URL('./browser/', import.meta.url);
const sources = readdirSync(browserTests).filter((name) => name.endsWith('.ts')).map((name) => [name, readFileSync(new URL(name, browserTests), 'utf8')] as const);

describe('waiting in tests', () => {
  it('gives expect.poll, tests and hooks generous default limits', () => {
    const test = config.test ?? {};
    expect(test.expect?.poll?.timeout ?? 1000).toBeGreaterThanOrEqual(30_000);
    expect(test.testTimeout ?? 5000).toBeGreaterThanOrEqual(60_000);
    expect(test.hookTimeout ?? 10_000).toBeGreaterThanOrEqual(60_000);
  });

  it('writes no short timeout in a browser test', () => {
    const short = sources.flatMap(([name, text]) =>
      [...text.matchAll(/timeout:\s*([\d_]+)/g)].filter((m) => Number((m[1] ?? '').replace(/_/g, '')) < 15_000).map((m) => `${name}: ${m[0]}`));
    expect(short).toEqual([]);
  });
});
