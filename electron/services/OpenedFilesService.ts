import path from 'node:path';
import type { OpenedFile } from '../../shared/ipc/channels/shell';
import { AppError } from '../../shared/ipc/result';
import type { BackendEvents } from '../backend';
import { isReviewCopy } from '../package/load';
import type { PackageService } from './PackageService';
import type { ReviewSessionService } from './ReviewSessionService';

/** The .kallelse files in a command line (first start or a second instance), made absolute against its cwd. */
export function kallelseFilesIn(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.kallelse'))
    .map((arg) => path.resolve(cwd, arg));
}

/**
 * Files the operating system asked the app to open (double-click, "Öppna med", drag onto the
 * icon). Each is imported through the same path as Importera mötespaket (a review copy is
 * opened in review mode, as Öppna granskningskopia does); the results wait here
 * until the renderer takes them (it may not have loaded yet on first start), and
 * `shell:opened` tells a loaded renderer to come and get them.
 */
export class OpenedFilesService {
  private readonly results: OpenedFile[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: {
      packages: Pick<PackageService, 'importPackage'>;
      review: Pick<ReviewSessionService, 'openCopy'>;
      events: BackendEvents;
    },
  ) {}

  /** Imports the files one after another (also across calls); never throws. */
  open(files: readonly string[]): Promise<void> {
    if (files.length === 0) return this.queue;
    this.queue = this.queue.then(async () => {
      for (const file of files) {
        try {
          // A review copy opens in review mode (the presidium member's side); anything else is imported.
          if (isReviewCopy(file)) {
            const session = await this.deps.review.openCopy(file);
            this.results.push({ file, reviewSessionId: session.id });
            continue;
          }
          const { meetingId } = await this.deps.packages.importPackage(file);
          this.results.push({ file, meetingId });
        } catch (error) {
          const message = error instanceof AppError || error instanceof Error ? error.message : String(error);
          this.results.push({ file, error: message });
        }
      }
      this.deps.events.emit('shell:opened', { count: this.results.length });
    });
    return this.queue;
  }

  take(): OpenedFile[] {
    return this.results.splice(0);
  }
}
