import type { WarmDocument } from './incremental';

/**
 * Where the preview keeps its warm document between renders (one per service: the open
 * meeting's). Only the slot lives here, without pdf-lib: a service holds one from the start, and
 * the command line's main thread never loads pdf-lib (incremental.ts fills and saves it).
 */
export class WarmSlot {
  current: WarmDocument | undefined;
  /** Full and incremental saves so far, for tests and the benchmark. */
  readonly stats = { full: 0, incremental: 0 };
  private tail: Promise<unknown> = Promise.resolve();
  /** Runs `fn` after every earlier one ended: two renders never change the document at once. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn, fn);
    this.tail = run.catch(() => {});
    return run;
  }
  clear(): void {
    this.current = undefined;
  }
}
