// Builds what clasp pushes: dist/Code.js (what every execution may run, and one top-level
// forwarder per global), dist/Chapter-server-<module>.html (the rest of the server, one page per
// module a call loads when it needs it: chapters.mjs), dist/Sidebar-<locale>.html and dist/Sidebar-coordinator-<locale>.html (the sidebar,
// self-contained, one per language and role with its words inlined), dist/Messages-<locale>.html (the server's words in that language, which
// Code.js reads at run time rather than carrying) and dist/appsscript.json.
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { chaptersOf, link } from './chapters.mjs';
import { leaveOutTestLanguages } from './test-languages.mjs';

const root = new URL('..', import.meta.url).pathname;
/**
 * `--test-languages`: the same build with the registry's test languages (en-XA), into
 * .cache/dist-test/ for the tests and the preview; dist/ never has them (docs/languages.md).
 */
const withTestLanguages = process.argv.includes('--test-languages');
const dist = withTestLanguages ? join(root, '.cache', 'dist-test') : join(root, 'dist');
const release = withTestLanguages ? [] : [leaveOutTestLanguages];
const NAMESPACE = 'Mutirao';

/** The files this build wrote, so that only an older build's leftovers are removed. */
const written = new Set();

/**
 * Writes a file of dist/ whole, through a temporary file renamed over it: another `npm test`
 * running at the same moment reads the former file or the new one, never a missing or half
 * written one.
 */
async function put(file, text) {
  const temporary = join(dist, `.${file}.${process.pid}.tmp`);
  await writeFile(temporary, text);
  await rename(temporary, join(dist, file));
  written.add(file);
}

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

/**
 * The menu's function names, which Apps Script calls by name: each must be a global of
 * Code.js. (The sidebar's callServer names are checked by the compiler: src/contract/server.ts.)
 */
function menuNames(file, text) {
  const names = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && node.name.getText() === 'functionName' && ts.isStringLiteral(node.initializer)) {
      names.push(node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file, text));
  return names;
}

async function checkMenu(globals) {
  const exposed = new Set(globals.map((g) => g.name));
  const menuFile = join(root, 'src/server/menu.ts');
  const missing = menuNames(menuFile, await readFile(menuFile, 'utf8')).filter((name) => !exposed.has(name));
  if (missing.length > 0) {
    throw new Error(missing.map((name) => `${menuFile} names ${name}(), which Code.js does not expose`).join('\n'));
  }
}

/** Evaluates a few TypeScript exports here, at build time: they are data for dist/, not code. */
async function evaluate(contents) {
  const result = await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, plugins: release, bundle: true, format: 'esm', platform: 'node', write: false });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** Each language's words (src/domain/languages/<language>/, through src/domain/i18n/bundled.ts), and the menu's labels, which Code.js keeps. */
async function languageWords() {
  const { LANGUAGE, LOCALES, MENU, TRANSLATABLE, bundledWords, menuLabel, scriptJson, wordsPage, wordsPageName } = await evaluate(
    ["export { LANGUAGE, LOCALES } from './src/domain/locale';", "export { TRANSLATABLE } from './src/domain/translations';", "export { MENU } from './src/server/menu';",
      "export { bundledWords, menuLabel } from './src/domain/i18n/bundled';", "export { wordsPage, wordsPageName } from './src/server/words-page';",
      "export { scriptJson } from './src/server/html';"].join('\n'),
  );
  const keys = MENU.flatMap((item) => (item === 'separator' ? [] : [item.label]));
  const labels = Object.fromEntries(LOCALES.map((locale) => [locale, Object.fromEntries(keys.map((key) => [key, menuLabel(locale, key)]))]));
  // What Code.js keeps of each folder's sheet.ts (see onlyNamesOfSheet).
  const kept = Object.fromEntries(LOCALES.map((locale) => {
    const { tabs, settings, workingDays, objectives, headers } = LANGUAGE[locale].sheet;
    const named = Object.fromEntries(Object.entries(TRANSLATABLE).map(([table, columns]) => [table, Object.fromEntries(columns.map((c) => [c, headers[table][c]]))]));
    return [locale, { tabs, settings, workingDays, objectives, headers: named }];
  }));
  return { labels, kept, scriptJson, pages: LOCALES.map((locale) => ({ name: wordsPageName(locale), html: wordsPage(bundledWords(locale)) })) };
}

/**
 * In Code.js, src/domain/i18n/bundled.ts becomes the menu's labels alone: onOpen in
 * AuthMode.NONE may not read a page, and everything else is said from the Messages pages
 * (src/main.ts sets them as the words' source). Tests and Node code keep the real module.
 */
