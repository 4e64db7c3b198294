import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editByHand, openAs, openHarness, panel, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Jean syncs from his sidebar and waits until the sync has answered. */
async function syncAsJean(): Promise<void> {
  const { page, sidebar } = await openAs(harness, 'jean');
  await sidebar.getByRole('tab', { name: 'Agenda' }).click();
  const calendar = panel(sidebar, 'calendar');
  await calendar.getByRole('button', { name: 'Synchroniser l’agenda' }).click();
  await expect.poll(() => calendar.locator('.calendar-status').textContent()).toMatch(/^Agenda synchronisé/);
  await page.close();
}

describe('the next meetings in the sidebar', () => {
  it('shows a synced meeting’s Meet link and its replies, counted in the reader’s language', async () => {
    editByHand(harness, 'Reuniões', (sheet) => sheet.appendRow(['MTG-900', 'Plénière en visio', '2027-04-05', '10:00', 60, 'America/Recife', 'Google Meet', 'todos', '', 'planejada']));
    await syncAsJean();
    const emulator = harness.preview.emulator();
    const event = emulator.calendar.events().find((e) => e.privateProperties?.['meetingId'] === 'MTG-900');
    expect(event).toBeDefined();
    const guests = event?.guests ?? [];
    const marina = guests.find((g) => g.startsWith('marina')) ?? '';
    emulator.calendar.respond(event?.id ?? '', marina, 'accepted');
    await syncAsJean();

    const { page, sidebar } = await openAs(harness, 'marina');
    await sidebar.getByRole('tab', { name: 'Agenda' }).click();
    const item = panel(sidebar, 'calendar').locator('li.meeting[data-id="MTG-900"]');
    await expect.poll(() => item.locator('.meeting-replies').textContent()).toBe(`1 vai · ${guests.length - 1} sem resposta`);
    expect(await item.locator('strong').textContent()).toBe('Plénière en visio');
    expect(await item.locator('a.meeting-link').getAttribute('href')).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(await item.locator('a.meeting-link').textContent()).toBe('Entrar no Google Meet');
    await page.close();
  });
});
