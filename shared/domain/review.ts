import * as z from 'zod';
import { IsoDate, MeetingStatus } from '../package/model';
import type { ChangeReport } from '../review/changes';
import { Id } from './meeting';

/**
 * Presidium review: stored versions, status history, the reviewer's comments and verdicts,
 * and the small comments file that travels back to the secretary. Anchors are identities
 * (`x-id` of item and document, as exported) plus an optional quote — never page positions.
 */

export const Verdict = z.enum(['ok', 'behover_andras']);
export type Verdict = z.infer<typeof Verdict>;

export const VersionSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  status: MeetingStatus,
  pageCount: z.number().int(),
  pdfSha256: z.string(),
  createdAt: z.string(),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

export const StatusChange = z.object({
  fromStatus: MeetingStatus,
  toStatus: MeetingStatus,
  direction: z.enum(['forward', 'backward']),
  reason: z.string().nullable(),
  version: z.number().int().nullable(),
  changedAt: z.string(),
});
export type StatusChange = z.infer<typeof StatusChange>;

export const MeetingHistory = z.object({ versions: z.array(VersionSummary), changes: z.array(StatusChange) });
export type MeetingHistory = z.infer<typeof MeetingHistory>;

/** An agenda as read-only views show it (review mode, an earlier version). */
export const ReadOnlyItem = z.object({
  key: z.string(),
  number: z.number().int(),
  title: z.string(),
  dnr: z.string().nullable(),
  section: z.string().nullable(),
  documents: z.array(z.object({ key: z.string(), title: z.string() })),
});
export type ReadOnlyItem = z.infer<typeof ReadOnlyItem>;

export const VersionView = z.object({
  summary: VersionSummary,
  committee: z.string(),
  date: z.string(),
  items: z.array(ReadOnlyItem),
  base64: z.string(),
});
export type VersionView = z.infer<typeof VersionView>;

// ---------- the comments file (exchange format "kallelse-comments" v1) ----------

const Text = (max: number) => z.string().trim().min(1).max(max);

export const CommentsFileComment = z.object({
  id: Text(100),
  itemId: Text(100).optional(),
  documentId: Text(100).optional(),
  quote: Text(2000).optional(),
  /** How the reviewer saw the anchor, e.g. "3. Budget 2023" — shown if the anchor is gone. */
  itemLabel: Text(500).optional(),
  documentLabel: Text(500).optional(),
  text: Text(10_000),
  createdAt: z.string().max(40),
});
export type CommentsFileComment = z.infer<typeof CommentsFileComment>;

export const CommentsFile = z.object({
  format: z.literal('kallelse-comments'),
  version: z.literal(1),
  reviewId: Text(100),
  meeting: z.object({
    'x-id': Text(100),
    committee: z.string().max(300),
    date: IsoDate,
    version: z.number().int().min(1).optional(),
  }),
  reviewer: Text(200),
  exportedAt: z.string().max(40),
  comments: z.array(CommentsFileComment).max(5000),
  verdicts: z
    .array(
      z.object({ itemId: Text(100), itemLabel: Text(500).optional(), verdict: Verdict, decidedAt: z.string().max(40) }),
    )
    .max(2000),
});
export type CommentsFile = z.infer<typeof CommentsFile>;

/** Marks a package as a review copy (top level of kallelse.json). */
export const ReviewMarker = z.object({
  id: Text(100),
  meetingId: Text(100),
  version: z.number().int().min(1),
  exportedAt: z.string(),
});
export type ReviewMarker = z.infer<typeof ReviewMarker>;

// ---------- the secretary's view of imported comments ----------

export const CommentAnchor = z.object({
  /** item/document: found by identity (or by the quote); detached: its item and document are gone. */
  state: z.enum(['item', 'document', 'detached']),
  itemId: z.string().nullable(),
  itemNumber: z.number().int().nullable(),
  itemTitle: z.string().nullable(),
  documentId: z.string().nullable(),
  documentTitle: z.string().nullable(),
  /** Swedish note when the anchor moved: the document was replaced, found by the quote, … */
  note: z.string().nullable(),
});
export type CommentAnchor = z.infer<typeof CommentAnchor>;

export const CommentView = z.object({
  id: z.string(),
  author: z.string(),
  body: z.string(),
  quote: z.string().nullable(),
  seenAs: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  anchor: CommentAnchor,
  answers: z.array(z.object({ id: z.string(), author: z.string(), body: z.string(), createdAt: z.string() })),
});
export type CommentView = z.infer<typeof CommentView>;

export const VerdictView = z.object({
  reviewer: z.string(),
  itemId: z.string().nullable(),
  itemLabel: z.string().nullable(),
  verdict: Verdict,
  decidedAt: z.string(),
});
export type VerdictView = z.infer<typeof VerdictView>;

export const ReviewOverview = z.object({ comments: z.array(CommentView), verdicts: z.array(VerdictView) });
export type ReviewOverview = z.infer<typeof ReviewOverview>;

export const CommentsImportResult = z.object({
  reviewer: z.string(),
  added: z.number().int(),
  alreadyImported: z.number().int(),
  detached: z.number().int(),
  verdicts: z.number().int(),
});
export type CommentsImportResult = z.infer<typeof CommentsImportResult>;

// ---------- review mode (the reviewer's side) ----------

export const ReviewSessionView = z.object({
  id: z.string(),
  reviewer: z.string().nullable(),
  organisation: z.string(),
  committee: z.string(),
  date: z.string(),
  startTime: z.string(),
  place: z.string(),
  version: z.number().int(),
  items: z.array(ReadOnlyItem.extend({ verdict: Verdict.nullable() })),
  comments: z.array(
    z.object({
      id: z.string(),
      itemKey: z.string().nullable(),
      documentKey: z.string().nullable(),
      quote: z.string().nullable(),
      body: z.string(),
      createdAt: z.string(),
    }),
  ),
});
export type ReviewSessionView = z.infer<typeof ReviewSessionView>;

// ---------- inputs ----------

export const VersionRef = z.object({ versionId: Id }).strict();
export const SessionRef = z.object({ sessionId: Id }).strict();
export const ChangesInput = z.object({ meetingId: Id, fromVersionId: Id, toVersionId: Id.optional() }).strict();
export const AddReviewCommentInput = z
  .object({
    sessionId: Id,
    itemKey: Id,
    documentKey: Id.optional(),
    quote: z.string().trim().min(1).max(2000).optional(),
    body: z.string().trim().min(1, 'skriv en kommentar').max(10_000),
  })
  .strict();
export const SetVerdictInput = z.object({ sessionId: Id, itemKey: Id, verdict: Verdict.nullable() }).strict();
export const SetReviewerInput = z
  .object({ sessionId: Id, reviewer: z.string().trim().min(1, 'skriv ditt namn').max(200) })
  .strict();
export const DeleteReviewCommentInput = z.object({ sessionId: Id, commentId: Id }).strict();
export const AnswerCommentInput = z
  .object({ commentId: Id, body: z.string().trim().min(1, 'skriv ett svar').max(10_000) })
  .strict();
export const ResolveCommentInput = z.object({ commentId: Id, resolved: z.boolean() }).strict();

export const ChangeReportSchema = z.custom<ChangeReport>();
