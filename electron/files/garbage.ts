import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database';
import type { ContentStore, MediaType } from './ContentStore';

/**
 * Stored files nothing refers to (issue 16, finding 5), collected when the app starts, by
 * `kallelse gc`, and — only those of its entries — when an undo entry expires (`only`). A file is
 * kept while any row refers to it — a document, a version, a review session, a logo (every
 * column with a foreign key to `files`, found from the schema, so a new one is covered) — or an
 * undo entry (`deleted_records`: a deleted meeting's documents can still come back) or the
 * settings. So a deleted meeting's files, sekretess attachments included, go once its undo entry
 * has expired. Files younger than `graceMs` are kept: another process may have stored one whose
 * row it has not committed yet.
 */
export interface GarbageReport {
  rows: number;
  files: number;
}

const SHA = /[0-9a-f]{64}/g;
const STORED = /^([0-9a-f]{64})\.(pdf|png|jpg)$/;

/** Every sha256 some row or undo entry refers to. */
export function referencedFiles(db: Db): Set<string> {
  const refs = new Set<string>();
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
  for (const table of tables) {
    const fks = db.prepare('SELECT "from" AS col, "table" AS parent FROM pragma_foreign_key_list(?)').all(table) as {
      col: string;
      parent: string;
    }[];
    for (const { col, parent } of fks) {
      if (parent !== 'files') continue;
      // Names from the schema itself, never from input.
      const values = db.prepare(`SELECT DISTINCT "${col}" FROM "${table}" WHERE "${col}" IS NOT NULL`).pluck().all();
      for (const v of values) refs.add(String(v));
    }
  }
  for (const text of db
    .prepare('SELECT payload FROM deleted_records UNION ALL SELECT value FROM app_settings')
    .pluck()
    .all() as string[]) {
    for (const m of text.matchAll(SHA)) refs.add(m[0]);
  }
  return refs;
}

/** Files younger than this are kept: another process may be about to commit the row that refers to one. */
export const GARBAGE_GRACE_MS = 10 * 60 * 1000;

const MEDIA: MediaType[] = ['application/pdf', 'image/png', 'image/jpeg'];

/**
 * Drops the `files` rows and stored files nothing refers to. With `only`, just those files
 * (the ones an expired undo entry named): no walk through the whole store.
 */
export function collectGarbage(
  db: Db,
  store: ContentStore,
  now: Date,
  graceMs = GARBAGE_GRACE_MS,
  only?: readonly string[],
): GarbageReport {
  const cutoff = now.getTime() - graceMs;
  const wanted = only ? new Set(only) : null;
  if (wanted?.size === 0) return { rows: 0, files: 0 };
  let rows = 0;
  db.transaction(() => {
    const refs = referencedFiles(db);
    const candidates = db
      .prepare('SELECT sha256, media_type AS mediaType FROM files WHERE created_at < ?')
      .all(new Date(cutoff).toISOString()) as { sha256: string; mediaType: MediaType }[];
    const drop = db.prepare('DELETE FROM files WHERE sha256 = ?');
    for (const c of candidates) {
      if (wanted && !wanted.has(c.sha256)) continue;
      if (!refs.has(c.sha256)) rows += drop.run(c.sha256).changes;
    }
  }).immediate();

  // Files on disk without a row (an import killed between storing and committing, or rows just
  // dropped above), and temp files an older version left beside them.
  let files = 0;
  const known = db.prepare('SELECT 1 FROM files WHERE sha256 = ?').pluck();
  const paths = wanted
    ? [...wanted].flatMap((sha) => MEDIA.map((m) => path.relative(store.root, store.pathFor(sha, m))))
    : store.list();
  for (const rel of paths) {
    const full = path.join(store.root, rel);
    const name = path.basename(rel);
    const stored = STORED.exec(name);
    const oldTemp = /\.tmp-(\d+)-[0-9a-f]+$/.test(name);
    if (!stored && !oldTemp) continue;
    if (stored && known.get(stored[1])) continue;
    let mtime: number;
    try {
      mtime = fs.statSync(full).mtimeMs;
    } catch {
      continue; // not there (another media type, or already gone)
    }
    if (mtime >= cutoff) continue;
    fs.rmSync(full, { force: true });
    files += 1;
    try {
      fs.rmdirSync(path.dirname(full));
    } catch {
      // shard folder not empty
    }
  }
  return { rows, files };
}
