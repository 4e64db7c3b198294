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

async function openSection(sidebar: FrameLocator, tab: string, section: string) {
  await sidebar.getByRole('tab', { name: tab }).click();
  return panel(sidebar, section);
}

describe('members in control of what they wrote, reading each other in their own language (issue 22)', () => {
  it('a Nantes member reads a Recife proposal translated into French, the original one click away', async () => {
    const { page, sidebar } = await openAs(harness, 'claire');
    const list = await openSection(sidebar, 'Propositions', 'proposals');
    const recife = list.locator('[data-id="PRO-001"]');
    await expect.poll(() => recife.locator('.item-title').textContent()).toBe('PRO-001 Feira de economia solidária Recife–Nantes');
    // Yann's proposal is in French already: nothing to translate.
    expect(await list.locator('[data-id="PRO-002"]').getByRole('button', { name: 'Traduire' }).count()).toBe(0);
    await recife.getByRole('button', { name: 'Traduire' }).click();
    await expect.poll(() => recife.locator('.item-title').textContent()).toBe('PRO-001 [fr] Feira de economia solidária Recife–Nantes');
    expect(await recife.locator('.description').textContent()).toBe('[fr] Uma feira anual com cooperativas das duas cidades.');
    expect(await recife.locator('.description').getAttribute('lang')).toBe('fr');
    expect(await recife.locator('.translation-note').textContent()).toContain('Traduction automatique par Google');
    await recife.getByRole('button', { name: 'Voir l’original' }).click();
    expect(await recife.locator('.description').textContent()).toBe('Uma feira anual com cooperativas das duas cidades.');
    expect(await recife.locator('.description').getAttribute('lang')).toBe('pt-BR');
    await recife.getByRole('button', { name: 'Voir la traduction' }).click();
    expect(await recife.locator('.description').textContent()).toBe('[fr] Uma feira anual com cooperativas das duas cidades.');
    // Kept in the hidden tab: the next French reader is served from it.
    const kept = harness.preview.emulator().run({ kind: 'user', authMode: 'FULL' }, () =>
      harness.preview.emulator().services.SpreadsheetApp.getActive().getSheetByName('Traduções')?.getDataRange().getValues().slice(1).map((r) => `${r[0]} ${r[1]}`),
    );
    // The example's PRO-001 carries the coordinators' answer, in Portuguese too: translated with it.
    expect(kept).toEqual(['Proposals!PRO-001!Title fr', 'Proposals!PRO-001!Description fr', 'Proposals!PRO-001!Answer fr']);
    await page.close();
  });

  it('a Recife member reads Jean’s French minutes, and a Recife coordinator his French milestone, translated into pt-BR', async () => {
    const minutes = 'Présentation des propositions reçues. La foire Recife–Nantes et l’échange de jeunes coopérateurs sont à l’étude\u00a0; prochaine réunion à fixer par sondage.';
    const marina = await openAs(harness, 'marina');
    const calendar = await openSection(marina.sidebar, 'Agenda', 'calendar');
    const held = calendar.locator('article.meeting-record[data-id="MTG-001"]');
    await expect.poll(() => held.locator('.minutes-text').textContent()).toBe(minutes);
    expect(await held.locator('.minutes-text').getAttribute('lang')).toBe('fr');
    // Lúcia opened the poll in Portuguese: nothing to translate for Marina.
    await expect.poll(() => calendar.locator('article.poll').count()).toBe(1);
    expect(await calendar.locator('article.poll').getByRole('button', { name: 'Traduzir' }).count()).toBe(0);
    await held.getByRole('button', { name: 'Traduzir' }).click();
    await expect.poll(() => held.locator('.minutes-text').textContent()).toBe(`[pt] ${minutes}`);
    expect(await held.locator('.minutes-text').getAttribute('lang')).toBe('pt-BR');
    expect(await held.locator('.translation-note').textContent()).toContain('Tradução automática do Google');
    await held.getByRole('button', { name: 'Ver o original' }).click();
    expect(await held.locator('.minutes-text').textContent()).toBe(minutes);
    await marina.page.close();

    const lucia = await openAs(harness, 'lucia');
    const plan = await openSection(lucia.sidebar, 'Plano de ação', 'plan');
    const step = plan.locator('li[data-milestone="MIL-002"]');
    await expect.poll(() => step.locator('span').first().textContent()).toBe('Invitation des coopératives nantaises');
    // Paulo wrote the other steps in Portuguese.
    expect(await plan.locator('li[data-milestone="MIL-001"]').getByRole('button', { name: 'Traduzir' }).count()).toBe(0);
    await step.getByRole('button', { name: 'Traduzir' }).click();
    await expect.poll(() => step.locator('span').first().textContent()).toBe('[pt] Invitation des coopératives nantaises');
    const kept = harness.preview.emulator().run({ kind: 'user', authMode: 'FULL' }, () =>
      harness.preview.emulator().services.SpreadsheetApp.getActive().getSheetByName('Traduções')?.getDataRange().getValues().slice(1).map((r) => `${r[0]} ${r[1]}`),
    );
    expect(kept).toEqual(expect.arrayContaining(['Meetings!MTG-001!Minutes pt-BR', 'Milestones!MIL-002!Milestone pt-BR']));
    await lucia.page.close();
  });

  it('a Recife member edits then withdraws their pledge, in pt-BR, and it leaves the totals', async () => {
    const { page, sidebar } = await openAs(harness, 'marina');
    const pledge = await openSection(sidebar, 'Contribuir', 'pledge');
    await pledge.getByLabel('Valor').fill('1.500');
    await pledge.getByRole('button', { name: 'Registrar a contribuição' }).click();
    await expect.poll(() => pledge.locator('.success').textContent()).toBe('Contribuição RES-003 registrada.');

    const mine = await openSection(sidebar, 'Meus envios', 'mine');
    const item = mine.locator('li', { hasText: 'RES-003' });
    await expect.poll(async () => spaced(await item.locator('.item-title').textContent())).toBe('RES-003 R$ 1.500,00');
    await item.getByRole('button', { name: 'Editar' }).click();
    const form = item.locator('form');
    expect(await form.getByLabel('Valor').inputValue()).toBe('1.500,00');
    await form.getByLabel('Valor').fill('2.000');
    await form.getByRole('button', { name: 'Salvar as alterações' }).click();
    await expect.poll(() => sidebar.locator('.notice-bar').textContent()).toContain('RES-003 atualizada.');
    await expect.poll(async () => spaced(await mine.locator('li', { hasText: 'RES-003' }).locator('.item-title').textContent())).toBe('RES-003 R$ 2.000,00');

    await mine.locator('li', { hasText: 'RES-003' }).getByRole('button', { name: 'Retirar' }).click();
    expect(await mine.getByText('Retirar RES-003? Ela deixará de contar nos totais do grupo.').isVisible()).toBe(true);
    await mine.getByRole('button', { name: 'Sim, retirar' }).click();
    await expect.poll(() => sidebar.locator('.notice-bar').textContent()).toContain('RES-003 retirada: ela não conta mais nos totais.');
    const withdrawn = mine.locator('li', { hasText: 'RES-003' });
    await expect.poll(() => withdrawn.textContent()).toContain('retirada');
    expect(await withdrawn.getByRole('button', { name: 'Editar' }).count()).toBe(0);
    const log = harness.preview.emulator().run({ kind: 'user', authMode: 'FULL' }, () =>
      harness.preview.emulator().services.SpreadsheetApp.getActive().getSheetByName('Registro')?.getDataRange().getValues().slice(-2).map((r) => `${r[2]} ${r[3]} ${r[4]}`),
    );
    expect(log).toEqual(['resource.edit RES-003 amount: 1500 → 2000', 'resource.withdraw RES-003 funding']);
    await page.close();
  });

  it('counts characters as the server does, and keeps a draft when the sidebar closes, until it is sent', async () => {
    const { page, sidebar } = await openAs(harness, 'claire');
    let propose = await openSection(sidebar, 'Proposer', 'propose');
    await propose.getByLabel('Titre').fill('Café 🌱 solidaire');
    await expect.poll(() => propose.locator('.counter').first().textContent()).toBe('16 / 150');
    expect(await propose.locator('.counter').nth(1).textContent()).toBe('0 / 2\u202f000');
    // The sidebar closes and opens again (the preview reloads its frame): the draft is back.
    await page.reload();
    propose = await openSection(sidebar, 'Proposer', 'propose');
    await expect.poll(() => propose.getByLabel('Titre').inputValue()).toBe('Café 🌱 solidaire');
    await propose.getByLabel('Objectif').selectOption('O3');
    await propose.getByRole('button', { name: 'Envoyer la proposition' }).click();
    await expect.poll(() => propose.locator('.success').textContent()).toMatch(/^Proposition PRO-\d+ envoyée/);
    await page.reload();
    propose = await openSection(sidebar, 'Proposer', 'propose');
    await expect.poll(() => propose.locator('.counter').first().textContent()).toBe('0 / 150');
    expect(await propose.getByLabel('Titre').inputValue()).toBe('');
    await page.close();
  });

  it('offers a newcomer the countries by their names in the reader’s language', async () => {
    const { page, sidebar } = await openAs(harness, 'newcomer-nantes');
    const country = panel(sidebar, 'register').getByLabel('Pays');
    await expect.poll(() => country.inputValue()).toBe('FR');
    expect(await country.locator('option[value="BR"]').textContent()).toBe('Brésil');
    expect(await country.locator('option[value="DE"]').textContent()).toBe('Allemagne');
    await page.close();
    const recife = await openAs(harness, 'newcomer-recife');
    const pais = panel(recife.sidebar, 'register').getByLabel('País');
    await expect.poll(() => pais.inputValue()).toBe('BR');
    expect(await pais.locator('option[value="FR"]').textContent()).toBe('França');
    await recife.page.close();
  });
});
