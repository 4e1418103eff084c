import { defineConfig } from '@playwright/test';

/** Electron smoke tests: run only where an Electron binary exists (scripts/test.mjs decides). */
export default defineConfig({
  testDir: './electron',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results/electron',
  workers: 1,
  timeout: 60_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
});
