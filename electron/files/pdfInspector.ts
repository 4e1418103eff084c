import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PdfWorkerRequest, PdfWorkerResult } from './pdfWorker';

/**
 * Untrusted PDFs are parsed in a worker thread with V8 heap limits and a time limit, so a
 * hostile file ends the worker with a refusal instead of taking down the app or the command
 * line. One worker per file: inspection runs once per imported or attached file.
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

/** The worker's file: the .ts source under Vitest, the bundled .js beside main.js / kallelse.mjs. */
function workerFile(): string {
  const here = import.meta.url;
  const ts = new URL('./pdfWorker.ts', here);
  if (here.endsWith('.ts') && existsSync(fileURLToPath(ts))) return fileURLToPath(ts);
  return fileURLToPath(new URL('./pdfWorker.js', here));
}

export type InspectResult = PdfWorkerResult;

export function inspectPdf(bytes: Uint8Array, limits: Partial<InspectLimits> = {}): Promise<InspectResult> {
  const l = { ...INSPECT_LIMITS, ...limits };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), {
      resourceLimits: { maxOldGenerationSizeMb: l.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const finish = (result: InspectResult | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          problem: `kunde inte läsas färdigt inom ${Math.round(l.timeoutMs / 1000)} sekunder och är troligen skadad eller avsiktligt konstruerad för att överbelasta; spara om den som PDF och försök igen`,
        }),
      l.timeoutMs,
    );
    worker.on('message', (result: InspectResult) => finish(result));
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        finish({
          ok: false,
          problem:
            'kräver för mycket minne för att läsas och är troligen skadad eller avsiktligt konstruerad för att överbelasta; spara om den som PDF och försök igen',
        });
      } else {
        finish(error);
      }
    });
    worker.on('exit', () => finish(new Error('PDF-kontrollen avslutades oväntat.')));
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
