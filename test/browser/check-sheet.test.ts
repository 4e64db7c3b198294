import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editByHand, openAs, openHarness, panel, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('checking the sheet from the sidebar', () => {
  it('lists each problem with its tab, row and column, in the reader’s language', async () => {
    editByHand(harness, 'Membros', (sheet) => sheet.getRange('C4').setValue('paulo@'));
    const { page, sidebar } = await openAs(harness, 'claire');
    await sidebar.getByRole('tab', { name: 'Vérifier' }).click();
    const check = panel(sidebar, 'check');
    await check.getByRole('button', { name: 'Vérifier la feuille' }).click();
    await expect.poll(() => check.locator('.problem').allTextContents()).toEqual([
      'Membros, ligne 4, E-mailSaisissez une adresse e-mail valide.',
    ]);
    expect(await check.getByRole('status').textContent()).toBe('1 problème trouvé et signalé dans la feuille.');
    await page.close();
  });

  it('selects the cell of a problem in the sheet when it is clicked', async () => {
    editByHand(harness, 'Membros', (sheet) => sheet.getRange('F5').setValue('XX'));
    const { page, sidebar } = await openAs(harness, 'claire');
    await sidebar.getByRole('tab', { name: 'Vérifier' }).click();
    const check = panel(sidebar, 'check');
    await check.getByRole('button', { name: 'Vérifier la feuille' }).click();
    const place = check.getByRole('button', { name: 'Membros, ligne 5, País' });
    await place.click();
    await expect.poll(() => check.getByRole('status').textContent()).toBe('La cellule Membros!F5 est sélectionnée dans la feuille.');
    // The preview brings the tab forward and outlines the cell, as Sheets would.
    await expect.poll(() => page.locator('#grid table').getAttribute('data-tab')).toBe('Membros');
    expect(await page.locator('#grid td.selected').textContent()).toBe('XX');
    await page.close();
  });
});
