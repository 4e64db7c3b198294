import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editByHand, openAs, openHarness, panel, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

const IMG = '<img src=x onerror="window.__pwned = \'img\'">';
const SCRIPT = '</script><script>window.__pwned = "script"</script>';
const SVG = '<svg onload="window.__pwned = \'svg\'"></svg> projector';

describe('text typed into the sheet by hand', () => {
  it('shows as text in "My submissions" and in the pledge form, and runs nothing', async () => {
    // Marina (MEM-003) has a proposal and a pledge whose text someone typed straight into the tabs.
    editByHand(harness, 'Propostas', (sheet) =>
      sheet.appendRow(['PRO-901', `Oficina ${IMG}`, '', 'O3', 'MEM-003', 'enviada', '', '', new Date()]),
    );
    editByHand(harness, 'Propostas', (sheet) => sheet.appendRow(['PRO-902', SCRIPT, '', 'O4', 'MEM-003', 'em análise', '', '', new Date()]));
    editByHand(harness, 'Recursos', (sheet) =>
      sheet.appendRow(['RES-901', 'MEM-003', 'não financeiro', 'equipamento', SVG, '', '', 1, 'unidade', 'disponível', '', 'PRO-901', new Date()]),
    );

    const { page, sidebar } = await openAs(harness, 'marina');
    await sidebar.getByRole('tab', { name: 'Meus envios' }).click();
    const mine = panel(sidebar, 'mine');
    await expect.poll(() => mine.locator('.item-title').allTextContents()).toEqual([
      `PRO-901 Oficina ${IMG}`,
      `PRO-902 ${SCRIPT}`,
      `RES-901 equipamento — ${SVG} (1 unidade)`,
    ]);
    expect(await mine.locator('.status').allTextContents()).toEqual(['enviada', 'em análise']);
    expect(await mine.textContent()).toContain('para PRO-901');

    await sidebar.getByRole('tab', { name: 'Contribuir' }).click();
    const options = await panel(sidebar, 'pledge').getByLabel('Para uma das minhas propostas').locator('option').allTextContents();
    expect(options).toContain(`PRO-901 — Oficina ${IMG}`);

    // No element was made from the text, and nothing it carries ran (an image error fires at once; give it time).
    expect(await sidebar.locator('img, svg').count()).toBe(0);
    expect(await sidebar.locator('#app script').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await sidebar.locator('body').evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await page.close();
  });
});
