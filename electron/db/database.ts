import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/ipc/result';
import { applyMigrations, userVersion, verifyAppliedMigrations } from './migrate';
import { type Migration, migrations as shippedMigrations } from './migrations/index';

/** The connection type, named here so declarations of code that holds one can refer to it. */
export interface Db extends Database.Database {}

export interface OpenOptions {
  /** Defaults to the shipped migrations; tests pass a prefix to build older versions. */
  migrations?: readonly Migration[];
  now?: () => Date;
  /**
   * How long a write waits for another process's write lock (SQLite's busy handler retries with
   * backoff meanwhile) before it fails as BUSY with a Swedish message; tests shorten it.
   */
  busyTimeoutMs?: number;
}

/** Default wait for another process's write lock: longer than any of our own write transactions. */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenedDatabase {
  db: Db;
  /** user_version before opening (0 for a new file). */
  fromVersion: number;
  toVersion: number;
  /** The copy made before migrating a database that held data; null when none was needed. */
  backupPath: string | null;
}

const sqliteCode = (e: unknown): string | null => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
};

/** `kallelse.sqlite.bak-v1-20240320T130000Z` beside the database. */
export function backupPathFor(file: string, version: number, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${file}.bak-v${version}-${stamp}`;
}

/**
 * Opens (or creates) the database: integrity check, refusal of a newer version, WAL,
 * foreign keys, then the pending migrations — after copying a database that holds data
 * aside. Every refusal is an AppError with a Swedish message naming the file, and leaves the
 * file as it was.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? shippedMigrations;
  const now = options.now ?? (() => new Date());
  const latest = migrations.length;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;

  let db: Db;
  try {
    db = new Database(file, { timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new AppError('IO', `Databasfilen ${file} kunde inte öppnas: ${(error as Error).message}.`, file);
  }
  try {
    const check = db.pragma('integrity_check') as { integrity_check: string }[];
    if (check.length !== 1 || check[0]?.integrity_check !== 'ok') {
      throw new AppError(
        'IO',
        `Databasfilen ${file} är skadad (${check[0]?.integrity_check ?? 'okänt fel'}). Stäng programmet och återställ den från en säkerhetskopia (filerna ${path.basename(file)}.bak-… i samma mapp).`,
        file,
      );
    }
    const fromVersion = userVersion(db);
    if (fromVersion > latest) {
      throw new AppError(
        'DB_TOO_NEW',
        `Databasen ${file} är sparad av en nyare version av Kallelse (databasversion ${fromVersion}; den här versionen kan läsa till och med ${latest}). Uppdatera Kallelse. Databasen har inte ändrats.`,
        file,
      );
    }
    if (fromVersion === 0 && existed) {
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
      if (tables.n > 0) {
        throw new AppError(
          'IO',
          `Filen ${file} är en SQLite-databas men ingen Kallelse-databas. Välj en annan fil; den här har inte ändrats.`,
          file,
        );
      }
    }
    db.pragma('journal_mode = WAL');
    // FULL: a committed transaction survives a power cut, not only an app crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    verifyAppliedMigrations(db, migrations, file);

    let backupPath: string | null = null;
    if (fromVersion < latest && fromVersion > 0) {
      backupPath = backupPathFor(file, fromVersion, now());
      db.prepare('VACUUM INTO ?').run(backupPath);
    }
    applyMigrations(db, migrations, now);
    return { db, fromVersion, toVersion: userVersion(db), backupPath };
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    const code = sqliteCode(error);
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError(
        'IO',
        `Filen ${file} är ingen läsbar Kallelse-databas (${code}). Välj rätt fil eller återställ den från en säkerhetskopia.`,
        file,
      );
    }
    throw error;
  }
}
