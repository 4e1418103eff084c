import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { CommentsFile, ReviewMarker, type ReviewSessionView, type Verdict } from '../../shared/domain/review';
import { AppError } from '../../shared/ipc/result';
import { readOnlyAgenda } from '../../shared/review/readOnlyAgenda';
import type { ContentStore } from '../files/ContentStore';
import { loadPackage } from '../package/load';
import { validatePackageJson } from '../package/validate';
import { insertFile } from '../repos/documents';
import * as repo from '../repos/reviews';
import type { KallelsePdfService } from './KallelsePdfService';
import type { ServiceDeps } from './MeetingService';
import type { PackageService } from './PackageService';

/**
 * The presidium member's side of the review (review mode): a review copy opened on the laptop,
 * read-only, with the reviewer's own comments and OK / Behöver ändras marks, exported as a small
 * comments file for the secretary (ReviewService imports it). Needs no register or other meetings.
 */
export class ReviewSessionService {
  constructor(
    private readonly deps: ServiceDeps & { store: ContentStore; packages: PackageService; pdf: KallelsePdfService },
  ) {}

  private get db() {
    return this.deps.db;
  }

  /** Opens a review copy in review mode; opening the same copy again continues where the reviewer left off. */
  async openCopy(source: string): Promise<ReviewSessionView> {
    const loaded = await loadPackage(source);
    const marker = ReviewMarker.safeParse(loaded.raw['x-review']);
    if (!marker.success) {
      throw new AppError(
        'BAD_PACKAGE',
        `${loaded.location} är ett vanligt mötespaket, inte en granskningskopia. Importera det med ”Importera mötespaket”.`,
        loaded.location,
      );
    }
    const id = marker.data.id;
    if (!repo.getSession(this.db, id)) {
      const now = this.iso();
      for (const f of loaded.files.values()) this.deps.store.put(f.bytes, f.mediaType);
      this.db
        .transaction(() => {
          for (const f of loaded.files.values()) {
            insertFile(
              this.db,
              {
                sha256: f.sha256,
                byteSize: f.bytes.byteLength,
                mediaType: f.mediaType,
                pageCount: f.pageCount,
                pdfTitle: f.pdfTitle,
              },
              now,
            );
          }
          repo.insertSession(
            this.db,
            { id, package: JSON.stringify(loaded.raw), reviewer: null, openedAt: now },
            [...loaded.files.values()].map((f) => ({ path: f.path, sha256: f.sha256 })),
          );
        })
        .immediate();
    }
    return this.session(id);
  }

  session(sessionId: string): ReviewSessionView {
    const { row, pkg, marker } = this.requireSession(sessionId);
    const verdicts = new Map(
      repo.listSessionVerdicts(this.db, sessionId).map((v) => [v.itemKey, v.verdict as Verdict]),
    );
    return {
      id: row.id,
      reviewer: row.reviewer,
      organisation: pkg.organisation.name,
      committee: pkg.committee.name,
      date: pkg.meeting.date,
      startTime: pkg.meeting.startTime,
      place: pkg.meeting.place,
      version: marker.version,
      items: readOnlyAgenda(pkg).map((i) => ({ ...i, verdict: verdicts.get(i.key) ?? null })),
      comments: repo.listSessionComments(this.db, sessionId).map((c) => ({
        id: c.id,
        itemKey: c.itemKey,
        documentKey: c.documentKey,
        quote: c.quote,
        body: c.body,
        createdAt: c.createdAt,
      })),
    };
  }

  /** The review copy's kallelse PDF, rendered here from the package (same engine as the secretary's). */
  async sessionPdf(sessionId: string): Promise<{ base64: string; pageCount: number }> {
    const { row } = this.requireSession(sessionId);
    const loaded = this.deps.packages.fromStored(
      JSON.parse(row.package) as Record<string, unknown>,
      repo.listSessionFiles(this.db, sessionId),
    );
    const r = await this.deps.pdf.renderPackage(loaded);
    return { base64: Buffer.from(r.bytes).toString('base64'), pageCount: r.pageCount };
  }

  setReviewer(sessionId: string, reviewer: string): ReviewSessionView {
    this.requireSession(sessionId);
    repo.setSessionReviewer(this.db, sessionId, reviewer);
    return this.session(sessionId);
  }

