import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editByHand, openAs, openHarness, panel, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
  // Beside the example's PRO-001 (Paulo, Recife) and PRO-002 (Yann, Nantes): three typed into the sheet, one of them Marina's.
  editByHand(harness, 'Propostas', (sheet) => {
    sheet.getRange(sheet.getLastRow() + 1, 1, 3, 6).setValues([
      ['PRO-003', 'Moeda social digital', 'Uma moeda comunitária aceita nos dois polos.', 'O3', 'MEM-003', 'enviada'],
      ['PRO-004', 'Rede de compras públicas', '', 'O3', 'MEM-004', 'enviada'],
      ['PRO-005', 'Incubadora de cooperativas', '', 'O4', 'MEM-006', 'enviada'],
    ]);
  });
});
afterAll(async () => {
  await harness?.close();
});

describe('supports and answers in the sidebar', () => {
  it('lets a member support three proposals, stop at the limit, withdraw one and support another', async () => {
    const { page, sidebar } = await openAs(harness, 'claire');
    await sidebar.getByRole('tab', { name: 'Propositions' }).click();
    const list = panel(sidebar, 'proposals');
    const left = list.locator('.supports-left');
    await expect.poll(() => left.textContent()).toBe('Il vous reste 3 soutiens sur 3');
    // Most supported first: the example's two proposals each have a support from the other hub.
    expect(await list.locator('.item-title').allTextContents()).toEqual([
      'PRO-002 Échanges de jeunes coopérateurs', 'PRO-001 Feira de economia solidária Recife–Nantes',
      'PRO-005 Incubadora de cooperativas', 'PRO-004 Rede de compras públicas', 'PRO-003 Moeda social digital',
    ]);
    expect(await list.locator('[data-id="PRO-002"]').textContent()).toContain('Objectif O3 · par Yann Le Goff · 1 soutien · soumise');
    expect(await list.textContent()).not.toContain('@');

    for (const [id, after] of [['PRO-001', 2], ['PRO-002', 1], ['PRO-003', 0]] as const) {
      await list.getByRole('button', { name: `Soutenir ${id}` }).click();
      await expect.poll(() => list.getByRole('status').last().textContent()).toBe(`Vous soutenez maintenant ${id}.`);
      await expect.poll(() => left.textContent()).toBe(after === 0 ? 'Vous avez utilisé vos 3 soutiens' : `Il vous reste ${after} soutien${after > 1 ? 's' : ''} sur 3`);
    }
    // At the limit, only withdrawals are offered.
    expect(await list.getByRole('button', { name: /^Soutenir / }).count()).toBe(0);
    expect(await list.getByRole('button', { name: /^Retirer mon soutien / }).count()).toBe(3);
    expect(await list.locator('[data-id="PRO-001"]').textContent()).toContain('2 soutiens');

    await list.getByRole('button', { name: 'Retirer mon soutien PRO-001' }).click();
    await expect.poll(() => left.textContent()).toBe('Il vous reste 1 soutien sur 3');
    expect(await list.getByRole('status').last().textContent()).toBe('Votre soutien à PRO-001 est retiré.');
    await list.getByRole('button', { name: 'Soutenir PRO-004' }).click();
    await expect.poll(() => left.textContent()).toBe('Vous avez utilisé vos 3 soutiens');
    expect(await list.locator('[data-id="PRO-004"]').textContent()).toContain('1 soutien');

    // The Supports tab holds one row per support, Claire's three among them.
    const rows = harness.preview.emulator().run({ kind: 'user', authMode: 'FULL' }, () =>
      harness.preview.emulator().services.SpreadsheetApp.getActive().getSheetByName('Apoios')?.getDataRange().getValues().slice(1).map((r) => `${r[0]} ${r[1]}`),
    );
    expect(rows).toEqual(['PRO-002 MEM-004', 'PRO-001 MEM-006', 'PRO-002 MEM-005', 'PRO-003 MEM-005', 'PRO-004 MEM-005']);
    await page.close();
  });

  it('lets a coordinator prioritize with an answer, which the author reads in My submissions', async () => {
    const coordinator = await openAs(harness, 'jean');
    await coordinator.sidebar.getByRole('tab', { name: 'Propositions' }).click();
    const list = panel(coordinator.sidebar, 'proposals');
    await list.getByLabel('Objectif').selectOption('O3');
    // The list is asked again for O3: the answer form opens in the list that comes back, not the one it replaces.
    await list.locator('ul.proposals[aria-busy="false"]').waitFor();
    const item = list.locator('[data-id="PRO-003"]');
    await item.getByText('Répondre à cette proposition').click();
    await item.getByLabel('Statut').selectOption('prioritized');
    // The example's fair already holds rank 1.
    await item.getByLabel('Rang de priorité').fill('2');
    await item.getByLabel(/^Réponse à la personne qui a fait la proposition/).fill('Priorisée pour le plan d’action 2027 : merci, Marina !');
    await item.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await expect.poll(() => list.getByRole('status').last().textContent()).toBe('Réponse à PRO-003 enregistrée.');
    await expect.poll(() => list.locator('[data-id="PRO-003"] .status').textContent()).toBe('priorisée (rang 2)');
    expect(await list.locator('.item').count()).toBe(4);

    // A second proposal cannot take the same rank.
    const other = list.locator('[data-id="PRO-004"]');
    await other.getByText('Répondre à cette proposition').click();
    await other.getByLabel('Statut').selectOption('prioritized');
    await other.getByLabel('Rang de priorité').fill('2');
    await other.getByLabel(/^Réponse à la personne qui a fait la proposition/).fill('Oui');
    await other.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await expect.poll(() => other.locator('.error:not([hidden])').textContent()).toBe('Le rang 2 est déjà donné à PRO-003.');
    await coordinator.page.close();

    const author = await openAs(harness, 'marina');
    await author.sidebar.getByRole('tab', { name: 'Meus envios' }).click();
    const mine = panel(author.sidebar, 'mine');
    await expect.poll(() => mine.locator('.item .status').first().textContent()).toBe('priorizada (ordem 2)');
    expect(await mine.locator('.answer-text').textContent()).toBe('Priorisée pour le plan d’action 2027 : merci, Marina !');
    expect(await mine.locator('.answer .muted').textContent()).toMatch(/^Resposta da coordenação, em \d+ de \w+ de \d{4}:$/);
    await author.page.close();
  });
});
