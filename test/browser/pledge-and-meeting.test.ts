import type { FrameLocator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, openHarness, panel, spaced, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});


const visible = (section: ReturnType<typeof panel>, label: string) => section.getByLabel(label).isVisible();

async function openSection(sidebar: FrameLocator, tab: string, section: string) {
  await sidebar.getByRole('tab', { name: tab }).click();
  return panel(sidebar, section);
}

describe('pledging a resource', () => {
  it('shows a French member the amount as French money as she types, in the currency she picks', async () => {
    const { page, sidebar } = await openAs(harness, 'claire');
    const pledge = await openSection(sidebar, 'Contribuer', 'pledge');
    expect(await pledge.getByLabel('Devise').inputValue()).toBe('EUR');
    await pledge.getByLabel('Montant').fill('1234,5');
    await expect.poll(async () => spaced(await pledge.locator('output.money').textContent())).toBe('1 234,50 €');
    await pledge.getByLabel('Devise').selectOption('BRL');
    await expect.poll(async () => spaced(await pledge.locator('output.money').textContent())).toBe('1 234,50 R$');
    await pledge.getByLabel('Devise').selectOption('EUR');

    await pledge.getByRole('button', { name: 'Enregistrer la contribution' }).click();
    await expect.poll(() => pledge.locator('.success').textContent()).toMatch(/^Contribution RES-\d{3} enregistrée\.$/);
    expect(await pledge.getByLabel('Montant').inputValue()).toBe('');
    expect(await pledge.locator('output.money').textContent()).toBe('');

    const mine = await openSection(sidebar, 'Mes envois', 'mine');
    await expect.poll(async () => spaced(await mine.locator('.item-title').last().textContent())).toMatch(/^RES-\d{3} 1 234,50 €$/);
    expect(await mine.locator('.item').last().textContent()).toContain('disponible');
    await page.close();
  });

  it('shows a Brazilian member reais as Brazilians write them', async () => {
    const { page, sidebar } = await openAs(harness, 'marina');
    const pledge = await openSection(sidebar, 'Contribuir', 'pledge');
    expect(await pledge.getByLabel('Moeda').inputValue()).toBe('BRL');
    await pledge.getByLabel('Valor').fill('1234.5');
    await expect.poll(async () => spaced(await pledge.locator('output.money').textContent())).toBe('R$ 1.234,50');
    await pledge.getByLabel('Valor').fill('12,3,4');
    await expect.poll(() => pledge.locator('output.money').textContent()).toBe('');
    await pledge.getByRole('button', { name: 'Registrar a contribuição' }).click();
    await expect.poll(() => pledge.getByLabel('Valor').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });

  it('asks for what an in-kind pledge needs, and a date only when it is planned', async () => {
    const { page, sidebar } = await openAs(harness, 'claire', 'en');
    const pledge = await openSection(sidebar, 'Pledge', 'pledge');
    expect(await visible(pledge, 'Category')).toBe(false);
    expect(await visible(pledge, 'Available from')).toBe(false);

    await pledge.getByLabel('Kind of resource').selectOption('in-kind');
    expect(await visible(pledge, 'Amount')).toBe(false);
    expect(await visible(pledge, 'Currency')).toBe(false);
    expect(await pledge.getByLabel('Category').locator('option').allTextContents()).not.toContain('funding');
    await pledge.getByLabel('Category').selectOption('venue');
    await pledge.getByLabel('Description').fill('Meeting room at Les Écossolies, 30 seats');
    await pledge.getByLabel('Quantity').fill('2');
    await pledge.getByLabel('Availability').selectOption('planned');
    expect(await visible(pledge, 'Available from')).toBe(true);
    await pledge.getByRole('button', { name: 'Record the pledge' }).click();
    // A quantity needs its unit, and "planned" its date: both errors at once, next to their fields.
    await expect.poll(() => pledge.getByLabel('Unit').getAttribute('aria-invalid')).toBe('true');
    expect(await pledge.getByLabel('Available from').getAttribute('aria-invalid')).toBe('true');

    await pledge.getByLabel('Unit').fill('days');
    await pledge.getByLabel('Available from').fill('2027-03-01');
    await pledge.getByRole('button', { name: 'Record the pledge' }).click();
    await expect.poll(() => pledge.locator('.success').textContent()).toMatch(/^Pledge RES-\d{3} recorded\.$/);
    // The form is back to a money pledge, available now.
    expect(await visible(pledge, 'Amount')).toBe(true);
    expect(await visible(pledge, 'Available from')).toBe(false);

    const mine = await openSection(sidebar, 'My submissions', 'mine');
    await expect.poll(() => mine.locator('.item-title').last().textContent()).toMatch(
      /^RES-\d{3} venue — Meeting room at Les Écossolies, 30 seats \(2 days\)$/,
    );
    expect(await mine.locator('.item').last().textContent()).toContain('planned, from Mon 1 Mar 2027');
    await page.close();
  });
});

describe('scheduling a meeting', () => {
  it('shows the start in Recife and in Nantes as the coordinator types, daylight saving included', async () => {
    const { page, sidebar } = await openAs(harness, 'jean');
    const meeting = await openSection(sidebar, 'Réunion', 'meeting');
    const times = meeting.locator('.times [aria-live=polite]');
    const confirm = meeting.getByLabel('Planifier quand même');
    expect(await meeting.getByLabel('Fuseau horaire').inputValue()).toBe('Europe/Paris');
    expect(await meeting.getByLabel('Durée').inputValue()).toMatch(/^\d+$/);
    expect(await times.textContent()).toContain('Saisissez une date');

    await meeting.getByLabel('Fuseau horaire').selectOption('America/Recife');
    await meeting.getByLabel('Date').fill('2027-01-15');
    await meeting.getByLabel(/^Heure de début/).fill('10:00');
    await expect.poll(() => times.locator('p').allTextContents()).toEqual(['Recife\u00a0: 10:00, ven. 15 janv.', 'Nantes\u00a0: 14:00, ven. 15 janv.']);
    expect(await confirm.isVisible()).toBe(false);

    await meeting.getByLabel('Date').fill('2027-07-15');
    await expect.poll(() => times.locator('p').allTextContents()).toEqual(['Recife\u00a0: 10:00, jeu. 15 juil.', 'Nantes\u00a0: 15:00, jeu. 15 juil.']);

    // Late in the Recife evening it is already the next day in Nantes: outside working time, to be confirmed.
    await meeting.getByLabel(/^Heure de début/).fill('21:30');
    await expect.poll(() => times.locator('.city-time').allTextContents()).toEqual(['Recife\u00a0: 21:30, jeu. 15 juil.', 'Nantes\u00a0: 02:30, ven. 16 juil.']);
    expect(await times.locator('.warning').textContent()).toBe('Ce début tombe hors des heures de travail à Recife ou à Nantes (09:00–18:00, lun.–ven.).');
    expect(await confirm.isVisible()).toBe(true);

    await meeting.getByLabel('Titre').fill('Point d’étape Recife–Nantes');
    await meeting.getByRole('button', { name: 'Planifier la réunion' }).click();
    await expect.poll(() => meeting.locator('.field.confirm .error').textContent()).toBe(
      'Début\u00a0: 15 juillet 2027 à 21:30 à Recife, 16 juillet 2027 à 02:30 à Nantes, hors des heures de travail (09:00–18:00, lun.–ven.). Cochez «\u00a0Planifier quand même\u00a0» pour confirmer.',
    );
    expect(await meeting.locator('.success').textContent()).toBe('');
    await confirm.check();
    await meeting.getByRole('button', { name: 'Planifier la réunion' }).click();
    await expect.poll(() => meeting.locator('.success').textContent()).toMatch(/^Réunion MTG-\d{3} planifiée\.$/);
    expect(await confirm.isVisible()).toBe(false);
    expect(await meeting.getByLabel('Fuseau horaire').inputValue()).toBe('Europe/Paris');
    expect(await times.textContent()).toContain('Saisissez une date');
    await page.close();
  });

  it('is offered to coordinators only', async () => {
    const { page, sidebar } = await openAs(harness, 'marina');
    await expect.poll(() => sidebar.getByRole('tab').allTextContents()).toEqual(['Início', 'Propor', 'Contribuir', 'Meus envios', 'Propostas', 'Agenda', 'Validar', 'Plano de ação', 'Meus dados', 'Diagnóstico']);
    expect(await sidebar.locator('#panel-meeting').count()).toBe(0);
    await page.close();
  });
});
