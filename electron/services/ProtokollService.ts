import type { DocModel } from '../../shared/document/docModel';
import { meetingStatusLabel } from '../../shared/domain/meetingStatus';
import { AppError } from '../../shared/ipc/result';
import type { MeetingStatus } from '../../shared/package/model';
import { buildAnslag, buildProtokoll, buildUtdrag } from '../../shared/protokoll/build';
import { deadlineWarnings, latestJustering, takeDownDate } from '../../shared/protokoll/deadlines';
import { draftProtokoll, protokollPrint } from '../../shared/protokoll/fromPackage';
import { anslagComplete, Protokoll } from '../../shared/protokoll/model';
import { firstParagraphNumber } from '../../shared/protokoll/numbering';
import { renderDocuments } from '../pdf/renderDocument';
import { requireMeeting } from '../repos/meetings';
import { getProtokoll, getProtokollSettings, protokollSeries, saveProtokoll } from '../repos/protokoll';
import type { ServiceDeps } from './MeetingService';
import type { PackageService } from './PackageService';
import type { VersionService } from './VersionService';

export type ProtokollDocument = 'protokoll' | 'omedelbar' | 'utdrag' | 'anslag';

export interface ProtokollView {
  protokoll: Protokoll | null;
  /** Dates the secretary must keep: justering by, and (once posted) when the notice comes down. */
  latestJustering: string;
  takeDownDate: string | null;
  warnings: string[];
  substituteOrder?: Record<string, string[]>;
}

/**
 * The protokoll of a meeting: created from the meeting once it has been held (status
 * genomförd), pre-filled from its kallelse with § numbers continuing the nämnd's series;
 * edited until justering, which freezes the numbers and marks the meeting justerad.
 */
export class ProtokollService {
  constructor(
    private readonly deps: ServiceDeps & { packages: PackageService; versions: VersionService; creator: string },
  ) {}

  get(meetingId: string): ProtokollView {
    const meeting = requireMeeting(this.deps.db, meetingId);
    const protokoll = getProtokoll(this.deps.db, meetingId);
    const { substituteOrder } = getProtokollSettings(this.deps.db, meeting.committeeId);
    return {
      protokoll,
      ...(substituteOrder ? { substituteOrder } : {}),
      latestJustering: latestJustering(meeting.date),
      takeDownDate: protokoll?.anslag?.postedDate ? takeDownDate(protokoll.anslag.postedDate) : null,
      warnings: deadlineWarnings({
        meetingDate: meeting.date,
        ...(protokoll?.justeringDate ? { justeringDate: protokoll.justeringDate } : {}),
        ...(protokoll?.anslag?.postedDate ? { postedDate: protokoll.anslag.postedDate } : {}),
      }),
    };
  }

  create(meetingId: string): ProtokollView {
    const { db } = this.deps;
    db.transaction(() => {
      const meeting = requireMeeting(db, meetingId);
      if (getProtokoll(db, meetingId)) {
        throw new AppError('CONFLICT', `Mötet ${meeting.date} har redan ett protokoll.`, meetingId);
      }
      if (meeting.status !== 'genomford') {
        throw new AppError(
          'CONFLICT',
          `Protokollet skrivs när mötet är genomfört. Mötet ${meeting.date} har status ${meetingStatusLabel[meeting.status as MeetingStatus]}; ändra statusen till Genomförd först.`,
          meetingId,
        );
      }
      const { pkg } = this.deps.packages.exportMeeting(meetingId);
      const { paragraphSeries } = getProtokollSettings(db, meeting.committeeId);
      const earlier = protokollSeries(db, meeting.committeeId);
      const first = firstParagraphNumber(meeting.date, earlier, paragraphSeries);
      saveProtokoll(db, meetingId, draftProtokoll(pkg, first), this.iso());
    })();
    this.changed(meetingId);
    return this.get(meetingId);
  }

