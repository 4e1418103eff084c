import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sampleDir } from '../helpers/packages';
import { expect, test } from './fixtures';

test.use({ actionTimeout: 20_000 });

/** Serious and critical axe violations on the page as it is now, as readable lines. */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('no serious or critical accessibility violations on the screens of the agenda builder', async ({ app }) => {
  test.setTimeout(240_000);
  const page = await app.open();
  expect(await violations(page), 'start screen').toEqual([]);

  await app.backend.services.packages.importPackage(sampleDir('minimal'));
  await page.getByRole('button', { name: 'Nytt sammanträde…' }).click();
  const form = page.getByTestId('new-meeting');
  await form.getByRole('button', { name: 'Skapa sammanträdet' }).click();
  await expect(form.locator('.field-error').first()).toBeVisible();
  expect(await violations(page), 'new meeting form with errors').toEqual([]);

  await form.getByLabel('Datum').fill('2030-05-14');
  await form.getByLabel('Starttid').fill('13:00');
  await form.getByLabel('Plats').fill('Sal A');
  await form.getByRole('button', { name: 'Skapa sammanträdet' }).click();
  const view = page.getByTestId('meeting-view');
  await expect(view.locator('.agenda-item')).toHaveCount(9);
  expect(await violations(page), 'meeting view').toEqual([]);

  await view.getByRole('button', { name: 'Ta bort avsnitt 2' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page), 'question dialog').toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();

  await page.getByRole('button', { name: 'Standarddagordning…' }).click();
  await expect(page.getByTestId('template-editor')).toBeVisible();
  expect(await violations(page), 'template editor').toEqual([]);

  await page.getByRole('button', { name: 'Inställningar' }).click();
  expect(await violations(page), 'settings').toEqual([]);

  await page.getByRole('button', { name: 'Dölj navigeringen' }).click();
  expect(await violations(page), 'collapsed navigation').toEqual([]);
  fs.mkdirSync('/tmp/shots-step3-agenda', { recursive: true });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: '/tmp/shots-step3-agenda/settings-collapsed-1024x768.png' });
});
