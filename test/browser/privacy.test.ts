import type { Download, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageCatalog } from '../../src/sidebar/i18n/page';
import { PRIVACY_NOTICE } from '../languages';
import type { Locale } from '../../src/domain/locale';
import { openAs, openHarness, panel, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, text: await readFile(await download.path(), 'utf8') };
}

/** The example workbook's Members row of an ID (a pt-BR workbook: Membros), as a coordinator sees it. */
function memberRow(id: string): unknown[] {
  const emulator = harness.preview.emulator();
  return emulator.run({ kind: 'user', authMode: 'FULL' }, () => {
    const rows = emulator.services.SpreadsheetApp.getActive().getSheetByName('Membros')?.getDataRange().getValues() ?? [];
    return rows.find((r) => r[0] === id) ?? [];
  });
}

const startsWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

const flow = (lang: Locale) => async () => {
  const w = pageCatalog(lang);
  const { page, sidebar } = await openAs(harness, 'newcomer', lang);
  const register = panel(sidebar, 'register');
  await expect.poll(() => register.locator('h2').textContent()).toBe(w['sidebar.register.title']);

  // The notice is there before anything is asked, with the coordinators named in Members.
  const notice = register.locator('details.notice-text');
  expect(await notice.getAttribute('open')).toBe('');
  expect(await notice.locator('h3').textContent()).toBe(PRIVACY_NOTICE[lang].title);
  expect(await notice.textContent()).toContain('Lúcia Almeida, Jean Moreau');

  await register.getByLabel(startsWith(w['sidebar.field.name'])).fill('Ana Ribeiro');
  await register.getByLabel(startsWith(w['sidebar.field.city'])).fill('Olinda');
  await register.getByLabel(startsWith(w['sidebar.field.country'])).selectOption('BR');
  await register.getByLabel(startsWith(w['sidebar.field.hub'])).selectOption('Recife');
  const consent = register.getByLabel(w['privacy.consent']);
  const emails = register.getByLabel(w['privacy.emails']);
  expect([await consent.isChecked(), await emails.isChecked()]).toEqual([false, false]);
  // Without consent, nothing is sent.
  await register.getByRole('button', { name: w['sidebar.register.submit'] }).click();
  await expect.poll(() => register.locator('.error:not([hidden])').allTextContents()).toEqual([w['field.consentRequired']]);
  await consent.check();
  await register.getByRole('button', { name: w['sidebar.register.submit'] }).click();
  await expect.poll(() => sidebar.locator('#notice').textContent()).toMatch(/MEM-\d{3}/);
  const id = /MEM-\d{3}/.exec((await sidebar.locator('#notice').textContent()) ?? '')?.[0] ?? '';
  const registered = memberRow(id);
  expect(registered.slice(1, 3)).toEqual(['Ana Ribeiro', 'newcomer@example.org']);
  expect([registered[10], registered[12]]).toEqual([lang, 'não']);
  expect(registered[11]).toBeInstanceOf(Date);

  // My data: the download holds their row and no one else's email.
  await sidebar.getByRole('tab', { name: w['privacy.nav'] }).click();
  const mine = panel(sidebar, 'mydata');
  const { download, text } = await downloaded(page, () => mine.getByRole('button', { name: w['privacy.download'] }).click());
  expect(download.suggestedFilename()).toBe(`mutirao-${id}.json`);
  const data = JSON.parse(text);
  expect(data.member).toMatchObject({ ID: id, Nome: 'Ana Ribeiro', 'E-mail': 'newcomer@example.org' });
  expect(data.log.map((r: Record<string, unknown>) => r['Ação'])).toEqual(['member.register']);
  expect(text.match(/[\w.]+@example\.org/g)?.every((a) => a === 'newcomer@example.org')).toBe(true);

  // Emails on, from the same section.
  await mine.getByLabel(w['privacy.emails']).check();
  await mine.getByRole('button', { name: w['privacy.save'] }).click();
  await expect.poll(() => sidebar.locator('#notice').textContent()).toBe(w['privacy.saved']);
  expect(memberRow(id)[12]).toBe('sim');

  // Erasure says what stays, asks, then the sidebar greets a guest again.
  const erase = panel(sidebar, 'mydata').locator('section.erase');
  expect(await erase.textContent()).toContain(w['privacy.erase.intro']);
  await erase.getByRole('button', { name: w['privacy.erase'] }).click();
  expect(await erase.getByText(w['privacy.erase.confirm']).isVisible()).toBe(true);
  await erase.getByRole('button', { name: w['privacy.erase.yes'] }).click();
  await expect.poll(() => sidebar.locator('#notice').textContent()).toBe(w['privacy.erased']);
  await expect.poll(() => sidebar.locator('h1').textContent()).toBe(w['sidebar.greetingGuest']);
  expect(memberRow(id).slice(0, 9)).toEqual([id, '', '', '', '', '', 'Recife', 'membro', 'excluído']);
  await page.close();
};

describe('a newcomer and their personal data, in the preview', () => {
  it('reads the notice, registers with emails off, downloads their data, turns emails on, then erases themselves (en)', flow('en'));
  it('does the same in French', flow('fr'));
  it('does the same in Brazilian Portuguese', flow('pt-BR'));

  it('opens the notice from the menu, at any time', async () => {
    const { page, sidebar } = await openAs(harness, 'claire');
    await page.locator('#menu button', { hasText: 'Informations sur vos données personnelles' }).click();
    await expect.poll(() => sidebar.locator('[role=tab][aria-selected=true]').textContent()).toBe('Mes données');
    expect(await panel(sidebar, 'mydata').locator('details.notice-text summary').textContent()).toBe('Lire les informations sur vos données personnelles');
    // Claire joined before consent was asked: the sidebar asks her, and she can confirm.
    await sidebar.getByRole('button', { name: 'Je l’ai lue et j’accepte' }).click();
    await expect.poll(() => sidebar.locator('#notice').textContent()).toBe('Votre consentement est enregistré.');
    expect(await sidebar.locator('section.consent').count()).toBe(0);
    await page.close();
  });

  it('lets a coordinator erase another member, for a request received by email', async () => {
    const { sidebar } = await openAs(harness, 'jean');
    await sidebar.getByRole('tab', { name: 'Mes données' }).click();
    const other = panel(sidebar, 'mydata').locator('section.erase-other');
    await other.getByLabel('Identifiant du membre').fill('mem-004');
    await other.getByRole('button', { name: 'Effacer les données de ce membre' }).click();
    expect(await other.getByRole('group').textContent()).toContain('Effacer les données de MEM-004\u00a0? C’est définitif.');
    await other.getByRole('button', { name: 'Oui, effacer' }).click();
    await expect.poll(() => sidebar.locator('#notice').textContent()).toBe('Les données de MEM-004 sont effacées.');
    expect(memberRow('MEM-004').slice(0, 9)).toEqual(['MEM-004', '', '', '', '', '', 'Recife', 'membro', 'excluído']);
  });
});