  /**
   * Saves the whole protokoll. Until justering the §§ are numbered in order from the first;
   * once justerat the numbers and the paragrafer are frozen (text may still be corrected).
   */
  update(meetingId: string, next: Protokoll): ProtokollView {
    const { db } = this.deps;
    db.transaction(() => {
      const current = this.require(meetingId);
      const body = Protokoll.parse(next);
      if (current.justerad) {
        const before = current.paragraphs.map((p) => p.number).join(',');
        const after = body.paragraphs.map((p) => p.number).join(',');
        if (before !== after) {
          throw new AppError(
            'CONFLICT',
            'Protokollet är justerat: paragraferna och deras nummer kan inte längre ändras.',
            meetingId,
          );
        }
        body.justerad = true;
      } else {
        const first = current.paragraphs[0]?.number ?? body.paragraphs[0]?.number ?? 1;
        body.paragraphs = body.paragraphs.map((p, i) => ({ ...p, number: first + i }));
        body.justerad = false;
      }
      saveProtokoll(db, meetingId, body, this.iso());
    })();
    this.changed(meetingId);
    return this.get(meetingId);
  }

  /**
   * Justering: the § numbers are frozen and the meeting becomes justerad, through the status
   * workflow (which checks the move and records it).
   */
  async justera(meetingId: string, justeringDate: string): Promise<ProtokollView> {
    const current = this.require(meetingId);
    if (current.justerare.length === 0) {
      throw new AppError('VALIDATION', 'Ange vem som utses att justera protokollet innan det justeras.', meetingId);
    }
    const meeting = requireMeeting(this.deps.db, meetingId);
    if (meeting.status !== 'justerad') await this.deps.versions.changeStatus(meetingId, 'justerad');
    saveProtokoll(this.deps.db, meetingId, { ...current, justerad: true, justeringDate }, this.iso());
    this.changed(meetingId);
    return this.get(meetingId);
  }

  /** One of the documents after the meeting as PDF bytes. */
  async render(meetingId: string, document: ProtokollDocument, paragraphs: number[] = []) {
    const protokoll = this.require(meetingId);
    const { pkg } = this.deps.packages.exportMeeting(meetingId);
    const print = protokollPrint(pkg, protokoll);
    let model: DocModel;
    switch (document) {
      case 'protokoll':
        model = buildProtokoll(print);
        break;
      case 'omedelbar':
        if (!protokoll.paragraphs.some((p) => p.omedelbarJustering)) {
          throw new AppError('VALIDATION', 'Inga paragrafer är markerade för omedelbar justering.', meetingId);
        }
        model = buildProtokoll(print, { omedelbar: true });
        break;
      case 'utdrag': {
        const have = new Set(protokoll.paragraphs.map((p) => p.number));
        const missing = paragraphs.filter((n) => !have.has(n));
        if (paragraphs.length === 0 || missing.length > 0) {
          throw new AppError(
            'VALIDATION',
            missing.length > 0
              ? `Protokollet har ingen § ${missing.join(', ')}.`
              : 'Välj minst en paragraf för utdraget.',
            meetingId,
          );
        }
        model = buildUtdrag(print, paragraphs);
        break;
      }
      case 'anslag':
        if (!anslagComplete(protokoll)) {
          throw new AppError('VALIDATION', 'Ange datum då anslaget sätts upp och var protokollet förvaras.', meetingId);
        }
        model = buildAnslag(print);
        break;
    }
    return renderDocuments([model], {
      title: model.title,
      author: print.organisation.name,
      subject: `${model.title}`,
      keywords: [print.committee.shortName ?? print.committee.name, print.meeting.date],
      creator: this.deps.creator,
      creationDate: this.deps.now(),
    });
  }

  private require(meetingId: string): Protokoll {
    const protokoll = getProtokoll(this.deps.db, meetingId);
    if (!protokoll) {
      requireMeeting(this.deps.db, meetingId);
      throw new AppError('NOT_FOUND', 'Mötet har inget protokoll ännu. Skapa protokollet först.', meetingId);
    }
    return protokoll;
  }

  private iso(): string {
    return this.deps.now().toISOString();
  }

  private changed(meetingId: string): void {
    this.deps.events.emit('data:changed', { entities: ['meetings'], meetingId });
  }
}
