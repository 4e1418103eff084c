import type { DocumentSnapshot } from '../../shared/domain/documents';
import { defaultPosition } from '../../shared/domain/documents';
import { AppError } from '../../shared/ipc/result';
import { PackageDocument } from '../../shared/package/model';
import type { Db } from '../db/database';
import { documentColumns } from '../package/documentRow';
import {
  type DocumentRow,
  getDocument,
  insertDocument,
  listItemDocuments,
  setDocumentOrder,
  updateDocument,
} from '../repos/documents';
import { getMeeting } from '../repos/meetings';

/** The row-level steps of DocumentService, inside its transactions; `iso` is the change's time. */

/** Inserts a row at a position (default: its type's place), shifting the others down. */
export function insertAt(db: Db, iso: string, itemId: string, position: number | undefined, row: DocumentRow): void {
  const existing = listItemDocuments(db, itemId);
  const doc = PackageDocument.parse(JSON.parse(row.body));
  const at = Math.min(
    position ??
      defaultPosition(
        existing.map((d) => d.type as PackageDocument['type']),
        doc.type,
      ),
    existing.length,
  );
  insertDocument(db, { ...row, position: existing.length }, iso);
  const ids = existing.map((d) => d.id);
  ids.splice(at, 0, row.id);
  setDocumentOrder(db, ids, iso);
}

export function rewrite(
  db: Db,
  iso: string,
  row: DocumentRow & { meetingId: string },
  doc: PackageDocument,
  body: unknown,
  file?: { sha256: string; fileName: string },
): void {
  const sha = file?.sha256 ?? row.fileSha256;
  updateDocument(
    db,
    {
      id: row.id,
      ...documentColumns(doc, sha ? { sha256: sha } : null),
      fileName: file?.fileName ?? row.fileName,
      protocolMeetingId: row.protocolMeetingId,
      body: JSON.stringify(body),
    },
    iso,
  );
}

export function requireDocument(db: Db, documentId: string) {
  const row = getDocument(db, documentId);
  if (!row) {
    throw new AppError(
      'NOT_FOUND',
      `Handlingen finns inte (id ${documentId}). Uppdatera mötet och försök igen.`,
      documentId,
    );
  }
  return row;
}

/** A protocol extract's § must lie in the presidium protocol's range (the package rule export applies). */
export function checkParagraph(db: Db, meetingId: string, doc: PackageDocument): void {
  if (doc.type !== 'protokollsutdrag') return;
  const id = presidiumOf(db, meetingId);
  const pm = id ? getMeeting(db, id) : undefined;
  if (!pm || pm.paragraphFrom === null || pm.paragraphTo === null) return;
  if (doc.paragraph < pm.paragraphFrom || doc.paragraph > pm.paragraphTo) {
    throw new AppError(
      'VALIDATION',
      `§ ${doc.paragraph} ligger utanför presidiets protokoll (§§ ${pm.paragraphFrom}-${pm.paragraphTo}). Välj en paragraf i det intervallet.`,
      'paragraph',
    );
  }
}

export function presidiumOf(db: Db, meetingId: string): string | null {
  return getMeeting(db, meetingId)?.presidiumMeetingId ?? null;
}

export function snapshotOf(row: DocumentRow): DocumentSnapshot {
  return {
    id: row.id,
    itemId: row.itemId,
    position: row.position,
    body: row.body,
    fileSha256: row.fileSha256,
    fileName: row.fileName,
  };
}
