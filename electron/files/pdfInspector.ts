import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { KeptAssembly } from '../pdf/core';
import type {
  AssembleRequest,
  AssembleResult,
  PdfWorkerRequest,
  PdfWorkerResult,
  StageRequest,
  StageResult,
} from './pdfWorker';
import { INSPECT_HEAP_MB, KEEPING_HEAP_MB, startPdfWorker, takeEarlyPdfWorker } from './pdfWorkerStart';

/**
 * Untrusted PDFs are parsed in a worker thread with V8 heap limits and a time limit, so a
 * hostile file ends the worker with a refusal instead of taking down the app or the command
 * line. One worker serves the files of an import (starting one per file costs more than
 * checking most files): they are all sent at once and checked in order, so the worker never
 * waits for a busy main thread; each file's time limit runs from the answer about the one
 * before. A file that broke a limit ends the worker; the files after it go to a fresh one.
 * An idle worker is ended after a while.
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
  heapMb: INSPECT_HEAP_MB,
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

const refusals = {
  timeout: (ms: number) =>
    `kunde inte läsas färdigt inom ${Math.round(ms / 1000)} sekunder och är troligen skadad eller avsiktligt konstruerad för att överbelasta; spara om den som PDF och försök igen`,
  memory:
    'kräver för mycket minne för att läsas och är troligen skadad eller avsiktligt konstruerad för att överbelasta; spara om den som PDF och försök igen',
};

/** One request to the worker; `post` sends it (again, to a fresh worker, when one before it broke a limit). */
interface Job {
  heapMb: number;
  /** Null: no time limit (an assembly of files already checked). */
  timeoutMs: number | null;
  post: (worker: Worker) => void;
  /** The worker keeps a document for an assembly from now on / keeps none after this job. */
  keeps?: boolean;
  releases?: boolean;
  /** An answer, or the refusal when the worker had to end during this job. */
  settle: (result: PdfWorkerResult | AssembleResult | StageResult | Error) => void;
}

/** A worker and the jobs sent to it, answered in order. */
class Lane {
  readonly worker: Worker;
  readonly jobs: Job[] = [];
  /** The worker holds parsed documents for an assembly: not ended when idle. */
  keeping = false;
  private timer: NodeJS.Timeout | null = null;
  private idle: NodeJS.Timeout | null = null;
  private ended = false;
  private readonly drainedWaiters: (() => void)[] = [];

  constructor(readonly heapMb: number) {
    const file = workerFile();
    // The command line's entry may have started it already (pdfWorkerStart.ts).
    this.worker = takeEarlyPdfWorker(file, heapMb) ?? startPdfWorker(file, heapMb);
    this.worker.on('message', (result: PdfWorkerResult | AssembleResult | StageResult) => this.answered(result));
    this.worker.on('error', (error: Error & { code?: string }) =>
      this.end(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { ok: false, problem: refusals.memory } : error),
    );
    this.worker.on('exit', () => this.end(new Error('PDF-kontrollen avslutades oväntat.')));
    // After the listeners (a message listener refs the worker again): an idle inspector never
    // keeps the command line alive; a busy one does (push).
    this.worker.unref();
    this.startIdle();
  }

  push(job: Job): void {
    this.stopIdle();
    this.worker.ref();
    this.jobs.push(job);
    if (job.keeps) this.keeping = true;
    job.post(this.worker);
    if (this.jobs.length === 1) this.arm();
  }

  /** Resolves when no job is waiting for an answer. */
  drained(): Promise<void> {
    return this.jobs.length === 0 ? Promise.resolve() : new Promise((resolve) => this.drainedWaiters.push(resolve));
  }

  /** Ends the worker; jobs still waiting go to a fresh one. */
  stop(): void {
    this.end(null);
  }

