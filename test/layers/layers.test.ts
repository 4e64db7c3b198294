import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { circles, importGraph, ROOT } from './imports';

// The layers of STYLE.md: a pure domain that knows nothing of Apps Script, adapters and
// endpoints above it, and no module that imports, even through others, one that imports it.

const graph = importGraph('src');
const domainFiles = [...graph.keys()].filter((file) => file.startsWith('src/domain/'));

/** Everything a file imports, directly or through others. */
function reachedFrom(file: string): Set<string> {
  const seen = new Set<string>();
  const visit = (from: string) => {
    for (const target of graph.get(from) ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        visit(target);
      }
    }
  };
  visit(file);
  return seen;
}

/** The services Apps Script gives as globals: the adapters (src/<service>) are the only ones to name them. */
const APPS_SCRIPT_GLOBALS = new Set([
  'GoogleAppsScript', 'SpreadsheetApp', 'CalendarApp', 'Calendar', 'MailApp', 'GmailApp', 'HtmlService', 'LockService',
  'PropertiesService', 'ScriptApp', 'Session', 'Utilities', 'CacheService', 'UrlFetchApp', 'DriveApp', 'Logger', 'console',
]);

function namedGlobals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2020, true);
  const named = new Set<string>();
  const visit = (node: ts.Node) => {
    // A property name (`x.Session`, `{ Logger: … }`) is not the global.
    if (ts.isIdentifier(node) && APPS_SCRIPT_GLOBALS.has(node.text)) {
      const { parent } = node;
      const isProperty = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node);
      if (!isProperty) named.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...named];
}

describe('layers', () => {
  it('the walker sees the whole of src/, imports and re-exports', () => {
    // A walker that missed files or edges would pass every test below.
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/main.ts')).toContain('src/server/sidebar.ts');
    expect(graph.get('src/sidebar/shell.ts')).toContain('src/sidebar/part.ts');
  });

  it('finds an import circle when there is one', () => {
    const made = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(circles(made)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts'], ['e.ts', 'e.ts']]);
  });

  it('src/ has no import circle, type-only imports included', () => {
    expect(circles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('the domain imports nothing outside the domain', () => {
    const leaving = domainFiles.flatMap((file) => graph.get(file)!.filter((target) => !target.startsWith('src/domain/')).map((target) => `${file} → ${target}`));
    expect(leaving).toEqual([]);
  });

  it('the domain names no Apps Script service: the adapters do', () => {
    const naming = domainFiles.flatMap((file) => namedGlobals(file).map((name) => `${file}: ${name}`));
    expect(naming).toEqual([]);
  });

  it('enums are a leaf: they reach nothing but the locales and words', () => {
    const reached = [...reachedFrom('src/domain/enums.ts')].filter((file) => file !== 'src/domain/locale.ts' && !file.includes('/i18n/') && !file.startsWith('src/domain/languages/'));
    expect(reached).toEqual([]);
  });

  it('Currency lives in money', () => {
    const declaring = domainFiles.filter((file) => /export type Currency\b/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(declaring).toEqual(['src/domain/money.ts']);
  });
});
