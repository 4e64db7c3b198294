import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, openHarness, panel, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('Diagnose in the preview', () => {
  it('opens from the menu on the Diagnose section, runs at once and shows every check passed, in French', async () => {
    const { page, sidebar } = await openAs(harness, 'jean');
    await expect.poll(() => page.locator('#tabs button').count()).toBeGreaterThan(0);
    const tabsBefore = await page.locator('#tabs button').allTextContents();
    await page.locator('#menu button[data-function=showDiagnose]').click();
    const diagnose = panel(sidebar, 'diagnose');
    await expect.poll(() => diagnose.locator('.check').count(), { timeout: 15_000 }).toBe(10);
    expect(await sidebar.getByRole('tab', { name: 'Diagnostic' }).getAttribute('aria-selected')).toBe('true');
    expect(await diagnose.locator('.check-failed').count()).toBe(0);
    expect(await diagnose.locator('.check-mark').allTextContents()).toEqual(Array(10).fill('✓'));
    expect(await diagnose.locator('.check p').first().textContent()).toBe('✓ Le texte reste tel que saisi (réussi)');
    expect(await diagnose.getByRole('status').first().textContent()).toBe('Tout ce dont Mutirão a besoin fonctionne ici.');
    const report = await diagnose.getByRole('textbox', { name: 'Rapport à copier' }).inputValue();
    expect(report.split('\n')).toHaveLength(11);
    expect(report).toMatch(/✓ Google Agenda accessible \[calendar, \d+ ms\]:/);
    // The scratch tab is gone: the workbook shows the tabs it had.
    await expect.poll(() => page.locator('#tabs button').allTextContents()).toEqual(tabsBefore);
    await page.close();
  });

  it('is a section a member can run too, without the coordinators’ Calendar and Mail lines', async () => {
    const { page, sidebar } = await openAs(harness, 'marina');
    await sidebar.getByRole('tab', { name: 'Diagnóstico' }).click();
    const diagnose = panel(sidebar, 'diagnose');
    await diagnose.getByRole('button', { name: 'Executar o diagnóstico' }).click();
    await expect.poll(() => diagnose.locator('.check').count(), { timeout: 15_000 }).toBe(8);
    expect(await diagnose.locator('.check-failed').count()).toBe(0);
    await page.close();
  });
});
