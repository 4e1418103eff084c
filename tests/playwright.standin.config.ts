import { defineConfig } from '@playwright/test';

/**
 * The real main process (built out/main/main.js) under the stand-in Electron of tests/standin:
 * each test starts its own main process, which opens Debian Chromium; the test attaches over CDP.
 */
export default defineConfig({
  testDir: './standin',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results/standin',
  fullyParallel: true,
  // Each test is a Node main process plus a Chromium: keep it to two at a time.
  workers: 2,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
});
