// Makes docs/preview.png for the README: the example workbook in the preview, as Jean (Nantes, French).
import { openAs, openHarness } from '../test/browser/harness';

const harness = await openHarness();
try {
  const { page, sidebar } = await openAs(harness, 'jean');
  await sidebar.locator('.objective').nth(4).waitFor();
  await page.locator('#tabs button', { hasText: 'Objetivos' }).click();
  await page.locator('table[data-tab="Objetivos"]').waitFor();
  await page.screenshot({ path: 'docs/preview.png' });
  console.log('docs/preview.png written');
} finally {
  await harness.close();
}
