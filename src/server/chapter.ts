/**
 * A chapter is a server module Code.js does not carry: Apps Script loads all of Code.js on every
 * call, onEdit included, so what only some calls need (polls, the report, setup, Diagnose…) is
 * written by the build into its own page, dist/Chapter-<module>.html, with whatever else it
 * needs that Code.js lacks (docs/architecture.md, "Code.js and its chapters"). The first call that needs it in
 * an execution evaluates that page as a template: its one scriptlet hands the modules to Code.js
 * (scriptlets run on the server and see the script's globals:
 * https://developers.google.com/apps-script/guides/html/templates#scriptlets).
 */

import { t } from '../domain/i18n';
import { callerLocale } from '../session';
import type { GoogleServices } from './services';

/**
 * Defined by the module loader the build writes around Code.js (scripts/chapters.mjs): returns
 * the module, evaluating its page first when this execution has not yet.
 */
declare function loadChapter(module: string, evaluatePage: (page: string) => void): unknown;
/** Defined by the same loader: every chapter's path. */
declare function chapterPaths(): string[];

type Services = Pick<GoogleServices, 'HtmlService' | 'Session'>;

/**
 * The module at `path`, its page evaluated first when this execution has not yet. A page that
 * cannot be loaded (missing from the project) is said in the caller's language, with the page's
 * name; the cause goes to the execution's log.
 */
export function chapterModule(path: string, google: Services): unknown {
  let loading = '';
  try {
    return loadChapter(path, (page) => {
      loading = page;
      google.HtmlService.createTemplateFromFile(page).evaluate();
    });
  } catch (error) {
    if (!loading) throw error;
    console.error(error);
    // eslint-disable-next-line preserve-caught-error -- ES2020 has no `cause`; the cause is logged just above.
    throw new Error(t(callerLocale(google.Session), 'error.chapterMissing', { page: loading }));
  }
}

/**
 * Makes `chapter<typeof Module>('./server/module')`: that module (its path as main.ts imports
 * its type, which the build checks is the same), loaded when first used.
 */
export function chaptersFrom(google: Services) {
  return <T>(path: string) => () => chapterModule(path, google) as T;
}

/**
 * Every chapter's path; none when the sources run whole, as the tests run them. (Only Code.js
 * sees the loader: a chapter's code runs in its template's scope, where the script's globals are.)
 */
export function everyChapter(): string[] {
  return typeof chapterPaths === 'function' ? chapterPaths() : [];
}
