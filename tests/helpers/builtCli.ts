import { execFileSync, type SpawnSyncReturns, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { makeTempDir } from './tempDir';

/** The project folder: the built command line runs from here. */
export const root = path.resolve(import.meta.dirname, '../..');
/** The built command line's entry (electron/cli/loader.ts, bundled by scripts/build-cli.mjs). */
export const cliEntry = path.join(root, 'out/cli/kallelse.mjs');

/** Runs `node out/cli/kallelse.mjs …args` in the project folder; `env` is added to this process's. */
export function runCli(args: string[], env?: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cliEntry, ...args], {
    cwd: root,
    encoding: 'utf8',
    ...(env && { env: { ...process.env, ...env } }),
  });
}

/** A run as a user's, isolated: settings in `appdata` inside the test's temp folder, no database from the environment. */
export const ownAppData = (tempDir: string): NodeJS.ProcessEnv => ({
  KALLELSE_DATA_DIR: path.join(tempDir, 'appdata'),
  KALLELSE_DB: '',
});

export interface BuiltCliOptions {
  /** One temp folder for the whole file (the default), a fresh one for each test, or none. */
  temp?: 'file' | 'test' | 'none';
  /** The temp folder's name prefix (as makeTempDir). */
  tempPrefix?: string;
  /** Environment added to every `run`, given the temp folder. */
  env?: (tempDir: string) => NodeJS.ProcessEnv;
}

/**
 * For a test file that runs the built command line: builds it (scripts/build-cli.mjs) before the
 * file's tests and keeps a temp folder for them, removed after. Call it at the top of the file,
 * before the file's own hooks: its beforeAll/beforeEach run first and its cleanup last.
 */
export function withBuiltCli(options: BuiltCliOptions = {}) {
  const { temp: scope = 'file', tempPrefix, env } = options;
  let current: ReturnType<typeof makeTempDir> | undefined;
  const temp = {
    /** The temp folder; read it inside hooks and tests, once it exists. */
    get dir(): string {
      if (!current) throw new Error(`withBuiltCli: no temp folder here (temp: '${scope}')`);
      return current.dir;
    },
  };

  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], { cwd: root });
  });
  if (scope !== 'none') {
    const [before, after] = scope === 'file' ? [beforeAll, afterAll] : [beforeEach, afterEach];
    before(() => {
      current = makeTempDir(tempPrefix);
    });
    after(() => {
      current?.cleanup();
      current = undefined;
    });
  }

  /** Runs the built command line with `args`, with the `env` option's environment. */
  const run = (...args: string[]) => runCli(args, env?.(temp.dir));
  return { run, temp };
}
