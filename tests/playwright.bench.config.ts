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
  reporter: [['list']],
});
