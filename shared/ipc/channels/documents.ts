import * as z from 'zod';
import {
  AddDocumentInput,
  AddedDocuments,
  AttachInput,
  ChangedDocument,
  DocumentDetail,
  DocumentRef,
  DocumentSnapshot,
  DropFilesInput,
  RemovedDocument,
  ReorderDocumentsInput,
  ReplaceDropInput,
  UpdateDocumentInput,
} from '../../domain/documents';
import { MeetingDetail } from '../../domain/meeting';
import { defineChannels } from '../define';

/**
 * The documents of an agenda item. Each mutation is one transaction, emits data:changed and
 * answers with the updated meeting; edits and removals also answer with the document as it
 * was, which `documents:restore` puts back (undo). Files come from main's open dialog or as
 * dropped bytes, never as paths, and pass the same checks as a package import.
 */
export const documentChannels = defineChannels({
  'documents:get': { input: DocumentRef, output: DocumentDetail },
  /** A written document (tjänsteskrivelse, missiv, protokollsutdrag, compilation); default place per type. */
  'documents:add': { input: AddDocumentInput, output: z.object({ documentId: z.string(), meeting: MeetingDetail }) },
  'documents:update': { input: UpdateDocumentInput, output: ChangedDocument },
  'documents:remove': { input: DocumentRef, output: RemovedDocument },
  /** Puts a snapshot back with its id and position (replacing the current version if it still exists). */
  'documents:restore': { input: DocumentSnapshot, output: MeetingDetail },
  'documents:reorder': { input: ReorderDocumentsInput, output: MeetingDetail },
  /** PDF bilagor chosen in main's open dialog (several at once); null when cancelled. */
  'documents:attach': { input: AttachInput, output: AddedDocuments.nullable() },
  /** PDF bilagor dropped on an item or the window, sent as bytes. */
  'documents:drop': { input: DropFilesInput, output: AddedDocuments },
  /** A new version of a bilaga from the open dialog; the old file stays stored. null when cancelled. */
  'documents:replaceFile': { input: DocumentRef, output: ChangedDocument.nullable() },
  'documents:replaceDrop': { input: ReplaceDropInput, output: ChangedDocument },
  /** The bytes of an attached PDF (base64) for its thumbnail. */
  'documents:fileBytes': { input: DocumentRef, output: z.object({ base64: z.string() }) },
});
