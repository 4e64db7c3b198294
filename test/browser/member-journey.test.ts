import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, openHarness, panel, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('a newcomer in the sidebar', () => {
  it('registers, proposes an action and finds it in "My submissions"', async () => {
    const { page, sidebar } = await openAs(harness, 'newcomer');
    const register = panel(sidebar, 'register');
    await expect.poll(() => register.locator('h2').textContent()).toBe('Join the working group');
    expect(await register.textContent()).toContain('newcomer@example.org');

    await register.getByLabel('Full name').fill('Ana Ribeiro');
    await register.getByLabel('Organization').fill('Rede de Economia Solidária');
    await register.getByLabel('City').fill('Olinda');
    await register.getByLabel('Country').selectOption('BR');
    await register.getByLabel('Hub').selectOption('Recife');
    await register.getByLabel(/I have read the privacy notice/).check();
    await register.getByRole('button', { name: 'Register' }).click();

    // The member's sections replace the form, on "Propose", with the new ID announced.
    await expect.poll(() => sidebar.locator('#notice').textContent()).toMatch(/^Welcome! You are registered as MEM-\d{3}\.$/);
    await expect.poll(() => sidebar.locator('h1').textContent()).toBe('Hello, Ana Ribeiro!');
    expect(await sidebar.getByRole('tab').allTextContents()).toEqual(['Home', 'Propose', 'Pledge', 'My submissions', 'Proposals', 'Calendar', 'Check', 'Action plan', 'My data', 'Diagnose']);
    expect(await sidebar.getByRole('tab', { name: 'Propose' }).getAttribute('aria-selected')).toBe('true');

    const propose = panel(sidebar, 'propose');
    await propose.getByLabel('Title').fill('Feira de economia solidária Recife–Nantes');
    await propose.getByLabel('Description').fill('Uma feira online com as cooperativas dos dois polos.');
    const objectives = await propose.getByLabel('Objective').locator('option').allTextContents();
    expect(objectives).toHaveLength(6);
    expect(objectives[3]).toMatch(/^O3 — /);
    await propose.getByLabel('Objective').selectOption('O3');
    await propose.getByLabel('Resources needed').fill('Uma plataforma de videoconferência');
    await propose.getByRole('button', { name: 'Submit the proposal' }).click();
    await expect.poll(() => propose.getByRole('status').textContent()).toMatch(/^Proposal PRO-\d{3} submitted\.$/);
    const id = /PRO-\d{3}/.exec((await propose.getByRole('status').textContent()) ?? '')?.[0];
    expect(await propose.getByLabel('Title').inputValue()).toBe('');

    await sidebar.getByRole('tab', { name: 'My submissions' }).click();
    const mine = panel(sidebar, 'mine');
    await expect.poll(() => mine.locator('.item-title').allTextContents()).toEqual([`${id} Feira de economia solidária Recife–Nantes`]);
    expect(await mine.locator('.item .status').first().textContent()).toBe('submitted');
    expect(await mine.textContent()).toContain('Objective O3');
    await page.close();
  });
});

describe('navigation between sections', () => {
  it('moves with the arrow keys, Home and End, one tab stop for the whole list', async () => {
    const { page, sidebar } = await openAs(harness, 'jean');
    const tabs = sidebar.getByRole('tab');
    await expect.poll(() => tabs.allTextContents()).toEqual(['Accueil', 'Proposer', 'Contribuer', 'Mes envois', 'Propositions', 'Réunion', 'Agenda', 'Vérifier', 'Rappels', 'Plan d’action', 'Rapport', 'Mes données', 'Diagnostic']);
    expect(await tabs.evaluateAll((all) => all.map((t) => t.getAttribute('tabindex')))).toEqual(['0', ...Array<string>(12).fill('-1')]);

    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => sidebar.locator('[role=tab][aria-selected=true]').textContent()).toBe('Proposer');
    expect(await sidebar.locator(':focus').textContent()).toBe('Proposer');
    expect(await panel(sidebar, 'propose').isVisible()).toBe(true);
    expect(await panel(sidebar, 'home').isVisible()).toBe(false);

    await page.keyboard.press('End');
    await expect.poll(() => sidebar.locator(':focus').textContent()).toBe('Diagnostic');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => sidebar.locator(':focus').textContent()).toBe('Accueil');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => sidebar.locator(':focus').textContent()).toBe('Diagnostic');
    await page.keyboard.press('Home');
    await expect.poll(() => sidebar.locator(':focus').textContent()).toBe('Accueil');

    // Tab leaves the list for the open panel.
    await page.keyboard.press('Tab');
    expect(await sidebar.locator(':focus').getAttribute('id')).toBe('panel-home');
    await page.close();
  });

  it('fits the 300 px sidebar: nothing scrolls sideways in any section', async () => {
    const { page, sidebar } = await openAs(harness, 'lucia');
    const tabs = sidebar.getByRole('tab');
    // Home, Propose, Pledge, My submissions, Proposals, Meeting, Calendar, Check, Reminders, Action plan, Report, My data, Diagnose.
    await expect.poll(() => tabs.count()).toBe(13);
    for (let i = 0; i < 13; i++) {
      await tabs.nth(i).click();
      const overflow = await sidebar.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow, await tabs.nth(i).textContent() ?? '').toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