function withoutCatalogs(labels) {
  const contents = `const LABELS = ${JSON.stringify(labels)};
export function bundledWords() { throw new Error('Code.js reads its words from the Messages pages'); }
export function menuLabel(locale, key) { return LABELS[locale][key]; }`;
  return {
    name: 'without-catalogs',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]domain[\\/]i18n[\\/]bundled\.ts$/ }, () => ({ contents, loader: 'js' }));
    },
  };
}

/**
 * A language's folder (src/domain/languages/<language>/) holds all it says; a bundle carries
 * only the parts it speaks from code. Code.js and the sidebar's script leave out the server's
 * and the sidebar's sentences, the emails and the privacy notice: Code.js reads them from the
 * Messages pages, the sidebar from the catalog its page carries. What stays (the workbook's
 * words and the language's facts) is small.
 */
function without(...parts) {
  const filter = new RegExp(`[\\\\/]src[\\\\/]domain[\\\\/]languages[\\\\/][^\\\\/]+[\\\\/](${parts.join('|')})\\.ts$`);
  return {
    name: `without-${parts.join('-')}`,
    setup(b) {
      b.onLoad({ filter }, (args) => ({ contents: `export const ${filter.exec(args.path)[1]} = {};`, loader: 'js' }));
    },
  };
}
const PAGE_WORDS = ['messages', 'sidebar', 'emails', 'notice'];

/**
 * In Code.js, a folder's sheet.ts keeps only the tabs' names (a tab not yet tagged is found by
 * its name), the Settings rows' names (every call reads Settings, in any language), the default
 * working days, the seed objectives (the sidebar shows an objective left as setup wrote it in
 * the reader's language) and the headers of the columns a translation's source names
 * (src/domain/translations.ts). The other headers are read from the Messages pages
 * (src/domain/i18n/sheet-words.ts), only for a column that is not where setup recorded it.
 */
function onlyNamesOfSheet(kept) {
  const filter = /[\\/]src[\\/]domain[\\/]languages[\\/]([^\\/]+)[\\/]sheet\.ts$/;
  return {
    name: 'only-names-of-sheet',
    setup(b) {
      b.onLoad({ filter }, (args) => {
        const words = kept[filter.exec(args.path)[1]];
        if (!words) throw new Error(`${args.path}: no language has this folder's code`);
        return { contents: `export const sheet = ${JSON.stringify(words)};`, loader: 'js' };
      });
    },
  };
}

async function writeWordsPages(pages) {
  for (const { name, html } of pages) {
    // The page is served as written (not a template), but a scriptlet opener must never reach it.
    if (html.includes('<?')) throw new Error(`${name}.html would contain "<?"`);
    await put(`${name}.html`, html);
  }
  return pages.map(({ name, html }) => `${name}.html ${Math.round(Buffer.byteLength(html) / 1024)} KB`);
}

function forwarder({ name, params, jsDoc }) {
  const list = params.join(', ');
  return `${jsDoc ? `${jsDoc}\n` : ''}function ${name}(${list}){return ${NAMESPACE}.${name}(${list})}`;
}

async function buildServer(labels, kept) {
  const entry = join(root, 'src/main.ts');
  const globals = await globalsOf(entry);
  await checkMenu(globals);
  const chapters = chaptersOf(entry, await readFile(entry, 'utf8'));
  const outdir = join(root, '.cache', 'server');
  const result = await build({
    plugins: [withoutCatalogs(labels), without(...PAGE_WORDS), onlyNamesOfSheet(kept), ...release],
    entryPoints: [entry, ...chapters.map((path) => join(root, 'src', `${path}.ts`))],
    outbase: join(root, 'src'),
    outdir,
    absWorkingDir: root,
    bundle: true,
    // Code.js and its chapters (scripts/chapters.mjs), which link() makes loadable by Apps Script.
    splitting: true,
    format: 'esm',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    // Apps Script reads UTF-8 source: accented words cost 2 bytes instead of a 6-byte \u escape.
    charset: 'utf8',
    write: false,
    metafile: true,
  });
  const linked = link(result, { root, outdir, namespace: NAMESPACE, chapters });
  await put('Code.js', `${linked.code}\n${globals.map(forwarder).join('\n')}\n`);
  for (const page of linked.pages) await put(`${page.name}.html`, page.text);
  if (withTestLanguages) return globals;
  // What each source adds to Code.js and to each chapter, for test/bundle-areas.test.ts (kept out of
  // dist/, which clasp pushes). Written whole too, through a temporary file, for a second build running at the same moment.
  const meta = join(root, '.cache', 'Code.meta.json');
  await mkdir(dirname(meta), { recursive: true });
  const outputs = { 'Code.js': { inputs: linked.inputs }, ...Object.fromEntries(linked.pages.map((page) => [`${page.name}.html`, { inputs: page.inputs }])) };
  await writeFile(`${meta}.${process.pid}.tmp`, JSON.stringify({ outputs }));
  await rename(`${meta}.${process.pid}.tmp`, meta);
  return globals;
}

