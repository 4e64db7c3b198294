import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, openHarness, type Harness } from './harness';

/** axe-core, a dev dependency, injected into the sidebar's frame as a script: no network. */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

interface Violation { id: string; impact: string; nodes: { target: string[] }[] }

async function sidebarFrame(page: Page): Promise<Frame> {
  await page.frameLocator('#sidebar-frame').locator('[role="tab"]').first().waitFor();
  const frame = page.frames().find((f) => f.url().includes('/sidebar'));
  if (!frame) throw new Error('no sidebar frame');
  return frame;
}

/** WCAG 2.2 A and AA rules (colour contrast 4.5:1 included) on what the sidebar shows now. */
async function audit(frame: Frame): Promise<string[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ content: AXE });
  const violations = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations;
  });
  return (violations as Violation[]).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every section of the sidebar, each audited once opened, with a refused submit where it has a form. */
async function auditEverySection(page: Page): Promise<string[]> {
  const frame = await sidebarFrame(page);
  const found: string[] = [];
  const tabs = frame.locator('[role="tab"]');
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    const name = (await tab.textContent()) ?? '';
    await tab.click();
    const panelId = await tab.getAttribute('aria-controls');
    const panel = frame.locator(`#${panelId}`);
    // Let what the section fetches arrive before looking.
    await frame.waitForFunction((id) => document.getElementById(id ?? '')?.getAttribute('aria-busy') !== 'true', panelId);
    found.push(...(await audit(frame)).map((v) => `${name}: ${v}`));
    const submit = panel.locator('form button[type="submit"]:visible').first();
    if (await submit.count()) {
      await submit.click();
      await panel.locator('[aria-invalid="true"], .form-error:not(:empty)').first().waitFor();
      found.push(...(await audit(frame)).map((v) => `${name} (refused): ${v}`));
    }
  }
  return found;
}

describe('every sidebar screen passes an automated WCAG 2.2 AA audit (axe-core)', () => {
  for (const [persona, lang] of [['newcomer', 'en'], ['newcomer', 'fr'], ['newcomer', 'pt-BR'], ['claire', 'fr'], ['marina', 'pt-BR'], ['marina', 'en'], ['lucia', 'pt-BR'], ['jean', 'fr'], ['jean', 'en']] as const) {
    it(`for ${persona} in ${lang}`, async () => {
      const { page } = await openAs(harness, persona, lang);
      expect(await auditEverySection(page)).toEqual([]);
      await page.close();
    }, 120_000);
  }
});
