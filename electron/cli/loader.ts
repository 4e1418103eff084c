// Entry of the bundled CLI, built into out/cli/kallelse.mjs (scripts/build-cli.mjs): runs the
// one-file CommonJS bundle main.cjs with its code cache (codeCache.ts), one cache per command.
import module from 'node:module';
import path from 'node:path';
import { earlyPdfWorkerState, KEEPING_HEAP_MB, startEarlyPdfWorker } from '../files/pdfWorkerStart';
import { runCachedBundle } from './codeCache';

interface CliBundle {
  main(argv: string[]): Promise<number>;
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
  const bundle = runCachedBundle<CliBundle>(bundleFile, commandKey(argv));
  const code = await bundle.exports.main(argv);
  // Only after a successful run: a failed one may have stopped before most of the command's code ran.
  if (code === 0) {
    const start = performance.now();
    const written = bundle.save(); // nothing when accepted or without a folder
    debug(`${bundle.state}, ${written} (${(performance.now() - start).toFixed(1)} ms)`);
  } else debug(`${bundle.state}, not written`);
  return code;
}

/** Resolves once everything written to `stream` so far has reached the file, pipe or terminal. */
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));

// Node's compile cache for what loads as a module after the bundle (better-sqlite3's JavaScript).
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
