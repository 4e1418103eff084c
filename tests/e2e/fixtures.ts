import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { buildSync } from 'esbuild';
import { type Backend, createBackend } from '../../electron/backend';
import { eventNames } from '../../shared/ipc/events';
import { serveRenderer } from './harness/staticServer';

const root = path.resolve(import.meta.dirname, '../..');
const rendererDir = path.join(root, 'out/renderer');

let shimSource: string | undefined;
/** The preload shim, bundled once per worker from the same shared/ipc code the preload uses. */
function preloadShim(): string {
  shimSource ??= buildSync({
    entryPoints: [path.join(import.meta.dirname, 'harness/preloadShim.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
  }).outputFiles[0]!.text;
  return shimSource;
}

export interface KallelseApp {
  backend: Backend;
  dataDir: string;
  origin: string;
  /** Loads the renderer and waits until it has talked to the backend. */
  open: () => Promise<Page>;
  /** IPC calls the harness refused because they came from a foreign frame or origin. */
  refusedSenders: string[];
}

/**
 * Per test: a temp data folder, the real backend, the built renderer served on loopback,
 * and window.api wired through page.exposeBinding with a sender check like main's.
 */
export const test = base.extend<{ app: KallelseApp; readOnlyData: boolean }>({
  /**
   * `test.use({ readOnlyData: true })`: the data folder holds the minimal sample and opens
   * read-only, as one the user cannot write (root, which runs these tests, ignores file modes).
   */
  readOnlyData: [false, { option: true }],
  app: async ({ page, readOnlyData }, use) => {
    if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
      throw new Error('Renderern är inte byggd: kör npx electron-vite build (npm test gör det).');
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-e2e-'));
    if (readOnlyData) {
      const seed = createBackend({ dataDir, runtime: 'node', version: '0.0.0-e2e' });
      await seed.services.packages.importPackage(path.join(root, 'tests/fixtures/samples/minimal'));
      seed.close();
    }
    const backend = createBackend({ dataDir, runtime: 'node', version: '0.0.0-e2e', readOnly: readOnlyData });
    const server = await serveRenderer(rendererDir);
    const refusedSenders: string[] = [];

    await page.exposeBinding('__kallelseIpc', async (source, channel: unknown, input: unknown) => {
      const frameUrl = source.frame.url();
      if (source.frame !== source.page.mainFrame() || new URL(frameUrl).origin !== server.origin) {
        refusedSenders.push(frameUrl);
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Anropet kom inte från Kallelses eget fönster och avvisades.' },
        };
      }
      return backend.dispatch(String(channel), input);
    });
    await page.addInitScript({ content: preloadShim() });
    // Events go out on the server's event stream at once, like webContents.send (staticServer.ts).
    const unsubscribe = eventNames.map((name) => backend.events.on(name, (payload) => server.send(name, payload)));

    const app: KallelseApp = {
      backend,
      dataDir,
      origin: server.origin,
      refusedSenders,
      open: async () => {
        await page.goto(`${server.origin}/index.html`);
        await page.locator('[data-app-state="loaded"]').waitFor();
        await server.listening(); // events the test causes from here on reach the window
        return page;
      },
    };
    await use(app);
    for (const u of unsubscribe) u();
    // Close the page first, so no IPC call from it reaches the backend after it is closed.
    await page.close();
    await server.close();
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
