import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectron } from '../../scripts/electron-binary.mjs';

const found = findElectron();
const root = path.resolve(import.meta.dirname, '../..');

test.skip('reason' in found, 'reason' in found ? found.reason : '');

test('the Electron window opens with the Swedish shell and app:info answers', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-electron-'));
  const app = await electron.launch({
    executablePath: 'path' in found ? found.path : undefined,
    args: [path.join(root, 'out/main/main.js')],
    env: { ...process.env, KALLELSE_DATA_DIR: dataDir },
  });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle('Kallelse');
    await window.locator('[data-app-state="loaded"]').waitFor();
    const info = await window.evaluate(() =>
      (window as unknown as { api: Record<string, () => Promise<unknown>> }).api['app:info']!(),
    );
    expect(info).toMatchObject({ ok: true, value: { runtime: 'electron', dataDir } });
    const sandboxed = await window.evaluate(
      () => typeof (globalThis as Record<string, unknown>).require === 'undefined',
    );
    expect(sandboxed).toBe(true);
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
