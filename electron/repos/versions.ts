import type { Db } from '../db/database';

/** Stored versions of a meeting (immutable: the database refuses updates) and the recorded status moves. */

export interface VersionRow {
  id: string;
  meetingId: string;
  version: number;
  status: string;
  package: string;
  pdfSha256: string;
  pageCount: number;
  createdAt: string;
}

const VERSION_COLUMNS = `id, meeting_id AS meetingId, version, status, package, pdf_sha256 AS pdfSha256,
  page_count AS pageCount, created_at AS createdAt`;

export function insertVersion(db: Db, row: VersionRow, files: readonly { path: string; sha256: string }[]): void {
  db.prepare(
    `INSERT INTO meeting_versions (id, meeting_id, version, status, package, pdf_sha256, page_count, created_at)
     VALUES (@id, @meetingId, @version, @status, @package, @pdfSha256, @pageCount, @createdAt)`,
  ).run(row);
  const insertFile = db.prepare('INSERT INTO meeting_version_files (version_id, path, sha256) VALUES (?, ?, ?)');
  for (const f of files) insertFile.run(row.id, f.path, f.sha256);
}

export const nextVersionNumber = (db: Db, meetingId: string): number =>
  (
    db
      .prepare('SELECT coalesce(max(version), 0) + 1 AS n FROM meeting_versions WHERE meeting_id = ?')
      .get(meetingId) as {
      n: number;
    }
  ).n;

/** Without the package body (lists stay small). */
export const listVersions = (db: Db, meetingId: string) =>
  db
    .prepare(
      `SELECT id, meeting_id AS meetingId, version, status, pdf_sha256 AS pdfSha256, page_count AS pageCount,
              created_at AS createdAt FROM meeting_versions WHERE meeting_id = ? ORDER BY version`,
    )
    .all(meetingId) as Omit<VersionRow, 'package'>[];

export const getVersion = (db: Db, versionId: string) =>
  db.prepare(`SELECT ${VERSION_COLUMNS} FROM meeting_versions WHERE id = ?`).get(versionId) as VersionRow | undefined;

export const listVersionFiles = (db: Db, versionId: string) =>
  db
    .prepare(
      `SELECT v.path, v.sha256, f.media_type AS mediaType FROM meeting_version_files v
       JOIN files f ON f.sha256 = v.sha256 WHERE v.version_id = ? ORDER BY v.path`,
    )
    .all(versionId) as { path: string; sha256: string; mediaType: 'application/pdf' | 'image/png' | 'image/jpeg' }[];

export interface StatusChangeRow {
  id: string;
  meetingId: string;
  fromStatus: string;
  toStatus: string;
  direction: 'forward' | 'backward';
  reason: string | null;
  versionId: string | null;
  changedAt: string;
}

export function insertStatusChange(db: Db, row: StatusChangeRow): void {
  db.prepare(
    `INSERT INTO meeting_status_changes (id, meeting_id, from_status, to_status, direction, reason, version_id, changed_at)
     VALUES (@id, @meetingId, @fromStatus, @toStatus, @direction, @reason, @versionId, @changedAt)`,
  ).run(row);
}

export const listStatusChanges = (db: Db, meetingId: string) =>
  db
    .prepare(
      `SELECT id, meeting_id AS meetingId, from_status AS fromStatus, to_status AS toStatus, direction, reason,
              version_id AS versionId, changed_at AS changedAt
       FROM meeting_status_changes WHERE meeting_id = ? ORDER BY changed_at, rowid`,
    )
    .all(meetingId) as StatusChangeRow[];
