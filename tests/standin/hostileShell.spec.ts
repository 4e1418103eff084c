import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

/**
 * Finding 12 of issue 16, on the built main process: a packaged app ignores ELECTRON_RENDERER_URL
 * (it loaded any URL and trusted it for IPC); a second instance that lost the single-instance
 * lock stops before opening any database; a folder under app://kallelse/ is answered 404. The
 * fuses are checked in tests/unit/packagingFuses.test.ts (no Electron binary here to flip them).
 */
test('a packaged app ignores ELECTRON_RENDERER_URL and loads its own page', async ({ launch }) => {
  const app = launch({ env: { KALLELSE_STANDIN_PACKAGED: '1', ELECTRON_RENDERER_URL: 'http://127.0.0.1:9/ond.html' } });
  const page = await app.window();
  const loaded = app.messages.find((m) => m.type === 'window');
  expect(loaded && 'url' in loaded ? loaded.url : '').not.toContain('127.0.0.1');
  expect(await page.evaluate(() => typeof (window as unknown as { api?: unknown }).api)).toBe('object');
});

test('folders under app://kallelse/ are answered 404, files still served', async ({ launch }) => {
  const app = launch();
  const page = await app.window();
  const statuses = await page.evaluate(async () => {
    const status = async (p: string) => (await fetch(`${location.origin}${p}`)).status;
    return { assets: await status('/assets/'), bare: await status('/assets'), root: await status('/index.html') };
  });
  expect(statuses).toEqual({ assets: 404, bare: 404, root: 200 });
});

test('a second instance that lost the single-instance lock opens no database', async ({ launch }) => {
  const first = launch();
  await first.window();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-second-'));
  const db = path.join(dir, 'andra.sqlite');
  const second = launch({ dataDir: first.dataDir, args: [`--db=${db}`] });
  expect(await second.exited).toBe(0);
  expect(fs.existsSync(db), second.log()).toBe(false);
  expect(second.messages.some((m) => m.type === 'window')).toBe(false);
  fs.rmSync(dir, { recursive: true, force: true });
});
