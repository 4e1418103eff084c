import { sampleDir } from '../helpers/packages';
import { expect, test } from './fixtures';

test('a new meeting for a committee in the register, with items added, renamed, removed and restored', async ({
  app,
}) => {
  const page = await app.open();
  // Without a committee the form explains where committees come from.
  await page.getByRole('button', { name: 'Nytt sammanträde…' }).click();
  await expect(page.getByTestId('new-meeting')).toContainText('Det finns ännu ingen nämnd i registret');

  await app.backend.services.packages.importPackage(sampleDir('minimal'));
  await page.getByRole('button', { name: 'Tillbaka' }).click();
  await page.getByRole('button', { name: 'Nytt sammanträde…' }).click();
  const form = page.getByTestId('new-meeting');
  await form.getByRole('combobox', { name: 'Nämnd' }).selectOption({ label: 'Exempelnämnden' });
  await form.getByLabel('Datum').fill('2024-04-17');
  await form.getByLabel('Starttid').fill('13:00');
  await form.getByLabel('Sluttid').fill('12:00');
  await form.getByLabel('Plats').fill('Exempelhuset, sal 2');
  await form.getByLabel('Tom lista').check();
  await form.getByRole('button', { name: 'Skapa sammanträdet' }).click();
  await expect(form.locator('.field-error')).toHaveText('Sluttiden 12:00 måste vara senare än starttiden 13:00.');
  expect(app.backend.services.meetings.list({})).toHaveLength(1);

  await form.getByLabel('Sluttid').fill('15:00');
  await form.getByRole('button', { name: 'Skapa sammanträdet' }).click();
  const view = page.getByTestId('meeting-view');
  await expect(view.getByRole('heading', { name: 'Exempelnämnden' })).toBeVisible();
  await expect(page.getByTestId('meeting-list').getByRole('button')).toHaveCount(2);

  // Add two items: the new title is focused and selected, so typing replaces it.
  await view.getByRole('button', { name: '+ Lägg till ärende' }).click();
  await page.keyboard.type('Val av protokollsjusterare');
  await page.keyboard.press('Enter');
  await view.getByRole('button', { name: '+ Lägg till ärende' }).click();
  await page.keyboard.type('Budget 2025 – förslag');
  await page.keyboard.press('Enter');
  const created = app.backend.services.meetings.list({}).find((m) => m.date === '2024-04-17')!;
  await expect
    .poll(() => app.backend.services.meetings.get(created.id).sections[0]!.items.map((i) => `${i.number} ${i.title}`))
    .toEqual(['1 Val av protokollsjusterare', '2 Budget 2025 – förslag']);

  // The preview renders the new kallelse.
  await expect(page.getByTestId('preview-summary')).toHaveText('1 sida, varav 1 kallelsesida', { timeout: 20_000 });

  // Remove item 1, then undo: it comes back in its place with its title.
  await view.getByRole('button', { name: 'Ta bort ärende 1' }).click();
  await expect(view.getByLabel('Rubrik för ärende 1')).toHaveValue('Budget 2025 – förslag');
  await page.getByRole('button', { name: 'Ångra ta bort ärende' }).click();
  await expect(view.getByLabel('Rubrik för ärende 1')).toHaveValue('Val av protokollsjusterare');
  await expect(view.getByLabel('Rubrik för ärende 2')).toHaveValue('Budget 2025 – förslag');
  // Once the edits settle, the preview is re-rendered with both items.
  await expect(page.locator('[data-preview-state="ready"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('pdf-preview')).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(page.locator('[data-preview-state="ready"]')).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: 'test-results/screenshots/new-meeting.png' });
});
