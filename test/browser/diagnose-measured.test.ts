import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, openHarness, panel, spaced, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});


describe('Diagnose shows what it measured', () => {
  it('gives each check its measurement and its time, in the reader’s language, and puts the times in the report', async () => {
    const { page, sidebar } = await openAs(harness, 'jean');
    harness.preview.emulator().mail.setDailyQuota('jean.moreau@example.org', 42);
    await sidebar.getByRole('tab', { name: 'Diagnostic' }).click();
    const diagnose = panel(sidebar, 'diagnose');
    await diagnose.getByRole('button', { name: 'Lancer le diagnostic' }).click();
    await expect.poll(() => diagnose.locator('.check').count()).toBe(10);
    const measured = async (name: string) => spaced(await diagnose.locator(`[data-check=${name}] .check-measured`).textContent());
    expect(await measured('mail')).toMatch(/^42 e-mails restants aujourd’hui · durée : \d[\d  ]* ms$/);
    expect(await measured('calendar')).toMatch(/^Accès à l’agenda : propriétaire · durée : \d[\d  ]* ms$/);
    expect(await measured('text')).toMatch(/^durée : \d[\d  ]* ms$/);
    const report = await diagnose.getByRole('textbox', { name: 'Rapport à copier' }).inputValue();
    expect(report).toMatch(/\[mail, \d+ ms\]: 42 left today/);
    expect(report).toMatch(/\[calendar, \d+ ms\]: .*access owner/);
    await page.close();
  }, 120_000);
});
