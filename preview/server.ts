import { build } from 'esbuild';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Emulator } from '../emulator';
import { readBuiltProject, TEST_BUILD } from '../emulator/built';
import { loadProject, type Project } from '../emulator/project';
import { createEmulator, exampleWorkbook, type ProjectFiles } from './example';
import { PERSONAS, persona } from './personas';
import { isLocale, LOCALE_FACTS, LOCALES } from '../src/domain/locale';
import { workbookView } from './view';
import type { GuestResponse } from './workbook-view';

const root = join(dirname(new URL(import.meta.url).pathname), '..');

export interface PreviewOptions {
  readonly port: number;
  readonly host?: string;
  /** Where the workbook is kept between runs; git-ignored. */
  readonly dataFile?: string;
  /** The language every persona speaks unless the page picks another (`MUTIRAO_LOCALE=en-XA npm start`); else each their own. */
  readonly language?: string | undefined;
}

export interface Preview {
  readonly url: string;
  /** The workbook's emulator, for browser tests that type into the sheet by hand. */
  emulator(): Emulator;
  close(): Promise<void>;
}

interface Session {
  emulator: Emulator;
  project: Project;
}

function readFiles(): ProjectFiles {
  // The build with the test languages (en-XA): the preview offers them, a workbook never does.
  const { code, files } = readBuiltProject(TEST_BUILD);
  return { code, pages: files };
}

