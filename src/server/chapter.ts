/**
 * A chapter is a server module Code.js does not carry: Apps Script loads all of Code.js on every
 * call, onEdit included, so what only some calls need (polls, the report, setup, Diagnose…) is
 * written by the build into its own page, dist/Chapter-<module>.html, with whatever else it
 * needs that Code.js lacks (docs/architecture.md, "Code.js and its chapters"). The first call that needs it in
 * an execution evaluates that page as a template: its one scriptlet hands the modules to Code.js
 * (scriptlets run on the server and see the script's globals:
 * https://developers.google.com/apps-script/guides/html/templates#scriptlets).
 */

/**
 * Defined by the module loader the build writes around Code.js (scripts/chapters.mjs): returns
 * the module, evaluating its page first when this execution has not yet.
 */
declare function loadChapter(module: string, evaluatePage: (page: string) => void): unknown;
/** Defined by the same loader: every chapter's path. */
declare function chapterPaths(): string[];

/** The module at `path`, its page evaluated first when this execution has not yet. */
export function chapterModule(path: string, html: () => GoogleAppsScript.HTML.HtmlService): unknown {
  return loadChapter(path, (page) => {
    html().createTemplateFromFile(page).evaluate();
  });
}

/**
 * Makes `chapter<typeof Module>('./server/module')`: that module (its path as main.ts imports
 * its type, which the build checks is the same), loaded when first used.
 */
export function chaptersFrom(html: () => GoogleAppsScript.HTML.HtmlService) {
  return <T>(path: string) => () => chapterModule(path, html) as T;
}

/**
 * Every chapter's path; none when the sources run whole, as the tests run them. (Only Code.js
 * sees the loader: a chapter's code runs in its template's scope, where the script's globals are.)
 */
export function everyChapter(): string[] {
  return typeof chapterPaths === 'function' ? chapterPaths() : [];
}
