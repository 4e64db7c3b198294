/**
 * A chapter is a server module Code.js does not carry: Apps Script loads all of Code.js on every
 * call, onEdit included, so what only some calls need (polls, the report, setup, Diagnose…) is
 * written by the build into its own page, dist/Chapter-<module>.html, with whatever else it
 * needs that Code.js lacks (docs/architecture.md, "Chapters"). The first call that needs it in
 * an execution evaluates that page as a template: its one scriptlet hands the modules to Code.js
 * (scriptlets run on the server and see the script's globals:
 * https://developers.google.com/apps-script/guides/html/templates#scriptlets).
 */

/**
 * Defined by the module loader the build writes around Code.js (scripts/chapters.mjs): returns
 * the module, evaluating its page first when this execution has not yet.
 */
declare function loadChapter(module: string, evaluatePage: (page: string) => void): unknown;

/**
 * Makes `chapter<typeof Module>('./server/module')`: that module (its path as main.ts imports
 * its type, which the build checks is the same), loaded when first used.
 */
export function chaptersFrom(html: () => GoogleAppsScript.HTML.HtmlService) {
  const evaluatePage = (page: string) => { html().createTemplateFromFile(page).evaluate(); };
  return <T>(path: string) => () => loadChapter(path, evaluatePage) as T;
}
