// Entry of the PDF worker in the command line, built into out/cli/pdfWorker.js: runs the worker's
// bundle pdfWorkerBundle.cjs (electron/files/pdfWorker.ts) with its code cache (codeCache.ts).
// The cache is written after the worker's first assembly, the last thing it does for `pdf`, so it
// holds the code of the checks and of the assembly.
import path from 'node:path';
import { runCachedBundle } from './codeCache';

const bundle = runCachedBundle<{ afterAssembly(hook: () => void): void }>(
  path.join(import.meta.dirname, 'pdfWorkerBundle.cjs'),
  'pdf-worker',
);
bundle.exports.afterAssembly(() => {
  bundle.save();
});