  private arm(): void {
    const head = this.jobs[0];
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!head || head.timeoutMs === null) return;
    const ms = head.timeoutMs;
    this.timer = setTimeout(() => this.end({ ok: false, problem: refusals.timeout(ms) }), ms);
  }

  private answered(result: PdfWorkerResult | AssembleResult | StageResult): void {
    const head = this.jobs.shift();
    if (head?.releases) this.keeping = false;
    this.arm();
    head?.settle(result);
    if (this.jobs.length === 0) {
      this.worker.unref();
      for (const resolve of this.drainedWaiters.splice(0)) resolve();
      this.startIdle();
    }
  }

  /** The worker goes: the job it was on gets `outcome` (null: it had none), the rest are sent again. */
  private end(outcome: PdfWorkerResult | AssembleResult | StageResult | Error | null): void {
    if (this.ended) return;
    this.ended = true;
    if (this.timer) clearTimeout(this.timer);
    this.stopIdle();
    void this.worker.terminate();
    if (lane === this) lane = null;
    const [head, ...rest] = this.jobs.splice(0);
    if (head) head.settle(outcome ?? new Error('PDF-kontrollen avslutades oväntat.'));
    for (const resolve of this.drainedWaiters.splice(0)) resolve();
    for (const job of rest) submit(job);
  }

  private startIdle(): void {
    if (this.keeping || this.ended) return;
    this.idle = setTimeout(() => this.stop(), IDLE_MS);
    this.idle.unref();
  }

  private stopIdle(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
  }
}

let lane: Lane | null = null;
/** Jobs that need a worker with another heap limit wait for the current one's jobs. */
let switching: Promise<void> = Promise.resolve();

function submit(job: Job): void {
  lane ??= new Lane(job.heapMb);
  if (lane.heapMb === job.heapMb) {
    lane.push(job);
    return;
  }
  // Documents it keeps for an assembly that never came (a command that failed) go with it.
  const current = lane;
  switching = switching.then(async () => {
    await current.drained();
    if (lane === current) current.stop();
    submit(job);
  });
}

/** Starts the worker ahead of the first file (an import calls it before reading the package). */
export function warmUpInspector(options: { keep?: boolean } = {}): void {
  const heapMb = options.keep ? KEEPING_HEAP_MB : INSPECT_LIMITS.heapMb;
  if (!lane) lane = new Lane(heapMb);
}

/**
 * Checks one PDF in the worker. With `keep`, the worker keeps the parsed and cleaned document
 * under that key for assembleKept (the command line).
 */
export function inspectPdf(
  bytes: Uint8Array,
  limits: Partial<InspectLimits> = {},
  keep?: string,
): Promise<InspectResult> {
  const l = { ...INSPECT_LIMITS, ...(keep ? { heapMb: KEEPING_HEAP_MB } : {}), ...limits };
  return new Promise((resolve, reject) => {
    submit({
      heapMb: l.heapMb,
      timeoutMs: l.timeoutMs,
      post: (worker) => {
        // A copy of its own (a Buffer may be a view on a shared pool) handed over without a second copy.
        const copy = new Uint8Array(bytes);
        const request: PdfWorkerRequest = {
          kind: 'inspect',
          bytes: copy,
          maxStreamBytes: l.maxStreamBytes,
          maxTotalStreamBytes: l.maxTotalStreamBytes,
          maxObjects: l.maxObjects,
          ...(keep ? { keep } : {}),
        };
        worker.postMessage(request, [copy.buffer]);
      },
      ...(keep ? { keeps: true } : {}),
      settle: (result) => (result instanceof Error ? reject(result) : resolve(result as InspectResult)),
    });
  });
}

/**
 * Has the worker copy the pages of the files it keeps into the package now, while this thread
 * lays out and paints (the command line, once every file is accepted). Optional: the assembly
 * copies what was not.
 */
export function stageKept(): Promise<void> {
  return new Promise((resolve) => {
    submit({
      heapMb: KEEPING_HEAP_MB,
      timeoutMs: null,
      post: (worker) => worker.postMessage({ kind: 'stage' } satisfies StageRequest),
      settle: () => resolve(),
    });
  });
}

/**
 * Assembles a package in the worker from the documents it keeps (inspectPdf with `keep`) and
 * the generated pages: see finishPackage in pdf/assemble.ts. The worker then keeps nothing.
 */
export function assembleKept(input: KeptAssembly): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    submit({
      heapMb: KEEPING_HEAP_MB,
      timeoutMs: null,
      post: (worker) => {
        const generated = new Uint8Array(input.generated); // its own buffer, handed over
        const request: AssembleRequest = { kind: 'assemble', ...input, generated };
        worker.postMessage(request, [generated.buffer]);
      },
      releases: true,
      settle: (result) => {
        if (result instanceof Error) return reject(result);
        const answer = result as AssembleResult;
        if (answer.ok) resolve(answer.bytes);
        else reject(new Error(`PDF-filen kunde inte sättas samman: ${answer.problem}.`));
      },
    });
  });
}
