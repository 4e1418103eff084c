import { describe, expect, it } from 'vitest';
import { withBuiltCli } from '../helpers/builtCli';

const { run } = withBuiltCli({ temp: 'none' });

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
