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


async function openPledge(sidebar: FrameLocator, tab: string) {
  await sidebar.getByRole('tab', { name: tab }).click();
  return panel(sidebar, 'pledge');
}

/** The Amount cell of a pledge, as the preview's workbook (in Portuguese) holds it. */
function storedAmount(id: string): unknown {
  const emulator = harness.preview.emulator();
  return emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    const rows = emulator.services.SpreadsheetApp.getActive().getSheetByName('Recursos')?.getDataRange().getValues() ?? [];
    return rows.find((row) => row[0] === id)?.[5];
  });
}

async function recorded(pledge: ReturnType<typeof panel>, pattern: RegExp): Promise<string> {
  await expect.poll(() => pledge.locator('.success').textContent()).toMatch(pattern);
  return /RES-\d{3}/.exec((await pledge.locator('.success').textContent()) ?? '')?.[0] ?? '';
}

describe('money as people write it (issue 11)', () => {
  it('stores 1.500 typed in Portuguese as R$ 1.500,00, with a Brazilian example in the hint', async () => {
    const { page, sidebar } = await openAs(harness, 'marina');
    const pledge = await openPledge(sidebar, 'Contribuir');
    expect(spaced(await pledge.locator('.hint').first().textContent())).toBe('Por exemplo: 1.234,50');
    await pledge.getByLabel('Valor').fill('1.500');
    await expect.poll(async () => spaced(await pledge.locator('output.money').textContent())).toBe('R$ 1.500,00');
    await pledge.getByRole('button', { name: 'Registrar a contribuição' }).click();
    const id = await recorded(pledge, /RES-\d{3}/);
    expect(storedAmount(id)).toBe(1500);
    await page.close();
  });

  it('reads 1 234,50 € as a French member types it', async () => {
    const { page, sidebar } = await openAs(harness, 'claire');
    const pledge = await openPledge(sidebar, 'Contribuer');
    expect(spaced(await pledge.locator('.hint').first().textContent())).toBe('Par exemple : 1 234,50');
    await pledge.getByLabel('Montant').fill('1 234,50 €');
    await expect.poll(async () => spaced(await pledge.locator('output.money').textContent())).toBe('1 234,50 €');
    await pledge.getByRole('button', { name: 'Enregistrer la contribution' }).click();
    expect(storedAmount(await recorded(pledge, /RES-\d{3}/))).toBe(1234.5);
    await page.close();
  });

  it('reads €1,234.50 in English', async () => {
    const { page, sidebar } = await openAs(harness, 'claire', 'en');
    const pledge = await openPledge(sidebar, 'Pledge');
    await pledge.getByLabel('Amount').fill('€1,234.50');
    await expect.poll(async () => spaced(await pledge.locator('output.money').textContent())).toBe('€1,234.50');
    await pledge.getByRole('button', { name: 'Record the pledge' }).click();
    expect(storedAmount(await recorded(pledge, /RES-\d{3}/))).toBe(1234.5);
    await page.close();
  });

  it('refuses 1.500 in English with both readings, and stores the one picked', async () => {
    const { page, sidebar } = await openAs(harness, 'claire', 'en');
    const pledge = await openPledge(sidebar, 'Pledge');
    const amount = pledge.getByLabel('Amount');
    await amount.fill('1.500');
    await pledge.getByRole('button', { name: 'Record the pledge' }).click();
    await expect.poll(() => amount.getAttribute('aria-invalid')).toBe('true');
    const error = sidebar.locator(`#${(await amount.getAttribute('aria-describedby'))?.split(' ')[0]}`);
    expect(await error.textContent()).toBe('Did you mean €1.50 or €1,500.00? Pick one.');
    expect(await pledge.locator('.success').textContent()).toBe('');
    const readings = pledge.getByRole('group', { name: 'Did you mean:' });
    expect(await readings.getByRole('button').allTextContents()).toEqual(['€1.50', '€1,500.00']);

    await readings.getByRole('button', { name: '€1,500.00' }).click();
    expect(await amount.inputValue()).toBe('1,500.00');
    await expect.poll(() => amount.getAttribute('aria-invalid')).toBeNull();
    expect(await readings.isHidden()).toBe(true);
    await pledge.getByRole('button', { name: 'Record the pledge' }).click();
    expect(storedAmount(await recorded(pledge, /RES-\d{3}/))).toBe(1500);
    await page.close();
  });
});

describe('one submit shows every problem (issue 11)', () => {
  it('flags Category, Description and Available from of an empty planned in-kind pledge at once', async () => {
    const { page, sidebar } = await openAs(harness, 'claire', 'en');
    const pledge = await openPledge(sidebar, 'Pledge');
    await pledge.getByLabel('Kind of resource').selectOption('in-kind');
    await pledge.getByLabel('Availability').selectOption('planned');
    await pledge.getByRole('button', { name: 'Record the pledge' }).click();
    for (const label of ['Category', 'Description', 'Available from']) {
      await expect.poll(() => pledge.getByLabel(label).getAttribute('aria-invalid')).toBe('true');
    }
    // A past date says what it needs.
    const from = pledge.getByLabel('Available from');
    await from.fill('2020-01-01');
    const errorId = (await from.getAttribute('aria-describedby'))?.split(' ')[0];
    await expect.poll(() => sidebar.locator(`#${errorId}`).textContent()).toBe('Choose today or a later date.');
    await page.close();
  });

  it('flags an empty title and a missing objective in one submit, in Portuguese', async () => {
    const { page, sidebar } = await openAs(harness, 'marina');
    await sidebar.getByRole('tab', { name: 'Propor' }).click();
    const propose = panel(sidebar, 'propose');
    await propose.getByRole('button', { name: 'Enviar a proposta' }).click();
    await expect.poll(() => propose.getByLabel('Título').getAttribute('aria-invalid')).toBe('true');
    expect(await propose.getByLabel('Objetivo').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });
});