async function bundleClient(file: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'preview/client', file)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * Serves the local preview: the workbook's tabs, the add-on menu and the real sidebar pages,
 * whose google.script.run reaches the built Code.js running on the emulator.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const files = readFiles();
  const dataFile = options.dataFile ?? join(root, '.preview-data/workbook.json');
  const [pageScript, shimScript, pageHtml] = await Promise.all([
    bundleClient('page.ts'),
    bundleClient('script-run.ts'),
    readFile(join(root, 'preview/page.html'), 'utf8'),
  ]);

  let session = await restore(files, dataFile);
  const save = async () => {
    await mkdir(dirname(dataFile), { recursive: true });
    await writeFile(dataFile, JSON.stringify(session.emulator.toJSON()));
  };
  await save();

  const everyone = options.language && isLocale(options.language) ? options.language : undefined;
  /** The languages the served build speaks, for the page's language choice. */
  const languages = LOCALES.filter((l) => `Messages-${l}` in files.pages)
    .map((l) => `<option value="${l}">${LOCALE_FACTS[l].name.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</option>`)
    .join('');

  /** Acts as the persona and language the page picked, for one request. */
  const actAs = (url: URL): void => {
    const who = persona(url.searchParams.get('as'));
    const lang = url.searchParams.get('lang');
    session.emulator.user = { email: who.email, locale: lang && isLocale(lang) ? lang : (everyone ?? who.locale) };
  };

  const routes: Record<string, (url: URL, body: unknown) => Promise<unknown> | unknown> = {
    'GET /': () => html(pageHtml.replace('/* inline:page */', () => pageScript).replace('<!-- inline:languages -->', () => languages)),
    // The page Sheets would show: showSidebar run for the acting person, in their language.
    // `via`: the menu item that opened it (showDiagnose opens it on Diagnose), showSidebar by default.
    'GET /sidebar': (url) => {
      actAs(url);
      const via = url.searchParams.get('via') ?? '';
      session.project.call(/^show[A-Z]\w*$/.test(via) ? via : 'showSidebar');
      return html(withScriptRun(session.emulator.ui.sidebar?.html ?? '', shimScript));
    },
    'GET /api/personas': () => PERSONAS,
    'GET /api/workbook': (url) => {
      actAs(url);
      return workbookView(session.emulator, session.project);
    },
    'POST /api/run': async (url, body) => {
      actAs(url);
      const { name, args } = body as { name: string; args: unknown[] };
      // A sidebar call may open a dialog (the report for partners): the page shows it as the menu's.
      const shown = session.emulator.ui.dialogs.length;
      const outcome = runSafely(() => session.project.scriptRun(name, decodeArgs(args)));
      await save();
      return { ...outcome, dialogs: session.emulator.ui.dialogs.slice(shown) };
    },
    'POST /api/menu': async (url, body) => {
      actAs(url);
      const ui = session.emulator.ui;
      const before = { dialogs: ui.dialogs.length, alerts: ui.alerts.length, toasts: toasts(session).length, sidebar: ui.sidebar };
      const outcome = runSafely(() => session.project.call((body as { functionName: string }).functionName));
      await save();
      return {
        ...outcome,
        dialogs: ui.dialogs.slice(before.dialogs),
        alerts: ui.alerts.slice(before.alerts),
        toasts: toasts(session).slice(before.toasts),
        sidebarOpened: ui.sidebar !== before.sidebar,
      };
    },
    // A guest answers an invitation, as they would from Calendar or the invitation email.
    'POST /api/answer': async (url, body) => {
      actAs(url);
      const { eventId, response } = body as { eventId: string; response: GuestResponse };
      session.emulator.calendar.respond(eventId, session.emulator.user?.email ?? '', response);
      await save();
      return { ok: true };
    },
    'POST /api/reset': async () => {
      session = exampleWorkbook(files);
      await save();
      return { ok: true };
    },
  };

  const server = createServer((request, response) => {
    void handle(request, response);
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://preview');
    const route = routes[`${request.method} ${url.pathname}`];
    try {
      if (!route) return send(response, 404, 'text/plain', 'Not found');
      const body = request.method === 'POST' ? JSON.parse((await readBody(request)) || '{}') : undefined;
      const result = await route(url, body);
      if (result instanceof Html) return send(response, 200, 'text/html; charset=utf-8', result.text);
      send(response, 200, 'application/json', JSON.stringify(result));
    } catch (error) {
      console.error(error);
      send(response, 500, 'application/json', JSON.stringify({ error: String(error) }));
    }
  }

  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    emulator: () => session.emulator,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function restore(files: ProjectFiles, dataFile: string): Promise<Session> {
  let text: string;
  try {
    text = await readFile(dataFile, 'utf8');
  } catch {
    // No saved workbook yet: start from the example.
    return exampleWorkbook(files);
  }
  try {
    const emulator = createEmulator(files, JSON.parse(text));
    return { emulator, project: loadProject(emulator, files.code) };
  } catch (error) {
    // Keep the unreadable file for whoever wants it back, and say so, rather than lose it silently.
    await rename(dataFile, `${dataFile}.unreadable`);
    console.warn(`Could not read ${dataFile} (${String(error)}); kept it as ${dataFile}.unreadable and started from the example workbook.`);
    return exampleWorkbook(files);
  }
}

function toasts(session: Session): unknown[] {
  return session.emulator.spreadsheet.toasts;
}

/** What google.script.run's handlers receive: the value, or the error message Apps Script would send. */
function runSafely(run: () => unknown): { value?: unknown; error?: string } {
  try {
    return { value: run() ?? null };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The shim tags Dates and functions so the emulator, not the browser, decides to refuse them. */
function decodeArgs(args: unknown[]): unknown[] {
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value && typeof value === 'object') {
      const tagged = value as Record<string, unknown>;
      if (typeof tagged['$date'] === 'string') return new Date(tagged['$date']);
      if (tagged['$function'] === true) return () => undefined;
      return Object.fromEntries(Object.entries(tagged).map(([k, v]) => [k, decode(v)]));
    }
    return value;
  };
  return args.map(decode);
}

function withScriptRun(sidebar: string, shim: string): string {
  return sidebar.replace('<head>', () => `<head><script>${shim}</script>`);
}

class Html {
  constructor(readonly text: string) {}
}
const html = (text: string) => new Html(text);

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (data += chunk));
    request.on('end', () => resolve(data));
    request.on('error', reject);
  });
}
