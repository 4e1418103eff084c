import { insertPosition } from '../../shared/domain/numbering';
import { AppError } from '../../shared/ipc/result';
import type { Db } from '../db/database';
import { getSection, listItems, listSections, setItemOrder, setSectionOrder } from '../repos/agenda';
import { requireMeeting, restoreReferenceLinks } from '../repos/meetings';
import { type getTrash, insertRows, type RawRow, trashTables } from '../repos/trash';

/** What a deleted item or section left behind, enough to put it back where it was. */
export interface ItemTrash {
  sectionId: string;
  index: number;
  rows: { agenda_items: RawRow[]; documents: RawRow[] };
}
export interface SectionTrash {
  index: number;
  rows: { agenda_sections: RawRow[]; agenda_items: RawRow[]; documents: RawRow[] };
  /** Items moved out to a neighbouring section instead of deleted: their ids, in order. */
  moved: { toSectionId: string; itemIds: string[] } | null;
}

/** The sections of a meeting with their items' ids, in order. */
export function agendaOrder(db: Db, meetingId: string) {
  const items = listItems(db, meetingId);
  return listSections(db, meetingId).map((s) => ({
    sectionId: s.id,
    itemIds: items.filter((i) => i.sectionId === s.id).map((i) => i.id),
  }));
}

export function requireSection(db: Db, sectionId: string) {
  const section = getSection(db, sectionId);
  if (!section) {
    throw new AppError('NOT_FOUND', 'Avsnittet finns inte längre. Uppdatera mötet och försök igen.', sectionId);
  }
  return section;
}

/**
 * Puts the rows of a deleted item, section or whole meeting back with the same ids, where they
 * were (inside the caller's transaction).
 */
export function putBack(db: Db, entry: NonNullable<ReturnType<typeof getTrash>>, now: string): void {
  const payload = JSON.parse(entry.payload) as ItemTrash & SectionTrash & { rows: Record<string, RawRow[]> };
  if (entry.kind === 'meeting') {
    if (db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(entry.meetingId)) {
      throw new AppError('CONFLICT', 'Mötet finns redan.', entry.meetingId);
    }
    for (const table of trashTables) insertRows(db, table, payload.rows[table] ?? []);
    const detached = (payload as { detached?: { documents: string[]; meetings: string[] } }).detached;
    if (detached) restoreReferenceLinks(db, entry.meetingId, detached);
  } else if (entry.kind === 'item') {
    requireSection(db, payload.sectionId);
    const order = agendaOrder(db, entry.meetingId);
    const target = order.find((s) => s.sectionId === payload.sectionId)!;
    const rows: RawRow[] = payload.rows.agenda_items.map((r) => ({ ...r, position: target.itemIds.length }));
    insertRows(db, 'agenda_items', rows);
    insertRows(db, 'documents', payload.rows.documents);
    const id = String(rows[0]!.id);
    target.itemIds.splice(insertPosition(payload.index, target.itemIds.length), 0, id);
    setItemOrder(db, [target], now);
  } else {
    requireMeeting(db, entry.meetingId);
    const ids = listSections(db, entry.meetingId).map((s) => s.id);
    const sectionRows: RawRow[] = payload.rows.agenda_sections.map((r) => ({ ...r, position: ids.length }));
    insertRows(db, 'agenda_sections', sectionRows);
    const sectionId = String(sectionRows[0]!.id);
    ids.splice(insertPosition(payload.index, ids.length), 0, sectionId);
    setSectionOrder(db, entry.meetingId, ids);
    insertRows(db, 'agenda_items', payload.rows.agenda_items);
    insertRows(db, 'documents', payload.rows.documents);
    if (payload.moved) {
      const order = agendaOrder(db, entry.meetingId);
      const from = order.find((s) => s.sectionId === payload.moved!.toSectionId);
      const own = order.find((s) => s.sectionId === sectionId)!;
      const back = payload.moved.itemIds.filter((id) => from?.itemIds.includes(id));
      if (from) from.itemIds = from.itemIds.filter((id) => !back.includes(id));
      own.itemIds = [...back, ...own.itemIds];
      setItemOrder(db, from ? [from, own] : [own], now);
    }
  }
}
