import * as z from 'zod';
import { MeetingRef } from '../../domain/meeting';
import { defineChannels } from '../define';

/** Where each agenda item's documents landed in the package (null when it has none). */
export const ItemPages = z.object({
  number: z.number().int(),
  title: z.string(),
  firstPage: z.number().int().nullable(),
  lastPage: z.number().int().nullable(),
});

export const PdfPreview = z.object({
  /** This version of the package file (send it back as `have` with the next request). */
  id: z.string(),
  /**
   * Null: `base64` is the whole package as it would be exported. Otherwise the id of the version
   * the window said it has, and `base64` is what to append to those bytes (an incremental update).
   */
  appendTo: z.string().nullable(),
  /** Bytes, base64 (structured-clone safe across every transport). */
  base64: z.string(),
  /** With `appendTo`: the pages (1-based) whose picture changed; the others look as before. */
  changedPages: z.array(z.number().int()).nullable(),
  pageCount: z.number().int(),
  kallelsePages: z.number().int(),
  items: z.array(ItemPages),
  /** Swedish pre-send checks; export is still possible. */
  warnings: z.array(z.string()),
  /** Where each check's warning points (item number, document index, field), matched by message. */
  warningTargets: z
    .array(
      z.object({
        message: z.string(),
        itemNumber: z.number().int(),
        documentIndex: z.number().int().nullable(),
        field: z.enum(['title', 'dnr', 'signatories', 'beslutsunderlag']).nullable(),
      }),
    )
    .optional(),
});
export type PdfPreview = z.infer<typeof PdfPreview>;

export const PreviewRequest = z
  .object({ meetingId: MeetingRef.shape.meetingId, have: z.string().max(64).optional() })
  .strict();

/**
 * The kallelse PDF of a meeting. Progress of a render arrives as `export:progress` events.
 * `pdf:export` asks for the target in main's save dialog; `null` means the user cancelled.
 */
export const pdfChannels = defineChannels({
  /** `have`: the version of the package the window holds, so that only what changed since is sent. */
  'pdf:preview': { input: PreviewRequest, output: PdfPreview },
  /** Ctrl+P: the whole package to the system print dialog; false when the user cancelled. */
  'pdf:print': { input: MeetingRef, output: z.object({ printed: z.boolean(), pageCount: z.number().int() }) },
  'pdf:export': {
    input: MeetingRef,
    output: z.object({ path: z.string(), pageCount: z.number().int(), warnings: z.array(z.string()) }).nullable(),
  },
});
