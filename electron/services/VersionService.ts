import { randomUUID } from 'node:crypto';
import type { MeetingDetail } from '../../shared/domain/meeting';
import { allowedTargets, meetingStatusLabel, storesVersion, transitionKind } from '../../shared/domain/meetingStatus';
import type { MeetingHistory, VersionSummary, VersionView } from '../../shared/domain/review';
import { AppError } from '../../shared/ipc/result';
import type { MeetingStatus } from '../../shared/package/model';
import { type ChangeReport, compareMeetings } from '../../shared/review/changes';
import { buildChangesDocument } from '../../shared/review/changesDocument';
import { readOnlyAgenda } from '../../shared/review/readOnlyAgenda';
import type { ContentStore } from '../files/ContentStore';
import { type ExportedFile, readPackageFromDb } from '../package/exportFromDb';
import { renderDocuments } from '../pdf/renderDocument';
import { getFile, insertFile } from '../repos/documents';
import { requireMeeting } from '../repos/meetings';
import {
  getVersion,
  insertStatusChange,
  insertVersion,
  listStatusChanges,
  listVersionFiles,
  listVersions,
  nextVersionNumber,
} from '../repos/versions';
import type { KallelsePdfService } from './KallelsePdfService';
import type { MeetingService, ServiceDeps } from './MeetingService';
import type { ExportedPackage, PackageService } from './PackageService';

/** Thrown inside a transaction to roll it back on purpose. */
class Rollback extends Error {}

/**
 * The status workflow and the versions it stores. Moves follow shared/domain/meetingStatus.ts;
 * going back needs a reason and is recorded. Moving to granskning or utskickad stores an
 * immutable version: the meeting as a package (kallelse.json as exported, files kept by
 * reference) and the kallelse PDF in the content store, with its sha256.
 */
export class VersionService {
  constructor(
    private readonly deps: ServiceDeps & {
      store: ContentStore;
      meetings: MeetingService;
      packages: PackageService;
      pdf: KallelsePdfService;
    },
  ) {}

  private get db() {
    return this.deps.db;
  }

