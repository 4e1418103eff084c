import { Protokoll } from '../../shared/protokoll/model';
import type { ParagraphSeries } from '../../shared/protokoll/numbering';
import type { Db } from '../db/database';

/** The protokoll of a meeting (validated JSON body) and a nämnd's protokoll settings. */

export function getProtokoll(db: Db, meetingId: string): Protokoll | null {
  const row = db.prepare('SELECT body FROM meeting_protokoll WHERE meeting_id = ?').get(meetingId) as
    | { body: string }
    | undefined;
  return row ? Protokoll.parse(JSON.parse(row.body)) : null;
}

/** Inserts or replaces; the body is validated before it is written. */
export function saveProtokoll(db: Db, meetingId: string, protokoll: Protokoll, now: string): void {
  const body = Protokoll.parse(protokoll);
  const numbers = body.paragraphs.map((p) => p.number);
  db.prepare(
    `INSERT INTO meeting_protokoll (meeting_id, body, first_paragraph, last_paragraph, justerad, created_at, updated_at)
     VALUES (@meetingId, @body, @first, @last, @justerad, @now, @now)
     ON CONFLICT (meeting_id) DO UPDATE SET body = excluded.body, first_paragraph = excluded.first_paragraph,
       last_paragraph = excluded.last_paragraph, justerad = excluded.justerad, updated_at = excluded.updated_at`,
  ).run({
    meetingId,
    body: JSON.stringify(body),
    first: numbers.length > 0 ? Math.min(...numbers) : null,
    last: numbers.length > 0 ? Math.max(...numbers) : null,
    justerad: body.justerad ? 1 : 0,
    now,
  });
}

/** Earlier protokoll of a nämnd, for its § series: meeting date and the numbers used. */
export function protokollSeries(db: Db, committeeId: string): { meetingDate: string; numbers: number[] }[] {
  const rows = db
    .prepare(
      `SELECT m.meeting_date AS meetingDate, p.first_paragraph AS first, p.last_paragraph AS last
       FROM meeting_protokoll p JOIN meetings m ON m.id = p.meeting_id
       WHERE m.committee_id = ? AND p.first_paragraph IS NOT NULL ORDER BY m.meeting_date`,
    )
    .all(committeeId) as { meetingDate: string; first: number; last: number }[];
  return rows.map((r) => ({ meetingDate: r.meetingDate, numbers: [r.first, r.last] }));
}

export interface ProtokollSettings {
  substituteOrder: Record<string, string[]> | null;
  paragraphSeries: ParagraphSeries;
}

export function getProtokollSettings(db: Db, committeeId: string): ProtokollSettings {
  const row = db
    .prepare(
      'SELECT substitute_order AS substituteOrder, paragraph_series AS paragraphSeries FROM committee_protokoll_settings WHERE committee_id = ?',
    )
    .get(committeeId) as { substituteOrder: string | null; paragraphSeries: ParagraphSeries } | undefined;
  return {
    substituteOrder: row?.substituteOrder ? (JSON.parse(row.substituteOrder) as Record<string, string[]>) : null,
    paragraphSeries: row?.paragraphSeries ?? 'year',
  };
}

export function saveProtokollSettings(
  db: Db,
  committeeId: string,
  settings: Partial<ProtokollSettings>,
  now: string,
): void {
  const current = getProtokollSettings(db, committeeId);
  const next = { ...current, ...settings };
  db.prepare(
    `INSERT INTO committee_protokoll_settings (committee_id, substitute_order, paragraph_series, updated_at)
     VALUES (@committeeId, @substituteOrder, @paragraphSeries, @now)
     ON CONFLICT (committee_id) DO UPDATE SET substitute_order = excluded.substitute_order,
       paragraph_series = excluded.paragraph_series, updated_at = excluded.updated_at`,
  ).run({
    committeeId,
    substituteOrder: next.substituteOrder ? JSON.stringify(next.substituteOrder) : null,
    paragraphSeries: next.paragraphSeries,
    now,
  });
}
