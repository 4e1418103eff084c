import { randomUUID } from 'node:crypto';
import type { LoadedPackage } from '../../shared/package/model';
import type { BackendEvents } from '../backend';
import { type RenderResult, type RenderStage, renderKallelse } from '../pdf/renderKallelse';
import { writeAtomically } from '../pdf/writeAtomically';
import type { PackageService } from './PackageService';
import type { SettingsService } from './SettingsService';

export const stageText: Record<RenderStage, string> = {
  bilagor: 'Läser bilagor',
  layout: 'Sidbryter',
  rendering: 'Skapar sidor',
  sammanfogning: 'Fogar samman och numrerar sidor',
  klar: 'Klar',
};

type Progress = (stage: RenderStage, done: number, total: number) => void;

/**
 * The kallelse PDF of a meeting in the database or of a package on disk: the data layer
 * supplies a LoadedPackage, the engine renders it with the user's page-number setting, and
 * progress goes out as export:progress events (or to the caller's callback, in the CLI).
 */
export class KallelsePdfService {
  constructor(
    private readonly deps: {
      packages: PackageService;
      settings: SettingsService;
      events: BackendEvents;
      creator: string;
      now: () => Date;
    },
  ) {}

  renderMeeting(meetingId: string, onProgress?: Progress): Promise<RenderResult> {
    return this.render(this.deps.packages.exportMeeting(meetingId), onProgress);
  }

  /** Renders and writes atomically: a failed export never leaves half a PDF at `target`. */
  async exportMeeting(meetingId: string, target: string, onProgress?: Progress): Promise<RenderResult> {
    const result = await this.renderMeeting(meetingId, onProgress);
    writeAtomically(target, result.bytes);
    return result;
  }

  /** Any package (a stored version, a review copy) with the user's settings. */
  renderPackage(loaded: LoadedPackage, onProgress?: Progress): Promise<RenderResult> {
    return this.render(loaded, onProgress);
  }

  private render(loaded: LoadedPackage, onProgress?: Progress): Promise<RenderResult> {
    const jobId = randomUUID();
    return renderKallelse(loaded, {
      pageNumberStyle: this.deps.settings.get().pageNumberStyle,
      creator: this.deps.creator,
      creationDate: this.deps.now(),
      onProgress: (stage, done, total) => {
        onProgress?.(stage, done, total);
        this.deps.events.emit('export:progress', { jobId, stage: stageText[stage], done, total });
      },
    });
  }
}
