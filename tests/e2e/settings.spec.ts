import { solidPng } from '../helpers/testPdfs';
import { expect, test } from './fixtures';

test('settings: organisation, defaults, page numbers and logo are saved where the app reads them', async ({ app }) => {
  const page = await app.open();
  await page.getByRole('button', { name: 'Inställningar' }).click();
  const view = page.getByTestId('settings-view');
  await view.getByLabel('Namn', { exact: true }).fill('Region Jönköpings län');
  await view.getByLabel('Prefix för diarienummer (t.ex. RJL)').fill('RJL');
  await view.getByLabel('Standardplats').fill('Regionens hus, sal A');
  await view.getByLabel('Standardplats').blur();
  await view.getByLabel('Sidnummer').selectOption('sida-n-av-N');
  await view.getByLabel('Högerkolumn i föredragningslistan').selectOption('dnr');
  await expect
    .poll(() => app.backend.services.settings.get())
    .toMatchObject({
      organisation: { name: 'Region Jönköpings län', dnrPrefix: 'RJL' },
      defaultPlace: 'Regionens hus, sal A',
      pageNumberStyle: 'sida-n-av-N',
      defaultAgendaColumn: 'dnr',
    });

  await view
    .locator('input[type=file]')
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(solidPng(120, 40)) });
  await expect(page.getByRole('status').filter({ hasText: 'Logotypen sparades.' })).toBeVisible();
  expect(app.backend.services.settings.get().organisation.logoSha256).toMatch(/^[0-9a-f]{64}$/);

  await view
    .locator('input[type=file]')
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('ingen bild') });
  await expect(page.getByRole('alert')).toContainText('PNG');
  await page.screenshot({ path: 'test-results/screenshots/settings.png' });
});
