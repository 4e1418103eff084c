import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import {
  CommentsFile,
  type CommentsImportResult,
  type ReviewMarker,
  type ReviewOverview,
} from '../../shared/domain/review';
import { AppError } from '../../shared/ipc/result';
import type { ContentStore } from '../files/ContentStore';
import { requireMeeting } from '../repos/meetings';
import * as repo from '../repos/reviews';
import { listVersions } from '../repos/versions';
import { reviewOverview } from '../review/anchoring';
import { keyOf } from '../review/identity';
import type { KallelsePdfService } from './KallelsePdfService';
import type { ServiceDeps } from './MeetingService';
import type { ExportedPackage, PackageService } from './PackageService';
import type { VersionService } from './VersionService';

const MAX_COMMENTS_FILE = 5 * 1024 * 1024;
const SECRETARY = 'Sekreteraren';

/**
 * Presidium review, the secretary's side (the reviewer's is ReviewSessionService). The secretary exports a review copy (the stored granskning version, marked
 * with `x-review`); a reviewer opens it in review mode (no register or other meetings needed),
 * writes comments on items and documents, marks items OK / Behöver ändras and exports a small
 * comments file; the secretary imports it. Comments anchor on item and document identity plus
 * the quoted text and are placed on the current agenda each time they are read, so they follow
 * renumbering, moves and replaced documents; an anchor that is gone shows as detached.
 */
export class ReviewService {
  constructor(
    private readonly deps: ServiceDeps & {
      store: ContentStore;
      packages: PackageService;
      versions: VersionService;
      pdf: KallelsePdfService;
    },
  ) {}

  private get db() {
    return this.deps.db;
  }

  /** Writes the review copy: the latest granskning version, marked as a review copy. */
  async exportReviewCopy(meetingId: string, target: string): Promise<{ path: string; version: number }> {
    requireMeeting(this.db, meetingId);
    const version = listVersions(this.db, meetingId)
      .filter((v) => v.status === 'granskning')
      .at(-1);
    if (!version) {
      throw new AppError(
        'CONFLICT',
        'Det finns ingen granskningsversion att skicka. Sätt mötet i status Granskning först, så sparas versionen som presidiet granskar.',
        meetingId,
      );
    }
    const stored = this.deps.versions.versionPackage(version.id);
    const meetingKey = (stored.json.meeting as Record<string, unknown>)['x-id'];
    const marker: ReviewMarker = {
      id: randomUUID(),
      meetingId: typeof meetingKey === 'string' ? meetingKey : meetingId,
      version: version.version,
      exportedAt: this.iso(),
    };
    // Earlier reviewers' comments stay with the secretary.
    const { 'x-comments': _c, 'x-verdicts': _v, ...meeting } = stored.json.meeting as Record<string, unknown>;
    const copy: ExportedPackage = { ...stored, json: { ...stored.json, meeting, 'x-review': marker } };
    const written = await this.deps.packages.writeExported(copy, target);
    return { path: written.target, version: version.version };
  }

  /** Imports a reviewer's comments file into the meeting it belongs to. Importing it again adds nothing. */
  importComments(meetingId: string, file: string): CommentsImportResult {
    const data = this.readCommentsFile(file);
    const meeting = requireMeeting(this.db, meetingId);
    if (data.meeting['x-id'] !== keyOf(meeting)) {
      throw new AppError(
        'CONFLICT',
        `Kommentarerna gäller sammanträdet ${data.meeting.committee} ${data.meeting.date}, inte det här mötet. Öppna rätt möte och importera dem där.`,
        file,
      );
    }
    const now = this.iso();
    let added = 0;
    let verdicts = 0;
    this.db
      .transaction(() => {
        for (const c of data.comments) {
          const inserted = repo.insertComment(this.db, {
            id: randomUUID(),
            meetingId,
            commentId: c.id,
            parentId: null,
            author: data.reviewer,
            itemKey: c.itemId ?? null,
            documentKey: c.documentId ?? null,
            quote: c.quote ?? null,
            itemLabel: c.itemLabel ?? null,
            documentLabel: c.documentLabel ?? null,
            reviewVersion: data.meeting.version ?? null,
            body: c.text,
            createdAt: c.createdAt,
            importedAt: now,
            resolvedAt: null,
          });
          if (inserted) added += 1;
        }
        for (const v of data.verdicts) {
          if (
            repo.upsertVerdict(this.db, {
              meetingId,
              reviewer: data.reviewer,
              itemKey: v.itemId,
              itemLabel: v.itemLabel ?? null,
              verdict: v.verdict,
              decidedAt: v.decidedAt,
            })
          )
            verdicts += 1;
        }
      })
      .immediate();
    this.deps.events.emit('data:changed', { entities: ['meeting'], meetingId });
    const ids = new Set(data.comments.map((c) => c.id));
    const detached = this.overview(meetingId).comments.filter(
      (c) => c.anchor.state === 'detached' && ids.has(this.commentIdOf(c.id)),
    ).length;
    return { reviewer: data.reviewer, added, alreadyImported: data.comments.length - added, detached, verdicts };
  }

  /** The comments with their anchors on the agenda as it is now, answers, and the verdicts. */
  overview(meetingId: string): ReviewOverview {
    return reviewOverview(this.db, meetingId);
  }

  answer(commentId: string, body: string): ReviewOverview {
    const parent = this.requireComment(commentId);
    repo.insertComment(this.db, {
      id: randomUUID(),
      meetingId: parent.meetingId,
      commentId: randomUUID(),
      parentId: parent.id,
      author: SECRETARY,
      itemKey: null,
      documentKey: null,
      quote: null,
      itemLabel: null,
      documentLabel: null,
      reviewVersion: null,
      body,
      createdAt: this.iso(),
      importedAt: this.iso(),
      resolvedAt: null,
    });
    this.deps.events.emit('data:changed', { entities: ['meeting'], meetingId: parent.meetingId });
    return this.overview(parent.meetingId);
  }

  resolve(commentId: string, resolved: boolean): ReviewOverview {
    const c = this.requireComment(commentId);
    repo.setResolved(this.db, c.id, resolved ? this.iso() : null);
    this.deps.events.emit('data:changed', { entities: ['meeting'], meetingId: c.meetingId });
    return this.overview(c.meetingId);
  }

  // ---------- helpers ----------

  private readCommentsFile(file: string): CommentsFile {
    let text: string;
    try {
      if (fs.statSync(file).size > MAX_COMMENTS_FILE) {
        throw new AppError('TOO_LARGE', `${file} är större än 5 MB och kan inte vara en kommentarsfil.`, file);
      }
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('IO', `Kommentarsfilen ${file} kunde inte läsas (${(error as Error).message}).`, file);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AppError('BAD_PACKAGE', `${file} är ingen kommentarsfil från Kallelse (ogiltig JSON).`, file);
    }
    const parsed = CommentsFile.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError(
        'BAD_PACKAGE',
        `${file} är ingen giltig kommentarsfil från Kallelse (fältet ”${issue?.path.join('.') ?? ''}”: ${issue?.message ?? ''}).`,
        file,
      );
    }
    return parsed.data;
  }

  private commentIdOf(rowId: string): string {
    return repo.getComment(this.db, rowId)?.commentId ?? '';
  }

  private requireComment(commentId: string): repo.CommentRow {
    const c = repo.getComment(this.db, commentId);
    if (!c) throw new AppError('NOT_FOUND', 'Kommentaren finns inte längre.', commentId);
    return c;
  }

  private iso(): string {
    return this.deps.now().toISOString();
  }
}
