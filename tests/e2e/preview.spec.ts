import path from 'node:path';
import { expect, type KallelseApp, test } from './fixtures';

const anaDir = path.resolve(import.meta.dirname, '../fixtures/samples/ana-2022-02-23');

/** The ANA meeting (169 pages), imported through the backend (data:changed updates the list) and opened from the list. */
async function openAna(app: KallelseApp) {
  const page = await app.open();
  await app.backend.services.packages.importPackage(anaDir);
  await page.getByTestId('meeting-list').getByRole('button').first().click();
  return page;
}

const seqOf = async (page: import('@playwright/test').Page) =>
  Number(await page.getByTestId('pdf-preview').getAttribute('data-seq'));

test('the preview never goes blank: an edit swaps in new pages, keeping scroll position and zoom', async ({ app }) => {
  test.setTimeout(90_000);
  const page = await openAna(app);
  const preview = page.getByTestId('pdf-preview');
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.preview-page[data-page="1"][data-rendered-seq]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('preview-status')).toHaveText('Förhandsvisningen är aktuell.');

  // Selecting an item (its title field) marks its pages and scrolls the preview to the first (Step 4).
  const goTo = page.getByLabel('Gå till');
  const value = (await goTo.locator('option', { hasText: /^12 / }).getAttribute('value'))!;
  const firstOf12 = Number(value);
  const indicator = page.getByTestId('preview-page-indicator');
  await page.getByLabel('Rubrik för ärende 12').click();
  await expect(indicator).toHaveText(new RegExp(`^Sida ${firstOf12} av \\d+$`));
  await expect(page.locator(`.preview-page[data-page="${firstOf12}"]`)).toHaveAttribute('data-marked', 'true');

  // Navigate with the page menu: to the kallelse, then back to the item's first page.
  await goTo.selectOption('1');
  await expect(indicator).toHaveText(/^Sida 1 av \d+$/);
  await goTo.selectOption(value);
  await expect(indicator).toHaveText(new RegExp(`^Sida ${firstOf12} av \\d+$`));
  await expect(page.locator(`.preview-page[data-page="${firstOf12}"][data-rendered-seq]`)).toBeVisible();

  // Zoom in: pages get wider; the same page stays at the top.
  const width = async () => (await page.locator('.preview-page[data-page="1"]').boundingBox())!.width;
  const fit = await width();
  await page.getByRole('button', { name: 'Förstora' }).click();
  await expect(page.getByTestId('preview-zoom')).toHaveText('125 %');
  expect(await width()).toBeGreaterThan(fit * 1.2);
  await expect(page.getByTestId('preview-page-indicator')).toHaveText(new RegExp(`^Sida ${firstOf12} av`));

  // Watch for a page picture ever being removed without a new one in its place.
  await page.evaluate(() => {
    const w = window as unknown as { __blanks: number };
    w.__blanks = 0;
    new MutationObserver((records) => {
      for (const r of records) if (r.removedNodes.length > 0 && r.addedNodes.length === 0) w.__blanks++;
    }).observe(document.querySelector('.preview-pages')!, { childList: true, subtree: true });
  });
  // Editing the selected item re-renders in place: the reader stays where they were.
  const scrollTop = await page.locator('.preview-scroll').evaluate((el) => el.scrollTop);
  const before = await seqOf(page);
  const title = page.getByLabel('Rubrik för ärende 12');
  await title.fill(`${await title.inputValue()} (reviderad)`);
  await title.press('Enter');
  await expect.poll(() => seqOf(page), { timeout: 30_000 }).toBeGreaterThan(before);
  await expect(
    page.locator(`.preview-page[data-page="${firstOf12}"][data-rendered-seq="${before + 1}"]`),
  ).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __blanks: number }).__blanks)).toBe(0);
  expect(Math.abs((await page.locator('.preview-scroll').evaluate((el) => el.scrollTop)) - scrollTop)).toBeLessThan(2);
  await expect(page.getByTestId('preview-zoom')).toHaveText('125 %');
  await page.screenshot({ path: 'test-results/screenshots/preview-zoomed.png' });

  await page.getByRole('button', { name: 'Anpassa till bredd' }).click();
  await expect(page.getByTestId('preview-zoom')).toHaveText('100 %');
  expect(Math.abs((await width()) - fit)).toBeLessThan(2);
});

test('a settings change reaches the open preview', async ({ app }) => {
  test.setTimeout(90_000);
  const page = await openAna(app);
  await expect(page.locator('.preview-page[data-page="1"][data-rendered-seq]')).toBeVisible({ timeout: 30_000 });
  const before = await seqOf(page);
  // As the settings view would: through IPC, whose handler announces data:changed.
  const r = await app.backend.dispatch('settings:set', { pageNumberStyle: 'sida-n-av-N' });
  expect(r.ok).toBe(true);
  await expect.poll(() => seqOf(page), { timeout: 30_000 }).toBeGreaterThan(before);
  await expect(page.getByTestId('preview-status')).toHaveText('Förhandsvisningen är aktuell.');
});

test('after a title edit only the changed pages are drawn again; the others keep their picture', async ({ app }) => {
  test.setTimeout(90_000);
  const page = await openAna(app);
  // Page 3 is the first bilaga page; pages 1–2 are the kallelse with the agenda.
  await expect(page.locator('.preview-page[data-page="3"][data-rendered-seq]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.preview-page[data-page="1"][data-rendered-seq]')).toBeVisible();
  await page.evaluate(() => {
    for (const n of [1, 3]) {
      const canvas = document.querySelector(`.preview-page[data-page="${n}"] canvas`) as HTMLCanvasElement & {
        __before?: boolean;
      };
      canvas.__before = true;
    }
  });
  const before = await seqOf(page);
  const title = page.getByLabel('Rubrik för ärende 9');
  await title.fill(`${await title.inputValue()} (reviderad)`);
  await title.press('Enter');
  await expect(page.locator(`.preview-page[data-page="1"][data-rendered-seq="${before + 1}"]`)).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator(`.preview-page[data-page="3"][data-rendered-seq="${before + 1}"]`)).toBeVisible();
  // pdf.js draws the glyphs itself (disableFontFace): a web font added per document would make
  // the browser lay out the whole window again before the new page can show (tens of ms each).
  expect(await page.evaluate(() => document.fonts.size)).toBe(0);
  const kept = await page.evaluate(() =>
    [1, 3].map(
      (n) =>
        (document.querySelector(`.preview-page[data-page="${n}"] canvas`) as HTMLCanvasElement & { __before?: boolean })
          .__before === true,
    ),
  );
  expect(kept).toEqual([false, true]); // page 1 has a new picture; the bilaga page kept its own
  await expect(page.getByTestId('preview-status')).toHaveText('Förhandsvisningen är aktuell.');
});
