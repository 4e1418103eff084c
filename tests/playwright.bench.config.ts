import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run bench` only: the harness measurements in tests/e2e/bench (not part of npm test). */
export default defineConfig({
  ...base,
  testDir: './e2e/bench',
  testMatch: '**/*.bench.ts',
  outputDir: '../test-results/bench',
  fullyParallel: false,
  workers: 1,
  timeout: 600_000,
  // No Playwright trace: its recorder snapshots the whole DOM around every page.evaluate the
  // harness uses to deliver backend events, costing the page 10–30 ms a time that the app never spends.
  use: { ...base.use, trace: 'off' },
  reporter: [['list']],
});
