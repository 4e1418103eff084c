import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Finding 12 of issue 16: the packaging config had no Electron fuses, so the shipped binary could
 * be run as plain Node (ELECTRON_RUN_AS_NODE), take NODE_OPTIONS or --inspect, or load another
 * app. electron-builder flips them at packaging time from `electronFuses`.
 */
const yml = fs.readFileSync(path.resolve(import.meta.dirname, '../../electron-builder.yml'), 'utf8');

/** The `electronFuses:` block as key → value (flat YAML, two-space indent). */
function fuses(): Record<string, string> {
  const block = /^electronFuses:\n((?: {2}\w+: \w+(?: *#.*)?\n)+)/m.exec(yml)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/^ {2}(\w+): (\w+)/gm)].map((m) => [m[1], m[2]]));
}

describe('Electron fuses in electron-builder.yml', () => {
  it('no RunAsNode, no NODE_OPTIONS, no inspect; asar integrity checked and the only app loaded', () => {
    expect(fuses()).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
    });
    expect(yml).toMatch(/^asar: true$/m);
  });
});
