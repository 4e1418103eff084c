import type { Db } from '../db/database';

/** Imported review comments and verdicts (the secretary's side) and review sessions (the reviewer's side). */

export interface CommentRow {
  id: string;
  meetingId: string;
  commentId: string;
  parentId: string | null;
  author: string;
  itemKey: string | null;
  documentKey: string | null;
  quote: string | null;
  itemLabel: string | null;
  documentLabel: string | null;
  reviewVersion: number | null;
  body: string;
  createdAt: string;
  importedAt: string;
  resolvedAt: string | null;
}

const COMMENT_COLUMNS = `id, meeting_id AS meetingId, comment_id AS commentId, parent_id AS parentId, author,
  item_key AS itemKey, document_key AS documentKey, quote, item_label AS itemLabel, document_label AS documentLabel,
  review_version AS reviewVersion, body, created_at AS createdAt, imported_at AS importedAt, resolved_at AS resolvedAt`;

/** Inserts unless this meeting already has the comment (same file imported twice); true when inserted. */
export function insertComment(db: Db, row: CommentRow): boolean {
  return (
    db
      .prepare(
        `INSERT INTO review_comments (id, meeting_id, comment_id, parent_id, author, item_key, document_key, quote,
           item_label, document_label, review_version, body, created_at, imported_at, resolved_at)
         VALUES (@id, @meetingId, @commentId, @parentId, @author, @itemKey, @documentKey, @quote, @itemLabel,
           @documentLabel, @reviewVersion, @body, @createdAt, @importedAt, @resolvedAt)
         ON CONFLICT (meeting_id, comment_id) DO NOTHING`,
      )
      .run(row).changes === 1
  );
}

export const listComments = (db: Db, meetingId: string) =>
  db
    .prepare(`SELECT ${COMMENT_COLUMNS} FROM review_comments WHERE meeting_id = ? ORDER BY created_at, rowid`)
    .all(meetingId) as CommentRow[];

export const getComment = (db: Db, id: string) =>
  db.prepare(`SELECT ${COMMENT_COLUMNS} FROM review_comments WHERE id = ?`).get(id) as CommentRow | undefined;

export const setResolved = (db: Db, id: string, resolvedAt: string | null) =>
  db.prepare('UPDATE review_comments SET resolved_at = ? WHERE id = ?').run(resolvedAt, id);

/** Keeps the newest verdict of each reviewer on each item. */
export function upsertVerdict(
  db: Db,
  row: {
    meetingId: string;
    reviewer: string;
    itemKey: string;
    itemLabel: string | null;
    verdict: string;
    decidedAt: string;
  },
): boolean {
  return (
    db
      .prepare(
        `INSERT INTO review_verdicts (meeting_id, reviewer, item_key, item_label, verdict, decided_at)
         VALUES (@meetingId, @reviewer, @itemKey, @itemLabel, @verdict, @decidedAt)
         ON CONFLICT (meeting_id, reviewer, item_key) DO UPDATE
           SET verdict = excluded.verdict, item_label = excluded.item_label, decided_at = excluded.decided_at
           WHERE excluded.decided_at > review_verdicts.decided_at`,
      )
      .run(row).changes === 1
  );
}

export const listVerdicts = (db: Db, meetingId: string) =>
  db
    .prepare(
      `SELECT reviewer, item_key AS itemKey, item_label AS itemLabel, verdict, decided_at AS decidedAt
       FROM review_verdicts WHERE meeting_id = ? ORDER BY reviewer, item_key`,
    )
    .all(meetingId) as {
    reviewer: string;
    itemKey: string;
    itemLabel: string | null;
    verdict: string;
    decidedAt: string;
  }[];

// ---------- the reviewer's side ----------

export interface SessionRow {
  id: string;
  package: string;
  reviewer: string | null;
  openedAt: string;
}

export const getSession = (db: Db, id: string) =>
  db.prepare('SELECT id, package, reviewer, opened_at AS openedAt FROM review_sessions WHERE id = ?').get(id) as
    | SessionRow
    | undefined;

export function insertSession(db: Db, row: SessionRow, files: readonly { path: string; sha256: string }[]): void {
  db.prepare(
    'INSERT INTO review_sessions (id, package, reviewer, opened_at) VALUES (@id, @package, @reviewer, @openedAt)',
  ).run(row);
  const insert = db.prepare('INSERT INTO review_session_files (session_id, path, sha256) VALUES (?, ?, ?)');
  for (const f of files) insert.run(row.id, f.path, f.sha256);
}

export const listSessionFiles = (db: Db, sessionId: string) =>
  db
    .prepare(
      `SELECT s.path, s.sha256, f.media_type AS mediaType FROM review_session_files s
       JOIN files f ON f.sha256 = s.sha256 WHERE s.session_id = ? ORDER BY s.path`,
    )
    .all(sessionId) as { path: string; sha256: string; mediaType: 'application/pdf' | 'image/png' | 'image/jpeg' }[];

export const setSessionReviewer = (db: Db, id: string, reviewer: string) =>
  db.prepare('UPDATE review_sessions SET reviewer = ? WHERE id = ?').run(reviewer, id);

export interface SessionCommentRow {
  id: string;
  sessionId: string;
  itemKey: string | null;
  documentKey: string | null;
  quote: string | null;
  itemLabel: string | null;
  documentLabel: string | null;
  body: string;
  createdAt: string;
}

export function insertSessionComment(db: Db, row: SessionCommentRow): void {
  db.prepare(
    `INSERT INTO review_session_comments (id, session_id, item_key, document_key, quote, item_label, document_label, body, created_at)
     VALUES (@id, @sessionId, @itemKey, @documentKey, @quote, @itemLabel, @documentLabel, @body, @createdAt)`,
  ).run(row);
}

export const deleteSessionComment = (db: Db, sessionId: string, id: string) =>
  db.prepare('DELETE FROM review_session_comments WHERE session_id = ? AND id = ?').run(sessionId, id).changes;

export const listSessionComments = (db: Db, sessionId: string) =>
  db
    .prepare(
      `SELECT id, session_id AS sessionId, item_key AS itemKey, document_key AS documentKey, quote,
              item_label AS itemLabel, document_label AS documentLabel, body, created_at AS createdAt
       FROM review_session_comments WHERE session_id = ? ORDER BY created_at, rowid`,
    )
    .all(sessionId) as SessionCommentRow[];

export function setSessionVerdict(
  db: Db,
  row: { sessionId: string; itemKey: string; itemLabel: string | null; verdict: string | null; decidedAt: string },
): void {
  if (row.verdict === null) {
    db.prepare('DELETE FROM review_session_verdicts WHERE session_id = ? AND item_key = ?').run(
      row.sessionId,
      row.itemKey,
    );
    return;
  }
  db.prepare(
    `INSERT INTO review_session_verdicts (session_id, item_key, item_label, verdict, decided_at)
     VALUES (@sessionId, @itemKey, @itemLabel, @verdict, @decidedAt)
     ON CONFLICT (session_id, item_key) DO UPDATE SET verdict = excluded.verdict, decided_at = excluded.decided_at`,
  ).run(row);
}

export const listSessionVerdicts = (db: Db, sessionId: string) =>
  db
    .prepare(
      `SELECT item_key AS itemKey, item_label AS itemLabel, verdict, decided_at AS decidedAt
       FROM review_session_verdicts WHERE session_id = ? ORDER BY item_key`,
    )
    .all(sessionId) as { itemKey: string; itemLabel: string | null; verdict: string; decidedAt: string }[];
