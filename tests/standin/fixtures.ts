import fs from 'node:fs';
import { test as base } from '@playwright/test';
import { type LaunchOptions, StandinApp } from './launch';

/**
 * `launch(options)` starts the built main process under the stand-in Electron; every app a test
 * launched is quit (or killed) and its data folder removed afterwards.
 */
export const test = base.extend<{ launch: (options?: LaunchOptions) => StandinApp }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  launch: async ({}, use) => {
    const apps: StandinApp[] = [];
    await use((options) => {
      const app = new StandinApp(options);
      apps.push(app);
      return app;
    });
    await Promise.all(apps.map((app) => app.close()));
    for (const dir of new Set(apps.map((a) => a.dataDir))) fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
