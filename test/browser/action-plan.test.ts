import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editByHand, openAs, openHarness, panel, spaced, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
  // Marina (MEM-003) carries the example's prioritized fair and its R$ 5.000 pledge, as if she had sent them.
  for (const [tab, header] of [['Propostas', 'Membro'], ['Recursos', 'Membro']] as const) {
    editByHand(harness, tab, (sheet) => {
      const column = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).indexOf(header) + 1;
      sheet.getRange(2, column).setValue('MEM-003');
    });
  }
});
afterAll(async () => {
  await harness?.close();
});

describe('the action plan and the report for partners in the preview (issue 21)', () => {
  it('an author adds two milestones, a pledger records a partial delivery, a coordinator builds the report in pt-BR', async () => {
    const marina = await openAs(harness, 'marina');
    await marina.sidebar.getByRole('tab', { name: 'Plano de ação' }).click();
    const plan = panel(marina.sidebar, 'plan');
    await expect.poll(() => plan.locator('[data-proposal="PRO-001"] li').count(), { timeout: 15_000 }).toBe(3);
    const form = plan.locator('form[data-form="milestone"]');
    for (const [id, title, due] of [['MIL-004', 'Divulgação nas rádios comunitárias', '2030-03-01'], ['MIL-005', 'Balanço com os parceiros', '2030-06-01']] as const) {
      await form.getByLabel('Título').fill(title);
      await form.getByLabel('Prazo').fill(due);
      await form.getByRole('button', { name: 'Salvar o marco' }).click();
      await expect.poll(() => plan.getByRole('status').first().textContent(), { timeout: 15_000 }).toBe(`Marco ${id} salvo.`);
    }
    await expect.poll(() => plan.locator('[data-proposal="PRO-001"] li').count(), { timeout: 15_000 }).toBe(5);
    // One of five done.
    expect(await plan.locator('[data-proposal="PRO-001"]').textContent()).toContain('Progresso: 20%');

    const delivery = plan.locator('form[data-form="delivery"]');
    await delivery.getByLabel('Contribuição').selectOption('RES-001');
    await delivery.getByLabel('Entregue agora').fill('500,00');
    await delivery.getByRole('button', { name: 'Registrar a entrega' }).click();
    await expect.poll(async () => spaced(await plan.getByRole('status').first().textContent()), { timeout: 15_000 }).toBe('R$ 2.500,00 de R$ 5.000,00 entregues.');
    // Beyond the pledge: refused next to the field, in her language.
    await delivery.getByLabel('Entregue agora').fill('2.600');
    await delivery.getByRole('button', { name: 'Registrar a entrega' }).click();
    await expect.poll(async () => spaced(await delivery.locator('.error:not([hidden])').first().textContent()), { timeout: 15_000 }).toBe(
      'Isso é mais do que a contribuição prometida: faltam R$ 2.500,00 a entregar.',
    );
    await marina.page.close();

    const lucia = await openAs(harness, 'lucia');
    await lucia.sidebar.getByRole('tab', { name: 'Relatório' }).click();
    const report = panel(lucia.sidebar, 'report');
    await report.getByLabel('Idioma do relatório').selectOption('pt-BR');
    await report.getByRole('button', { name: 'Abrir a página para imprimir' }).click();
    const dialog = lucia.page.locator('#dialog');
    await expect.poll(() => dialog.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await lucia.page.locator('#dialog-title').textContent()).toBe('Relatório para parceiros');
    const page = lucia.page.frameLocator('#dialog-body iframe');
    const resources = spaced(await page.locator('section[data-table="resources"]').textContent());
    expect(resources).toContain('RecifeBRLR$ 5.000,00R$ 2.500,00');
    expect(resources).toContain('Taxa EUR → BRL usada: 6 BRL por 1 EUR (Configurações).');
    const actionPlan = spaced(await page.locator('section[data-table="actionPlan"]').textContent());
    expect(actionPlan).toContain('PRO-001 Feira de economia solidária Recife–Nantes');
    expect(actionPlan).toContain('20%');
    const milestones = await page.locator('section[data-table="milestones"] tbody tr').allTextContents();
    expect(milestones).toHaveLength(5);
    expect(milestones.join('\n')).toContain('Divulgação nas rádios comunitárias');
    expect(await page.locator('svg[role="img"] rect').count()).toBeGreaterThan(0);
    // Organizations and hubs, never a person.
    const whole = await page.locator('body').textContent();
    expect(whole).not.toMatch(/Marina|Paulo|@example\.org/);
    await lucia.page.close();
  });
});
