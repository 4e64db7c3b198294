// Code.js and its chapters (docs/architecture.md, "Code.js and its chapters"). Apps Script loads every script
// file on every call, onEdit included, but an HTML file only when a call reads it. So esbuild
// splits the server: src/main.ts and what it imports become Code.js; each module main.ts names
// with chapter<typeof M>('./server/x') becomes dist/Chapter-server-x.html, one template whose
// only scriptlet hands Code.js that module and whatever it needs that Code.js lacks.
//
// esbuild writes the split bundle as ES modules, which Apps Script cannot load. Its minified
// output has one shape, checked here against the metafile: `import{a as b}from"./chunk.js";`
// statements first, one `export{c as d};` last. Each file becomes a function that receives the
// loader, takes its imports from it and returns its exports.
import ts from 'typescript';
import { join, posix, relative } from 'node:path';

/** The loader's name inside each module's function: longer than any name the minifier gives. */
const REQUIRE = 'require$';
const IMPORT = /^import(?:\{([^}]*)\}from)?"([^"]+)";/;
const EXPORT = /export\{([^}]*)\};?\s*$/;

/**
 * The chapters main.ts declares: `chapter<typeof M>('./path')`, where M must be
 * `import type * as M from './path'`, so the module typed is the module loaded.
 */
export function chaptersOf(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const typeImports = new Map();
  for (const statement of source.statements) {
    const clause = statement.importClause;
    if (ts.isImportDeclaration(statement) && clause?.isTypeOnly && clause.namedBindings && ts.isNamespaceImport(clause.namedBindings)) {
      typeImports.set(clause.namedBindings.name.text, statement.moduleSpecifier.text);
    }
  }
  const chapters = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.getText() === 'chapter') {
      const [path] = node.arguments;
      const [type] = node.typeArguments ?? [];
      const typed = type && ts.isTypeQueryNode(type) ? typeImports.get(type.exprName.getText()) : undefined;
      if (!path || !ts.isStringLiteral(path) || typed !== path.text) {
        throw new Error(`${file}: ${node.getText()} must name the module whose type it takes (import type * as M from '${path?.getText()}')`);
      }
      chapters.push(path.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return chapters;
}

const names = (list) => list.split(',').map((item) => item.trim()).filter(Boolean).map((item) => item.split(/\s+as\s+/));

/**
 * One output file of the split bundle as `function(require$){…; return {exports}}`; `named`
 * gives each file's module name from its path.
 */
function moduleFunction(id, text, expected, named) {
  let body = text.trim();
  const imports = [];
  const lines = [];
  for (let found = IMPORT.exec(body); found; found = IMPORT.exec(body)) {
    const [whole, bound, from] = found;
    const target = named(posix.join(posix.dirname(id), from).replace(/\.js$/, ''));
    imports.push(target);
    lines.push(bound === undefined ? `${REQUIRE}("${target}");` : `const{${names(bound).map(([name, local]) => (local ? `${name}:${local}` : name)).join(',')}}=${REQUIRE}("${target}");`);
    body = body.slice(whole.length);
  }
  const exported = EXPORT.exec(body);
  const exports = exported ? names(exported[1]) : [];
  if (exported) body = body.slice(0, exported.index);
  const exportNames = exports.map(([local, name]) => name ?? local);
  if (imports.join() !== expected.imports.join() || exportNames.slice().sort().join() !== [...expected.exports].sort().join() || body.includes(REQUIRE)) {
    throw new Error(`${id}: esbuild's output does not have the shape scripts/chapters.mjs reads (imports first, one export last)`);
  }
  const returned = exports.length ? `return{${exports.map(([local, name]) => (name ? `${name}:${local}` : local)).join(',')}}` : '';
  return { imports, text: `function(${REQUIRE}){${lines.join('')}${body}${returned}}` };
}

/** Every module reachable from `id`, itself included. */
function reach(modules, id, seen = new Set()) {
  if (seen.has(id)) return seen;
  seen.add(id);
  for (const next of modules.get(id).imports) reach(modules, next, seen);
  return seen;
}

function checkAcyclic(modules) {
  const state = new Map();
  const visit = (id, path) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') throw new Error(`Code.js's modules import each other: ${[...path, id].join(' → ')}`);
    state.set(id, 'open');
    for (const next of modules.get(id).imports) visit(next, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of modules.keys()) visit(id, []);
}

export const chapterPage = (id) => `Chapter-${id.replaceAll('/', '-')}`;

/**
 * Links esbuild's split output (`result`: outdir `outdir`, entries main.ts and the chapters)
 * into Code.js's text (without its forwarders) and one page per chapter; `inputs` says which
 * sources each holds, for the budgets (test/bundle-areas.test.ts).
 */
export function link(result, { root, outdir, namespace, chapters }) {
  const idOf = (path) => relative(outdir, path).split('\\').join('/').replace(/\.js$/, '');
  const metaOf = new Map(Object.entries(result.metafile.outputs).map(([path, meta]) => [idOf(join(root, path)), meta]));
  // esbuild names a shared chunk by a hash of more than its code, so the same code could get
  // another name in another checkout; a name made from the sources it holds is the same.
  const chunks = [...metaOf].filter(([, meta]) => !meta.entryPoint).map(([path, meta]) => [path, Object.keys(meta.inputs).sort().join('\n')]);
  chunks.sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
  const stable = new Map(chunks.map(([path], index) => [path, `c${index}`]));
  const named = (path) => stable.get(path) ?? path;
  const modules = new Map();
  for (const file of result.outputFiles) {
    const path = idOf(file.path);
    const meta = metaOf.get(path);
    const expected = { imports: meta.imports.filter((i) => i.kind === 'import-statement').map((i) => named(idOf(join(root, i.path)))), exports: meta.exports };
    modules.set(named(path), { ...moduleFunction(path, file.text, expected, named), inputs: meta.inputs });
  }
  checkAcyclic(modules);
  const entryOf = (path) => path.replace(/^\.\//, '');
  const core = reach(modules, 'main');
  const factories = (ids) => `{${[...ids].map((id) => `${JSON.stringify(id)}:${modules.get(id).text}`).join(',')}}`;
  const inputsOf = (ids) => {
    const inputs = {};
    for (const id of ids) for (const [path, { bytesInOutput }] of Object.entries(modules.get(id).inputs)) inputs[path] = { bytesInOutput: (inputs[path]?.bytesInOutput ?? 0) + bytesInOutput };
    return inputs;
  };
  const coreInputs = inputsOf(core);
  const table = Object.fromEntries(chapters.map((path) => [path, [entryOf(path), chapterPage(entryOf(path))]]));
  const pages = chapters.map((path) => {
    const id = entryOf(path);
    if (!modules.has(id)) throw new Error(`chapter('${path}'): esbuild made no module ${id}`);
    // A module Code.js imports too lands in Code.js (esbuild leaves the chapter a re-export).
    if (coreInputs[`src/${id}.ts`]) throw new Error(`chapter('${path}'): Code.js imports it already, so it would gain nothing as a chapter`);
    const own = [...reach(modules, id)].filter((m) => !core.has(m));
    const text = `<?${namespace}.define(${factories(own)});?>`;
    // A chapter's code runs in its template's scope, which sees the script's globals, not the loader's.
    const reaching = ['loadChapter', 'chapterPaths'].filter((name) => new RegExp(`\\b${name}\\b`).test(text));
    if (reaching.length) throw new Error(`${chapterPage(id)}: names ${reaching.join(', ')}, which only Code.js's own modules can see (import it from src/server/chapter.ts)`);
    // A template's scriptlet ends at the first "?>" (and none may start inside it).
    if (text.slice(2, -2).includes('?>') || text.slice(2).includes('<?')) throw new Error(`${chapterPage(id)}: its code contains "?>" or "<?"`);
    return { name: chapterPage(id), text, inputs: inputsOf(own) };
  });
  // The loader: a module runs once per execution, when first required; a chapter's page is
  // evaluated only when its module is not there yet.
  const code = `var ${namespace}=(()=>{const made=${factories(core)},done={},chapters=${JSON.stringify(table)};
function ${REQUIRE}(id){if(!(id in done)){if(!(id in made))throw new Error("Code.js has no module "+id);done[id]=made[id](${REQUIRE})}return done[id]}
function loadChapter(path,evaluatePage){const[id,page]=chapters[path];if(!(id in made))evaluatePage(page);return ${REQUIRE}(id)}
function chapterPaths(){return Object.keys(chapters)}
return Object.assign(${REQUIRE}("main"),{define(more){for(const id in more)if(!(id in made))made[id]=more[id]}})})();`;
  return { code, pages, inputs: coreInputs };
}

