import { z } from 'zod';
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
  /** The whole package as it would be exported, base64 (structured-clone safe across every transport). */
  base64: z.string(),
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

/**
 * The kallelse PDF of a meeting. Progress of a render arrives as `export:progress` events.
 * `pdf:export` asks for the target in main's save dialog; `null` means the user cancelled.
 */
export const pdfChannels = defineChannels({
  'pdf:preview': { input: MeetingRef, output: PdfPreview },
  /** Ctrl+P: the whole package to the system print dialog; false when the user cancelled. */
  'pdf:print': { input: MeetingRef, output: z.object({ printed: z.boolean(), pageCount: z.number().int() }) },
  'pdf:export': {
    input: MeetingRef,
    output: z.object({ path: z.string(), pageCount: z.number().int(), warnings: z.array(z.string()) }).nullable(),
  },
});
