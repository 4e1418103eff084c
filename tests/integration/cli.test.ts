import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'out/cli/kallelse.mjs');

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], { cwd: root });
});

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

describe('kallelse command line', () => {
  it('prints Swedish help listing its commands', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Användning: kallelse <kommando>');
    expect(r.stdout).toMatch(/version\s+Skriv ut versionsnumret/);
  });

  it('prints the package version', () => {
    const r = run('version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('fails with one clear line on an unknown command', () => {
    const r = run('tolka');
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim()).toBe('Okänt kommando: tolka. Se kallelse --help.');
  });
});
