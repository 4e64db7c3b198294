// Builds what clasp pushes: dist/Code.js (the server bundle and one top-level forwarder per
// global), dist/Sidebar.html (the sidebar, self-contained) and dist/appsscript.json.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const NAMESPACE = 'Mutirao';

function parse(file, text) {
  return ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
}

/** The exported functions of the entry file, with their parameter names and JSDoc. */
async function globalsOf(entry) {
  const source = parse(entry, await readFile(entry, 'utf8'));
  const globals = [];
  for (const statement of source.statements) {
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported || !ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const jsDoc = statement.getFullText().slice(0, statement.getLeadingTriviaWidth()).match(/\/\*\*[\s\S]*?\*\//g)?.pop() ?? '';
    const params = statement.parameters.map((p) => p.name.getText().replace(/^_+/, ''));
    globals.push({ name: statement.name.text, params, jsDoc });
  }
  return globals;
}

/** String literals passed where a global's name is expected: menu items and sidebar calls. */
function namedGlobals(file, text, matches) {
  const names = [];
  const visit = (node) => {
    const found = matches(node);
    if (found) names.push({ file, name: found });
    ts.forEachChild(node, visit);
  };
  visit(parse(file, text));
  return names;
}

const menuItem = (node) =>
  ts.isPropertyAssignment(node) && node.name.getText() === 'functionName' && ts.isStringLiteral(node.initializer)
    ? node.initializer.text
    : undefined;

const sidebarCall = (node) => {
  if (!ts.isCallExpression(node) || node.expression.getText() !== 'callServer') return undefined;
  const [first] = node.arguments;
  if (!first || !ts.isStringLiteral(first)) throw new Error(`callServer needs a literal function name: ${node.getText()}`);
  return first.text;
};

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}

async function checkNamedGlobals(globals) {
  const exposed = new Set(globals.map((g) => g.name));
  const menuFile = join(root, 'src/server/menu.ts');
  const named = namedGlobals(menuFile, await readFile(menuFile, 'utf8'), menuItem);
  for (const file of await filesUnder(join(root, 'src/sidebar'))) {
    named.push(...namedGlobals(file, await readFile(file, 'utf8'), sidebarCall));
  }
  const missing = named.filter((n) => !exposed.has(n.name));
  if (missing.length > 0) {
    throw new Error(missing.map((m) => `${m.file} names ${m.name}(), which Code.js does not expose`).join('\n'));
  }
}

function forwarder({ name, params, jsDoc }) {
  const list = params.join(', ');
  return `${jsDoc ? `${jsDoc}\n` : ''}function ${name}(${list}) { return ${NAMESPACE}.${name}(${list}); }`;
}

async function buildServer() {
  const entry = join(root, 'src/main.ts');
  const globals = await globalsOf(entry);
  await checkNamedGlobals(globals);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: NAMESPACE,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    write: false,
  });
  const code = `${result.outputFiles[0].text}\n${globals.map(forwarder).join('\n')}\n`;
  await writeFile(join(dist, 'Code.js'), code);
  return globals;
}

async function buildSidebar() {
  const js = await build({
    entryPoints: [join(root, 'src/sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    write: false,
  });
  const css = await build({
    entryPoints: [join(root, 'src/sidebar/sidebar.css')],
    bundle: true,
    minify: true,
    write: false,
  });
  const template = await readFile(join(root, 'src/sidebar/index.html'), 'utf8');
  // A literal "</script" inside the bundle would end the inline script early.
  const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const styles = css.outputFiles[0].text.trim();
  // Sidebar.html is an Apps Script template (showSidebar writes the reader's catalog into it):
  // a "<?" inside the inlined code would be read as a scriptlet.
  if (/<\?/.test(script) || /<\?/.test(styles)) throw new Error('The sidebar bundle contains "<?", which HtmlService would read as a scriptlet.');
  const html = template.replace('/* inline:css */', () => styles).replace('/* inline:js */', () => script.trim());
  await writeFile(join(dist, 'Sidebar.html'), html);
}

await mkdir(dist, { recursive: true });
const [globals] = await Promise.all([buildServer(), buildSidebar(), copyFile(join(root, 'appsscript.json'), join(dist, 'appsscript.json'))]);
console.log(`dist/Code.js: ${globals.length} globals (${globals.map((g) => g.name).join(', ')})`);
