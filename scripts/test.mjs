// The whole gate behind `npm test`: typecheck, lint, build, unit + integration (vitest),
// e2e (Playwright in Debian's Chromium), the built main process under a stand-in Electron
// (tests/standin) and, where an Electron binary exists, Electron smoke tests. Ends with one plain line `Tests: N passed, N failed[, N skipped]` summed over all
// runners (typecheck, lint and build count as one check each). Exit code 1 if anything failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findElectron } from './electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-test-report-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, cmd, args, env = {}) {
  process.stdout.write(`\n━━ ${label} ━━\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function gate(label, cmd, args) {
  const ok = run(label, cmd, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${label}: ${ok ? 'ok' : 'MISSLYCKADES'}`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

gate('Typkontroll (tsc -b)', bin('tsc'), ['-b']);
gate('Lint (biome)', bin('biome'), ['check', '.']);
const built = gate('Bygge (electron-vite + cli)', 'npm', ['run', '--silent', 'build']);

// Vitest: unit + integration.
{
  const out = path.join(reports, 'vitest.json');
  const ok = run('Enhets- och integrationstester (vitest)', bin('vitest'), [
    'run',
    '-c',
    'tests/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  const json = readJson(out);
  if (json) {
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
    lines.push(`vitest: ${json.numPassedTests} godkända, ${json.numFailedTests} underkända`);
    if (!ok && json.numFailedTests === 0) {
      totals.failed += 1; // e.g. a file failed to load: count it rather than hide it
      lines.push('vitest: körningen misslyckades utanför testerna');
    }
  } else {
    totals.failed += 1;
    lines.push('vitest: ingen rapport (körningen kraschade)');
  }
}

function playwright(label, config, key) {
  const out = path.join(reports, `${key}.json`);
  const ok = run(label, bin('playwright'), ['test', '-c', config], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const json = readJson(out);
  if (json?.stats) {
    const { expected, unexpected, flaky, skipped } = json.stats;
    totals.passed += expected;
    totals.failed += unexpected + flaky;
    totals.skipped += skipped;
    lines.push(`${key}: ${expected} godkända, ${unexpected + flaky} underkända, ${skipped} överhoppade`);
    if (!ok && unexpected + flaky === 0) {
      totals.failed += 1;
      lines.push(`${key}: körningen misslyckades utanför testerna`);
    }
  } else {
    totals.failed += 1;
    lines.push(`${key}: ingen rapport (körningen kraschade)`);
  }
}

if (built) {
  playwright('E2E i Chromium (Playwright)', 'tests/playwright.config.ts', 'e2e');
  // The built main process under the stand-in Electron (tests/standin): no Electron binary needed.
  playwright('Huvudprocessen med ersättnings-Electron (Playwright)', 'tests/playwright.standin.config.ts', 'standin');
} else {
  totals.failed += 2;
  lines.push('e2e och standin: kördes inte eftersom bygget misslyckades');
}

// Electron smoke tests: only where the binary exists. Never counted as passed otherwise.
{
  const found = findElectron(root);
  const reason = found.reason ?? null;
  if (reason || !built) {
    const why = reason ?? 'bygget misslyckades';
    // Count the smoke tests that did not run, so the summary shows them as skipped.
    const specs = fs.readdirSync(path.join(root, 'tests/electron')).filter((f) => f.endsWith('.spec.ts'));
    const notRun = specs
      .map((f) => (fs.readFileSync(path.join(root, 'tests/electron', f), 'utf8').match(/^test\(/gm) ?? []).length)
      .reduce((a, b) => a + b, 0);
    totals.skipped += notRun;
    process.stdout.write(`\n━━ Electron-röktester ━━\nElectron-röktester överhoppade (${notRun}): ${why}.\n`);
    lines.push(`electron: ${notRun} överhoppade — ${why}`);
  } else {
    playwright('Electron-röktester (Playwright _electron)', 'tests/playwright.electron.config.ts', 'electron');
  }
}

fs.rmSync(reports, { recursive: true, force: true });
process.stdout.write(`\n━━ Sammanfattning ━━\n${lines.join('\n')}\n`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
process.stdout.write(`Tests: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
process.exitCode = totals.failed > 0 ? 1 : 0;
