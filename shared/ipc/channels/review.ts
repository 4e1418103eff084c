import * as z from 'zod';
import { MeetingRef } from '../../domain/meeting';
import {
  AddReviewCommentInput,
  AnswerCommentInput,
  ChangeReportSchema,
  ChangesInput,
  CommentsImportResult,
  DeleteReviewCommentInput,
  MeetingHistory,
  ResolveCommentInput,
  ReviewOverview,
  ReviewSessionView,
  SessionRef,
  SetReviewerInput,
  SetVerdictInput,
  VersionRef,
  VersionView,
} from '../../domain/review';
import { defineChannels } from '../define';

const Saved = z.object({ path: z.string() });

/**
 * Presidium review: versions and what changed between them, review copies, review mode (the
 * reviewer's side) and the comments the secretary imports. Every file path comes from main's
 * dialogs; `null` means the user cancelled. Status moves go through `meetings:setStatus`.
 */
export const reviewChannels = defineChannels({
  'versions:history': { input: MeetingRef, output: MeetingHistory },
  /** An earlier version, read-only: its agenda and its stored PDF. */
  'versions:open': { input: VersionRef, output: VersionView },
  'versions:exportPdf': { input: VersionRef, output: Saved.nullable() },
  'versions:exportPackage': { input: VersionRef, output: Saved.nullable() },
  /** From a version to a later one, or to the meeting as it is now when toVersionId is left out. */
  'versions:changes': { input: ChangesInput, output: ChangeReportSchema },
  /** The PDF "Ändringar sedan version N". */
  'versions:exportChangesPdf': {
    input: ChangesInput,
    output: Saved.extend({ pageCount: z.number().int(), changes: z.number().int() }).nullable(),
  },

  /** The latest granskning version as a .kallelse review copy. */
  'review:exportCopy': { input: MeetingRef, output: Saved.extend({ version: z.number().int() }).nullable() },
  'review:importComments': { input: MeetingRef, output: CommentsImportResult.nullable() },
  'review:overview': { input: MeetingRef, output: ReviewOverview },
  'review:answer': { input: AnswerCommentInput, output: ReviewOverview },
  'review:resolve': { input: ResolveCommentInput, output: ReviewOverview },

  /** Review mode: open a review copy (dialog in main); the same copy again continues the review. */
  'review:openCopy': { input: z.undefined(), output: ReviewSessionView.nullable() },
  'review:session': { input: SessionRef, output: ReviewSessionView },
  'review:sessionPdf': { input: SessionRef, output: z.object({ base64: z.string(), pageCount: z.number().int() }) },
  'review:setReviewer': { input: SetReviewerInput, output: ReviewSessionView },
  'review:addComment': { input: AddReviewCommentInput, output: ReviewSessionView },
  'review:deleteComment': { input: DeleteReviewCommentInput, output: ReviewSessionView },
  'review:setVerdict': { input: SetVerdictInput, output: ReviewSessionView },
  'review:exportComments': { input: SessionRef, output: Saved.extend({ comments: z.number().int() }).nullable() },
});
