import type { FrameLocator, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, panel, spaced, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

/**
 * Opens the preview as a persona on a page language, in a browser set to another language
 * (navigator.language, Intl's default, Accept-Language): what the sidebar sends to the server
 * is recorded, call by call.
 */
async function openIn(persona: string, lang: string, browserLocale: string) {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: browserLocale });
  const calls: { name: string; args: unknown[] }[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/run') calls.push(request.postDataJSON() as { name: string; args: unknown[] });
  });
  await page.goto(`${harness.preview.url}/?${new URLSearchParams({ as: persona, lang })}`);
  const sidebar = page.frameLocator('#sidebar-frame');
  await sidebar.getByRole('tab').first().waitFor();
  expect(await page.evaluate(() => [navigator.language, Intl.DateTimeFormat().resolvedOptions().locale])).toEqual([browserLocale, browserLocale]);
  const sent = (name: string) => calls.filter((c) => c.name === name).map((c) => c.args[0] as Record<string, unknown>);
  return { page, sidebar, sent };
}

async function openSection(sidebar: FrameLocator, tab: string, section: string) {
  await sidebar.getByRole('tab', { name: tab }).click();
  return panel(sidebar, section);
}

/** What the field shows the reader (its `value` is what the server is sent). */
const shown = (field: Locator) => field.evaluate((input) => (Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.get?.call(input) as string) ?? '');
/** The line under a field, which its aria-describedby points at: the format, then the date understood. */
const line = (field: Locator) => field.evaluate((input) => document.getElementById(`${input.id}-hint`)?.textContent ?? '');

