import type { Db } from '../db/database';

/** The stored standard agenda of a nämnd (JSON, validated by the service), or undefined. */
export const getTemplateBody = (db: Db, committeeId: string) =>
  (
    db.prepare('SELECT body FROM agenda_templates WHERE committee_id = ?').get(committeeId) as
      | { body: string }
      | undefined
  )?.body;

export const putTemplateBody = (db: Db, committeeId: string, body: string, now: string) =>
  db
    .prepare(
      `INSERT INTO agenda_templates (committee_id, body, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (committee_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
    )
    .run(committeeId, body, now);

export const deleteTemplate = (db: Db, committeeId: string) =>
  db.prepare('DELETE FROM agenda_templates WHERE committee_id = ?').run(committeeId);
