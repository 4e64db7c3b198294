import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, openHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('progress for coordinators', () => {
  it('lists who still owes a proposal or a pledge, and refreshes progress and the dashboard', async () => {
    const { page, sidebar } = await openAs(harness, 'jean');
    const late = sidebar.locator('section.late');
    await expect.poll(() => late.locator('h2').textContent()).toBe('Membres en retard');
    const names = await late.locator('.item-title').allTextContents();
    // Paulo and Yann sent both in the example workbook; Marina and Claire sent nothing yet.
    expect(names.some((n) => n.includes('Marina Souza'))).toBe(true);
    expect(names.some((n) => n.includes('Claire Dubois'))).toBe(true);
    expect(names.some((n) => n.includes('Paulo Lima'))).toBe(false);

    await late.getByRole('button', { name: 'Actualiser la progression' }).click();
    // The confirmation appears beside the button, in a live region, not at the top of the sidebar.
    await expect.poll(() => late.getByRole('status').textContent()).toBe('Progression actualisée et tableau de bord reconstruit.');
    expect(await sidebar.locator('#notice').textContent()).toBe('');
    await page.locator('#tabs button', { hasText: 'Painel' }).click();
    const dashboard = page.locator('table[data-tab="Painel"] td');
    await expect.poll(() => dashboard.allTextContents()).toContain('Mutirão — painel');
    // Paulo's pledge of 5 000 BRL, in the workbook's (Brazilian) money format.
    expect(await dashboard.allTextContents()).toContain('R$ 5.000,00');
    // The bar chart the sheet shows beside the Dashboard: one bar per objective, drawn to its progress.
    const chart = page.locator('figure.chart');
    expect(await chart.locator('figcaption').textContent()).toBe('Progresso dos cinco objetivos');
    const bars = chart.locator('.bar-row');
    expect(await bars.count()).toBe(5);
    const o1 = bars.first();
    expect(await o1.locator('.bar-value').textContent()).toBe('100%');
    const [fill, track] = await Promise.all([o1.locator('.bar-fill').boundingBox(), o1.locator('.bar-track').boundingBox()]);
    expect(Math.round(fill?.width ?? 0)).toBe(Math.round(track?.width ?? -1));
    const emptyBar = bars.filter({ has: page.locator('.bar-value', { hasText: /^0%$/ }) }).first();
    if ((await emptyBar.count()) > 0) expect((await emptyBar.locator('.bar-fill').boundingBox())?.width).toBe(0);
    await page.close();
  });

  it('is not shown to members', async () => {
    const { page, sidebar } = await openAs(harness, 'marina');
    await expect.poll(() => sidebar.locator('h1').textContent()).toBe('Olá, Marina Souza!');
    expect(await sidebar.locator('section.late').count()).toBe(0);
    await page.close();
  });
});
