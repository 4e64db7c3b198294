import { chapterModule, everyChapter } from './chapter';
import type { GoogleServices } from './services';

/**
 * Diagnose's check: loads every chapter this execution has not, and names each that does not
 * hand its module back (a page missing from the project, or a scriptlet whose functions Code.js
 * may not call). Sources run whole, as the tests run them, have no chapters.
 */
export function loadEveryChapter(google: Pick<GoogleServices, 'HtmlService' | 'Session'>): { loaded: number; failed: string[] } {
  const failed: string[] = [];
  const paths = everyChapter();
  for (const path of paths) {
    try {
      const module = chapterModule(path, google);
      if (typeof module !== 'object' || module === null || !Object.values(module).some((value) => typeof value === 'function')) failed.push(`${path}: no functions`);
    } catch (error) {
      failed.push(`${path}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`);
    }
  }
  return { loaded: paths.length - failed.length, failed };
}
