import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editByHand, openAs, openHarness, panel, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('errors in the sidebar’s forms', () => {
  it('shows the French "required" error next to an empty title, wired to the field', async () => {
    const { page, sidebar } = await openAs(harness, 'claire');
    await sidebar.getByRole('tab', { name: 'Proposer' }).click();
    const propose = panel(sidebar, 'propose');
    await propose.getByLabel('Objectif').selectOption('O4');
    await propose.getByRole('button', { name: 'Envoyer la proposition' }).click();

    const title = propose.getByLabel('Titre');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    const errorId = await title.getAttribute('aria-describedby');
    expect(errorId).toBeTruthy();
    const error = sidebar.locator(`#${errorId}`);
    expect(await error.textContent()).toBe('Ce champ est obligatoire.');
    expect(await error.isVisible()).toBe(true);
    // Next to the field: in the same field block, right after the input.
    expect(await title.evaluate((input) => input.nextElementSibling?.id)).toBe(errorId);
    // The focus goes to the field to fix; the objective, filled in, shows no error.
    expect(await sidebar.locator(':focus').getAttribute('id')).toBe(await title.getAttribute('id'));
    expect(await propose.getByLabel('Objectif').getAttribute('aria-invalid')).toBeNull();

    // Fixing the field clears its error as one types.
    await title.fill('Atelier');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBeNull();
    expect(await error.isHidden()).toBe(true);
    await page.close();
  });

  it('shows "at least 3 characters" for a two-letter title, in Portuguese for Marina', async () => {
    const { page, sidebar } = await openAs(harness, 'marina');
    await sidebar.getByRole('tab', { name: 'Propor' }).click();
    const propose = panel(sidebar, 'propose');
    await propose.getByLabel('Título').fill('Ab');
    await propose.getByRole('button', { name: 'Enviar a proposta' }).click();
    const describedBy = await propose.getByLabel('Título').getAttribute('aria-describedby');
    expect(await sidebar.locator(`#${describedBy}`).textContent()).toBe('No mínimo 3 caracteres.');
    expect(await propose.getByLabel('Objetivo').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });

  it('disables the submit button while the call runs', async () => {
    const { page, sidebar } = await openAs(harness, 'claire');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/run**', async (route) => {
      if ((route.request().postDataJSON() as { name: string }).name === 'submitProposal') await held;
      await route.continue();
    });
    await sidebar.getByRole('tab', { name: 'Proposer' }).click();
    const propose = panel(sidebar, 'propose');
    await propose.getByLabel('Titre').fill('Tiers-lieu partagé à Rezé');
    await propose.getByLabel('Objectif').selectOption('O3');
    const button = propose.locator('button[type=submit]');
    await button.click();
    await expect.poll(() => button.isDisabled()).toBe(true);
    expect(await button.textContent()).toBe('Envoi…');
    release();
    await expect.poll(() => propose.getByRole('status').textContent()).toMatch(/^Proposition PRO-\d{3} envoyée\.$/);
    await expect.poll(() => button.isDisabled()).toBe(false);
    expect(await button.textContent()).toBe('Envoyer la proposition');
    await page.close();
  });

  it('shows a refusal that belongs to no field in the form’s alert region', async () => {
    const { page, sidebar } = await openAs(harness, 'claire');
    await sidebar.getByRole('tab', { name: 'Proposer' }).click();
    // While the sidebar is open, a coordinator marks Claire (MEM-005, row 6) inactive in the sheet.
    editByHand(harness, 'Membros', (sheet) => sheet.getRange(6, 9).setValue('inativo'));
    const propose = panel(sidebar, 'propose');
    await propose.getByLabel('Titre').fill('Échanges de pratiques');
    await propose.getByLabel('Objectif').selectOption('O3');
    await propose.getByRole('button', { name: 'Envoyer la proposition' }).click();
    const alert = propose.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('MEM-005');
    expect(await alert.textContent()).toMatch(/inacti/);
    expect(await propose.locator('.success').textContent()).toBe('');
    await page.close();
  });
});