  async changeStatus(meetingId: string, to: MeetingStatus, reason?: string): Promise<MeetingDetail> {
    const from = requireMeeting(this.db, meetingId).status as MeetingStatus;
    const kind = transitionKind(from, to);
    if (kind === 'same') return this.deps.meetings.get(meetingId);
    if (kind === 'refused') {
      const targets = allowedTargets(from).map((s) => meetingStatusLabel[s]);
      throw new AppError(
        'CONFLICT',
        `Mötet kan inte gå från ${meetingStatusLabel[from]} till ${meetingStatusLabel[to]}. ` +
          (targets.length > 0
            ? `Från ${meetingStatusLabel[from]} kan det gå till: ${targets.join(', ')}.`
            : `${meetingStatusLabel[from]} är sista steget.`),
        'status',
      );
    }
    if (kind === 'backward' && !reason) {
      throw new AppError(
        'VALIDATION',
        `Skriv varför mötet går tillbaka från ${meetingStatusLabel[from]} till ${meetingStatusLabel[to]}; det sparas i mötets historik.`,
        'reason',
      );
    }
    const record = (versionId: string | null) =>
      insertStatusChange(this.db, {
        id: randomUUID(),
        meetingId,
        fromStatus: from,
        toStatus: to,
        direction: kind,
        reason: kind === 'backward' ? (reason ?? null) : null,
        versionId,
        changedAt: this.iso(),
      });

    if (!storesVersion(to)) {
      this.db
        .transaction(() => {
          this.checkUnchanged(meetingId, from);
          this.deps.meetings.applyStatusInTx(meetingId, to);
          record(null);
        })
        .immediate();
      return this.changed(meetingId);
    }

    // The package the move will produce, read in a transaction that is rolled back, rendered
    // outside it (rendering is async), then written for real only if nothing changed meanwhile.
    const exportedAt = this.iso();
    let planned: { json: Record<string, unknown>; files: Map<string, ExportedFile> } | undefined;
    try {
      this.db
        .transaction(() => {
          this.deps.meetings.applyStatusInTx(meetingId, to);
          planned = readPackageFromDb(this.db, meetingId, exportedAt);
          throw new Rollback();
        })
        .immediate();
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    const snapshot = planned!;
    const loaded = this.deps.packages.fromStored(snapshot.json, [...snapshot.files.values()]);
    const rendered = await this.deps.pdf.renderPackage(loaded);
    const { sha256 } = this.deps.store.put(rendered.bytes, 'application/pdf');
    const json = JSON.stringify(snapshot.json);
    this.db
      .transaction(() => {
        this.checkUnchanged(meetingId, from);
        this.deps.meetings.applyStatusInTx(meetingId, to);
        const again = JSON.stringify(readPackageFromDb(this.db, meetingId, exportedAt).json);
        if (again !== json) {
          throw new AppError('CONFLICT', 'Mötet ändrades medan versionen sparades. Försök igen.', meetingId);
        }
        insertFile(
          this.db,
          {
            sha256,
            byteSize: rendered.bytes.byteLength,
            mediaType: 'application/pdf',
            pageCount: rendered.pageCount,
            pdfTitle: null,
          },
          this.iso(),
        );
        const versionId = randomUUID();
        insertVersion(
          this.db,
          {
            id: versionId,
            meetingId,
            version: nextVersionNumber(this.db, meetingId),
            status: to,
            package: json,
            pdfSha256: sha256,
            pageCount: rendered.pageCount,
            createdAt: this.iso(),
          },
          [...snapshot.files.values()].map((f) => ({ path: f.path, sha256: f.sha256 })),
        );
        record(versionId);
      })
      .immediate();
    return this.changed(meetingId);
  }

  history(meetingId: string): MeetingHistory {
    requireMeeting(this.db, meetingId);
    const versions = this.versions(meetingId);
    const numberOf = new Map(versions.map((v) => [v.id, v.version]));
    return {
      versions,
      changes: listStatusChanges(this.db, meetingId).map((c) => ({
        fromStatus: c.fromStatus as MeetingStatus,
        toStatus: c.toStatus as MeetingStatus,
        direction: c.direction,
        reason: c.reason,
        version: c.versionId ? (numberOf.get(c.versionId) ?? null) : null,
        changedAt: c.changedAt,
      })),
    };
  }

  versions(meetingId: string): VersionSummary[] {
    return listVersions(this.db, meetingId).map((v) => ({ ...v, status: v.status as MeetingStatus }));
  }

  /** A stored version as a package whose files come from the content store. */
  versionPackage(versionId: string): ExportedPackage & { summary: VersionSummary & { meetingId: string } } {
    const v = getVersion(this.db, versionId);
    if (!v) throw new AppError('NOT_FOUND', 'Versionen finns inte längre.', versionId);
    const files = listVersionFiles(this.db, versionId);
    const { package: json, ...summary } = v;
    return {
      ...this.deps.packages.fromStored(JSON.parse(json) as Record<string, unknown>, files),
      summary: { ...summary, status: summary.status as MeetingStatus },
    };
  }

  /** The stored PDF of a version, exactly as it was when the version was made. */
  versionPdf(versionId: string): Uint8Array {
    const v = getVersion(this.db, versionId);
    if (!v) throw new AppError('NOT_FOUND', 'Versionen finns inte längre.', versionId);
    return this.deps.store.read(v.pdfSha256, 'application/pdf');
  }

  /** Read-only view of a version: its agenda and its stored PDF. */
  open(versionId: string): VersionView {
    const loaded = this.versionPackage(versionId);
    return {
      summary: loaded.summary,
      committee: loaded.pkg.committee.name,
      date: loaded.pkg.meeting.date,
      items: readOnlyAgenda(loaded.pkg),
      base64: Buffer.from(this.versionPdf(versionId)).toString('base64'),
    };
  }

  /** What changed from a stored version to a later one, or to the meeting as it is now. */
  changes(meetingId: string, fromVersionId: string, toVersionId?: string): ChangeReport {
    return this.compare(meetingId, fromVersionId, toVersionId).report;
  }

  /** The report "Ändringar sedan version N" as a PDF, to put first in a re-sent kallelse. */
  async changesPdf(
    meetingId: string,
    fromVersionId: string,
    toVersionId?: string,
  ): Promise<{ bytes: Uint8Array; pageCount: number; changes: number }> {
    const { report, newer, sinceVersion } = this.compare(meetingId, fromVersionId, toVersionId);
    const model = buildChangesDocument(report, {
      sender: newer.pkg.organisation.name,
      committee: newer.pkg.committee.name,
      date: newer.pkg.meeting.date,
      sinceVersion,
    });
    const { bytes, pageCount } = await renderDocuments([model], {
      title: `${model.title} – ${newer.pkg.committee.name} ${newer.pkg.meeting.date}`,
      author: newer.pkg.organisation.name,
      subject: `Ändringar i kallelsen till sammanträdet ${newer.pkg.meeting.date}`,
      keywords: ['ändringar', newer.pkg.committee.shortName ?? newer.pkg.committee.name, newer.pkg.meeting.date],
      creator: 'Kallelse',
    });
    return { bytes, pageCount, changes: report.changes.length };
  }

  private compare(meetingId: string, fromVersionId: string, toVersionId?: string) {
    const older = this.versionPackage(fromVersionId);
    if (older.summary.meetingId !== meetingId) {
      throw new AppError('NOT_FOUND', 'Versionen hör inte till det här mötet.', fromVersionId);
    }
    const newer = toVersionId ? this.versionPackage(toVersionId) : this.deps.packages.exportMeeting(meetingId);
    const pages = (p: ExportedPackage) =>
      new Map(
        p.files.flatMap((f) => {
          const n = getFile(this.db, f.sha256)?.pageCount;
          return typeof n === 'number' ? [[f.sha256, n] as const] : [];
        }),
      );
    const report = compareMeetings(older.pkg, newer.pkg, { old: pages(older), new: pages(newer) });
    return { report, newer, sinceVersion: older.summary.version };
  }

  private checkUnchanged(meetingId: string, from: MeetingStatus): void {
    if (requireMeeting(this.db, meetingId).status !== from) {
      throw new AppError('CONFLICT', 'Mötets status ändrades under tiden. Försök igen.', meetingId);
    }
  }

  private changed(meetingId: string): MeetingDetail {
    this.deps.events.emit('data:changed', { entities: ['meetings', 'meeting', 'files'], meetingId });
    return this.deps.meetings.get(meetingId);
  }

  private iso(): string {
    return this.deps.now().toISOString();
  }
}
