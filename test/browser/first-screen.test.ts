import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, openHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the sidebar’s first screen in the preview', () => {
  it('greets a French coordinator and lists the five objectives in French', async () => {
    const { page, sidebar } = await openAs(harness, 'jean');
    await expect.poll(() => sidebar.locator('h1').textContent()).toBe('Bonjour, Jean Moreau\u00a0!');
    await expect.poll(() => sidebar.locator('.badge').textContent()).toBe('Coordination');
    const titles = await sidebar.locator('.objective-title').allTextContents();
    expect(titles).toHaveLength(5);
    expect(titles[2]).toContain("Définir les priorités du plan d’action");
    expect(await sidebar.locator('[role=progressbar]').first().getAttribute('aria-valuenow')).toBe('100');
    expect(await sidebar.locator('.countdown').textContent()).toMatch(/^Encore 15 jours, jusqu’au|^Encore 15 jours, jusqu'au/);
    await page.close();
  });

  it('greets a Brazilian member in Portuguese with the deadline countdown', async () => {
    const { page, sidebar } = await openAs(harness, 'marina');
    await expect.poll(() => sidebar.locator('h1').textContent()).toBe('Olá, Marina Souza!');
    const titles = await sidebar.locator('.objective-title').allTextContents();
    expect(titles).toHaveLength(5);
    expect(titles[4]).toContain('Definir o calendário dos próximos encontros do grupo de trabalho');
    expect(await sidebar.locator('.countdown').textContent()).toMatch(/^Faltam 15 dias, até /);
    await page.close();
  });

  it('speaks the language picked in the preview, whatever the person’s own', async () => {
    const { page, sidebar } = await openAs(harness, 'marina', 'en');
    await expect.poll(() => sidebar.locator('h1').textContent()).toBe('Hello, Marina Souza!');
    await page.close();
  });

  it('shows the add-on menu in the user’s language and the workbook’s tabs', async () => {
    const { page } = await openAs(harness, 'jean');
    await expect.poll(() => page.locator('#menu button').allTextContents()).toEqual([
      'Ouvrir le panneau',
      'Configurer le classeur',
      'Vérifier la feuille',
      'Actualiser la progression',
      "Synchroniser l’agenda",
      "Exporter l’agenda (.ics)",
      'Envoyer les rappels',
      'Rapport pour les partenaires',
      'Diagnostic',
      'Aide',
      'Informations sur vos données personnelles',
    ]);
    const tabs = await page.locator('#tabs button').allTextContents();
    expect(tabs).toEqual(['Configurações', 'Membros', 'Objetivos', 'Propostas', 'Recursos', 'Reuniões', 'Painel', 'Registro', 'Apoios', 'Enquetes', 'Respostas às enquetes', 'Marcos']);
    // The Portuguese example workbook holds Portuguese values, not the English codes.
    await page.locator('#tabs button', { hasText: 'Membros' }).click();
    const members = page.locator('table[data-tab="Membros"] td');
    await expect.poll(() => members.allTextContents()).toContain('coordenação');
    const cells = await members.allTextContents();
    expect(cells).toContain('ativo');
    expect(cells.filter((c) => ['coordinator', 'member', 'active'].includes(c))).toEqual([]);
    await page.close();
  });
});
