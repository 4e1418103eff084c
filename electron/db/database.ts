import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/ipc/result';
import { applyMigrations, userVersion, verifyAppliedMigrations } from './migrate';
import { type Migration, migrations as shippedMigrations } from './migrations/index';
import { reuseStatements } from './statementCache';

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
  /** Copy a database holding data aside before migrating it (default true). */
  backup?: boolean;
  /**
   * Open an existing database read-only even where it could be written (as `readOnly` below):
   * the e2e tests run as root, which file modes do not stop.
   */
  readOnly?: boolean;
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
  /**
   * The data folder or file cannot be written (issue 16, finding 8): the connection reads a copy
   * in a temp folder with every write refused (`query_only`, SQLITE_READONLY → READ_ONLY).
   */
  readOnly: boolean;
  /** Removes the temp copy of a read-only database (call after closing). */
  dispose: () => void;
}

const READ_ONLY_CODES = /^(SQLITE_READONLY|SQLITE_CANTOPEN|EACCES|EROFS|EPERM)/;

function writable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens (or creates) the database; a database in a folder that cannot be written is opened
 * read-only (see `OpenedDatabase.readOnly`) instead of failing — listing, viewing and exporting
 * still work. SQLite cannot open a WAL database where it cannot create its `-shm` file, so the
 * read-only connection is to a copy of the file (and its WAL) in a temp folder.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (existed && (options.readOnly || !writable(path.dirname(file)) || !writable(file))) {
    return openReadOnlyCopy(file, options);
  }
  try {
    return openWritable(file, options);
  } catch (error) {
    const code =
      (error as { code?: unknown; cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code;
    // Root ignores file modes, but not a read-only mount: the first write says so.
    if (existed && typeof code === 'string' && READ_ONLY_CODES.test(code)) return openReadOnlyCopy(file, options);
    throw error;
  }
}

function openReadOnlyCopy(file: string, options: OpenOptions): OpenedDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-skrivskyddad-'));
  const dispose = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const copy = path.join(dir, path.basename(file));
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    // Migrating the copy is harmless (nothing is written back) and lets this version read it.
    const opened = openWritable(copy, { ...options, backup: false }, file);
    opened.db.pragma('query_only = ON');
    return { ...opened, readOnly: true, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
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
 * Opens (or creates) a writable database: integrity check, refusal of a newer version, WAL,
 * foreign keys, then the pending migrations — after copying a database that holds data
 * aside. Every refusal is an AppError with a Swedish message naming the file (`shownAs`, the
 * user's file when this is a read-only copy), and leaves the file as it was.
 */
function openWritable(
  at: string,
  options: OpenOptions,
  shownAs: string = at,
): Omit<OpenedDatabase, 'readOnly' | 'dispose'> & { readOnly: false; dispose: () => void } {
  const file = at;
  const migrations = options.migrations ?? shippedMigrations;
  const now = options.now ?? (() => new Date());
  const latest = migrations.length;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;

  let db: Db;
  try {
    db = new Database(file, { timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS });
  } catch (error) {
    throw Object.assign(
      new AppError('IO', `Databasfilen ${shownAs} kunde inte öppnas: ${(error as Error).message}.`, shownAs),
      { cause: error },
    );
  }
  try {
    const check = db.pragma('integrity_check') as { integrity_check: string }[];
    if (check.length !== 1 || check[0]?.integrity_check !== 'ok') {
      throw new AppError(
        'IO',
        `Databasfilen ${shownAs} är skadad (${check[0]?.integrity_check ?? 'okänt fel'}). Stäng programmet och återställ den från en säkerhetskopia (filerna ${path.basename(file)}.bak-… i samma mapp).`,
        shownAs,
      );
    }
    const fromVersion = userVersion(db);
    if (fromVersion > latest) {
      throw new AppError(
        'DB_TOO_NEW',
        `Databasen ${shownAs} är sparad av en nyare version av Kallelse (databasversion ${fromVersion}; den här versionen kan läsa till och med ${latest}). Uppdatera Kallelse. Databasen har inte ändrats.`,
        shownAs,
      );
    }
    if (fromVersion === 0 && existed) {
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
      if (tables.n > 0) {
        throw new AppError(
          'IO',
          `Filen ${shownAs} är en SQLite-databas men ingen Kallelse-databas. Välj en annan fil; den här har inte ändrats.`,
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
    if (fromVersion < latest && fromVersion > 0 && options.backup !== false) {
      backupPath = backupPathFor(file, fromVersion, now());
      db.prepare('VACUUM INTO ?').run(backupPath);
    }
    applyMigrations(db, migrations, now);
    reuseStatements(db);
    return { db, fromVersion, toVersion: userVersion(db), backupPath, readOnly: false, dispose: () => {} };
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    const code = sqliteCode(error);
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError(
        'IO',
        `Filen ${shownAs} är ingen läsbar Kallelse-databas (${code}). Välj rätt fil eller återställ den från en säkerhetskopia.`,
        shownAs,
      );
    }
    throw error;
  }
}
