import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { itemNumbers } from '../../shared/domain/numbering';
import {
  type CommentAnchor,
  CommentsFile,
  type CommentsImportResult,
  type CommentView,
  ReviewMarker,
  type ReviewOverview,
  type ReviewSessionView,
  type Verdict,
} from '../../shared/domain/review';
import { AppError } from '../../shared/ipc/result';
import type { PackageDocument } from '../../shared/package/model';
import { documentLabel } from '../../shared/review/labels';
import { readOnlyAgenda } from '../../shared/review/readOnlyAgenda';
import type { ContentStore } from '../files/ContentStore';
import { loadPackage } from '../package/load';
import { validatePackageJson } from '../package/validate';
import { listItems, listSections } from '../repos/agenda';
import { insertFile, listDocuments } from '../repos/documents';
import { requireMeeting } from '../repos/meetings';
import * as repo from '../repos/reviews';
import { listVersions } from '../repos/versions';
import { documentKeyOf, keyOf } from '../review/identity';
import type { KallelsePdfService } from './KallelsePdfService';
import type { ServiceDeps } from './MeetingService';
import type { ExportedPackage, PackageService } from './PackageService';
import type { VersionService } from './VersionService';

const MAX_COMMENTS_FILE = 5 * 1024 * 1024;
const SECRETARY = 'Sekreteraren';

/** All string values of a structured document, for finding a quote in it. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (value && typeof value === 'object') return Object.values(value).map(textOf).join(' ');
  return '';
}
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Presidium review. The secretary exports a review copy (the stored granskning version, marked
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

  // ---------- the secretary's side ----------

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
    requireMeeting(this.db, meetingId);
    const sections = listSections(this.db, meetingId);
    const items = listItems(this.db, meetingId);
    const bySection = sections.map((s) => items.filter((i) => i.sectionId === s.id));
    const numbers = itemNumbers(bySection.map((list) => ({ items: list })));
    const itemInfo = new Map<string, { id: string; number: number; title: string }>();
    bySection.forEach((list, si) => {
      list.forEach((item, ii) => {
        itemInfo.set(keyOf(item), { id: item.id, number: numbers[si]![ii]!, title: item.title });
      });
    });
    const itemById = new Map([...itemInfo.values()].map((i) => [i.id, i]));
    const docs = listDocuments(this.db, meetingId).map((d) => ({
      id: d.id,
      key: documentKeyOf(d),
      item: itemById.get(d.itemId)!,
      // Labelled as the review copy labels them, so the reviewer's labels compare.
      title: documentLabel(JSON.parse(d.body) as PackageDocument),
      text: squash(textOf(JSON.parse(d.body))),
    }));
    const docByKey = new Map(docs.map((d) => [d.key, d]));

    const anchorOf = (c: repo.CommentRow): CommentAnchor => {
      const at = (
        state: CommentAnchor['state'],
        item: { id: string; number: number; title: string } | null,
        doc: (typeof docs)[number] | null,
        note: string | null,
      ): CommentAnchor => ({
        state,
        itemId: item?.id ?? null,
        itemNumber: item?.number ?? null,
        itemTitle: item?.title ?? null,
        documentId: doc?.id ?? null,
        documentTitle: doc?.title ?? null,
        note,
      });
      const quoted = c.quote ? squash(c.quote) : null;
      const doc = c.documentKey ? docByKey.get(c.documentKey) : undefined;
      const item = c.itemKey ? itemInfo.get(c.itemKey) : undefined;
      if (doc) {
        const moved = item === undefined || item.id !== doc.item.id;
        return at('document', doc.item, doc, moved ? `Handlingen har flyttats till punkt ${doc.item.number}.` : null);
      }
      const gone = c.documentLabel
        ? `Den kommenterade handlingen (${c.documentLabel}) har ersatts eller tagits bort.`
        : null;
      // Where the quote is found in several documents, one of the same kind as the lost one wins.
      const kind = c.documentLabel?.split(' ')[0] ?? '';
      const withQuote = (list: typeof docs) =>
        quoted
          ? [...list.filter((d) => d.text.includes(quoted))].sort(
              (x, y) => Number(!x.title.startsWith(kind)) - Number(!y.title.startsWith(kind)),
            )[0]
          : undefined;
      if (item) {
        const replacement = withQuote(docs.filter((d) => d.item.id === item.id));
        if (replacement)
          return at('document', item, replacement, `${gone ?? ''} Citatet finns i ”${replacement.title}”.`.trim());
        return at('item', item, null, gone);
      }
      const found = withQuote(docs);
      if (found) {
        return at(
          'document',
          found.item,
          found,
          `Punkten ”${c.itemLabel ?? ''}” finns inte längre; citatet hittades i ”${found.title}”.`,
        );
      }
      return at(
        'detached',
        null,
        null,
        `${c.itemLabel ? `Punkten ”${c.itemLabel}”` : 'Det kommenterade stället'} finns inte längre.`,
      );
    };

    const rows = repo.listComments(this.db, meetingId);
    const answers = new Map<string, repo.CommentRow[]>();
    for (const r of rows) if (r.parentId) answers.set(r.parentId, [...(answers.get(r.parentId) ?? []), r]);
    const comments: CommentView[] = rows
      .filter((r) => r.parentId === null)
      .map((r) => ({
        id: r.id,
        author: r.author,
        body: r.body,
        quote: r.quote,
        seenAs: [r.itemLabel, r.documentLabel].filter(Boolean).join(' · ') || null,
        createdAt: r.createdAt,
        resolvedAt: r.resolvedAt,
        anchor: anchorOf(r),
        answers: (answers.get(r.id) ?? []).map((a) => ({
          id: a.id,
          author: a.author,
          body: a.body,
          createdAt: a.createdAt,
        })),
      }));
    const verdicts = repo
      .listVerdicts(this.db, meetingId)
      .map((v) => ({ v, item: itemInfo.get(v.itemKey) }))
      .sort(
        (a, b) => (a.item?.number ?? 1e9) - (b.item?.number ?? 1e9) || a.v.reviewer.localeCompare(b.v.reviewer, 'sv'),
      )
      .map(({ v, item }) => ({
        reviewer: v.reviewer,
        itemId: item?.id ?? null,
        itemLabel: item ? `${item.number}. ${item.title}` : v.itemLabel,
        verdict: v.verdict as Verdict,
        decidedAt: v.decidedAt,
      }));
    return { comments, verdicts };
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

  // ---------- the reviewer's side ----------

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
