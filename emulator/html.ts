import type { ServiceEnv } from './env';
import { makeEnum } from './enums';
import { ScriptException } from './errors';
import { compileTemplate, escapeHtml, printRaw } from './template';

/**
 * HtmlService with the project's HTML files (keyed by name without `.html`).
 * https://developers.google.com/apps-script/reference/html/html-service
 */

export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE'] as const);
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT'] as const);

/** Evaluates generated template source where the script's globals are visible. */
export type TemplateRealm = (source: string) => unknown;

export class HtmlOutputImpl {
  private title = '';
  // 0 means "not set": the container (sidebar, dialog) picks the size.
  private width = 0;
  private height = 0;
  private readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    private readonly env: ServiceEnv,
    private content: string,
  ) {}

  /** What a container shows; read by Ui without counting as a script call. */
  static view(output: HtmlOutputImpl): { title: string; width: number; height: number; html: string } {
    return { title: output.title, width: output.width, height: output.height, html: output.content };
  }

  getContent(): string {
    this.env.guard('HtmlOutput', 'getContent', 'html');
    return this.content;
  }

  setContent(content: string): HtmlOutputImpl {
    this.env.guard('HtmlOutput', 'setContent', 'html');
    this.content = String(content);
    return this;
  }

  append(added: string): HtmlOutputImpl {
    this.env.guard('HtmlOutput', 'append', 'html');
    this.content += String(added);
    return this;
  }

  appendUntrusted(added: string): HtmlOutputImpl {
    this.env.guard('HtmlOutput', 'appendUntrusted', 'html');
    this.content += escapeHtml(added);
    return this;
  }

  clear(): HtmlOutputImpl {
    this.env.guard('HtmlOutput', 'clear', 'html');
    this.content = '';
    return this;
  }

  getTitle(): string {
    this.env.guard('HtmlOutput', 'getTitle', 'html');
    return this.title;
  }

  setTitle(title: string): HtmlOutputImpl {
    this.env.guard('HtmlOutput', 'setTitle', 'html');
    this.title = String(title);
    return this;
  }

  getWidth(): number {
    this.env.guard('HtmlOutput', 'getWidth', 'html');
    return this.width;
  }

  setWidth(width: number): HtmlOutputImpl {
    this.env.guard('HtmlOutput', 'setWidth', 'html');
    this.width = Number(width);
    return this;
  }

  getHeight(): number {
    this.env.guard('HtmlOutput', 'getHeight', 'html');
    return this.height;
  }

  setHeight(height: number): HtmlOutputImpl {
    this.env.guard('HtmlOutput', 'setHeight', 'html');
    this.height = Number(height);
    return this;
  }

  setSandboxMode(): HtmlOutputImpl {
    // Only IFRAME exists nowadays; the mode changes nothing in the emulator.
    this.env.guard('HtmlOutput', 'setSandboxMode', 'html');
    return this;
  }

  setXFrameOptionsMode(): HtmlOutputImpl {
    this.env.guard('HtmlOutput', 'setXFrameOptionsMode', 'html');
    return this;
  }

  addMetaTag(name: string, content: string): HtmlOutputImpl {
    this.env.guard('HtmlOutput', 'addMetaTag', 'html');
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }

  getMetaTags(): { getName(): string; getContent(): string }[] {
    this.env.guard('HtmlOutput', 'getMetaTags', 'html');
    return this.metaTags.map(({ name, content }) => ({ getName: () => name, getContent: () => content }));
  }
}

/** Own enumerable properties set by the script are the template's variables. */
export class HtmlTemplateImpl {
  readonly #env: ServiceEnv;
  readonly #raw: string;
  readonly #realm: TemplateRealm;

  constructor(env: ServiceEnv, raw: string, realm: TemplateRealm) {
    this.#env = env;
    this.#raw = raw;
    this.#realm = realm;
  }

  evaluate(): HtmlOutputImpl {
    this.#env.guard('HtmlTemplate', 'evaluate', 'html');
    const render = this.#realm(compileTemplate(this.#raw)) as (
      vars: object,
      escape: (v: unknown) => string,
      raw: (v: unknown) => string,
    ) => string;
    return new HtmlOutputImpl(this.#env, render({ ...this }, escapeHtml, printRaw));
  }

  getCode(): string {
    this.#env.guard('HtmlTemplate', 'getCode', 'html');
    return compileTemplate(this.#raw);
  }

  getRawContent(): string {
    this.#env.guard('HtmlTemplate', 'getRawContent', 'html');
    return this.#raw;
  }
}

class HtmlServiceImpl {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    private readonly env: ServiceEnv,
    private readonly files: Readonly<Record<string, string>>,
    private readonly realm: TemplateRealm,
  ) {}

  createHtmlOutput(html?: string): HtmlOutputImpl {
    this.env.guard('HtmlService', 'createHtmlOutput', 'html');
    return new HtmlOutputImpl(this.env, html === undefined ? '' : String(html));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutputImpl {
    this.env.guard('HtmlService', 'createHtmlOutputFromFile', 'html');
    return new HtmlOutputImpl(this.env, this.file(filename));
  }

  createTemplate(html: string): HtmlTemplateImpl {
    this.env.guard('HtmlService', 'createTemplate', 'html');
    return new HtmlTemplateImpl(this.env, String(html), this.realm);
  }

  createTemplateFromFile(filename: string): HtmlTemplateImpl {
    this.env.guard('HtmlService', 'createTemplateFromFile', 'html');
    return new HtmlTemplateImpl(this.env, this.file(filename), this.realm);
  }

  /** The message Apps Script gives for a missing file, e.g. "No HTML file named Sidebar was found." */
  private file(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const text = Object.hasOwn(this.files, name) ? this.files[name] : undefined;
    if (text === undefined) throw new ScriptException(`No HTML file named ${name} was found.`);
    return text;
  }
}

export function createHtmlService(
  env: ServiceEnv,
  files: Readonly<Record<string, string>>,
  realm: TemplateRealm,
): GoogleAppsScript.HTML.HtmlService {
  return new HtmlServiceImpl(env, files, realm) as unknown as GoogleAppsScript.HTML.HtmlService;
}
