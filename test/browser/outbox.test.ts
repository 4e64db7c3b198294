import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, openHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Sends as a coordinator would through MailApp, without any add-on code. */
function send(message: GoogleAppsScript.Mail.MailAdvancedParameters): void {
  const emulator = harness.preview.emulator();
  emulator.run({ kind: 'user', authMode: 'FULL' }, () => emulator.services.MailApp.sendEmail(message));
}

describe('the Outbox, in the preview', () => {
  it('shows each email sent, newest first, with its HTML body sandboxed and its plain text', async () => {
    send({ to: 'ana@example.org', subject: 'Premier', body: 'Texte 1' });
    send({
      to: 'bia@example.org',
      subject: 'Lembrete: faltam 5 dias',
      name: 'Mutirão — Atelier',
      replyTo: 'coord@example.org',
      body: 'Olá Bia, falta uma proposta.',
      htmlBody: '<p>Olá <b>Bia</b>, falta uma proposta.</p><script>document.body.dataset.ran = "yes"</script>',
    });
    const { page } = await openAs(harness, 'jean');
    await page.locator('#show-outbox').click();
    const emails = page.locator('[data-view=outbox] [data-email]');
    await expect.poll(() => emails.count()).toBe(2);
    const newest = emails.first();
    expect(await newest.locator('h3').textContent()).toBe('Lembrete: faltam 5 dias');
    expect(await newest.locator('[data-field=to]').textContent()).toBe('bia@example.org');
    expect(await newest.locator('[data-field=from]').textContent()).toMatch(/^Mutirão — Atelier <.+@.+>$/);
    expect(await newest.locator('[data-field=reply-to]').textContent()).toBe('coord@example.org');
    expect(await newest.locator('pre').textContent()).toBe('Olá Bia, falta uma proposta.');
    expect(await newest.locator('iframe').getAttribute('sandbox')).toBe('');
    const html = newest.frameLocator('iframe');
    await expect.poll(() => html.locator('b').textContent()).toBe('Bia');
    // Sandboxed without allow-scripts: the email's script never runs.
    expect(await html.locator('body').getAttribute('data-ran')).toBeNull();
    // A plain-text email has no HTML frame.
    expect(await emails.nth(1).locator('iframe').count()).toBe(0);
    await page.close();
  });
});
