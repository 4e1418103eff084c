import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ScriptedDialogs } from '../../electron/services/dialogs';
import { buildStressPackage } from '../../scripts/stress-package.mjs';
import { sampleDir } from '../helpers/packages';
import { expect, type KallelseApp, test } from './fixtures';

/**
 * Export progress with *Avbryt* (issue 17): the box shows once an export has rendered for a
 * second. A package large enough that its export takes many seconds (the bench's stress package
 * with 160 decision items, about 3 100 pages) keeps it on screen for seconds after it appears;
 * nothing here is mocked or timed.
 */
const shots = '/tmp/shots-s4-rss';

const dialogsOf = (app: KallelseApp) => app.backend.services.dialogs as ScriptedDialogs;

/** Imports the large package through the backend, opens it, and waits until its preview is up to date. */
async function openLarge(app: KallelseApp) {
  const dir = await buildStressPackage(sampleDir('ana-2022-02-23'), path.join(app.dataDir, 'stor'), {
    decisionItems: 160,
  });
  const page = await app.open();
  await app.backend.services.packages.importPackage(dir);
  await page.getByTestId('meeting-list').getByRole('button').first().click();
  await expect(page.getByTestId('preview-status')).toHaveText('Förhandsvisningen är aktuell.', { timeout: 120_000 });
  // The window has drawn the first page: it is no longer busy loading the preview.
  await expect(page.locator('.preview-page[data-page="1"][data-rendered-seq]')).toBeVisible({ timeout: 60_000 });
  return page;
}

interface BoxState {
  role: string | null;
  text: string;
  bar: boolean;
  button: string | null;
}

/**
 * Notes each state of the progress box in the window as it changes. Polling from the test can
 * miss a box that shows for under a second (expect polls once a second after its first tries),
 * and then it waits for a box that has already gone.
 */
async function recordBox(page: Page) {
  await page.evaluate(() => {
    const seen: BoxState[] = [];
    (window as unknown as { boxSeen: BoxState[] }).boxSeen = seen;
    const look = () => {
      const box = document.querySelector('[data-testid="export-progress"]');
      if (!box) return;
      const state = {
        role: box.getAttribute('role'),
        text: box.querySelector('span')?.textContent ?? '',
        bar: box.querySelector('progress') !== null,
        button: box.querySelector('button')?.textContent ?? null,
      };
      if (JSON.stringify(seen.at(-1)) !== JSON.stringify(state)) seen.push(state);
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const pagesOf = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

test('a long export shows what it is doing and how far it has come, then the box goes', async ({ app }) => {
  test.setTimeout(240_000);
  const page = await openLarge(app);
  const folder = path.join(app.dataDir, 'export');
  fs.mkdirSync(folder, { recursive: true });
  const box = page.getByTestId('export-progress');
  // At each window size: export; the box shows (a picture of it for the eye), then goes when the
  // file is saved; every state it was in is checked afterwards.
  for (const [width, height] of [
    [1024, 768],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    const target = path.join(folder, `stor-kallelse-${width}.pdf`);
    dialogsOf(app).answerNext(target);
    await recordBox(page);
    await page.getByRole('button', { name: 'Exportera PDF…' }).click();
    // A picture while it shows, for the eye (it may show for under a second on a fast machine).
    await box.waitFor({ timeout: 60_000 });
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, `export-progress-${width}x${height}.png`) }).catch(() => {});
    await expect(page.getByRole('status').filter({ hasText: 'Kallelsen sparades' })).toBeVisible({
      timeout: 120_000,
    });
    await expect(box).toHaveCount(0);
    // Every state the box was in: a stage in Swedish and how many steps of how many (or … for
    // a stage of one step), a progress bar, and the button that stops the export.
    const seen = await page.evaluate(() => (window as unknown as { boxSeen: BoxState[] }).boxSeen);
    expect(seen.length).toBeGreaterThan(0);
    for (const state of seen) {
      expect(state).toEqual({
        role: 'status',
        text: expect.stringMatching(
          /^Exporterar PDF:\s(Läser bilagor|Sidbryter|Skapar sidor|Fogar samman och numrerar sidor|Klar)( \(\d+ av \d+\)| …)$/,
        ),
        bar: true,
        button: 'Avbryt exporten',
      });
    }
    expect(pagesOf(target)).toBeGreaterThan(3000);
    await page
      .getByRole('status')
      .filter({ hasText: 'Kallelsen sparades' })
      .getByRole('button', { name: 'Stäng' })
      .click();
  }
});

test('Avbryt stops the export: the box goes, a Swedish notice says so, the old file is untouched, and the next export works', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const page = await openLarge(app);
  const folder = path.join(app.dataDir, 'export');
  const target = path.join(folder, 'stor-kallelse.pdf');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(target, 'den förra exporten');

  dialogsOf(app).answerNext(target);
  await page.getByRole('button', { name: 'Exportera PDF…' }).click();
  const box = page.getByTestId('export-progress');
  // Clicked as soon as the box shows (a second into the export; the export takes several).
  await box.getByRole('button', { name: 'Avbryt exporten' }).click({ timeout: 60_000 });

  await expect(page.getByRole('status').filter({ hasText: 'Exporten avbröts. Ingen fil skrevs.' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(box).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Kallelsen sparades' })).toHaveCount(0);
  // Nothing written: the old file as it was, no temp file beside it.
  expect(fs.readFileSync(target, 'utf8')).toBe('den förra exporten');
  expect(fs.readdirSync(folder)).toEqual(['stor-kallelse.pdf']);

  // The next export runs to the end and replaces the old file.
  dialogsOf(app).answerNext(target);
  await page.getByRole('button', { name: 'Exportera PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kallelsen sparades' })).toBeVisible({ timeout: 120_000 });
  expect(pagesOf(target)).toBeGreaterThan(3000);
  expect(fs.readdirSync(folder)).toEqual(['stor-kallelse.pdf']);
});
