import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/ipc/result';
import type { Migration } from './migrations/index';

type Db = BetterSqlite3.Database;

export const sha256Text = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export const userVersion = (db: Db): number => db.pragma('user_version', { simple: true }) as number;

const hasTable = (db: Db, name: string): boolean =>
  db.prepare('SELECT 1 FROM sqlite_schema WHERE type = ? AND name = ?').get('table', name) !== undefined;

/**
 * Refuses a database whose recorded migrations differ from the shipped ones: a shipped
 * migration was edited, so the schema on disk is not what the code expects.
 */
export function verifyAppliedMigrations(db: Db, migrations: readonly Migration[], file: string): void {
  if (!hasTable(db, 'schema_migrations')) return;
  const rows = db.prepare('SELECT version, name, sha256 FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
    sha256: string;
  }[];
  for (const row of rows) {
    const shipped = migrations[row.version - 1];
    if (shipped && sha256Text(shipped.sql) !== row.sha256) {
      throw new AppError(
        'INTERNAL',
        `Databasen ${file} har migreringen ${row.name} i en annan utgåva än den som följer med programmet. En levererad migrering får aldrig ändras; lägg ändringen i en ny migrering.`,
        row.name,
      );
    }
  }
}

/**
 * Applies one migration in one immediate transaction, unless the database already has it
 * (another process — the app and the CLI share the file — may have applied it since the
 * caller looked). Returns whether it was applied. Foreign keys must be off (see below).
 */
export function applyMigration(db: Db, migration: Migration, now: () => Date): boolean {
  return db
    .transaction(() => {
      if (userVersion(db) >= migration.version) return false;
      db.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT',
      );
      db.exec(migration.sql);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) {
        throw new AppError(
          'INTERNAL',
          `Migreringen ${migration.name} lämnade ${broken.length} trasiga referenser i databasen och avbröts; inget har ändrats.`,
          migration.name,
        );
      }
      db.prepare('INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)').run(
        migration.version,
        migration.name,
        sha256Text(migration.sql),
        now().toISOString(),
      );
      db.pragma(`user_version = ${migration.version}`);
      return true;
    })
    .immediate();
}

/**
 * Applies the migrations above the database's user_version, each in its own transaction,
 * with foreign keys switched off during the change (SQLite's procedure for schema changes)
 * and checked with foreign_key_check before each commit. Returns the versions applied.
 */
export function applyMigrations(db: Db, migrations: readonly Migration[], now: () => Date): number[] {
  const from = userVersion(db);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return [];
  const applied: number[] = [];
  db.pragma('foreign_keys = OFF');
  try {
    for (const migration of pending) if (applyMigration(db, migration, now)) applied.push(migration.version);
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return applied;
}
