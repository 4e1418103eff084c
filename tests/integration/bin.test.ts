import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, withBuiltCli } from '../helpers/builtCli';

/**
 * The `kallelse` command as a user gets it: `npm link` in the project (into a temporary global
 * prefix, so nothing outside the test changes) puts package.json's bin on PATH, and it runs the
 * built command line from any folder.
 */
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const { temp } = withBuiltCli({ tempPrefix: 'kallelse-bin-' });
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  // Our Node first on PATH: the bin's `#!/usr/bin/env node` and npm itself run with it.
  env = {
    ...process.env,
    PATH: `${path.join(temp.dir, 'prefix', 'bin')}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
    npm_config_prefix: path.join(temp.dir, 'prefix'),
    KALLELSE_DATA_DIR: path.join(temp.dir, 'data'),
  };
  execFileSync('npm', ['link', '--no-audit', '--no-fund', '--offline'], { cwd: root, env, stdio: 'pipe' });
}, 120_000);

const kallelse = (...args: string[]) => spawnSync('kallelse', args, { cwd: temp.dir, env, encoding: 'utf8' });

describe('the kallelse command after npm link', () => {
  it('is on PATH and points at bin/kallelse.mjs of this project', () => {
    expect(pkg.bin).toEqual({ kallelse: 'bin/kallelse.mjs' });
    const link = path.join(temp.dir, 'prefix', 'bin', 'kallelse');
    expect(fs.realpathSync(link)).toBe(path.join(fs.realpathSync(root), 'bin', 'kallelse.mjs'));
  });

  it('prints the version and the Swedish help from any folder', () => {
    const version = kallelse('version');
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);
    const help = kallelse('--help');
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toContain('Användning: kallelse <kommando>');
    expect(help.stdout).toMatch(/demo\s+Importera exempelmötet/);
  });

  it('finds the example meeting of its project: kallelse demo', () => {
    const dir = path.join(temp.dir, 'demo');
    const r = kallelse('demo', '--dir', dir);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toMatchObject({ items: 17, files: 7 });
  });

  it('says in Swedish what to do when the command line is not built', () => {
    const bare = path.join(temp.dir, 'unbuilt');
    fs.mkdirSync(path.join(bare, 'bin'), { recursive: true });
    fs.copyFileSync(path.join(root, 'bin', 'kallelse.mjs'), path.join(bare, 'bin', 'kallelse.mjs'));
    const r = spawnSync(process.execPath, [path.join(bare, 'bin', 'kallelse.mjs'), 'version'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `Kommandoradsverktyget kallelse är inte byggt. Kör npm run build (eller npm run build:cli) i ${bare}${path.sep} och försök igen.`,
    );
  });
});
