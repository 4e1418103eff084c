import { randomUUID } from 'node:crypto';
import type { PageNumberStyle } from '../../shared/domain/settings';
import { AppError } from '../../shared/ipc/result';
import type { LoadedPackage } from '../../shared/package/model';
import type { BackendEvents } from '../backend';
import { RenderCache } from '../pdf/renderCache';
import { type RenderOptions, type RenderResult, type RenderStage, renderKallelse } from '../pdf/renderKallelse';
import { stageText } from '../pdf/stages';
import { WarmSlot } from '../pdf/warmSlot';
import { writeAtomically } from '../pdf/writeAtomically';
import type { PackageService } from './PackageService';
import type { SettingsService } from './SettingsService';

export { stageText } from '../pdf/stages';

type Progress = (stage: RenderStage, done: number, total: number) => void;

/**
 * The kallelse PDF of a meeting in the database or of a package on disk: the data layer
 * supplies a LoadedPackage, the engine renders it with the user's page-number setting, and
 * progress goes out as export:progress events (or to the caller's callback, in the CLI).
 *
 * Preview and export share one render cache (the warm path): after the first render an edit
 * only lays out and paints what it changed. A preview supersedes the one still running; an
 * export can be cancelled by its job id.
 *
 * The command line's `pdf` uses this service too: with a backend for a meeting in a database,
 * or bare (no database, no settings, no events) for a package on disk, its bilagor kept in the
 * PDF worker — same engine, same steps. Nothing here loads pdf-lib until a render needs it.
 */
export class KallelsePdfService {
  readonly cache: RenderCache;
  /** The preview's last document, kept so that an edit appends only what it changed (pdf/incremental.ts). */
  readonly warm = new WarmSlot();
  private preview: AbortController | undefined;
  private readonly exports = new Map<string, AbortController>();

  constructor(
    private readonly deps: {
      /** Needed for meetings in the database; a bare service renders packages only. */
      packages?: PackageService;
      settings?: SettingsService;
      events?: BackendEvents;
      creator: string;
      now: () => Date;
      /** A cache to render with; default a new one (the CLI hands in one with its bilagor). */
      cache?: RenderCache;
      /** Assembles where the bilagor are kept (the CLI's PDF worker; see CoreRun). */
      assembleKept?: RenderOptions['assembleKept'];
    },
  ) {
    this.cache = deps.cache ?? new RenderCache();
  }

  private get packages(): PackageService {
    if (!this.deps.packages) throw new AppError('INTERNAL', 'Ingen databas är öppen för att läsa mötet.');
    return this.deps.packages;
  }

  /** A full render for export-like callers (print); cancellable like an export (one font subset per font). */
  renderMeeting(
    meetingId: string,
    onProgress?: Progress,
    jobId: string = randomUUID(),
    pageNumberStyle?: PageNumberStyle,
  ): Promise<RenderResult> {
    return this.cancellable(jobId, (signal) =>
      this.render(this.packages.exportMeeting(meetingId), {
        compact: true,
        onProgress,
        signal,
        jobId,
        pageNumberStyle,
      }),
    );
  }

  /** The preview: reuses what earlier renders painted; a newer preview cancels this one (CANCELLED). */
  async previewMeeting(meetingId: string): Promise<RenderResult> {
    this.preview?.abort();
    const controller = new AbortController();
    this.preview = controller;
    try {
      return await this.render(this.packages.exportMeeting(meetingId), {
        signal: controller.signal,
        preview: true,
        warm: this.warm,
      });
    } finally {
      if (this.preview === controller) this.preview = undefined;
    }
  }

  /** Any package (a stored version, a review copy) with the user's settings, rendered like an export. */
  renderPackage(
    loaded: LoadedPackage,
    onProgress?: Progress,
    pageNumberStyle?: PageNumberStyle,
  ): Promise<RenderResult> {
    return this.render(loaded, { compact: true, onProgress, pageNumberStyle });
  }

  /** Renders and writes atomically: a failed or cancelled export never leaves half a PDF at `target`. */
  async exportMeeting(
    meetingId: string,
    target: string,
    onProgress?: Progress,
    jobId: string = randomUUID(),
  ): Promise<RenderResult> {
    const result = await this.renderMeeting(meetingId, onProgress, jobId);
    writeAtomically(target, result.bytes);
    return result;
  }

  /** Runs a render that `cancelExport` can stop; a stopped render ends in CANCELLED, never with bytes. */
  private async cancellable(jobId: string, run: (signal: AbortSignal) => Promise<RenderResult>): Promise<RenderResult> {
    const controller = new AbortController();
    this.exports.set(jobId, controller);
    try {
      const result = await run(controller.signal);
      if (controller.signal.aborted) throw new AppError('CANCELLED', 'Exporten avbröts.');
      return result;
    } finally {
      this.exports.delete(jobId);
    }
  }

  /** Stops a running export (all of them without a job id); true when one was running. */
  cancelExport(jobId?: string): boolean {
    const targets = jobId ? [this.exports.get(jobId)].filter((c) => c !== undefined) : [...this.exports.values()];
    for (const c of targets) c.abort();
    return targets.length > 0;
  }

  private render(
    loaded: LoadedPackage,
    options: {
      compact?: boolean;
      preview?: boolean;
      onProgress?: Progress | undefined;
      signal?: AbortSignal;
      jobId?: string;
      /** Overrides the user's setting (the command line's --page-numbers). */
      pageNumberStyle?: PageNumberStyle | undefined;
      warm?: WarmSlot;
    },
  ): Promise<RenderResult> {
    const jobId = options.jobId ?? randomUUID();
    // A preview's first event waits 100 ms too: a quick warm render then sends none, and the window
    // spends nothing on progress while the edited page is on its way (its status already says it updates).
    let lastEvent = options.preview ? performance.now() : Number.NEGATIVE_INFINITY;
    return renderKallelse(loaded, {
      cache: this.cache,
      pageNumberStyle: options.pageNumberStyle ?? this.deps.settings?.get().pageNumberStyle ?? 'bare',
      creator: this.deps.creator,
      creationDate: this.deps.now(),
      ...(options.compact ? { compact: true } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.warm ? { warm: options.warm } : {}),
      ...(this.deps.assembleKept ? { assembleKept: this.deps.assembleKept } : {}),
      onProgress: (stage, done, total) => {
        options.onProgress?.(stage, done, total);
        // To the window at most every 100 ms: a render sends hundreds of steps, and each event
        // costs the window a state update (a quick preview then sends one).
        const now = performance.now();
        if (now - lastEvent < 100) return;
        lastEvent = now;
        const kind = options.preview ? 'preview' : 'export';
        this.deps.events?.emit('export:progress', { jobId, stage: stageText[stage], done, total, kind });
      },
    });
  }
}
