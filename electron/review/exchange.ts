import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { Verdict } from '../../shared/domain/review';
import type { Db } from '../db/database';
import * as repo from '../repos/reviews';
import { listVersions } from '../repos/versions';

/**
 * The review round in the exchange format, backward compatible: `x-` properties on the
 * package's meeting, which v1 readers ignore. `x-comments` (with answers and resolved),
 * `x-verdicts`, and `x-versions` (the version history as metadata: the stored snapshots stay
 * on the laptop that made them). A package with them imports its review round; one without
 * imports as before.
 */
const Answer = z.object({
  id: z.string().min(1),
  author: z.string().min(1),
  body: z.string().min(1),
  createdAt: z.string(),
});
const ExchangedComment = z.object({
  id: z.string().min(1).max(100),
  author: z.string().min(1).max(200),
  itemId: z.string().optional(),
  documentId: z.string().optional(),
  quote: z.string().optional(),
  itemLabel: z.string().optional(),
  documentLabel: z.string().optional(),
  reviewVersion: z.number().int().optional(),
  text: z.string().min(1),
  createdAt: z.string(),
  resolvedAt: z.string().optional(),
  answers: z.array(Answer).optional(),
});
const ExchangedVerdict = z.object({
  reviewer: z.string().min(1),
  itemId: z.string().min(1),
  itemLabel: z.string().optional(),
  verdict: Verdict,
  decidedAt: z.string(),
});

const opt = <K extends string, V>(key: K, value: V | null) => (value === null ? {} : { [key]: value });

/** The meeting's review round as `x-` properties (empty when it has none). */
export function reviewRoundJson(db: Db, meetingId: string): Record<string, unknown> {
  const rows = repo.listComments(db, meetingId);
  const answers = new Map<string, repo.CommentRow[]>();
  for (const r of rows) if (r.parentId) answers.set(r.parentId, [...(answers.get(r.parentId) ?? []), r]);
  const comments = rows
    .filter((r) => r.parentId === null)
    .map((r) => ({
      id: r.commentId,
      author: r.author,
      ...opt('itemId', r.itemKey),
      ...opt('documentId', r.documentKey),
      ...opt('quote', r.quote),
      ...opt('itemLabel', r.itemLabel),
      ...opt('documentLabel', r.documentLabel),
      ...opt('reviewVersion', r.reviewVersion),
      text: r.body,
      createdAt: r.createdAt,
      ...opt('resolvedAt', r.resolvedAt),
      ...((answers.get(r.id) ?? []).length > 0
        ? {
            answers: answers
              .get(r.id)!
              .map((a) => ({ id: a.commentId, author: a.author, body: a.body, createdAt: a.createdAt })),
          }
        : {}),
    }));
  const verdicts = repo.listVerdicts(db, meetingId).map((v) => ({
    reviewer: v.reviewer,
    itemId: v.itemKey,
    ...opt('itemLabel', v.itemLabel),
    verdict: v.verdict,
    decidedAt: v.decidedAt,
  }));
  const versions = listVersions(db, meetingId).map((v) => ({
    version: v.version,
    status: v.status,
    createdAt: v.createdAt,
    pdfSha256: v.pdfSha256,
    pageCount: v.pageCount,
  }));
  return {
    ...(comments.length > 0 ? { 'x-comments': comments } : {}),
    ...(verdicts.length > 0 ? { 'x-verdicts': verdicts } : {}),
    ...(versions.length > 0 ? { 'x-versions': versions } : {}),
  };
}

/**
 * Imports the review round a package carries (inside the caller's transaction). Malformed
 * entries are skipped, never fatal: they are optional extras and the package itself is valid.
 * Returns how many comments were added.
 */
export function importReviewRound(db: Db, meetingId: string, rawMeeting: Record<string, unknown>, now: string): number {
  let added = 0;
  const comments = Array.isArray(rawMeeting['x-comments']) ? rawMeeting['x-comments'] : [];
  for (const entry of comments) {
    const c = ExchangedComment.safeParse(entry);
    if (!c.success) continue;
    const id = randomUUID();
    const inserted = repo.insertComment(db, {
      id,
      meetingId,
      commentId: c.data.id,
      parentId: null,
      author: c.data.author,
      itemKey: c.data.itemId ?? null,
      documentKey: c.data.documentId ?? null,
      quote: c.data.quote ?? null,
      itemLabel: c.data.itemLabel ?? null,
      documentLabel: c.data.documentLabel ?? null,
      reviewVersion: c.data.reviewVersion ?? null,
      body: c.data.text,
      createdAt: c.data.createdAt,
      importedAt: now,
      resolvedAt: c.data.resolvedAt ?? null,
    });
    if (!inserted) continue;
    added += 1;
    for (const a of c.data.answers ?? []) {
      repo.insertComment(db, {
        id: randomUUID(),
        meetingId,
        commentId: a.id,
        parentId: id,
        author: a.author,
        itemKey: null,
        documentKey: null,
        quote: null,
        itemLabel: null,
        documentLabel: null,
        reviewVersion: null,
        body: a.body,
        createdAt: a.createdAt,
        importedAt: now,
        resolvedAt: null,
      });
    }
  }
  const verdicts = Array.isArray(rawMeeting['x-verdicts']) ? rawMeeting['x-verdicts'] : [];
  for (const entry of verdicts) {
    const v = ExchangedVerdict.safeParse(entry);
    if (!v.success) continue;
    repo.upsertVerdict(db, {
      meetingId,
      reviewer: v.data.reviewer,
      itemKey: v.data.itemId,
      itemLabel: v.data.itemLabel ?? null,
      verdict: v.data.verdict,
      decidedAt: v.data.decidedAt,
    });
  }
  return added;
}

/** The x- keys this module owns: not kept in the meeting's `extra`, written from the tables instead. */
export const reviewRoundKeys = ['x-comments', 'x-verdicts'] as const;
