import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, openHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** An event with a Meet link inviting Marina and Claire, as the sync would insert it through the Calendar API. */
function inviteMembers(): void {
  const emulator = harness.preview.emulator();
  emulator.user = { email: 'jean.moreau@example.org', locale: 'fr' };
  emulator.run({ kind: 'user', authMode: 'FULL' }, () =>
    emulator.services.Calendar.Events.insert(
      {
        summary: 'Plénière',
        start: { dateTime: '2027-03-29T14:00:00', timeZone: 'Europe/Paris' },
        end: { dateTime: '2027-03-29T15:00:00', timeZone: 'Europe/Paris' },
        attendees: [{ email: 'marina.souza@example.org' }, { email: 'claire.dubois@example.org' }],
        extendedProperties: { private: { meetingId: 'MTG-042' } },
        conferenceData: { createRequest: { requestId: 'MTG-042', conferenceSolutionKey: { type: 'hangoutsMeet' } } },
      },
      'primary',
      { conferenceDataVersion: 1 },
    ),
  );
}

describe('answering an invitation in the preview', () => {
  it('shows the Meet link and the replies, and lets a guest answer', async () => {
    inviteMembers();
    const { page } = await openAs(harness, 'marina');
    await page.locator('#show-calendar').click();
    const row = page.locator('[data-view=calendar] tbody tr').filter({ hasText: 'MTG-042' });
    await expect.poll(() => row.locator('[data-replies]').textContent()).toBe('2 no reply');
    expect(await row.locator('a').textContent()).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);

    await row.getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => row.locator('[data-replies]').textContent()).toBe('1 going · 1 no reply');
    expect(await row.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('true');
    const event = harness.preview.emulator().calendar.events().find((e) => e.privateProperties?.['meetingId'] === 'MTG-042');
    expect(event?.responses).toEqual({ 'marina.souza@example.org': 'accepted' });
    await page.close();
  });

  it('offers no answer to someone who is not invited', async () => {
    const { page } = await openAs(harness, 'lucia');
    await page.locator('#show-calendar').click();
    const row = page.locator('[data-view=calendar] tbody tr').filter({ hasText: 'MTG-042' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByRole('button').count()).toBe(0);
    await page.close();
  });
});
