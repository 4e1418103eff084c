import type { Db } from '../db/database';

/**
 * Deleted rows kept for undo (`deleted_records`). A payload holds raw rows per table, column
 * names as SQLite reports them, so a restore re-inserts exactly what was deleted — same ids,
 * same documents, same timestamps. Column names come from the database itself, never from input.
 */

export type RawRow = Record<string, unknown>;
export type TrashKind = 'item' | 'section' | 'meeting';

/** The newest entries kept; undo reaches 100 steps, so older ones can never be asked for. */
const KEEP = 500;

export const selectRows = (db: Db, table: TrashTable, where: string, ...params: unknown[]) =>
  db.prepare(`SELECT * FROM ${table} WHERE ${where}`).all(...params) as RawRow[];

/** Tables a payload may name, in the order they are restored (parents first). */
export const trashTables = [
  'meetings',
  'meeting_invitees',
  'agenda_sections',
  'agenda_items',
  'documents',
  'meeting_changes',
] as const;
export type TrashTable = (typeof trashTables)[number];

export function insertRows(db: Db, table: TrashTable, rows: readonly RawRow[]): void {
  for (const row of rows) {
    const cols = Object.keys(row);
    db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
  }
}

const SHA = /[0-9a-f]{64}/g;

/**
 * Keeps an undo entry; the oldest beyond KEEP expire. Returns the sha256 of every file the
 * expired entries named: nothing can bring them back now, so the caller collects those that
 * nothing else refers to once the transaction has committed (files/garbage.ts `only`).
 */
export function putTrash(
  db: Db,
  entry: { id: string; meetingId: string; kind: TrashKind; payload: unknown; now: string },
): string[] {
  db.prepare('INSERT INTO deleted_records (id, meeting_id, kind, payload, created_at) VALUES (?, ?, ?, ?, ?)').run(
    entry.id,
    entry.meetingId,
    entry.kind,
    JSON.stringify(entry.payload),
    entry.now,
  );
  const expired = db
    .prepare(
      'SELECT id, payload FROM deleted_records WHERE id NOT IN (SELECT id FROM deleted_records ORDER BY created_at DESC, rowid DESC LIMIT ?)',
    )
    .all(KEEP) as { id: string; payload: string }[];
  const drop = db.prepare('DELETE FROM deleted_records WHERE id = ?');
  const files = new Set<string>();
  for (const e of expired) {
    for (const m of e.payload.matchAll(SHA)) files.add(m[0]);
    drop.run(e.id);
  }
  return [...files];
}

export const getTrash = (db: Db, id: string) =>
  db.prepare('SELECT id, meeting_id AS meetingId, kind, payload FROM deleted_records WHERE id = ?').get(id) as
    | { id: string; meetingId: string; kind: TrashKind; payload: string }
    | undefined;

export const dropTrash = (db: Db, id: string) => db.prepare('DELETE FROM deleted_records WHERE id = ?').run(id);
