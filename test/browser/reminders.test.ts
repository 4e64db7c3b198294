import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs, openHarness, panel, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('Reminders, in the preview', () => {
  it('a coordinator previews, sends, sees them in the Outbox in each member’s language, and a rerun sends nothing', async () => {
    const { page, sidebar } = await openAs(harness, 'lucia');
    await sidebar.locator('#tab-reminders').click();
    const section = panel(sidebar, 'reminders');
    await section.getByRole('button', { name: 'Ver a prévia dos lembretes' }).click();
    // Jean, Marina and Claire owe both, but Claire has not accepted the privacy notice; Lúcia did not say yes to emails; Paulo and Yann have sent both.
    await expect.poll(() => section.locator('.reminders-preview > ul').first().locator('li').count()).toBe(2);
    expect(await section.locator('.reminders-preview').textContent()).toContain('2 e-mails seriam enviados');
    expect(await section.locator('.reminders-preview').textContent()).toContain('Lúcia Almeida (MEM-001) — não aceitou receber e-mails');
    expect(await section.locator('.reminders-preview').textContent()).toContain('Claire Dubois (MEM-005) — não aceitou o aviso de privacidade em vigor');
    const examples = section.locator('details.reminder-example');
    expect(await examples.count()).toBe(2);
    await examples.first().locator('summary').click();
    expect(await examples.first().locator('pre').textContent()).toMatch(/^(Bonjour|Olá)/);
    expect(harness.preview.emulator().mail.outbox).toHaveLength(0);

    await section.getByRole('button', { name: 'Enviar estes lembretes' }).click();
    await expect.poll(() => section.getByRole('status').first().textContent()).toBe('2 e-mails enviados, anotados no Registro.');
    await page.locator('#show-outbox').click();
    const emails = page.locator('[data-view=outbox] [data-email]');
    await expect.poll(() => emails.count()).toBe(2);
    const subjects = await emails.locator('h3').allTextContents();
    expect(subjects.filter((s) => s.startsWith('Plus que') || s.startsWith('Aujourd’hui') || s.startsWith('Demain'))).toHaveLength(1);
    expect(subjects.filter((s) => s.startsWith('Faltam') || s.startsWith('Hoje') || s.startsWith('Amanhã'))).toHaveLength(1);

    await section.getByRole('button', { name: 'Ver a prévia dos lembretes' }).click();
    await expect.poll(() => section.locator('.reminders-preview').textContent()).toContain('Ninguém para lembrar agora.');
    expect(await section.locator('.reminders-preview').textContent()).toContain('já recebeu um lembrete hoje');
    expect(await section.getByRole('button', { name: 'Enviar estes lembretes' }).isVisible()).toBe(false);
    await page.close();
  });
});
