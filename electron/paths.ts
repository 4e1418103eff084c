import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_NAME = 'Kallelse';

/**
 * The data folder when not running inside Electron (CLI): the same place Electron's
 * app.getPath('userData') points to, so the CLI and the app share one database.
 * KALLELSE_DATA_DIR overrides it (tests, portable installs).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KALLELSE_DATA_DIR) return path.resolve(env.KALLELSE_DATA_DIR);
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', APP_NAME);
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
  }
}

/** Database file: `--db FILE` beats KALLELSE_DB beats `<dataDir>/kallelse.sqlite`. */
export function resolveDatabasePath(dataDir: string, explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return path.resolve(explicit);
  if (env.KALLELSE_DB) return path.resolve(env.KALLELSE_DB);
  return path.join(dataDir, 'kallelse.sqlite');
}

/** The folder holding package.json, found by walking up from this (possibly bundled) file. */
export function projectRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The sample packages that ship with the app (`exempel`): KALLELSE_SAMPLES_DIR, else the
 * project's own `samples/` folder, found from this file whether it runs from source (tests),
 * from an `out/` bundle (app in dev, the CLI, `npm link`). Packaged builds pass
 * `<resources>/samples` instead (electron-builder's extraResources; see electron/main.ts).
 */
export function samplesDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KALLELSE_SAMPLES_DIR) return path.resolve(env.KALLELSE_SAMPLES_DIR);
  return path.join(projectRoot() ?? process.cwd(), 'samples');
}

/** Stored files live beside the database they belong to: `<database folder>/files`. */
export const contentStoreDir = (databasePath: string): string => path.join(path.dirname(databasePath), 'files');
