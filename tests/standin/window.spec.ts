import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CONTENT_SECURITY_POLICY } from '../../electron/csp';
import { openDatabase } from '../../electron/db/database';
import { channels } from '../../shared/ipc/contract';
import { expect, test } from './fixtures';

type Api = Record<string, (input?: unknown) => Promise<unknown>>;

test('the window is hardened and its page comes from the app:// handler with the CSP header', async ({ launch }) => {
  const app = launch();
  const page = await app.window();
  await expect(page).toHaveTitle('Kallelse');
  const state = await app.state();
  expect(state.sandboxEnabled).toBe(true);
  expect(state.privilegedSchemes).toEqual([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  expect(state.webPreferences[0]).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
  });
  // Headers as Chromium received them from main's protocol handler.
  const answers = await page.evaluate(async () => {
    const get = await fetch(location.href);
    const post = await fetch(location.href, { method: 'POST', body: 'x' });
    const missing = await fetch(`${location.origin}/finns-inte.js`);
    return {
      csp: get.headers.get('content-security-policy'),
      nosniff: get.headers.get('x-content-type-options'),
      post: post.status,
      missing: missing.status,
    };
  });
  expect(answers).toEqual({ csp: CONTENT_SECURITY_POLICY, nosniff: 'nosniff', post: 403, missing: 404 });
});

test('window.api from the built preload reaches main: app info, the example meeting and its preview', async ({
  launch,
}) => {
  const app = launch();
  const page = await app.window();
  const shape = await page.evaluate(() => {
    const api = (window as unknown as { api: Api }).api;
    try {
      (window as unknown as { api: unknown }).api = {};
    } catch {}
    return {
      keys: Object.keys(api),
      frozen: Object.isFrozen(api),
      same: (window as unknown as { api: Api }).api === api,
    };
  });
  expect(shape.keys.sort()).toEqual([...channels, 'on'].sort());
  expect(shape).toMatchObject({ frozen: true, same: true });
  const info = await page.evaluate(() => (window as unknown as { api: Api }).api['app:info']!());
  expect(info).toEqual({
    ok: true,
    value: expect.objectContaining({ runtime: 'electron', dataDir: app.dataDir, version: expect.any(String) }),
  });
  await expect(page.getByText(app.dataDir)).toBeVisible();

  await page.getByRole('button', { name: 'Öppna exempelmötet' }).click();
  await expect(page.getByTestId('meeting-view')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('meeting-list').getByRole('button')).toHaveCount(1);
  await expect(page.getByTestId('pdf-preview')).toBeVisible({ timeout: 30_000 });
  expect(Number(await page.getByTestId('pdf-preview').getAttribute('data-page-count'))).toBeGreaterThan(1);
  // main pushed data:changed through webContents.send; the list above refreshed on it.
  expect(fs.existsSync(path.join(app.dataDir, 'kallelse.sqlite'))).toBe(true);
  await page.screenshot({ path: 'test-results/screenshots/standin-meeting.png' });
});

test('an IPC call from a foreign frame is refused by the real sender check', async ({ launch }) => {
  const app = launch();
  const page = await app.window();
  await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>främmande</p>';
    document.body.appendChild(frame);
    await new Promise((r) => frame.addEventListener('load', r));
  });
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame).toBeDefined();
  // What a compromised subframe could send: a raw invoke on a contract channel.
  const raw = (channel: string) =>
    (window as unknown as { __electronIpcInvoke: (c: string, a: unknown[]) => Promise<unknown> }).__electronIpcInvoke(
      channel,
      [],
    );
  const fromFrame = await frame!.evaluate(raw, 'app:info');
  expect(fromFrame).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('avvisades') } });
  // The same call from the window's own top frame is answered.
  expect(await page.evaluate(raw, 'app:info')).toMatchObject({ ok: true });
});

test('window.open and navigation are denied by main; web links go to the system browser', async ({ launch }) => {
  const app = launch();
  const page = await app.window();
  const start = page.url();
  await page.evaluate(() => window.open('https://example.org/nytt-fonster'));
  await expect.poll(async () => (await app.state()).deniedWindows.length).toBe(1);
  await page.evaluate(() => window.open('http://example.org/http'));
  await expect.poll(async () => (await app.state()).deniedWindows.length).toBe(2);
  await page.evaluate(() => {
    location.href = 'https://example.org/navigering';
  });
  await expect.poll(async () => (await app.state()).preventedNavigations).toEqual(['https://example.org/navigering']);
  const state = await app.state();
  expect(state.deniedWindows).toEqual(['https://example.org/nytt-fonster', 'http://example.org/http']);
  expect(state.openedWindows).toEqual([]);
  // Web links are handed to the system browser instead.
  expect(state.openedExternal).toEqual([
    'https://example.org/nytt-fonster',
    'http://example.org/http',
    'https://example.org/navigering',
  ]);
  expect(page.url()).toBe(start);
  await expect(page.locator('[data-app-state="loaded"]')).toBeVisible();
  expect(await app.call('permission', { permission: 'media' })).toBe(false);
  expect(await app.call('permissionCheck', { permission: 'clipboard-read' })).toBe(false);
});

test('a database from a newer Kallelse shows the error box, exits non-zero and is left untouched', async ({
  launch,
}) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-standin-'));
  const file = path.join(dataDir, 'kallelse.sqlite');
  openDatabase(file).db.close();
  const raw = new Database(file);
  raw.pragma('user_version = 99');
  raw.pragma('journal_mode = DELETE');
  raw.close();
  const hash = () => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  const before = hash();

  const app = launch({ dataDir });
  expect(await app.exited).toBe(1);
  const box = app.messages.find((m) => m.type === 'error-box');
  expect(box).toEqual({
    type: 'error-box',
    title: 'Kallelse kan inte starta',
    content: expect.stringMatching(/nyare version av Kallelse.*Uppdatera Kallelse/),
  });
  expect(app.messages.some((m) => m.type === 'window')).toBe(false);
  expect(hash()).toBe(before);
});