  addComment(input: {
    sessionId: string;
    itemKey: string;
    documentKey?: string | undefined;
    quote?: string | undefined;
    body: string;
  }): ReviewSessionView {
    const { pkg } = this.requireSession(input.sessionId);
    const item = readOnlyAgenda(pkg).find((i) => i.key === input.itemKey);
    if (!item) throw new AppError('NOT_FOUND', 'Punkten finns inte i granskningskopian.', input.itemKey);
    const doc = input.documentKey ? item.documents.find((d) => d.key === input.documentKey) : undefined;
    if (input.documentKey && !doc) {
      throw new AppError('NOT_FOUND', `Handlingen finns inte under punkt ${item.number}.`, input.documentKey);
    }
    repo.insertSessionComment(this.db, {
      id: randomUUID(),
      sessionId: input.sessionId,
      itemKey: item.key,
      documentKey: doc?.key ?? null,
      quote: input.quote ?? null,
      itemLabel: `${item.number}. ${item.title}`,
      documentLabel: doc?.title ?? null,
      body: input.body,
      createdAt: this.iso(),
    });
    return this.session(input.sessionId);
  }

  deleteComment(sessionId: string, commentId: string): ReviewSessionView {
    this.requireSession(sessionId);
    repo.deleteSessionComment(this.db, sessionId, commentId);
    return this.session(sessionId);
  }

  setVerdict(sessionId: string, itemKey: string, verdict: Verdict | null): ReviewSessionView {
    const { pkg } = this.requireSession(sessionId);
    const item = readOnlyAgenda(pkg).find((i) => i.key === itemKey);
    if (!item) throw new AppError('NOT_FOUND', 'Punkten finns inte i granskningskopian.', itemKey);
    repo.setSessionVerdict(this.db, {
      sessionId,
      itemKey,
      itemLabel: `${item.number}. ${item.title}`,
      verdict,
      decidedAt: this.iso(),
    });
    return this.session(sessionId);
  }

  /** The small file the reviewer sends back: comments and verdicts, anchored by identity. */
  commentsFile(sessionId: string): CommentsFile {
    const { row, pkg, marker } = this.requireSession(sessionId);
    if (!row.reviewer) {
      throw new AppError(
        'VALIDATION',
        'Skriv ditt namn innan du exporterar kommentarerna, så att sekreteraren ser vem de kommer från.',
        'reviewer',
      );
    }
    const file: CommentsFile = {
      format: 'kallelse-comments',
      version: 1,
      reviewId: marker.id,
      meeting: {
        'x-id': marker.meetingId,
        committee: pkg.committee.name,
        date: pkg.meeting.date,
        version: marker.version,
      },
      reviewer: row.reviewer,
      exportedAt: this.iso(),
      comments: repo.listSessionComments(this.db, sessionId).map((c) => ({
        id: c.id,
        ...(c.itemKey ? { itemId: c.itemKey } : {}),
        ...(c.documentKey ? { documentId: c.documentKey } : {}),
        ...(c.quote ? { quote: c.quote } : {}),
        ...(c.itemLabel ? { itemLabel: c.itemLabel } : {}),
        ...(c.documentLabel ? { documentLabel: c.documentLabel } : {}),
        text: c.body,
        createdAt: c.createdAt,
      })),
      verdicts: repo.listSessionVerdicts(this.db, sessionId).map((v) => ({
        itemId: v.itemKey,
        ...(v.itemLabel ? { itemLabel: v.itemLabel } : {}),
        verdict: v.verdict as Verdict,
        decidedAt: v.decidedAt,
      })),
    };
    return CommentsFile.parse(file);
  }

  writeCommentsFile(sessionId: string, target: string): { path: string; comments: number } {
    const file = this.commentsFile(sessionId);
    const temp = `${target}.tmp-${process.pid}`;
    fs.writeFileSync(temp, `${JSON.stringify(file, null, 2)}\n`);
    fs.renameSync(temp, target);
    return { path: target, comments: file.comments.length };
  }

  private requireSession(sessionId: string) {
    const row = repo.getSession(this.db, sessionId);
    if (!row)
      throw new AppError(
        'NOT_FOUND',
        'Granskningskopian är inte öppnad på den här datorn. Öppna filen igen.',
        sessionId,
      );
    const raw = JSON.parse(row.package) as Record<string, unknown>;
    return { row, pkg: validatePackageJson(raw), marker: ReviewMarker.parse(raw['x-review']) };
  }

  private iso(): string {
    return this.deps.now().toISOString();
  }
}
