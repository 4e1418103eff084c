import type { Database, Statement } from 'better-sqlite3';

/** How many distinct statements are kept (the app has a few hundred; dynamic SQL beyond that is dropped oldest first). */
const LIMIT = 500;

/**
 * Reuses prepared statements by their SQL text. The repositories call `db.prepare` on every
 * call; preparing and finalising thousands of statements (an edit, a preview, an export each
 * read the meeting) left the process's native heap fragmented, so its memory grew with every
 * edit although nothing was kept. A reused statement is put back to plain rows each time, as
 * a freshly prepared one would be (`pluck` is the only mode the app switches on).
 */
export function reuseStatements(db: Database): void {
  const prepare = db.prepare.bind(db) as (sql: string) => Statement;
  const cache = new Map<string, Statement>();
  (db as { prepare: (sql: string) => Statement }).prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql); // re-inserted below: most recently used last
      if (statement.reader) statement.pluck(false).raw(false).expand(false);
    } else {
      statement = prepare(sql);
      if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  };
}
