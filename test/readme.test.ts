import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The README is a short start that refers to nothing outside the repository; details live in docs/. */
const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Every Markdown link's target that is not a web address or an anchor, with the page it is on. */
const localLinks = pages.flatMap((page) => {
  const text = readFileSync(join(root, page), 'utf8');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => (m[1] ?? '').split('#')[0] ?? '')
    .filter((target) => target !== '' && !/^[a-z]+:/.test(target))
    .map((target) => ({ page, target, path: normalize(join(dirname(join(root, page)), target)) }));
});

describe('README.md', () => {
  it('is a short start: what it is, try it, deploy with clasp, test', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(120);
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
    expect(readme).toMatch(/## Deploy with clasp[\s\S]*npx clasp login[\s\S]*npm run deploy/);
    expect(readme).toContain('(docs/README.md)');
    // Not even a web address: Google's pages are linked from docs/deploy.md, where they are explained.
    expect(readme).not.toMatch(/https?:\/\//);
  });

  it('and the docs refer to nothing outside the repository, and every local link leads to a file', () => {
    expect(localLinks.filter(({ path }) => !path.startsWith(root))).toEqual([]);
    expect(pages.filter((page) => /\.\.\/shared|PRODUCT\.md`? in the project workspace/.test(readFileSync(join(root, page), 'utf8')))).toEqual([]);
    expect(localLinks.filter(({ path }) => !existsSync(path))).toEqual([]);
  });

  it('says nothing stale about answers by email: they are sent', () => {
    const all = pages.map((page) => readFileSync(join(root, page), 'utf8')).join('\n');
    expect(all).not.toMatch(/is not sent yet|not sent yet/);
  });
});
