import * as z from 'zod';
import {
  Delegationsbeslut,
  ImportedPdf,
  Informationshandlingar,
  type PackageDocument,
  Protokollsutdrag,
  Tjansteskrivelse,
} from '../package/model';
import { markdownText, TEXT_LIMITS } from '../package/textLimits';
import { Id, MeetingDetail, RealDate } from './meeting';

/**
 * The documents of an agenda item as the editors see them, and the inputs of the document
 * channels. Bodies are the package model's document objects (shared/package/model.ts), made
 * strict here so unknown fields are refused at the IPC gate.
 */

const text = (max: number) => z.string().max(max, `högst ${max} tecken`);
const lines = z.array(text(2000)).max(200);

/** A typeset document as the renderer writes it (every type except an imported PDF). */
export const WrittenDocument = z.discriminatedUnion('type', [
  Protokollsutdrag.extend({
    title: text(500).min(1, 'rubriken får inte vara tom'),
    sammanfattning: markdownText(TEXT_LIMITS.sammanfattning).optional(),
    decisionPoints: lines.optional(),
    beslutsunderlag: lines.optional(),
    yrkanden: lines.optional(),
    beslutetSkickasTill: lines.optional(),
    jav: lines.optional(),
  }).strict(),
  Tjansteskrivelse.extend({
    date: RealDate,
    title: text(500).min(1, 'rubriken får inte vara tom'),
    sammanfattning: markdownText(TEXT_LIMITS.sammanfattning).optional(),
    informationIArendet: markdownText(TEXT_LIMITS.informationIArendet).optional(),
    beslutsunderlag: lines.optional(),
    beslutSkickasTill: lines.optional(),
  }).strict(),
  Informationshandlingar.extend({ entries: Informationshandlingar.shape.entries.max(2000) }).strict(),
  Delegationsbeslut.extend({ rows: Delegationsbeslut.shape.rows.max(2000) }).strict(),
]);
export type WrittenDocument = z.infer<typeof WrittenDocument>;

/** What can be edited of an imported PDF: everything but the file (replaced through its own channel). */
export const PdfFields = ImportedPdf.omit({ file: true })
  .extend({ title: text(500).min(1, 'titeln får inte vara tom'), date: RealDate.optional() })
  .strict();
export type PdfFields = z.infer<typeof PdfFields>;

export const EditableDocument = z.discriminatedUnion('type', [...WrittenDocument.options, PdfFields]);
export type EditableDocument = z.infer<typeof EditableDocument>;

/**
 * Default place of a document type within its item (kallelse-anatomy §8 req. 2): protocol
 * extract, then tjänsteskrivelse/missiv, then the compilations, then the bilagor.
 */
export function documentRank(type: PackageDocument['type']): number {
  switch (type) {
    case 'protokollsutdrag':
      return 0;
    case 'tjansteskrivelse':
    case 'missiv':
      return 1;
    case 'informationshandlingar':
    case 'delegationsbeslut':
      return 2;
    case 'pdf':
      return 3;
  }
}

/** The 0-based position a new document of `type` takes among `existing` types: after the last of its rank or lower. */
export function defaultPosition(existing: readonly PackageDocument['type'][], type: PackageDocument['type']): number {
  const rank = documentRank(type);
  let at = 0;
  existing.forEach((t, i) => {
    if (documentRank(t) <= rank) at = i + 1;
  });
  return at;
}

/** One document with its full body, for an editor. */
export const DocumentDetail = z.object({
  id: z.string(),
  itemId: z.string(),
  meetingId: z.string(),
  position: z.number().int(),
  /** The package document object (x- properties stripped). */
  document: z.custom<PackageDocument>((v) => typeof v === 'object' && v !== null),
  file: z
    .object({ sha256: z.string(), fileName: z.string(), pageCount: z.number().int(), byteSize: z.number().int() })
    .nullable(),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

/**
 * A stored document exactly as it was, to put back (undo of a removal, an edit or a file
 * replacement). The body is checked against the model again; a file must already be stored.
 */
export const DocumentSnapshot = z
  .object({
    id: Id,
    itemId: Id,
    position: z.number().int().min(0).max(10_000),
    body: z.string().max(5_000_000),
    fileSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
    fileName: z.string().max(255).nullable(),
  })
  .strict();
export type DocumentSnapshot = z.infer<typeof DocumentSnapshot>;

/** A file dropped on the window, as bytes (the renderer never names a path). */
export const MAX_DROPPED_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_DROPPED_FILES = 20;
export const DroppedFile = z
  .object({
    name: z.string().min(1).max(255),
    base64: z
      .string()
      .max(Math.ceil(MAX_DROPPED_FILE_BYTES / 3) * 4, 'filen är större än 100 MB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'ska vara base64'),
  })
  .strict();
export type DroppedFile = z.infer<typeof DroppedFile>;

// ---------- inputs ----------

export const DocumentRef = z.object({ documentId: Id }).strict();
export const AddDocumentInput = z
  .object({ itemId: Id, document: WrittenDocument, position: z.number().int().min(0).max(10_000).optional() })
  .strict();
export const UpdateDocumentInput = z.object({ documentId: Id, document: EditableDocument }).strict();
export const ReorderDocumentsInput = z.object({ itemId: Id, documentIds: z.array(Id).min(1).max(1000) }).strict();
export const AttachInput = z.object({ itemId: Id, position: z.number().int().min(0).max(10_000).optional() }).strict();
export const DropFilesInput = z
  .object({
    itemId: Id,
    files: z.array(DroppedFile).min(1).max(MAX_DROPPED_FILES, `högst ${MAX_DROPPED_FILES} filer åt gången`),
  })
  .strict();
export const ReplaceDropInput = z.object({ documentId: Id, file: DroppedFile }).strict();

export const AddedDocuments = z.object({ documentIds: z.array(z.string()), meeting: MeetingDetail });
export const RemovedDocument = z.object({ removed: DocumentSnapshot, meeting: MeetingDetail });
/** An edit's answer: the document as it was before (to restore on undo) and the updated meeting. */
export const ChangedDocument = z.object({ before: DocumentSnapshot, meeting: MeetingDetail });
