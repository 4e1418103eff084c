import { Worker } from 'node:worker_threads';

/**
 * Starting the PDF worker, shared by the inspector and the command line's entry, which starts it
 * before the bundle loads (about 100 ms of the worker's start-up then overlaps the bundle's).
 * Only node:worker_threads here: the entry bundles this file.
 */

/** V8 old-generation heap of a worker that checks files one by one. */
export const INSPECT_HEAP_MB = 256;

/**
 * The heap of a worker that keeps the parsed bilagor of a whole package and assembles it (the
 * command line): the package's size limit, not one file's, bounds what it holds.
 */
export const KEEPING_HEAP_MB = 2048;

export function startPdfWorker(file: string, heapMb: number): Worker {
  return new Worker(file, {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    stdout: false,
    stderr: false,
  });
}

interface EarlyWorker {
  worker: Worker;
  file: string;
  heapMb: number;
  /** It ended (an error at start-up) before anyone took it. */
  gone: boolean;
  taken: boolean;
}

// The entry and the bundle are separate module graphs: the handover goes through the global.
const slot = Symbol.for('kallelse.earlyPdfWorker');
const holder = globalThis as { [slot]?: EarlyWorker };

/** Starts the worker now for a command that will need it; unused, it keeps nothing alive. */
export function startEarlyPdfWorker(file: string, heapMb: number): void {
  const early: EarlyWorker = {
    worker: startPdfWorker(file, heapMb),
    file,
    heapMb,
    gone: false,
    taken: false,
  };
  const gone = () => {
    early.gone = true;
  };
  early.worker.on('error', gone).on('exit', gone);
  early.worker.unref();
  holder[slot] = early;
}

/** The worker started early for this file and heap, if there is one still running; taken once. */
export function takeEarlyPdfWorker(file: string, heapMb: number): Worker | undefined {
  const early = holder[slot];
  if (!early || early.taken || early.gone || early.file !== file || early.heapMb !== heapMb) return undefined;
  early.taken = true;
  early.worker.removeAllListeners('error').removeAllListeners('exit');
  return early.worker;
}

/** What became of the worker started early (the entry's KALLELSE_PDF_WORKER_DEBUG line). */
export function earlyPdfWorkerState(): 'none' | 'taken' | 'not taken' | 'gone' {
  const early = holder[slot];
  return !early ? 'none' : early.taken ? 'taken' : early.gone ? 'gone' : 'not taken';
}
