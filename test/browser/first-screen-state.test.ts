import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editByHand, openHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Opens the preview as a persona, counting the sidebar's google.script.run calls from the very first request. */
async function openCounting(persona: string) {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const calls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/run')) calls.push((request.postDataJSON() as { name: string }).name);
  });
  await page.goto(`${harness.preview.url}/?as=${persona}`);
  return { page, sidebar: page.frameLocator('#sidebar-frame'), calls };
}

describe('the sidebar’s first screen, written into the page by showSidebar (issue 11)', () => {
  it('greets, counts down and lists the objectives with no getSidebarState call', async () => {
    const { page, sidebar, calls } = await openCounting('jean');
    await expect.poll(() => sidebar.locator('h1').textContent()).toBe('Bonjour, Jean Moreau\u00a0!');
    expect(await sidebar.locator('.objective-title').count()).toBe(5);
    expect(await sidebar.locator('.countdown').textContent()).toMatch(/^Encore 15 jours/);
    expect(calls.filter((name) => name !== 'onOpen')).toEqual([]);

    // A later refresh still asks the server.
    await sidebar.getByRole('button', { name: 'Actualiser la progression' }).click();
    await expect.poll(() => calls.includes('getSidebarState')).toBe(true);
    await page.close();
  });

  it('keeps user text in the state as text: a name cannot end the script block', async () => {
    const name = 'Ana </script><script>parent.pwned = 1</script><!-- \u2028 \u2029 x';
    // Marina's name, as a coordinator could type it in the Members tab.
    editByHand(harness, 'Membros', (sheet) => {
      const row = sheet.getDataRange().getValues().findIndex((r) => r.includes('marina.souza@example.org')) + 1;
      sheet.getRange(row, 2).setRichTextValue(harness.preview.emulator().services.SpreadsheetApp.newRichTextValue().setText(name).build());
    });
    const { page, sidebar } = await openCounting('marina');
    await expect.poll(() => sidebar.locator('h1').textContent()).toBe(`Olá, ${name}!`);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    // The preview's google.script.run shim, the catalog and the bundle: the state's block, read, is gone, and no other came in.
    expect(await sidebar.locator('script').count()).toBe(3);
    await page.close();
  });
});
