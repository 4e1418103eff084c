// Entry of the bundled CLI, built into out/cli/kallelse.mjs (scripts/build-cli.mjs). It runs the
// one-file CommonJS bundle main.cjs through vm.Script with a V8 code cache that is written AFTER
// the command has run, so it holds every function the command compiled (Node's own compile cache
// is written right after a module compiles: top-level code only, every function is compiled
// lazily again on each run). The idea is the v8-compile-cache package's.
//
// One cache file per command (a `version` run must not leave `pdf` without its functions), in a
// folder of the user's own (KALLELSE_CODE_CACHE_DIR, else <tmpdir>/kallelse-code-cache-<uid>),
// never in the project or out/: tests run the CLI in parallel and an install may be read-only.
// The name holds Node's and V8's versions and the bundle's hash; V8 rejects a cache that does
// not fit anyway (script.cachedDataRejected), and then it is written anew. Writing is atomic
// (temp file + rename) and never fails the command.
import fs from 'node:fs';
import module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';
import { earlyPdfWorkerState, KEEPING_HEAP_MB, startEarlyPdfWorker } from '../files/pdfWorkerStart';

interface CliBundle {
  main(argv: string[]): Promise<number>;
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

/** The command's name as part of a file name; anything unusual shares one file. */
function commandKey(argv: string[]): string {
  const name = argv[0] ?? '';
  return /^[a-z][a-z0-9-]{0,30}$/.test(name) ? name : 'other';
}

/** One line on stderr for tests (KALLELSE_CODE_CACHE_DEBUG=1): whether the cache was used and written. */
function debug(line: string): void {
  if (process.env.KALLELSE_CODE_CACHE_DEBUG === '1') process.stderr.write(`kallelse-code-cache: ${line}\n`);
}

async function runBundle(bundleFile: string, argv: string[]): Promise<number> {
  const bytes = fs.readFileSync(bundleFile);
  const source = bytes.toString('latin1'); // ASCII: the build escapes what esbuild leaves in regular expressions
  const dir = codeCacheDir();
  const usable = ownFolder(dir);
  const install = crc32(bundleFile).toString(16).padStart(8, '0'); // node:crypto would take ~20 ms to load
  // The bundle's length and CRC-32 name its build, as in Node's compile cache (a hash of 5 MB costs ms).
  const version = `${process.version}-${process.versions.v8}-${process.arch}-${bytes.length}-${crc32(bytes).toString(16).padStart(8, '0')}`;
  const cacheFile = path.join(dir, `${install}-${version}-${commandKey(argv)}.bin`);
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
  const moduleObject = { exports: {} as CliBundle };
  script.runInThisContext()(
    moduleObject.exports,
    createRequire(bundleFile),
    moduleObject,
    bundleFile,
    path.dirname(bundleFile),
  );
  const code = await moduleObject.exports.main(argv);

  const state = !usable ? 'no folder' : cachedData === undefined ? 'none' : rejected ? 'rejected' : 'accepted';
  // Only after a successful run: a failed one may have stopped before most of the command's code ran.
  if (usable && code === 0 && state !== 'accepted') {
    const start = performance.now();
    const written = writeCache(script, cacheFile, `${install}-`, version);
    debug(`${state}, ${written ? 'written' : 'not written'} (${(performance.now() - start).toFixed(1)} ms)`);
  } else debug(`${state}, not written`);
  return code;
}

/** Writes the cache atomically and removes this install's caches of other builds; false on any error. */
function writeCache(script: vm.Script, cacheFile: string, installPrefix: string, version: string): boolean {
  const temp = `${cacheFile}.${process.pid}.tmp`;
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

/** Resolves once everything written to `stream` so far has reached the file, pipe or terminal. */
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));

// The inspection worker still loads as an ES module: Node's compile cache serves it.
module.enableCompileCache?.();
const argv = process.argv.slice(2);
// `pdf` of a package checks and assembles its bilagor in the PDF worker: started now, its start-up
// overlaps loading the bundle (the inspector takes it over; a command that fails first leaves it).
if (argv[0] === 'pdf' && !argv.some((a) => a === '--db' || a.startsWith('--db=') || a === '--help' || a === '-h')) {
  startEarlyPdfWorker(path.join(import.meta.dirname, 'pdfWorker.js'), KEEPING_HEAP_MB);
}
const code = await runBundle(path.join(import.meta.dirname, 'main.cjs'), argv);
if (process.env.KALLELSE_PDF_WORKER_DEBUG === '1')
  process.stderr.write(`kallelse-pdf-worker: ${earlyPdfWorkerState()}\n`);
// The command is done and its output flushed: leave now. Ending by running out of work would first
// free the main thread's heap page by page (some 30 ms after a PDF export); nothing is left to do.
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
