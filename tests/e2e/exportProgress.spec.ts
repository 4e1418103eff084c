import fs from 'node:fs';
import path from 'node:path';
import type { ScriptedDialogs } from '../../electron/services/dialogs';
import { writeStressPackage } from '../helpers/stressPackage';
import { expect, test } from './fixtures';

/**
 * A long export (the ~1,200-page stress package) shows its progress with a cancel button after
 * a second; Avbryt stops it and no file is written. Waits are for what the user sees (roles,
 * texts), with room for a loaded machine; nothing here is timed.
 */
test('a long export shows its progress, and Avbryt stops it without writing a file', async ({ app }) => {
  test.setTimeout(300_000);
  const stress = await writeStressPackage(app.dataDir);
  const page = await app.open();
  await app.backend.services.packages.importPackage(stress);
  await page.getByTestId('meeting-list').getByRole('button').first().click();
  await expect(page.getByTestId('pdf-preview')).toBeVisible({ timeout: 180_000 });

  const target = path.join(app.dataDir, 'export', 'stress.pdf');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  (app.backend.services.dialogs as ScriptedDialogs).answerNext(target);
  // As soon as the progress box appears, note what it shows and press its Avbryt (in the page, so
  // the press does not wait for a round trip from the test while the export runs on).
  await page.evaluate(() => {
    const w = window as unknown as { __seenBox?: { role: string | null; text: string; bar: boolean } };
    const observer = new MutationObserver(() => {
      const box = document.querySelector<HTMLElement>('[data-testid="export-progress"]');
      const button = box?.querySelector('button');
      if (!box || !button) return;
      observer.disconnect();
      w.__seenBox = {
        role: box.getAttribute('role'),
        text: box.textContent ?? '',
        bar: !!box.querySelector('progress'),
      };
      button.click();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Exportera PDF…' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Exporten avbröts. Ingen fil skrevs.' })).toBeVisible({
    timeout: 60_000,
  });
  const seen = await page.evaluate(() => (window as unknown as { __seenBox?: unknown }).__seenBox);
  expect(seen).toMatchObject({ role: 'status', bar: true });
  expect((seen as { text: string }).text).toMatch(/^Exporterar PDF.*Avbryt exporten$/);
  await expect(page.getByTestId('export-progress')).toBeHidden();
  expect(fs.existsSync(target)).toBe(false);
  expect(fs.readdirSync(path.dirname(target))).toEqual([]); // no temp file left beside it either
});
