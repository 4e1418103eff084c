import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/database';
import { applyMigration } from '../../electron/db/migrate';
import { LATEST_VERSION, migrations } from '../../electron/db/migrations/index';
import { at, freshDatabaseFile, now, seedVersion1, type TempDir, tables } from '../helpers/migrationDb';
import { sha256File } from '../helpers/packages';

let temp: TempDir;
let file: string;
beforeEach(() => ({ temp, file } = freshDatabaseFile()));
afterEach(() => temp.cleanup());

describe('database migrations', () => {
  it('are numbered 1..N without gaps, with file-style names', () => {
    expect(migrations.map((m) => m.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
    for (const m of migrations) expect(m.name).toMatch(new RegExp(`^${String(m.version).padStart(4, '0')}_[a-z_]+$`));
    const files = fs
      .readdirSync(path.resolve(import.meta.dirname, '../../electron/db/migrations'))
      .filter((f) => /^\d{4}_.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files).toEqual(migrations.map((m) => m.name));
  });

  it('from empty: creates the latest schema, STRICT tables, WAL, foreign keys, recorded checksums, no backup', () => {
    const opened = openDatabase(file, { now });
    const { db } = opened;
    expect(opened).toMatchObject({ fromVersion: 0, toVersion: LATEST_VERSION, backupPath: null });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const list = db.pragma('table_list') as { schema: string; name: string; strict: number }[];
    const ours = list.filter((t) => t.schema === 'main' && !t.name.startsWith('sqlite_'));
    expect(ours.length).toBeGreaterThanOrEqual(10);
    expect(ours.filter((t) => t.strict !== 1).map((t) => t.name)).toEqual([]);
    const recorded = db
      .prepare('SELECT version, name, applied_at AS appliedAt FROM schema_migrations ORDER BY version')
      .all();
    expect(recorded).toEqual(
      migrations.map((m) => ({ version: m.version, name: m.name, appliedAt: at.toISOString() })),
    );
    expect(fs.readdirSync(temp.dir).filter((f) => f.includes('.bak-'))).toEqual([]);
    db.close();
  });

  it('the schema matches the reviewed snapshot', async () => {
    const { db } = openDatabase(file, { now });
    const schema = (
      db
        .prepare(
          "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, name",
        )
        .all() as {
        sql: string;
      }[]
    )
      .map((r) => `${r.sql};`)
      .join('\n\n');
    db.close();
    await expect(`${schema}\n`).toMatchFileSnapshot('./__snapshots__/schema.sql');
  });

  it('opening an up-to-date database changes nothing and makes no backup', () => {
    openDatabase(file, { now }).db.close();
    const again = openDatabase(file, { now });
    expect(again).toMatchObject({ fromVersion: LATEST_VERSION, toVersion: LATEST_VERSION, backupPath: null });
    again.db.close();
  });

  it('refuses a database written by a newer version (DB_TOO_NEW) and leaves the file as it was', () => {
    openDatabase(file, { now }).db.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 7}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = sha256File(file);
    expect(() => openDatabase(file, { now })).toThrow(
      expect.objectContaining({
        code: 'DB_TOO_NEW',
        message: expect.stringMatching(
          new RegExp(
            `sparad av en nyare version av Kallelse \\(databasversion ${LATEST_VERSION + 7}; den här versionen kan läsa till och med ${LATEST_VERSION}\\)\\. Uppdatera Kallelse\\.`,
          ),
        ),
      }),
    );
    expect(sha256File(file)).toBe(before);
  });

  it('refuses a database whose shipped migration was edited afterwards', () => {
    openDatabase(file, { now }).db.close();
    const edited = migrations.map((m) => (m.version === 1 ? { ...m, sql: `${m.sql}\n-- ändrad` } : m));
    expect(() => openDatabase(file, { migrations: edited, now })).toThrow(
      expect.objectContaining({
        code: 'INTERNAL',
        message: expect.stringContaining('migreringen 0001_init i en annan utgåva'),
      }),
    );
  });

  it('a failing migration is rolled back completely and the version stays', () => {
    const db0 = openDatabase(file, { now }).db;
    seedVersion1(db0);
    db0.close();
    const broken = [
      ...migrations,
      {
        version: LATEST_VERSION + 1,
        name: '0099_broken',
        sql: 'CREATE TABLE extra (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);',
      },
    ];
    expect(() => openDatabase(file, { migrations: broken, now })).toThrow(/no such table: nowhere/);
    const db = openDatabase(file, { now }).db;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(tables(db)).not.toContain('extra');
    expect(db.prepare('SELECT count(*) AS n FROM agenda_items').get()).toEqual({ n: 1 });
    db.close();
  });

  it('refuses a damaged database file with a message naming it', () => {
    const db = openDatabase(file, { now }).db;
    seedVersion1(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(file);
    // Overwrite the second page onwards (page 1 holds the header) with garbage.
    bytes.fill(0xa5, 4096, Math.min(bytes.length, 4096 * 3));
    fs.writeFileSync(file, bytes);
    expect(() => openDatabase(file, { now })).toThrow(
      expect.objectContaining({ code: 'IO', message: expect.stringContaining(file) }),
    );
  });

  it('refuses a file that is not a database, and a SQLite file of another program', () => {
    fs.writeFileSync(file, 'inte en databas '.repeat(100));
    expect(() => openDatabase(file, { now })).toThrow(
      expect.objectContaining({ code: 'IO', message: expect.stringContaining('ingen läsbar Kallelse-databas') }),
    );
    const other = path.join(temp.dir, 'other.sqlite');
    const raw = new Database(other);
    raw.exec('CREATE TABLE notes (x TEXT)');
    raw.close();
    expect(() => openDatabase(other, { now })).toThrow(
      expect.objectContaining({ code: 'IO', message: expect.stringContaining('ingen Kallelse-databas') }),
    );
  });
});

describe('two processes opening one database', () => {
  it('a migration another connection applied meanwhile is skipped, not applied twice', () => {
    openDatabase(file, { migrations: migrations.slice(0, 1), now }).db.close();
    // Connection B has seen version 1 and decided to apply 0002 …
    const b = new Database(file);
    const stale = migrations.filter((m) => m.version > (b.pragma('user_version', { simple: true }) as number));
    expect(stale.map((m) => m.name)).toEqual(migrations.slice(1).map((m) => m.name));
    // … but A migrates first.
    openDatabase(file, { now }).db.close();
    // B's step re-checks inside its transaction (without that, CREATE TABLE files would fail here).
    b.pragma('foreign_keys = OFF');
    expect(applyMigration(b, stale[0]!, now)).toBe(false);
    expect(b.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: LATEST_VERSION });
    b.close();
  });
});
