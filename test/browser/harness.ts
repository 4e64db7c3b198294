import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { startPreview, type Preview } from '../../preview/server';

/** Debian's Chromium (scripts/ensure-chromium.mjs installs it); playwright never downloads one. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface Harness {
  readonly preview: Preview;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** A preview on a free port with its own fresh example workbook, and a headless Chromium. */
export async function openHarness(): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'mutirao-preview-'));
  const preview = await startPreview({ port: 0, dataFile: join(dir, 'workbook.json') });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // The machine has no network: keep Chromium from trying to reach Google's services.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    preview,
    browser,
    close: async () => {
      await browser.close();
      await preview.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the preview as a persona, in a language (or the persona's own), and returns the sidebar frame. */
export async function openAs(harness: Harness, persona: string, lang = ''): Promise<{ page: Page; sidebar: FrameLocator }> {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const params = new URLSearchParams({ as: persona, ...(lang ? { lang } : {}) });
  await page.goto(`${harness.preview.url}/?${params}`);
  return { page, sidebar: page.frameLocator('#sidebar-frame') };
}

/** Edits a tab as a person typing into the sheet would: no add-on code runs. */
export function editByHand(harness: Harness, tab: string, edit: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void): void {
  const emulator = harness.preview.emulator();
  emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    const sheet = emulator.services.SpreadsheetApp.getActive().getSheetByName(tab);
    if (!sheet) throw new Error(`no tab ${tab}`);
    edit(sheet);
  });
}

/** The sidebar panel of a section (home, register, propose, pledge, mine, meeting), once the sidebar has loaded. */
export function panel(sidebar: FrameLocator, section: string) {
  return sidebar.locator(`#panel-${section}`);
}

/** Intl writes money with (narrow) no-break spaces; compare with plain ones. */
export const spaced = (text: string | null): string => (text ?? '').replace(/\s/g, ' ');
