// The command line's bundles (main.cjs, and pdfWorkerBundle.cjs in the PDF worker) run through
// vm.Script with a V8 code cache that is written AFTER their work is done, so it holds every
// function the run compiled (Node's own compile cache is written right after a module compiles:
// top-level code only, every function is compiled lazily again on each run). The idea is the
// v8-compile-cache package's.
//
// One cache file per bundle and use (a `version` run must not leave `pdf` without its functions),
// in a folder of the user's own (KALLELSE_CODE_CACHE_DIR, else <tmpdir>/kallelse-code-cache-<uid>),
// never in the project or out/: tests run the CLI in parallel and an install may be read-only.
// The name holds Node's and V8's versions and the bundle's hash; V8 rejects a cache that does
// not fit anyway (script.cachedDataRejected), and then it is written anew. Writing is atomic
// (temp file + rename) and never fails the run.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';

/** What happened to a bundle's cache: the state when it loaded, and whether it was written after. */
export type CacheState = 'no folder' | 'none' | 'rejected' | 'accepted';

export interface CachedBundle<T> {
  /** The bundle's module.exports. */
  exports: T;
  state: CacheState;
  /**
   * Writes the cache when there was none or V8 rejected it: call once the run's work is done
   * (and succeeded: a failed run may have stopped before most of its code ran). Never throws.
   */
  save(): 'written' | 'not written';
}

/** The cache folder: KALLELSE_CODE_CACHE_DIR, else one per user in the temp folder. */
function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KALLELSE_CODE_CACHE_DIR) return env.KALLELSE_CODE_CACHE_DIR;
  const uid = process.getuid?.();
  return path.join(os.tmpdir(), uid === undefined ? 'kallelse-code-cache' : `kallelse-code-cache-${uid}`);
}

/**
 * A folder only this user can write, so no one else can plant compiled code in it: created 0700,
 * and an existing one used only if it is ours and not writable by group or others (POSIX).
 */
function ownFolder(dir: string): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.statSync(dir);
    const uid = process.getuid?.();
    return st.isDirectory() && (uid === undefined || (st.uid === uid && (st.mode & 0o022) === 0));
  } catch {
    return false;
  }
}

/**
 * Runs a CommonJS bundle (ASCII, as scripts/build-cli.mjs writes them) with its code cache for
 * `use` (a name: the command, or the worker), and returns its exports.
 */
export function runCachedBundle<T>(bundleFile: string, use: string): CachedBundle<T> {
  const bytes = fs.readFileSync(bundleFile);
  const source = bytes.toString('latin1'); // ASCII: the build escapes what esbuild leaves in regular expressions
  const dir = codeCacheDir();
  const usable = ownFolder(dir);
  const install = crc32(bundleFile).toString(16).padStart(8, '0'); // node:crypto would take ~8 ms to load
  // The bundle's length and CRC-32 name its build, as in Node's compile cache (a hash of 5 MB costs ms).
  const version = `${process.version}-${process.versions.v8}-${process.arch}-${bytes.length}-${crc32(bytes).toString(16).padStart(8, '0')}`;
  const cacheFile = path.join(dir, `${install}-${version}-${use}.bin`);
  let cachedData: Buffer | undefined;
  if (usable) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined; // none yet
    }
  }

  // The same wrapper as Node's for a CommonJS module, on the bundle's first line (line numbers hold).
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, {
    filename: bundleFile,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const rejected = cachedData !== undefined && script.cachedDataRejected === true;
  const moduleObject = { exports: {} as T };
  script.runInThisContext()(
    moduleObject.exports,
    createRequire(bundleFile),
    moduleObject,
    bundleFile,
    path.dirname(bundleFile),
  );
  const state: CacheState = !usable
    ? 'no folder'
    : cachedData === undefined
      ? 'none'
      : rejected
        ? 'rejected'
        : 'accepted';
  let saved = false;
  return {
    exports: moduleObject.exports,
    state,
    save() {
      if (!usable || state === 'accepted' || saved) return 'not written';
      saved = true;
      return writeCache(script, cacheFile, `${install}-`, version) ? 'written' : 'not written';
    },
  };
}

/** Writes the cache atomically and removes this bundle's caches of other builds; false on any error. */
function writeCache(script: vm.Script, cacheFile: string, installPrefix: string, version: string): boolean {
  const temp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(temp, cacheFile);
    const dir = path.dirname(cacheFile);
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith(installPrefix) && !name.includes(version)) fs.rmSync(path.join(dir, name), { force: true });
    }
    return true;
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // left for the next build's clean-up
    }
    return false;
  }
}
