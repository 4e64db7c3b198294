import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Download, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, openHarness, panel, type Harness } from './harness';

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

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, text: await readFile(await download.path(), 'utf8') };
}

describe('meetings in the calendar, in the preview', () => {
  it('schedules at a suggested time, syncs, shows the event in the calendar view and downloads the .ics', async () => {
    const { page, sidebar } = await openAs(harness, 'jean');
    const meeting = await openSection(sidebar, 'Réunion', 'meeting');
    await meeting.getByLabel('Date').fill('2027-03-29');
    // Duration comes before the suggestions it decides.
    const order = await meeting.locator('label, .slots-suggest').allTextContents();
    expect(order.findIndex((text) => text.startsWith('Durée'))).toBeLessThan(order.indexOf('Proposer des horaires'));
    await meeting.getByRole('button', { name: 'Proposer des horaires' }).click();
    // The Monday after Europe's clock change: Nantes is five hours ahead of Recife.
    const first = meeting.locator('.slots .slot').first();
    await expect.poll(() => first.textContent()).toBe('09:00 à Recife · 14:00 à Nantes');
    await first.click();
    expect(await meeting.locator('.slots .slot[aria-pressed=true]').allTextContents()).toEqual(['09:00 à Recife · 14:00 à Nantes']);
    await meeting.locator('.slots .slot').nth(1).click();
    expect(await meeting.locator('.slots .slot[aria-pressed=true]').allTextContents()).toEqual(['09:30 à Recife · 14:30 à Nantes']);
    await first.click();
    // Jean's form is in Nantes time.
    expect(await meeting.getByLabel(/^Heure de début/).inputValue()).toBe('14:00');
    await expect.poll(() => meeting.locator('.times [aria-live=polite] p').first().textContent()).toMatch(/^Recife\u00a0: 09:00/);
    await meeting.getByLabel('Titre').fill('Plénière; bilan, suite');
    await meeting.getByRole('button', { name: 'Planifier la réunion' }).click();
    await expect.poll(() => meeting.locator('.success').textContent()).toMatch(/^Réunion MTG-\d{3} planifiée\.$/);

    const calendar = await openSection(sidebar, 'Agenda', 'calendar');
    await calendar.getByRole('button', { name: "Synchroniser l’agenda" }).click();
    await expect.poll(() => calendar.locator('.calendar-status').textContent()).toBe(
      'Agenda synchronisé. Réunions\u00a0: 1 créée, 0 mise à jour, 0 annulée, 1 inchangée, 0 en échec.',
    );
    expect(await calendar.locator('.calendar-sync').getAttribute('aria-busy')).toBe('false');

    await page.locator('#show-calendar').click();
    const rows = page.locator('[data-view=calendar] tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['MTG-002', 'Plénière; bilan, suite', 'Mon, 29/03/2027, 09:00', 'Mon, 29/03/2027, 14:00']);

    const { download, text } = await downloaded(page, () => calendar.getByRole('button', { name: 'Télécharger les réunions (.ics)' }).click());
    expect(download.suggestedFilename()).toMatch(/^mutirao-\d{4}-\d{2}-\d{2}\.ics$/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent') ?? undefined);
    expect(event.summary).toBe('Plénière; bilan, suite');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-29T12:00:00.000Z');
    await page.close();
  });

  it('lets a member download the .ics but not sync', async () => {
    const { page, sidebar } = await openAs(harness, 'marina');
    const calendar = await openSection(sidebar, 'Agenda', 'calendar');
    expect(await calendar.getByRole('button', { name: 'Sincronizar a agenda' }).count()).toBe(0);
    const { text } = await downloaded(page, () => calendar.getByRole('button', { name: 'Baixar as reuniões (.ics)' }).click());
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    await page.close();
  });

  it('offers the .ics from the menu as a download link in a dialog', async () => {
    const { page } = await openAs(harness, 'lucia');
    await page.locator('#menu button[data-function=showCalendarExport]').click();
    const dialog = page.frameLocator('#dialog-body iframe');
    await expect.poll(() => dialog.locator('#download').textContent()).toMatch(/^Baixar mutirao-\d{4}-\d{2}-\d{2}\.ics$/);
    const { download, text } = await downloaded(page, () => dialog.locator('#download').click());
    expect(download.suggestedFilename()).toMatch(/^mutirao-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    await page.close();
  });
});
