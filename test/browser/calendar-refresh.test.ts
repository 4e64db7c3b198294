import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editByHand, openAs, openHarness, panel, spaced, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});


describe('the Calendar section follows what was just done', () => {
  it('lists a meeting as soon as it is scheduled, and its Meet link and replies as soon as it is synced', async () => {
    const { page, sidebar } = await openAs(harness, 'jean');
    // Opened first, so that a stale list would show.
    await sidebar.getByRole('tab', { name: 'Agenda' }).click();
    const calendar = panel(sidebar, 'calendar');
    const item = calendar.locator('li.meeting', { hasText: 'Visio des deux hubs' });
    expect(await item.count()).toBe(0);

    await sidebar.getByRole('tab', { name: 'Réunion' }).click();
    const meeting = panel(sidebar, 'meeting');
    await meeting.getByLabel('Date').fill('2027-03-29');
    await meeting.getByRole('button', { name: 'Proposer des horaires' }).click();
    const slot = meeting.locator('.slots .slot').first();
    await expect.poll(() => slot.count()).toBe(1);
    await slot.click();
    await meeting.getByLabel('Titre').fill('Visio des deux hubs');
    await meeting.getByLabel('Lieu ou lien de visio').fill('Google Meet');
    await meeting.getByRole('button', { name: 'Planifier la réunion' }).click();
    await expect.poll(() => meeting.locator('.success').textContent()).toMatch(/^Réunion MTG-\d{3} planifiée\.$/);

    await sidebar.getByRole('tab', { name: 'Agenda' }).click();
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('a.meeting-link').count()).toBe(0);

    await calendar.getByRole('button', { name: 'Synchroniser l’agenda' }).click();
    await expect.poll(() => calendar.locator('.calendar-status').textContent()).toMatch(/^Agenda synchronisé\./);
    const link = item.locator('a.meeting-link');
    await expect.poll(() => link.count()).toBe(1);
    expect(await link.textContent()).toBe('Rejoindre sur Google Meet');
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    await expect.poll(() => item.locator('.meeting-replies').textContent()).toMatch(/sans réponse/);
    // The sync's own words stay beside its button.
    expect(await calendar.locator('.calendar-status').textContent()).toMatch(/^Agenda synchronisé\./);
    await page.close();
  }, 120_000);

  it('stops at Google Calendar’s limit and says, as an error, how many meetings wait', async () => {
    // The meeting the first test synced is renamed by hand, so the next sync has a write to do.
    editByHand(harness, 'Reuniões', (sheet) => {
      const values = sheet.getDataRange().getValues();
      const row = values.findIndex((r) => r[1] === 'Visio des deux hubs') + 1;
      if (row === 0) throw new Error('no meeting to rename');
      sheet.getRange(row, 2).setValue('Visio des deux hubs (bilan)');
    });
    harness.preview.emulator().calendar.failWritesAfter(0);
    const { page, sidebar } = await openAs(harness, 'jean');
    await sidebar.getByRole('tab', { name: 'Agenda' }).click();
    const calendar = panel(sidebar, 'calendar');
    await calendar.getByRole('button', { name: 'Synchroniser l’agenda' }).click();
    const status = calendar.locator('.calendar-status');
    await expect.poll(async () => spaced(await status.textContent())).toMatch(/Limite de modifications de Google Agenda atteinte : 1 réunion reste à synchroniser\./);
    expect(await status.getAttribute('class')).toContain('error');
    harness.preview.emulator().calendar.resetQuota();
    await page.close();
  }, 120_000);
});