describe('dates and times typed the page language’s way, whatever the browser’s', () => {
  it('French page in an American browser: a meeting typed jj/mm/aaaa and 14h30 is sent as ISO and echoed in French', async () => {
    const { page, sidebar, sent } = await openIn('jean', 'fr', 'en-US');
    const meeting = await openSection(sidebar, 'Réunion', 'meeting');
    const date = meeting.getByLabel(/^Date\b/);
    const start = meeting.getByLabel(/^Heure de début/);
    expect(await date.getAttribute('type')).toBe('text');
    expect(await line(date)).toBe('jj/mm/aaaa');
    expect(await line(start)).toBe('hh:mm, format 24\u00a0h');

    await date.fill('15/7/27');
    await expect.poll(() => line(date)).toBe('jeu. 15 juil. 2027');
    await start.fill('14h30');
    await start.press('Tab');
    // Leaving the field writes back what was understood, the reader's way.
    expect(await shown(start)).toBe('14:30');
    await date.focus();
    await date.press('Tab');
    expect(await shown(date)).toBe('15/07/2027');
    await expect.poll(() => meeting.locator('.times .city-time').allTextContents()).toEqual(['Recife\u00a0: 09:30, jeu. 15 juil.', 'Nantes\u00a0: 14:30, jeu. 15 juil.']);

    await meeting.getByLabel('Titre').fill('Bilan de l’été');
    await meeting.getByRole('button', { name: 'Planifier la réunion' }).click();
    await expect.poll(() => meeting.locator('.success').textContent()).toMatch(/^Réunion MTG-\d{3} planifiée\.$/);
    expect(sent('submitMeeting')).toEqual([expect.objectContaining({ date: '2027-07-15', startTime: '14:30' })]);
    // The form is empty again, and its line says the format once more.
    expect(await shown(date)).toBe('');
    await expect.poll(() => line(date)).toBe('jj/mm/aaaa');
    await page.close();
  });

  it('names a day that does not exist, next to its field, and sends nothing', async () => {
    const { page, sidebar, sent } = await openIn('jean', 'fr', 'en-US');
    const meeting = await openSection(sidebar, 'Réunion', 'meeting');
    const date = meeting.getByLabel(/^Date\b/);
    await date.fill('31/02/2027');
    await date.press('Tab');
    const message = 'Le 31/02/2027 n’existe pas\u00a0: vérifiez le jour et le mois.';
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    const described = (await date.getAttribute('aria-describedby')) ?? '';
    expect(await meeting.locator(`[id="${described.split(' ')[0]}"]`).textContent()).toBe(message);
    expect(described.split(' ')).toContain(`${await date.getAttribute('id')}-hint`);
    expect(await line(date)).toBe('jj/mm/aaaa');

    await meeting.getByLabel('Titre').fill('Réunion impossible');
    await meeting.getByLabel(/^Heure de début/).fill('10:00');
    await meeting.getByRole('button', { name: 'Planifier la réunion' }).click();
    await expect.poll(() => meeting.locator('.field .error:not([hidden])').allTextContents()).toEqual([message]);
    // Focus goes to the field to fix; nothing was sent.
    expect(await date.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(sent('submitMeeting')).toEqual([]);

    // Fixed, the problem goes as one types.
    await date.fill('28/02/2027');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe(null);
    expect(await line(date)).toBe('dim. 28 févr. 2027');
    await page.close();
  });

  it('Portuguese page in an American browser: dd/mm/aaaa and 24-hour times, sent as ISO, echoed in Portuguese', async () => {
    const { page, sidebar, sent } = await openIn('lucia', 'pt-BR', 'en-US');
    const meeting = await openSection(sidebar, 'Reunião', 'meeting');
    const date = meeting.getByLabel(/^Data\b/);
    expect(await line(date)).toBe('dd/mm/aaaa');
    await date.fill('02.08.2027');
    await expect.poll(() => line(date)).toBe('seg., 2 de ago. de 2027');
    await meeting.getByLabel(/^Horário de início/).fill('10:00');
    await meeting.getByLabel('Título').fill('Balanço de agosto');
    await meeting.getByRole('button', { name: 'Agendar a reunião' }).click();
    await expect.poll(() => meeting.locator('.success').textContent()).toMatch(/^Reunião MTG-\d{3} agendada\.$/);
    expect(sent('submitMeeting')).toEqual([expect.objectContaining({ date: '2027-08-02', startTime: '10:00' })]);
    await page.close();

    // A member's pledge, planned from a date typed the short way.
    const member = await openIn('marina', 'pt-BR', 'en-US');
    const pledge = await openSection(member.sidebar, 'Contribuir', 'pledge');
    await pledge.getByLabel('Valor').fill('250');
    await pledge.getByLabel('Disponibilidade').selectOption('planned');
    const from = pledge.getByLabel('Disponível a partir de');
    await from.fill('1/3/27');
    await expect.poll(() => line(from)).toBe('seg., 1 de mar. de 2027');
    await pledge.getByRole('button', { name: 'Registrar a contribuição' }).click();
    await expect.poll(() => pledge.locator('.success').textContent()).toMatch(/^Contribuição RES-\d{3} registrada\.$/);
    expect(member.sent('submitResource')).toEqual([expect.objectContaining({ availableFrom: '2027-03-01' })]);
    const mine = await openSection(member.sidebar, 'Meus envios', 'mine');
    const item = mine.locator('.item').last();
    await expect.poll(() => item.textContent()).toContain('a partir de 1 de março de 2027');

    // Edited, the pledge's date comes back the reader's way, and the new one goes as ISO.
    await item.getByRole('button', { name: 'Editar' }).click();
    const edited = item.locator('form').getByLabel('Disponível a partir de');
    expect(await shown(edited)).toBe('01/03/2027');
    expect(await line(edited)).toBe('seg., 1 de mar. de 2027');
    await edited.fill('15 de abril de 2027');
    await item.locator('form').getByRole('button', { name: 'Salvar as alterações' }).click();
    await expect.poll(() => mine.locator('.item').last().textContent()).toContain('a partir de 15 de abril de 2027');
    expect(member.sent('updateResource')).toEqual([expect.objectContaining({ availableFrom: '2027-04-15' })]);
    await member.page.close();
  });

  it('English page in a French browser: day first, British style, a 12-hour time read too', async () => {
    const { page, sidebar, sent } = await openIn('jean', 'en', 'fr-FR');
    const meeting = await openSection(sidebar, 'Meeting', 'meeting');
    const date = meeting.getByLabel(/^Date\b/);
    const start = meeting.getByLabel(/^Start time/);
    expect(await line(date)).toBe('dd/mm/yyyy');
    await date.fill('10/12/2027');
    await expect.poll(() => line(date)).toBe('Fri 10 Dec 2027');
    // Typed with the month in words, the same day.
    await date.fill('10 Dec 2027');
    await expect.poll(() => line(date)).toBe('Fri 10 Dec 2027');
    await start.fill('2:30 pm');
    await expect.poll(() => line(start)).toBe('14:30');
    await expect.poll(async () => (await meeting.locator('.times .city-time').allTextContents()).map(spaced)).toEqual(['Recife: 10:30, Fri 10 Dec', 'Nantes: 14:30, Fri 10 Dec']);
    await meeting.getByLabel('Title').fill('December review');
    await meeting.getByRole('button', { name: 'Schedule the meeting' }).click();
    await expect.poll(() => meeting.locator('.success').textContent()).toMatch(/^Meeting MTG-\d{3} scheduled\.$/);
    expect(sent('submitMeeting')).toEqual([expect.objectContaining({ date: '2027-12-10', startTime: '14:30' })]);

    const home = await openSection(sidebar, 'Home', 'home');
    // The deadline, like every date the sidebar writes for an English reader: "Fri 11 Dec 2026".
    expect(await home.textContent()).toMatch(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/);
    await page.close();
  });
});
