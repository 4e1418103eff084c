import { AppError } from '../../shared/ipc/result';
import type { Db } from '../db/database';

/**
 * Sections and items. Positions are 0..n-1 per meeting (sections) and per section (items),
 * unique by constraint; the agenda number is derived from them (shared/domain/numbering.ts).
 */

export interface SectionRow {
  id: string;
  meetingId: string;
  position: number;
  heading: string | null;
  extra: string | null;
}

export const listSections = (db: Db, meetingId: string) =>
  db
    .prepare(
      'SELECT id, meeting_id AS meetingId, position, heading, extra FROM agenda_sections WHERE meeting_id = ? ORDER BY position',
    )
    .all(meetingId) as SectionRow[];

export const getSection = (db: Db, id: string) =>
  db
    .prepare('SELECT id, meeting_id AS meetingId, position, heading, extra FROM agenda_sections WHERE id = ?')
    .get(id) as SectionRow | undefined;

export function insertSection(db: Db, row: SectionRow): void {
  db.prepare(
    'INSERT INTO agenda_sections (id, meeting_id, position, heading, extra) VALUES (@id, @meetingId, @position, @heading, @extra)',
  ).run(row);
}

export const updateSectionHeading = (db: Db, id: string, heading: string | null) =>
  db.prepare('UPDATE agenda_sections SET heading = ? WHERE id = ?').run(heading, id);

export const deleteSection = (db: Db, id: string) => db.prepare('DELETE FROM agenda_sections WHERE id = ?').run(id);

/** Rewrites positions to follow `ids` (two passes, so the unique constraint never sees a duplicate). */
export function setSectionOrder(db: Db, meetingId: string, ids: readonly string[]): void {
  const park = db.prepare('UPDATE agenda_sections SET position = ? WHERE id = ? AND meeting_id = ?');
  ids.forEach((id, i) => {
    park.run(-1 - i, id, meetingId);
  });
  ids.forEach((id, i) => {
    park.run(i, id, meetingId);
  });
}

export interface ItemRow {
  id: string;
  sectionId: string;
  position: number;
  title: string;
  dnr: string | null;
  kind: string | null;
  presenter: string | null;
  public: 0 | 1;
  extra: string | null;
  /** 1 = utgår (withdrawn after sending, keeps its number). */
  withdrawn?: 0 | 1;
  /** 1 = extra ärende (added after sending). */
  addedAfterSend?: 0 | 1;
}

const ITEM_COLUMNS =
  'i.id, i.section_id AS sectionId, i.position, i.title, i.dnr, i.kind, i.presenter, i.public, i.extra, i.withdrawn, i.added_after_send AS addedAfterSend';

/** All items of a meeting in agenda order. */
export const listItems = (db: Db, meetingId: string) =>
  db
    .prepare(
      `SELECT ${ITEM_COLUMNS} FROM agenda_items i JOIN agenda_sections s ON s.id = i.section_id
       WHERE s.meeting_id = ? ORDER BY s.position, i.position`,
    )
    .all(meetingId) as ItemRow[];

export const getItem = (db: Db, id: string) =>
  db
    .prepare(
      `SELECT ${ITEM_COLUMNS}, s.meeting_id AS meetingId FROM agenda_items i JOIN agenda_sections s ON s.id = i.section_id
       WHERE i.id = ?`,
    )
    .get(id) as (ItemRow & { meetingId: string }) | undefined;

export function insertItem(db: Db, row: ItemRow, now: string): void {
  db.prepare(
    `INSERT INTO agenda_items (id, section_id, position, title, dnr, kind, presenter, public, extra, withdrawn,
                               added_after_send, created_at, updated_at)
     VALUES (@id, @sectionId, @position, @title, @dnr, @kind, @presenter, @public, @extra, @withdrawn, @addedAfterSend,
             @now, @now)`,
  ).run({ withdrawn: 0, addedAfterSend: 0, ...row, now });
}

export type ItemFields = Partial<Pick<ItemRow, 'title' | 'dnr' | 'kind' | 'presenter' | 'public' | 'withdrawn'>>;

export function updateItem(db: Db, id: string, fields: ItemFields, now: string): void {
  const columns = ['title', 'dnr', 'kind', 'presenter', 'public', 'withdrawn'] as const;
  const keys = columns.filter((k) => fields[k] !== undefined);
  db.prepare(
    `UPDATE agenda_items SET ${[...keys.map((k) => `${k} = @${k}`), 'updated_at = @now'].join(', ')} WHERE id = @id`,
  ).run({ ...Object.fromEntries(keys.map((k) => [k, fields[k]])), id, now });
}

export const deleteItem = (db: Db, id: string) => db.prepare('DELETE FROM agenda_items WHERE id = ?').run(id);

/**
 * Puts items into sections in the given order: section_id and position both rewritten, in two
 * passes (parked at negative positions first) so UNIQUE(section_id, position) holds throughout.
 */
export function setItemOrder(
  db: Db,
  order: readonly { sectionId: string; itemIds: readonly string[] }[],
  now: string,
): void {
  const park = db.prepare('UPDATE agenda_items SET position = ? WHERE id = ?');
  const place = db.prepare('UPDATE agenda_items SET section_id = ?, position = ?, updated_at = ? WHERE id = ?');
  let n = 0;
  for (const s of order) for (const id of s.itemIds) park.run(-1 - n++, id);
  for (const s of order) {
    s.itemIds.forEach((id, i) => {
      place.run(s.sectionId, i, now, id);
    });
  }
}

/** The item, or NOT_FOUND in Swedish (it may have been deleted in another window or process). */
export function requireItem(db: Db, itemId: string) {
  const item = getItem(db, itemId);
  if (!item) throw new AppError('NOT_FOUND', 'Ärendet finns inte längre. Uppdatera mötet och försök igen.', itemId);
  return item;
}