/** Each language's sidebar catalog (src/sidebar/i18n/page.ts), evaluated here: it is data for the pages, not code. */
async function sidebarCatalogs() {
  const result = await build({
    entryPoints: [join(root, 'src/sidebar/i18n/page.ts')],
    plugins: release,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  const { pageCatalogs, shortKeys } = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
  return { catalogs: pageCatalogs(), short: shortKeys() };
}


/**
 * A page's reader sees dropdown labels in the page's language only: its script reads that
 * language's labels wherever another's would be (the codes are the same in every language).
 */
function onlyLabelsOf(locale) {
  const filter = /[\\/]src[\\/]domain[\\/]languages[\\/]([^\\/]+)[\\/]labels\.ts$/;
  return {
    name: 'only-labels-of',
    setup(b) {
      b.onLoad({ filter, namespace: 'file' }, (args) => {
        const folder = filter.exec(args.path)[1];
        return folder === locale ? undefined : { contents: `export { labels } from '../${locale}/labels';`, loader: 'js', resolveDir: dirname(args.path) };
      });
      // A language made from another's words (en-XA from en) reads that language's real labels.
      b.onResolve({ filter: /labels$/ }, (args) => {
        const path = join(args.resolveDir, `${args.path}.ts`);
        const own = filter.exec(join(dirname(args.importer), 'labels.ts'))?.[1] === locale;
        return own && filter.exec(path)?.[1] !== locale ? { path, namespace: 'labels-made-from' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'labels-made-from' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'ts' }));
    },
  };
}

/**
 * The sidebar checks its forms with the server's own schemas (src/domain), run by the few
 * builders of zod/mini they are made of (src/sidebar/zod-subset.ts) rather than by all of zod.
 */
const zodSubset = {
  name: 'zod-subset',
  setup(b) {
    b.onResolve({ filter: /^zod\/mini$/ }, () => ({ path: join(root, 'src/sidebar/zod-subset.ts') }));
  },
};

/** The sidebar's script for one language's page, a member's (guests' too) or a coordinator's. */
async function sidebarScript(locale, role) {
  const js = await build({
    entryPoints: [join(root, role === 'coordinator' ? 'src/sidebar/coordinator-page.ts' : 'src/sidebar/main.ts')],
    // Nor does the sidebar read the workbook's tab names, headers or seed objectives (sheet.ts).
    plugins: [without(...PAGE_WORDS, 'sheet'), onlyLabelsOf(locale), zodSubset, ...release],
    // A zod builder the shared schemas use and zod-subset.ts lacks stops the build.
    logOverride: { 'import-is-undefined': 'error' },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
  });
  // A literal "</script" inside the bundle would end the inline script early.
  return js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script').trim();
}

/**
 * Pages by role: a member's (and a newcomer's, who registers there and becomes a member) carries
 * no coordinator section, nor their words or styles; a coordinator's carries every section.
 * Each carries only the words its script can say (wordsSaidBy). showSidebar serves the
 * caller's (src/server/sidebar.ts, which names them the same way).
 */
const ROLES = ['member', 'coordinator'];
const sidebarPageName = (locale, role) => (role === 'coordinator' ? `Sidebar-coordinator-${locale}` : `Sidebar-${locale}`);

/**
 * The words a page's script can say: each key it names, each key under a prefix it builds keys
 * from (`reminders.kind.${kind}`), and each field message whose rule it names (the shared
 * schemas name a rule's message by its suffix: `rule(…, 'tooLong')` says `field.tooLong`).
 */
/** The prefixes a script builds keys from (`reminders.kind.${kind}`). */
const keyPrefixes = (script) => [...script.matchAll(/`([a-z][\w.]*\.)\$\{/gi)].map((m) => m[1]);

function wordsSaidBy(script, messages) {
  const quoted = (text) => script.includes(`"${text}"`) || script.includes(`'${text}'`) || script.includes(`\`${text}\``);
  const prefixes = keyPrefixes(script).filter((prefix) => prefix !== 'field.');
  const said = (key) => quoted(key) || prefixes.some((p) => key.startsWith(p)) || (key.startsWith('field.') && quoted(key.slice('field.'.length)));
  return Object.fromEntries(Object.entries(messages).filter(([key]) => said(key)));
}

/**
 * A page's words and script with their keys replaced by short names (shortKeys,
 * src/sidebar/i18n/page.ts), in both: a key the script names whole by its short name; a key it
 * may build from its family (`diagnose.fix.${name}`, every field message) by its family's short
 * name and its last part, in the script's template too. A key under a prefix that is not its
 * family (`sidebar.${a}.${b}`) keeps its name.
 */
function withShortKeys(script, messages, short) {
  const built = keyPrefixes(script);
  const familyOf = (key) => key.slice(0, key.lastIndexOf('.') + 1);
  const renamed = new Map();
  for (const key of Object.keys(messages)) {
    const family = familyOf(key);
    if (!built.some((prefix) => key.startsWith(prefix))) renamed.set(key, short.keys[key] ?? key);
    else if (built.includes(family) && short.families[family]) renamed.set(key, `${short.families[family]}${key.slice(family.length)}`);
    else renamed.set(key, key);
  }
  let compact = script;
  for (const family of new Set(built)) {
    if (short.families[family] && Object.keys(messages).some((key) => familyOf(key) === family)) compact = compact.replaceAll(`\`${family}\${`, `\`${short.families[family]}\${`);
  }
  for (const [key, name] of renamed) {
    if (name !== key) for (const quote of ['"', "'", '`']) compact = compact.replaceAll(`${quote}${key}${quote}`, `${quote}${name}${quote}`);
  }
  return { script: compact, messages: Object.fromEntries(Object.entries(messages).map(([key, text]) => [renamed.get(key), text])) };
}

/** The sidebar pages, each with its language's catalog as JSON written by `scriptJson` (src/server/html.ts). */
async function buildSidebar(scriptJson) {
  // A member's page wears sidebar.css; a coordinator's adds what only their parts wear.
  const css = await build({
    entryPoints: [join(root, 'src/sidebar/sidebar.css'), join(root, 'src/sidebar/coordinator.css')],
    bundle: true,
    minify: true,
    write: false,
    outdir: dist,
  });
  // The page's own markup without the indentation between its tags (the inlined parts are added after).
  const template = (await readFile(join(root, 'src/sidebar/index.html'), 'utf8')).replace(/>\s+</g, '><').trim();
  const sheet = (name) => css.outputFiles.find((file) => file.path.endsWith(name)).text.trim();
  const [memberStyles, coordinatorStyles] = [sheet('sidebar.css'), sheet('coordinator.css')];
  const styles = { member: memberStyles, coordinator: `${memberStyles}${coordinatorStyles}` };
  const pages = [];
  const { catalogs, short } = await sidebarCatalogs();
  for (const { locale, messages, notice } of catalogs) {
    for (const role of ROLES) {
      const bundled = await sidebarScript(locale, role);
      const { script, messages: said } = withShortKeys(bundled, wordsSaidBy(bundled, messages), short);
      const html = template
        .replace('/* inline:locale */', () => locale)
        .replace('/* inline:catalog */', () => scriptJson({ locale, messages: said, notice }))
        .replace('/* inline:css */', () => styles[role])
        .replace('/* inline:js */', () => script);
      const file = `${sidebarPageName(locale, role)}.html`;
      await put(file, html);
      pages.push(`${file} ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB`);
    }
  }
  return pages;
}

await mkdir(dist, { recursive: true });
const words = await languageWords();
const [globals, pages, wordsPages] = await Promise.all([
  buildServer(words.labels, words.kept),
  buildSidebar(words.scriptJson),
  writeWordsPages(words.pages),
  readFile(join(root, 'appsscript.json'), 'utf8').then((manifest) => put('appsscript.json', manifest)),
]);
// A page from an older build (the single Sidebar.html) must not be pushed with the new ones.
for (const file of await readdir(dist)) if (file.endsWith('.html') && !written.has(file)) await rm(join(dist, file));
const codeSize = (await readFile(join(dist, 'Code.js'))).length;
const shown = withTestLanguages ? '.cache/dist-test/' : 'dist/';
console.log(`${shown}Code.js: ${Math.round(codeSize / 1024)} KB, ${globals.length} globals (${globals.map((g) => g.name).join(', ')})`);
console.log(`${shown}: ${[...pages, ...wordsPages].join(', ')}`);
