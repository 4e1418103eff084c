import type { Db } from '../db/database';
import type { MediaType } from '../files/ContentStore';

export interface FileRow {
  sha256: string;
  byteSize: number;
  mediaType: MediaType;
  pageCount: number | null;
  pdfTitle: string | null;
}

export const getFile = (db: Db, sha256: string) =>
  db
    .prepare(
      'SELECT sha256, byte_size AS byteSize, media_type AS mediaType, page_count AS pageCount, pdf_title AS pdfTitle FROM files WHERE sha256 = ?',
    )
    .get(sha256) as FileRow | undefined;

/** Records a stored file once; the same bytes imported again keep their first row. */
export function insertFile(db: Db, row: FileRow, now: string): void {
  db.prepare(
    `INSERT INTO files (sha256, byte_size, media_type, page_count, pdf_title, created_at)
     VALUES (@sha256, @byteSize, @mediaType, @pageCount, @pdfTitle, @now) ON CONFLICT (sha256) DO NOTHING`,
  ).run({ ...row, now });
}

export interface DocumentRow {
  id: string;
  itemId: string;
  position: number;
  type: string;
  title: string | null;
  date: string | null;
  dnr: string | null;
  paragraph: number | null;
  protocolMeetingId: string | null;
  fileSha256: string | null;
  fileName: string | null;
  bilaga: string | null;
  role: string | null;
  public: 0 | 1;
  body: string;
}

export function insertDocument(db: Db, row: DocumentRow, now: string): void {
  db.prepare(
    `INSERT INTO documents (id, item_id, position, type, title, document_date, dnr, paragraph, protocol_meeting_id,
                            file_sha256, file_name, bilaga, role, public, body, created_at, updated_at)
     VALUES (@id, @itemId, @position, @type, @title, @date, @dnr, @paragraph, @protocolMeetingId,
             @fileSha256, @fileName, @bilaga, @role, @public, @body, @now, @now)`,
  ).run({ ...row, now });
}

/** Documents of a meeting in agenda order, with the page count of imported files. */
export const listDocuments = (db: Db, meetingId: string) =>
  db
    .prepare(
      `SELECT d.id, d.item_id AS itemId, d.position, d.type, d.title, d.document_date AS date, d.dnr, d.paragraph,
              d.protocol_meeting_id AS protocolMeetingId, d.file_sha256 AS fileSha256, d.file_name AS fileName, d.bilaga,
              d.role, d.public, d.body, f.page_count AS pageCount, f.media_type AS mediaType
       FROM documents d JOIN agenda_items i ON i.id = d.item_id JOIN agenda_sections s ON s.id = i.section_id
       LEFT JOIN files f ON f.sha256 = d.file_sha256
       WHERE s.meeting_id = ? ORDER BY s.position, i.position, d.position`,
    )
    .all(meetingId) as (DocumentRow & { pageCount: number | null; mediaType: MediaType | null })[];

const DOC_COLUMNS = `d.id, d.item_id AS itemId, d.position, d.type, d.title, d.document_date AS date, d.dnr, d.paragraph,
  d.protocol_meeting_id AS protocolMeetingId, d.file_sha256 AS fileSha256, d.file_name AS fileName, d.bilaga, d.role,
  d.public, d.body`;

/** One document with the meeting it belongs to. */
export const getDocument = (db: Db, id: string) =>
  db
    .prepare(
      `SELECT ${DOC_COLUMNS}, s.meeting_id AS meetingId FROM documents d JOIN agenda_items i ON i.id = d.item_id
       JOIN agenda_sections s ON s.id = i.section_id WHERE d.id = ?`,
    )
    .get(id) as (DocumentRow & { meetingId: string }) | undefined;

/** The documents of one item, in order. */
export const listItemDocuments = (db: Db, itemId: string) =>
  db
    .prepare(`SELECT ${DOC_COLUMNS} FROM documents d WHERE d.item_id = ? ORDER BY d.position`)
    .all(itemId) as DocumentRow[];

/** Rewrites a document's content and its projected columns (position and item stay). */
export function updateDocument(db: Db, row: Omit<DocumentRow, 'itemId' | 'position'>, now: string): void {
  db.prepare(
    `UPDATE documents SET type = @type, title = @title, document_date = @date, dnr = @dnr, paragraph = @paragraph,
       protocol_meeting_id = @protocolMeetingId, file_sha256 = @fileSha256, file_name = @fileName, bilaga = @bilaga,
       role = @role, public = @public, body = @body, updated_at = @now WHERE id = @id`,
  ).run({ ...row, now });
}

export const deleteDocument = (db: Db, id: string) => db.prepare('DELETE FROM documents WHERE id = ?').run(id);

/** Positions 0..n-1 in the order of `ids` (two passes, so the unique constraint never sees a duplicate). */
export function setDocumentOrder(db: Db, ids: readonly string[], now: string): void {
  const park = db.prepare('UPDATE documents SET position = ? WHERE id = ?');
  const place = db.prepare('UPDATE documents SET position = ?, updated_at = ? WHERE id = ?');
  ids.forEach((id, i) => {
    park.run(-1 - i, id);
  });
  ids.forEach((id, i) => {
    place.run(i, now, id);
  });
}
