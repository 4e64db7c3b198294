import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './imports';

// One writer (src/sheets/write.ts): the server asks sheets for tabs and hands rows to the writer;
// it never takes a range of a sheet or sets a cell itself, so every cell it writes follows its
// column's kind (rich text for people's text, a plain value otherwise).

/** The Sheets calls that reach cells: taking a range, or setting what a range holds. */
const CELL_CALLS = new Set([
  'getRange', 'getRangeList', 'getDataRange', 'getActiveRange', 'getCurrentCell', 'appendRow',
  'setValue', 'setValues', 'setRichTextValue', 'setRichTextValues', 'setFormula', 'setFormulas',
  'setNumberFormat', 'setNumberFormats', 'setNote', 'setNotes', 'clearContent',
]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Each `x.method(…)` call of a cell method in a source text, as `line: method`. */
export function cellCalls(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && CELL_CALLS.has(node.expression.name.text)) {
      found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.expression.name.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('one writer', () => {
  it('sees a range taken and a cell set, however the calls are chained', () => {
    const text = "const r = sheet.getRange(1, 1);\nr.setValue('x');\nsheet.getRange('A1').setNumberFormat('@').setValues([[1]]);\n// sheet.getRange(9, 9) in a comment\n";
    expect(cellCalls('probe.ts', text)).toEqual(['1: getRange', '2: setValue', '3: setValues', '3: setNumberFormat', '3: getRange']);
  });

  it('no server file takes a range or sets a cell: src/sheets does', () => {
    const files = filesUnder(join(ROOT, 'src/server'));
    expect(files.length).toBeGreaterThan(20);
    const calls = files.flatMap((file) => cellCalls(file, readFileSync(file, 'utf8')).map((call) => `${relative(ROOT, file)}:${call}`));
    expect(calls).toEqual([]);
  });
});
