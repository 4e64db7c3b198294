import type { FrameLocator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageCatalog } from '../../src/sidebar/i18n/page';
import type { Locale } from '../../src/domain/locale';
import { openAs, openHarness, panel, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** The n-th weekday at least `days` days from today in Recife. */
function workday(days: number, n = 0): string {
  const date = new Date(Date.now() - 3 * 3_600_000 + days * 86_400_000);
  for (let found = -1; ; date.setUTCDate(date.getUTCDate() + 1)) {
    const weekday = date.getUTCDay();
    if (weekday >= 1 && weekday <= 5 && ++found === n) return date.toISOString().slice(0, 10);
  }
}

async function calendar(sidebar: FrameLocator, locale: Locale) {
  await sidebar.getByRole('tab', { name: pageCatalog(locale)['calendar.sidebar.title'] }).click();
  return panel(sidebar, 'calendar');
}

/** Lucia, a coordinator in Recife, with her calendar section's "Open a poll" form unfolded. */
async function pollFormOfLucia() {
  const lucia = await openAs(harness, 'lucia');
  const section = await calendar(lucia.sidebar, 'pt-BR');
  await section.getByText(pageCatalog('pt-BR')['polls.openTitle']).click();
  return { lucia, section, form: section.locator('form.poll-form') };
}

/** The Meetings row of an ID, as the sheet holds it. */
function meetingRow(id: string): unknown[] | undefined {
  const emulator = harness.preview.emulator();
  return emulator.run({ kind: 'user', authMode: 'FULL' }, () =>
    emulator.services.SpreadsheetApp.getActive().getSheetByName('Reuniões')?.getDataRange().getValues().find((row) => row[0] === id)) as unknown[] | undefined;
}

describe('a time poll in the preview, from open to a synced meeting', () => {
  it('is opened by a coordinator with 4 options, answered in fr, pt-BR and en, closed, and synced into the calendar', async () => {
    const pt = pageCatalog('pt-BR');
    const opened = await pollFormOfLucia();
    const { lucia, form } = opened;
    let { section } = opened;
    await form.getByLabel(pt['polls.titleField']).fill('Terceira reunião');
    // One option from the slot suggester (both cities' working hours), three typed.
    await form.getByLabel(pt['polls.optionDate'], { exact: true }).fill(workday(21, 0));
    await form.getByRole('button', { name: pt['calendar.slots.suggest'] }).click();
    const slot = form.locator('.slots .slot').first();
    await expect.poll(() => slot.count(), { timeout: 20_000 }).toBe(1);
    await slot.click();
    await form.getByRole('button', { name: pt['polls.addOption'] }).click();
    for (const n of [1, 2, 3]) {
      await form.getByLabel(pt['polls.optionDate'], { exact: true }).fill(workday(21, n));
      await form.getByLabel(pt['polls.optionTime']).fill('10:00');
      await form.getByRole('button', { name: pt['polls.addOption'] }).click();
    }
    await expect.poll(() => form.locator('.poll-options li').count()).toBe(4);
    expect(await form.locator('.poll-options li').nth(1).textContent()).toMatch(/^Recife .* 10:00 · Nantes .* 1[45]:00/);
    await form.getByLabel(pt['polls.closesField']).fill(workday(14));
    await form.getByRole('button', { name: pt['polls.open'] }).click();
    await expect.poll(() => section.locator('[role=status]').last().textContent(), { timeout: 20_000 }).toMatch(/^A enquete POL-002 está aberta/);
    await lucia.page.close();

    // Marina (pt-BR), Claire (fr) and Jean (en) answer from the grid, by keyboard for Claire.
    for (const [who, locale, answers] of [['marina', 'pt-BR', ['yes', 'no', 'yes', 'if need be']], ['claire', 'fr', ['no', 'yes', 'yes', 'yes']], ['jean', 'en', ['if need be', 'yes', 'yes', 'no']]] as const) {
      const words = pageCatalog(locale);
      const { page, sidebar } = await openAs(harness, who, locale);
      section = await calendar(sidebar, locale);
      const card = section.locator('article.poll[data-id=POL-002]');
      await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
      const label = { yes: { fr: 'oui', 'pt-BR': 'sim', en: 'yes' }, 'if need be': { fr: 'si besoin', 'pt-BR': 'se necessário', en: 'if need be' }, no: { fr: 'non', 'pt-BR': 'não', en: 'no' } } as const;
      for (const [i, answer] of answers.entries()) {
        const option = card.locator('fieldset.poll-option').nth(i);
        if (who === 'claire') {
          await option.getByRole('radio').first().focus();
          await page.keyboard.press('Space');
          // Arrow keys move within the option's answers: yes → if need be → no.
          for (let k = 0; k < ['yes', 'if need be', 'no'].indexOf(answer); k++) await page.keyboard.press('ArrowDown');
        } else {
          await option.getByRole('radio', { name: label[answer][locale], exact: true }).check();
        }
      }
      // Each option on the reader's city clock first, with the other city beside it.
      expect(await card.locator('legend').first().textContent()).toMatch(who === 'marina' ? /^Recife .* · Nantes / : /^Nantes .* · Recife /);
      await card.getByRole('button', { name: words['polls.save'] }).click();
      await expect.poll(() => section.locator('.polls-panel > [role=status]').textContent(), { timeout: 20_000 }).toBe(words['polls.saved']);
      await page.close();
    }

    const again = await openAs(harness, 'lucia');
    section = await calendar(again.sidebar, 'pt-BR');
    const card = section.locator('article.poll[data-id=POL-002]');
    await expect.poll(() => card.locator('fieldset.poll-option.best').count(), { timeout: 20_000 }).toBe(1);
    // Options 3 has three yes: the best, preselected for closing.
    expect(await card.locator('fieldset.poll-option').nth(2).getAttribute('class')).toContain('best');
    expect(await card.locator('fieldset.poll-option').nth(2).locator('p').textContent()).toMatch(/^3 sim · 0 se necessário · 0 não/);
    // Who answered what: each option's column headed by its day and time the reader's way, never month first.
    expect(await card.locator('.poll-who thead th').nth(1).textContent()).toMatch(/^(seg|ter|qua|qui|sex)\., \d{1,2} de [a-zç]+\. \d\d:\d\d$/);
    await card.getByRole('button', { name: pt['polls.close'] }).click();
    await expect.poll(() => section.locator('.polls-panel > [role=status]').textContent(), { timeout: 20_000 }).toMatch(/^Enquete encerrada: a reunião (MTG-\d{3})/);
    const meetingId = /(MTG-\d{3})/.exec((await section.locator('.polls-panel > [role=status]').textContent()) ?? '')?.[1] ?? '';
    expect(meetingRow(meetingId)?.slice(1, 6)).toEqual(['Terceira reunião', expect.anything(), '10:00', 90, 'America/Recife']);
    await section.getByRole('button', { name: pt['calendar.sidebar.sync'] }).click();
    await expect.poll(() => section.locator('.calendar-status').textContent(), { timeout: 20_000 }).toMatch(/1 criada/);
    // The event exists: its ID is in the row, written by the sync.
    expect(String(meetingRow(meetingId)?.[12] ?? '')).not.toBe('');
    await again.page.close();
  }, 180_000);

  it('shows a refusal under its field, and an option outside both cities’ hours until the coordinator keeps it', async () => {
    const pt = pageCatalog('pt-BR');
    const { lucia, section, form } = await pollFormOfLucia();
    // 05:00 in Recife is before its working hours, though within Nantes's; 10:00 is within both.
    for (const time of ['05:00', '10:00']) {
      await form.getByLabel(pt['polls.optionDate'], { exact: true }).fill(workday(28));
      await form.getByLabel(pt['polls.optionTime']).fill(time);
      await form.getByRole('button', { name: pt['polls.addOption'] }).click();
    }
    await form.getByLabel(pt['polls.closesField']).fill(workday(14));
    const send = form.getByRole('button', { name: pt['polls.open'] });
    await send.click();
    // The title's error under it (the form's first field); the hours are checked once the form is whole.
    const titleError = form.locator('.field').first().locator('.error');
    await expect.poll(() => titleError.textContent(), { timeout: 20_000 }).toBe('Este campo é obrigatório.');
    const keep = form.getByLabel(pt['polls.keepAnyway']);
    expect(await keep.isVisible()).toBe(false);

    await form.getByLabel(pt['polls.titleField']).fill('Reunião cedo');
    await send.click();
    const alert = form.locator('p.error[role=alert]');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toMatch(/^Esta opção fica fora do horário de trabalho/);
    expect(await titleError.isVisible()).toBe(false);
    expect(await keep.isVisible()).toBe(true);

    await keep.check();
    await send.click();
    await expect.poll(() => section.locator('[role=status]').last().textContent(), { timeout: 20_000 }).toMatch(/^A enquete POL-\d+ está aberta/);
    expect(await alert.isVisible()).toBe(false);
    expect(await titleError.isVisible()).toBe(false);
    await lucia.page.close();
  });
});
