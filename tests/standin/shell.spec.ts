import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/backend';
import { sampleDir } from '../helpers/packages';
import { expect, test } from './fixtures';
import type { MenuEntry } from './launch';

/** A .kallelse file of the minimal sample, written by the app's own export. */
async function kallelseFile(dir: string, name = 'minimal.kallelse', review = false): Promise<string> {
  const backend = createBackend({
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-src-')),
    runtime: 'node',
    version: '0',
  });
  try {
    const { meetingId } = await backend.services.packages.importPackage(sampleDir('minimal'));
    const target = path.join(dir, name);
    if (review) {
      await backend.services.versions.changeStatus(meetingId, 'granskning');
      await backend.services.review.exportReviewCopy(meetingId, target);
    } else {
      await backend.services.packages.writePackage(meetingId, target);
    }
    return target;
  } finally {
    backend.close();
    fs.rmSync(backend.services.info().dataDir, { recursive: true, force: true });
  }
}

const flat = (entries: MenuEntry[]) =>
  entries.filter((e) => e.type !== 'separator').map((e) => [e.label, e.accelerator, e.enabled] as const);

test('the native menu is in Swedish with the usual shortcuts, and a click runs the command in the renderer', async ({
  launch,
}) => {
  const app = launch();
  const page = await app.window();
  const menu = (await app.state()).menu!;
  expect(menu.map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Möte', 'Hjälp']);
  expect(flat(menu[0]!.submenu!)).toEqual([
    ['Nytt sammanträde…', 'CmdOrCtrl+N', true],
    ['Importera mötespaket…', 'CmdOrCtrl+O', true],
    ['Exportera PDF…', 'CmdOrCtrl+E', true],
    ['Exportera mötespaket…', 'CmdOrCtrl+Shift+E', true],
    ['Skriv ut…', 'CmdOrCtrl+P', true],
    ['Inställningar…', 'CmdOrCtrl+,', true],
    ['Avsluta Kallelse', 'CmdOrCtrl+Q', true],
  ]);
  expect(flat(menu[1]!.submenu!)).toEqual([
    ['Ångra', 'CmdOrCtrl+Z', true],
    ['Gör om', 'CmdOrCtrl+Shift+Z', true],
    ['Klipp ut', 'CmdOrCtrl+X', true],
    ['Kopiera', 'CmdOrCtrl+C', true],
    ['Klistra in', 'CmdOrCtrl+V', true],
    ['Markera allt', 'CmdOrCtrl+A', true],
    ['Sök…', 'CmdOrCtrl+F', true],
  ]);
  expect(menu[2]!.submenu!.map((e) => [e.role, e.accelerator])).toEqual([
    ['zoomIn', 'CmdOrCtrl+Plus'],
    ['zoomOut', 'CmdOrCtrl+-'],
    ['resetZoom', 'CmdOrCtrl+0'],
    [null, null],
    ['togglefullscreen', 'F11'],
  ]);
  expect(flat(menu[4]!.submenu!)).toEqual([['Om Kallelse…', null, true]]);

  await app.call('clickMenu', { id: 'settings:open' });
  await expect(page.getByTestId('settings-view')).toBeVisible();
  await app.call('clickMenu', { id: 'meeting:new' });
  await expect(page.getByTestId('new-meeting')).toBeVisible();
  await app.call('clickMenu', { id: 'pdf:export' });
  await expect(page.locator('.notice-banner')).toContainText('Öppna eller skapa ett sammanträde först.');
  await app.call('clickMenu', { id: 'help:about' });
  await expect(page.locator('.notice-banner')).toContainText('Kallelse 0.1.0');
});

test('the same shortcuts work from the keyboard: settings, new meeting, add item, undo', async ({ launch }) => {
  const app = launch();
  const page = await app.window();
  await page.keyboard.press('Control+,');
  await expect(page.getByTestId('settings-view')).toBeVisible();
  await page.keyboard.press('Control+n');
  await expect(page.getByTestId('new-meeting')).toBeVisible();

  await page.getByRole('button', { name: 'Tillbaka' }).click();
  await page.getByRole('button', { name: 'Öppna exempelmötet' }).click();
  const view = page.getByTestId('meeting-view');
  await expect(view).toBeVisible({ timeout: 20_000 });
  const items = view.locator('.agenda-item');
  const before = await items.count();
  await page.keyboard.press('Control+Shift+N');
  await expect(items).toHaveCount(before + 1);
  // Ctrl+Z outside a field undoes through the store; the added item goes again.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(before);
  await expect(page.locator('.notice-banner')).toContainText('Ångrade: lägga till ärende');
});

test('a .kallelse file on the command line is imported and opened at first start', async ({ launch }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-open-'));
  const file = await kallelseFile(dir);
  const app = launch({ args: [file] });
  const page = await app.window();
  await expect(page.getByTestId('meeting-view')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('meeting-list').getByRole('button')).toHaveCount(1);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a review copy opened from the OS starts the app straight in review mode', async ({ launch }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-open-'));
  const file = await kallelseFile(dir, 'granskning.kallelse', true);
  const app = launch({ args: [file] });
  const page = await app.window();
  await expect(page.getByTestId('review-mode')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('review-item').first()).toBeVisible();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a second instance hands its files to the running app and quits; macOS open-file too', async ({ launch }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-open-'));
  const file = await kallelseFile(dir);
  const first = launch();
  const page = await first.window();
  await expect(page.getByTestId('empty-state')).toBeVisible();

  const second = launch({ dataDir: first.dataDir, args: [path.join(dir, 'trasig.kallelse'), file] });
  expect(await second.exited).toBe(0);
  expect(second.messages.some((m) => m.type === 'window')).toBe(false);
  await expect(page.getByTestId('meeting-view')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('alert')).toContainText('trasig.kallelse kunde inte öppnas');
  await expect(page.getByTestId('meeting-list').getByRole('button')).toHaveCount(1);

  expect(await first.call('openFile', { path: file })).toBe(true);
  await expect(page.getByTestId('meeting-list').getByRole('button')).toHaveCount(2);
  fs.rmSync(dir, { recursive: true, force: true });
});
