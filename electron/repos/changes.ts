import type { Db } from '../db/database';

/** The change log of meetings edited after their kallelse was sent (meeting_changes). */
export interface ChangeRow {
  id: number;
  meetingId: string;
  changedAt: string;
  action: string;
  summary: string;
}

export const insertChange = (db: Db, meetingId: string, action: string, summary: string, now: string) =>
  db
    .prepare('INSERT INTO meeting_changes (meeting_id, changed_at, action, summary) VALUES (?, ?, ?, ?)')
    .run(meetingId, now, action, summary);

export const listChanges = (db: Db, meetingId: string) =>
  db
    .prepare(
      'SELECT id, meeting_id AS meetingId, changed_at AS changedAt, action, summary FROM meeting_changes WHERE meeting_id = ? ORDER BY id',
    )
    .all(meetingId) as ChangeRow[];
