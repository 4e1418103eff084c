import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/database';
import { applyMigration } from '../../electron/db/migrate';
import { LATEST_VERSION, migrations } from '../../electron/db/migrations/index';
import { sha256File } from '../helpers/packages';
import { makeTempDir } from '../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let file: string;
const at = new Date('2024-03-20T13:00:00.000Z');
const now = () => at;

beforeEach(() => {
  temp = makeTempDir();
  file = path.join(temp.dir, 'kallelse.sqlite');
});
afterEach(() => temp.cleanup());

/** A database at version `n`, built with the first n shipped migrations. */
function databaseAt(n: number) {
  return openDatabase(file, { migrations: migrations.slice(0, n), now }).db;
}

const tables = (db: Database.Database) =>
  (
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as {
      name: string;
    }[]
  ).map((r) => r.name);

/** Minimal register + agenda rows as they exist from version 1 on. */
function seedVersion1(db: Database.Database) {
  const t = '2024-01-01T00:00:00.000Z';
  db.prepare(
    "INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('o1', 'Region Jönköpings län', ?, ?)",
  ).run(t, t);
  db.prepare(
    "INSERT INTO committees (id, organisation_id, kind, name, created_at, updated_at) VALUES ('c1', 'o1', 'namnd', 'ANA', ?, ?)",
  ).run(t, t);
  db.prepare(
    `INSERT INTO meetings (id, committee_id, meeting_date, start_time, place, created_at, updated_at)
     VALUES ('m1', 'c1', '2022-02-23', '09:00', 'Digitalt', ?, ?)`,
  ).run(t, t);
  db.prepare("INSERT INTO agenda_sections (id, meeting_id, position) VALUES ('s1', 'm1', 0)").run();
  db.prepare(
    "INSERT INTO agenda_items (id, section_id, position, title, created_at, updated_at) VALUES ('i1', 's1', 0, 'Övriga frågor', ?, ?)",
  ).run(t, t);
}

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

  it('migration 0001 (from version 0): register and agenda tables accept a meeting with an item', () => {
    const db = databaseAt(1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    seedVersion1(db);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'organisations',
        'committees',
        'people',
        'memberships',
        'meetings',
        'meeting_invitees',
        'agenda_sections',
        'agenda_items',
      ]),
    );
    expect(tables(db)).not.toContain('documents');
    // Foreign keys are enforced: an item in a missing section is refused.
    expect(() =>
      db
        .prepare(
          "INSERT INTO agenda_items (id, section_id, position, title, created_at, updated_at) VALUES ('x', 'nope', 1, 't', '', '')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('migration 0002 (from version 1): keeps every row, adds documents and files, backs the database up first', () => {
    const v1 = databaseAt(1);
    seedVersion1(v1);
    v1.close();

    const opened = openDatabase(file, { now });
    expect(opened).toMatchObject({ fromVersion: 1, toVersion: LATEST_VERSION });
    const { db } = opened;
    expect(db.prepare('SELECT title FROM agenda_items').all()).toEqual([{ title: 'Övriga frågor' }]);
    expect(tables(db)).toEqual(expect.arrayContaining(['documents', 'files']));
    // The new column and tables work with the old rows.
    db.prepare(
      "INSERT INTO files (sha256, byte_size, media_type, page_count, created_at) VALUES (?, 10, 'application/pdf', 1, '')",
    ).run('a'.repeat(64));
    db.prepare(
      `INSERT INTO documents (id, item_id, position, type, title, file_sha256, file_name, body, created_at, updated_at)
       VALUES ('d1', 'i1', 0, 'pdf', 'Bilaga', ?, 'bilaga.pdf', '{"type":"pdf"}', '', '')`,
    ).run('a'.repeat(64));
    db.prepare("UPDATE organisations SET logo_sha256 = NULL WHERE id = 'o1'").run();
    expect(db.prepare("SELECT count(*) AS n FROM documents WHERE item_id = 'i1'").get()).toEqual({ n: 1 });

    // The backup is the version-1 database as it was.
    expect(opened.backupPath).toBe(`${file}.bak-v1-20240320T130000Z`);
    const backup = new Database(opened.backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT id FROM agenda_items').all()).toEqual([{ id: 'i1' }]);
    expect(tables(backup)).not.toContain('documents');
    backup.close();
    db.close();
  });

  it('migration 0003 (from version 2): committees keep their rows and can be archived; meetings get one-off guests', () => {
    const v2 = databaseAt(2);
    seedVersion1(v2);
    v2.close();

    const opened = openDatabase(file, { now });
    expect(opened).toMatchObject({ fromVersion: 2, toVersion: LATEST_VERSION });
    const { db } = opened;
    expect(db.prepare("SELECT name, archived_at AS archivedAt FROM committees WHERE id = 'c1'").get()).toEqual({
      name: 'ANA',
      archivedAt: null,
    });
    db.prepare(
      `INSERT INTO meeting_guests (id, meeting_id, position, name, category, member_group, title, created_at)
       VALUES ('g1', 'm1', 0, 'Anna Gäst', 'tjansteman', 'kallade', 'föredragande', '')`,
    ).run();
    // A guest needs a name and a known category, and goes with its meeting.
    expect(() =>
      db
        .prepare(
          "INSERT INTO meeting_guests (id, meeting_id, position, name, category, member_group, created_at) VALUES ('g2', 'm1', 1, '', 'tjansteman', 'kallade', '')",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO meeting_guests (id, meeting_id, position, name, category, member_group, created_at) VALUES ('g3', 'm1', 2, 'X', 'gast', 'kallade', '')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM meeting_guests').get()).toEqual({ n: 0 });
    db.close();
  });

  it('migration 0004 (from version 3): adds the settings row table; one JSON object under one key', () => {
    const v3 = databaseAt(3);
    seedVersion1(v3);
    v3.close();
    const { db } = openDatabase(file, { now });
    expect(db.prepare('SELECT title FROM agenda_items').all()).toEqual([{ title: 'Övriga frågor' }]);
    db.prepare("INSERT INTO app_settings (key, value, updated_at) VALUES ('settings', '{}', '')").run();
    expect(() =>
      db.prepare("INSERT INTO app_settings (key, value, updated_at) VALUES ('annat', '{}', '')").run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE app_settings SET value = '[1]'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('migration 0005 (from version 4): keeps every row; versions are immutable and go only with their meeting', () => {
    const v4 = databaseAt(4);
    seedVersion1(v4);
    v4.close();
    const opened = openDatabase(file, { now });
    expect(opened).toMatchObject({ fromVersion: 4, toVersion: LATEST_VERSION });
    const { db } = opened;
    expect(db.prepare('SELECT title FROM agenda_items').all()).toEqual([{ title: 'Övriga frågor' }]);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['meeting_versions', 'meeting_status_changes', 'review_comments', 'review_verdicts']),
    );
    const sha = 'b'.repeat(64);
    db.prepare(
      "INSERT INTO files (sha256, byte_size, media_type, page_count, created_at) VALUES (?, 10, 'application/pdf', 2, '')",
    ).run(sha);
    db.prepare(
      `INSERT INTO meeting_versions (id, meeting_id, version, status, package, pdf_sha256, page_count, created_at)
       VALUES ('v1', 'm1', 1, 'granskning', '{}', ?, 2, '')`,
    ).run(sha);
    db.prepare("INSERT INTO meeting_version_files (version_id, path, sha256) VALUES ('v1', 'a.pdf', ?)").run(sha);
    expect(() => db.prepare('UPDATE meeting_versions SET package = \'{"x":1}\'').run()).toThrow(/oföränderliga/);
    expect(() => db.prepare("UPDATE meeting_version_files SET path = 'b.pdf'").run()).toThrow(/oföränderliga/);
    expect(() => db.prepare("DELETE FROM meeting_versions WHERE id = 'v1'").run()).toThrow(/med sitt möte/);
    expect(() => db.prepare('DELETE FROM files WHERE sha256 = ?').run(sha)).toThrow(/FOREIGN KEY/);
    // A backward move needs its reason.
    expect(() =>
      db
        .prepare(
          "INSERT INTO meeting_status_changes (id, meeting_id, from_status, to_status, direction, changed_at) VALUES ('s', 'm1', 'granskning', 'utkast', 'backward', '')",
        )
        .run(),
    ).toThrow(/CHECK/);
    // Deleting the meeting takes its versions with it.
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM meeting_versions').get()).toEqual({ n: 0 });
    db.close();
  });

  it('migration 0006 (from version 5): keeps the meeting, adds its protokoll and the nämnd’s protokoll settings', () => {
    const v5 = databaseAt(5);
    seedVersion1(v5);
    v5.close();
    const opened = openDatabase(file, { migrations: migrations.slice(0, 6), now });
    expect(opened).toMatchObject({ fromVersion: 5, toVersion: 6 });
    const { db } = opened;
    expect(db.prepare('SELECT id FROM meetings').all()).toEqual([{ id: 'm1' }]);
    db.prepare(
      `INSERT INTO meeting_protokoll (meeting_id, body, first_paragraph, last_paragraph, created_at, updated_at)
       VALUES ('m1', '{"paragraphs":[]}', 17, 32, '', '')`,
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO meeting_protokoll (meeting_id, body, created_at, updated_at) VALUES ('nope', '{}', '', '')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE meeting_protokoll SET last_paragraph = 3 WHERE meeting_id = 'm1'").run()).toThrow(
      /CHECK/,
    );
    db.prepare(
      'INSERT INTO committee_protokoll_settings (committee_id, substitute_order, updated_at) VALUES (\'c1\', \'{"M":["M","KD"]}\', \'\')',
    ).run();
    expect(db.prepare('SELECT paragraph_series AS s FROM committee_protokoll_settings').get()).toEqual({ s: 'year' });
    // Deleting the meeting takes its protokoll along.
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM meeting_protokoll').get()).toEqual({ n: 0 });
    db.close();
  });

  it('migration 0007 (from version 6): keeps every row; items get withdrawn/extra flags, templates, trash and change log work', () => {
    const v6 = databaseAt(6);
    seedVersion1(v6);
    v6.close();
    const opened = openDatabase(file, { now });
    expect(opened).toMatchObject({ fromVersion: 6, toVersion: LATEST_VERSION });
    const { db } = opened;
    expect(db.prepare('SELECT title, withdrawn, added_after_send AS extra FROM agenda_items').all()).toEqual([
      { title: 'Övriga frågor', withdrawn: 0, extra: 0 },
    ]);
    expect(tables(db)).toEqual(expect.arrayContaining(['agenda_templates', 'deleted_records', 'meeting_changes']));
    expect(() => db.prepare("UPDATE agenda_items SET withdrawn = 2 WHERE id = 'i1'").run()).toThrow(/CHECK/);
    const committee = db.prepare('SELECT id FROM committees LIMIT 1').get() as { id: string };
    db.prepare("INSERT INTO agenda_templates (committee_id, body, updated_at) VALUES (?, '{\"sections\":[]}', '')").run(
      committee.id,
    );
    const meeting = db.prepare('SELECT id FROM meetings LIMIT 1').get() as { id: string };
    db.prepare("INSERT INTO meeting_changes (meeting_id, changed_at, action, summary) VALUES (?, '', 'x', 'y')").run(
      meeting.id,
    );
    // The change log goes with its meeting; the trash has no foreign key (it outlives what it holds).
    db.prepare(
      "INSERT INTO deleted_records (id, meeting_id, kind, payload, created_at) VALUES ('t', 'gone', 'item', '{}', '')",
    ).run();
    db.prepare('DELETE FROM meetings').run();
    expect(db.prepare('SELECT count(*) AS n FROM meeting_changes').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM deleted_records').get()).toEqual({ n: 1 });
    db.close();
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
