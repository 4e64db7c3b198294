// The languages the registry lists for tests and the preview only (TEST_LANGUAGES in
// src/domain/languages/registry.ts) never reach dist/, which clasp pushes: built without this
// plugin's help they would, so every bundle of dist/ loads the registry through it.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const REGISTRY = /[\\/]src[\\/]domain[\\/]languages[\\/]registry\.ts$/;

/**
 * The registry as if it had no test language: no `TEST_LANGUAGES`, no list spreading it, and
 * the imports of those languages' folders gone, so not one byte of them or of this mechanism is
 * bundled (test/test-languages.test.ts builds dist/ without them and compares).
 */
export function withoutTestLanguages(source) {
  const file = ts.createSourceFile('registry.ts', source, ts.ScriptTarget.ES2020, true);
  const edits = [];
  const names = new Set();
  const spreads = [];
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'TEST_LANGUAGES') {
      const find = (n) => (ts.isArrayLiteralExpression(n) ? n : ts.forEachChild(n, find));
      const list = node.initializer && find(node.initializer);
      if (!list) throw new Error('registry.ts: TEST_LANGUAGES is not a list');
      for (const element of list.elements) names.add(element.getText());
      // The whole statement goes: nothing in a bundle for dist/ reads the list itself.
      const statement = node.parent.parent;
      edits.push({ start: statement.getFullStart(), end: statement.getEnd(), text: '' });
    }
    if (ts.isArrayLiteralExpression(node)) {
      node.elements.forEach((element, i) => {
        if (!ts.isSpreadElement(element) || element.expression.getText() !== 'TEST_LANGUAGES') return;
        const from = i > 0 ? node.elements[i - 1].getEnd() : element.getStart();
        const to = i > 0 ? element.getEnd() : (node.elements[i + 1]?.getStart() ?? element.getEnd());
        spreads.push({ start: from, end: to, text: '' });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // A registry without test languages may say nothing of them.
  if (edits.length === 0) return source;
  edits.push(...spreads);
  for (const statement of file.statements) {
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    if (bindings && ts.isNamedImports(bindings) && bindings.elements.every((e) => names.has(e.name.text))) {
      edits.push({ start: statement.getFullStart(), end: statement.getEnd(), text: '' });
    }
  }
  edits.sort((a, b) => b.start - a.start);
  return edits.reduce((text, { start, end, text: by }) => text.slice(0, start) + by + text.slice(end), source);
}

/** The esbuild plugin: every bundle built for dist/ reads the registry without its test languages. */
export const leaveOutTestLanguages = {
  name: 'leave-out-test-languages',
  setup(b) {
    b.onLoad({ filter: REGISTRY }, async (args) => ({ contents: withoutTestLanguages(await readFile(args.path, 'utf8')), loader: 'ts' }));
  },
};
