import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PdfWorkerRequest, PdfWorkerResult } from './pdfWorker';

/**
 * Untrusted PDFs are parsed in a worker thread with V8 heap limits and a time limit, so a
 * hostile file ends the worker with a refusal instead of taking down the app or the command
 * line. One worker serves the files of an import one after the other (starting one per file
 * costs more than checking most files) and is ended after a short idle time, or at once when
 * a file broke a limit — the next file gets a fresh worker.
 */
export interface InspectLimits {
  timeoutMs: number;
  /** V8 old-generation heap of the worker. */
  heapMb: number;
  maxStreamBytes: number;
  maxTotalStreamBytes: number;
  maxObjects: number;
}

const MiB = 1024 * 1024;

export const INSPECT_LIMITS: InspectLimits = {
  timeoutMs: 30_000,
  heapMb: 256,
  maxStreamBytes: 32 * MiB,
  maxTotalStreamBytes: 64 * MiB,
  maxObjects: 1_000_000,
};

const IDLE_MS = 30_000;

/** The worker's file: the .ts source under Vitest, the bundled .js beside main.js / kallelse.mjs. */
function workerFile(): string {
  const here = import.meta.url;
  const ts = new URL('./pdfWorker.ts', here);
  if (here.endsWith('.ts') && existsSync(fileURLToPath(ts))) return fileURLToPath(ts);
  return fileURLToPath(new URL('./pdfWorker.js', here));
}

export type InspectResult = PdfWorkerResult;

interface Running {
  worker: Worker;
  heapMb: number;
  idle: NodeJS.Timeout | null;
}

let running: Running | null = null;
let queue: Promise<unknown> = Promise.resolve();

function workerFor(heapMb: number): Running {
  if (running && running.heapMb === heapMb) {
    if (running.idle) clearTimeout(running.idle);
    running.idle = null;
    return running;
  }
  stop();
  const worker = new Worker(workerFile(), {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    stdout: false,
    stderr: false,
  });
  worker.unref(); // an idle inspector never keeps the command line alive
  running = { worker, heapMb, idle: null };
  return running;
}

function stop(): void {
  if (!running) return;
  if (running.idle) clearTimeout(running.idle);
  void running.worker.terminate();
  running = null;
}

function inspectOnce(bytes: Uint8Array, l: InspectLimits): Promise<InspectResult> {
  const current = workerFor(l.heapMb);
  const { worker } = current;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (result: InspectResult | Error, keep: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (!keep) {
        if (running?.worker === worker) stop();
        else void worker.terminate();
      } else if (running?.worker === worker) {
        running.idle = setTimeout(stop, IDLE_MS);
        running.idle.unref();
      }
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const timer = setTimeout(
      () =>
        finish(
          {
            ok: false,
            problem: `kunde inte läsas färdigt inom ${Math.round(l.timeoutMs / 1000)} sekunder och är troligen skadad eller avsiktligt konstruerad för att överbelasta; spara om den som PDF och försök igen`,
          },
          false,
        ),
      l.timeoutMs,
    );
    const onMessage = (result: InspectResult) => finish(result, true);
    const onError = (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        finish(
          {
            ok: false,
            problem:
              'kräver för mycket minne för att läsas och är troligen skadad eller avsiktligt konstruerad för att överbelasta; spara om den som PDF och försök igen',
          },
          false,
        );
      } else {
        finish(error, false);
      }
    };
    const onExit = () => finish(new Error('PDF-kontrollen avslutades oväntat.'), false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    // A copy of its own (a Buffer may be a view on a shared pool) handed over without a second copy.
    const copy = new Uint8Array(bytes);
    const request: PdfWorkerRequest = {
      bytes: copy,
      maxStreamBytes: l.maxStreamBytes,
      maxTotalStreamBytes: l.maxTotalStreamBytes,
      maxObjects: l.maxObjects,
    };
    worker.postMessage(request, [copy.buffer]);
  });
}

/** Starts the worker ahead of the first file (an import calls it before reading the package). */
export function warmUpInspector(): void {
  if (running) return;
  const current = workerFor(INSPECT_LIMITS.heapMb);
  current.idle = setTimeout(stop, IDLE_MS);
  current.idle.unref();
}

/** Checks one PDF in the worker; calls queue, so one file is inspected at a time. */
export function inspectPdf(bytes: Uint8Array, limits: Partial<InspectLimits> = {}): Promise<InspectResult> {
  const l = { ...INSPECT_LIMITS, ...limits };
  const next = queue.then(() => inspectOnce(bytes, l));
  queue = next.catch(() => undefined);
  return next;
}
