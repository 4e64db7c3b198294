import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_LANGUAGES } from '../../src/domain/languages/registry';
import { INTL_TAG, LOCALE_FACTS, LOCALES } from '../../src/domain/locale';
import { openAs, openHarness, type Harness } from './harness';

// Issue 19: in the pseudo-locale every word the sidebar shows is accented, so a word still in
// plain English is a sentence written in the code instead of the catalog. Every screen, for a
// newcomer, a member and a coordinator on each hub.
const PSEUDO = TEST_LANGUAGES[0].facts.code;

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

/**
 * Words that may be plain ASCII on a pseudo-localized screen, and only these:
 * - what people typed into the example workbook (names, organizations, titles, time zones), in any cell below a header;
 * - the names of the other languages, each written in itself in the language choice ("English", "Brasil");
 * - month, day, country and language names, which the browser's `Intl` writes in English for a locale it has no data for.
 * Emails, URLs, domain names (cnil.fr), IDs (PRO-001), acronyms and numbers are not words and are dropped first.
 */
function allowedWords(harness: Harness, intlWords: readonly string[]): Set<string> {
  const allowed = new Set<string>();
  const add = (text: string) => {
    for (const word of text.match(/\p{L}+/gu) ?? []) allowed.add(word);
  };
  const emulator = harness.preview.emulator();
  emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    for (const sheet of emulator.services.SpreadsheetApp.getActive().getSheets()) {
      for (const row of sheet.getDataRange().getDisplayValues().slice(1)) row.forEach(add);
    }
  });
  for (const locale of LOCALES) if (locale !== PSEUDO) add(LOCALE_FACTS[locale].name);
  intlWords.forEach(add);
  return allowed;
}

/** What the frame's own `Intl` writes in the pseudo-locale's tag: month, day, country and language names. */
async function intlNames(frame: Frame): Promise<string[]> {
  return frame.evaluate(({ intl, languages }) => {
    const names: string[] = [];
    const write = (date: Date, options: Intl.DateTimeFormatOptions) => names.push(new Intl.DateTimeFormat(intl, { ...options, timeZone: 'UTC' }).format(date));
    for (let i = 0; i < 12; i++) for (const month of ['long', 'short'] as const) write(new Date(Date.UTC(2026, i, 1)), { month });
    for (let i = 0; i < 7; i++) for (const weekday of ['long', 'short'] as const) write(new Date(Date.UTC(2026, 0, 1 + i)), { weekday });
    const regions = new Intl.DisplayNames(intl, { type: 'region' });
    for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) names.push(regions.of(String.fromCharCode(a, b)) ?? '');
    const tongues = new Intl.DisplayNames(intl, { type: 'language' });
    for (const language of languages) names.push(tongues.of(language) ?? '');
    return names;
  }, { intl: INTL_TAG[PSEUDO], languages: [...LOCALES] });
}

/** What a reader sees in the frame now: visible text, the options of visible lists, placeholders, labels and titles. */
async function shownTexts(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const texts: string[] = [];
    const visible = (element: Element | null) => !!element && element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && (visible(parent) || (parent.tagName === 'OPTION' && visible(parent.closest('select'))))) texts.push(node.textContent ?? '');
    }
    for (const element of Array.from(document.querySelectorAll('[placeholder], [aria-label], [title], [alt]'))) {
      if (!visible(element)) continue;
      for (const name of ['placeholder', 'aria-label', 'title', 'alt']) texts.push(element.getAttribute(name) ?? '');
    }
    return texts.filter((text) => text.trim() !== '');
  });
}

/** Runs of text holding a word made of plain ASCII letters that is not allowed. */
function english(texts: readonly string[], allowed: ReadonlySet<string>): string[] {
  const notWords = /\S+@\S+|https?:\/\/\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}\b(?:\/[\w/-]*)?|\b[A-Z]{2,}(?:-\d+)?\b|[\d.,:]+/g;
  return texts.filter((text) => (text.replace(notWords, ' ').match(/\p{L}+/gu) ?? []).some((word) => /^[A-Za-z]{2,}$/.test(word) && !allowed.has(word)));
}

async function sidebarFrame(page: Page): Promise<Frame> {
  await page.frameLocator('#sidebar-frame').locator('[role="tab"]').first().waitFor();
  const frame = page.frames().find((f) => f.url().includes('/sidebar'));
  if (!frame) throw new Error('no sidebar frame');
  return frame;
}

/** Every section, once what it fetches has arrived, and each form once refused as sent empty. */
async function englishOnEveryScreen(page: Page): Promise<string[]> {
  const frame = await sidebarFrame(page);
  const allowed = allowedWords(harness, await intlNames(frame));
  const found: string[] = [];
  const look = async (screen: string) => found.push(...english(await shownTexts(frame), allowed).map((text) => `${screen}: ${text.trim()}`));
  const tabs = frame.locator('[role="tab"]');
  for (let i = 0; i < (await tabs.count()); i++) {
    const tab = tabs.nth(i);
    await tab.click();
    const panelId = await tab.getAttribute('aria-controls');
    await frame.waitForFunction((id) => document.getElementById(id ?? '')?.getAttribute('aria-busy') !== 'true', panelId);
    await look(`${panelId}`);
    const submit = frame.locator(`#${panelId} form button[type="submit"]:visible`).first();
    if (await submit.count()) {
      await submit.click();
      await frame.locator(`#${panelId}`).locator('[aria-invalid="true"], .form-error:not(:empty)').first().waitFor();
      await look(`${panelId} (refused)`);
    }
  }
  return [...new Set(found)];
}

describe(`every sidebar screen in the pseudo-locale (${PSEUDO}) shows no plain English word`, () => {
  for (const persona of ['newcomer', 'claire', 'marina', 'jean', 'lucia']) {
    it(`for ${persona}`, async () => {
      const { page } = await openAs(harness, persona, PSEUDO);
      expect(await englishOnEveryScreen(page)).toEqual([]);
      await page.close();
    }, 120_000);
  }
});
