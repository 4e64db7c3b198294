import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, openHarness, panel, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

const called = (name: string) => (request: { postDataJSON(): unknown }) => (request.postDataJSON() as { name: string }).name === name;

describe('a sidebar button that calls the server', () => {
  it('says in the reader’s language that a call failed outright, and gives the button and the focus back', async () => {
    const { page, sidebar } = await openAs(harness, 'claire');
    // What google.script.run's failure handler gets when Apps Script itself gives up.
    await page.route('**/api/run**', (route) =>
      called('validateAll')(route.request())
        ? route.fulfill({ contentType: 'application/json', body: JSON.stringify({ error: 'Exceeded maximum execution time' }) })
        : route.continue(),
    );
    await sidebar.getByRole('tab', { name: 'Vérifier' }).click();
    const check = panel(sidebar, 'check');
    const button = check.getByRole('button', { name: 'Vérifier la feuille' });
    await button.click();
    await expect.poll(() => check.getByRole('status').textContent()).toBe("L’extension n’a pas pu se charger\u00a0: Exceeded maximum execution time");
    expect(await button.isDisabled()).toBe(false);
    expect(await sidebar.locator(':focus').textContent()).toBe('Vérifier la feuille');
    await page.close();
  });

  it('comes back as soon as the answer arrives, while the sidebar is still reloading', async () => {
    const { page, sidebar } = await openAs(harness, 'claire');
    await sidebar.getByRole('tab', { name: 'Proposer' }).click();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/run**', async (route) => {
      if (called('getSidebarState')(route.request())) await held;
      await route.continue();
    });
    const propose = panel(sidebar, 'propose');
    await propose.getByLabel('Titre').fill('Monnaie locale partagée');
    await propose.getByLabel('Objectif').selectOption('O3');
    const button = propose.locator('button[type=submit]');
    await button.click();
    await expect.poll(() => propose.getByRole('status').textContent()).toMatch(/^Proposition PRO-\d{3} envoyée\.$/);
    // The reload after the submission is held: the button is already usable again.
    expect(await button.isDisabled()).toBe(false);
    expect(await button.textContent()).toBe('Envoyer la proposition');
    release();
    await page.close();
  });
});
