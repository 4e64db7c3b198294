import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editByHand, openAs, openHarness, panel, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** The row of the Settings tab whose label is `label`, 1-based. */
function settingsRow(sheet: GoogleAppsScript.Spreadsheet.Sheet, label: string): number {
  return sheet.getDataRange().getValues().findIndex((row) => row[0] === label) + 1;
}

describe('feedback in the sidebar (issue 11)', () => {
  it('shows the registration notice until the newcomer moves on, and lets them dismiss it', async () => {
    const { page, sidebar } = await openAs(harness, 'newcomer');
    const register = panel(sidebar, 'register');
    await register.getByLabel('Full name').fill('Ana Ribeiro');
    await register.getByLabel('City').fill('Olinda');
    await register.getByLabel('Country').selectOption('BR');
    await register.getByLabel('Hub').selectOption('Recife');
    await register.getByLabel(/^I have read the privacy notice/).check();
    await register.getByRole('button', { name: 'Register' }).click();
    const notice = sidebar.locator('#notice');
    await expect.poll(() => notice.textContent()).toMatch(/^Welcome! You are registered as MEM-\d{3}\.$/);
    expect(await notice.isVisible()).toBe(true);

    // Moving to another section takes it away.
    await sidebar.getByRole('tab', { name: 'Pledge' }).click();
    await expect.poll(() => notice.isVisible()).toBe(false);
    await page.close();
  });

  it('lets a notice be dismissed', async () => {
    const { page, sidebar } = await openAs(harness, 'jean');
    // A failed reload speaks in the notice: make the next getSidebarState fail.
    await page.route('**/api/run**', async (route) => {
      if ((route.request().postDataJSON() as { name: string }).name === 'getSidebarState') await route.abort();
      else await route.continue();
    });
    await sidebar.locator('section.late').getByRole('button', { name: 'Actualiser la progression' }).click();
    const notice = sidebar.locator('#notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    await sidebar.getByRole('button', { name: 'Fermer ce message' }).click();
    await expect.poll(() => notice.isVisible()).toBe(false);
    await page.close();
  });

  it('lists the Check’s problems by tab, row and column', async () => {
    editByHand(harness, 'Membros', (sheet) => {
      // Yann (row 7) takes Paulo's (row 5) email and a country that is no code: a row's own
      // problem (row 7) and one across rows (rows 5 and 7) are found in separate passes.
      sheet.getRange('F7').setValue('Brasil');
      sheet.getRange('C7').setValue('paulo.lima@example.org');
    });
    editByHand(harness, 'Objetivos', (sheet) => sheet.getRange('A3').setValue('X'));
    const { page, sidebar } = await openAs(harness, 'claire');
    await sidebar.getByRole('tab', { name: 'Vérifier' }).click();
    const check = panel(sidebar, 'check');
    await check.getByRole('button', { name: 'Vérifier la feuille' }).click();
    await expect.poll(() => check.locator('.problem-where').count()).toBeGreaterThan(2);
    const where = await check.locator('.problem-where').allTextContents();
    const place = (text: string) => /^(\w+), ligne (\d+), (.+)$/.exec(text);
    const tabs = ['Configurações', 'Membros', 'Objetivos', 'Propostas', 'Recursos', 'Reuniões'];
    const keys = where.map((w) => { const m = place(w); return [tabs.indexOf(m?.[1] ?? ''), Number(m?.[2])] as const; });
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    // Within row 7 of Members, E-mail (column C) comes before Country (column F).
    expect(where.filter((w) => w.startsWith('Membros, ligne 7,'))).toEqual(['Membros, ligne 7, E-mail', 'Membros, ligne 7, País']);
    await page.close();
  });

  it('warns a coordinator when Settings’ deadline is not a date, and not a member', async () => {
    editByHand(harness, 'Configurações', (sheet) => sheet.getRange(settingsRow(sheet, 'Prazo de envio'), 2).setValue('em breve'));
    const coordinator = await openAs(harness, 'lucia');
    await expect.poll(() => coordinator.sidebar.locator('.deadline [role=alert]').textContent()).toMatch(/^Configurações › Prazo de envio contém “em breve”, que não é uma data: a contagem usa .+ até que seja corrigido\.$/);
    await coordinator.page.close();
    const member = await openAs(harness, 'marina');
    await expect.poll(() => member.sidebar.locator('h1').textContent()).toBe('Olá, Marina Souza!');
    expect(await member.sidebar.locator('.deadline [role=alert]').count()).toBe(0);
    await member.page.close();
  });
});
