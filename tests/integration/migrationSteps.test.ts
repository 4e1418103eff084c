import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/database';
import { LATEST_VERSION, migrations } from '../../electron/db/migrations/index';
import { freshDatabaseFile, now, seedVersion1, type TempDir, tables } from '../helpers/migrationDb';

/**
 * What each shipped migration does to a database of the version before it: rows kept, tables
 * added, a backup first (migrations.test.ts: numbering, the schema snapshot, refusals).
 */
let temp: TempDir;
let file: string;
beforeEach(() => ({ temp, file } = freshDatabaseFile()));
afterEach(() => temp.cleanup());

/** A database at version `n`, built with the first n shipped migrations. */
function databaseAt(n: number) {
  return openDatabase(file, { migrations: migrations.slice(0, n), now }).db;
}

/** A database at version `from` with the version-1 rows, closed and opened again with `upgrade` (all shipped migrations). */
function reopenedFrom(from: number, upgrade = migrations) {
  const old = databaseAt(from);
  seedVersion1(old);
  old.close();
  return openDatabase(file, { migrations: upgrade, now });
}

/** What running `sql` on `db` does, to expect of it (`.toThrow(/CHECK/)`). */
const running = (db: Database.Database, sql: string) => expect(() => db.prepare(sql).run());

/** Deletes the seeded meeting and expects `table` to have no rows left (they go with their meeting). */
function expectGoneWithMeeting(db: Database.Database, table: string) {
  db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
  expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
}

describe('each database migration', () => {
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
    running(
      db,
      "INSERT INTO agenda_items (id, section_id, position, title, created_at, updated_at) VALUES ('x', 'nope', 1, 't', '', '')",
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('migration 0002 (from version 1): keeps every row, adds documents and files, backs the database up first', () => {
    const opened = reopenedFrom(1);
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
    const opened = reopenedFrom(2);
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
    running(
      db,
      "INSERT INTO meeting_guests (id, meeting_id, position, name, category, member_group, created_at) VALUES ('g2', 'm1', 1, '', 'tjansteman', 'kallade', '')",
    ).toThrow(/CHECK/);
    running(
      db,
      "INSERT INTO meeting_guests (id, meeting_id, position, name, category, member_group, created_at) VALUES ('g3', 'm1', 2, 'X', 'gast', 'kallade', '')",
    ).toThrow(/CHECK/);
    expectGoneWithMeeting(db, 'meeting_guests');
    db.close();
  });

  it('migration 0004 (from version 3): adds the settings row table; one JSON object under one key', () => {
    const { db } = reopenedFrom(3);
    expect(db.prepare('SELECT title FROM agenda_items').all()).toEqual([{ title: 'Övriga frågor' }]);
    db.prepare("INSERT INTO app_settings (key, value, updated_at) VALUES ('settings', '{}', '')").run();
    expect(() =>
      db.prepare("INSERT INTO app_settings (key, value, updated_at) VALUES ('annat', '{}', '')").run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE app_settings SET value = '[1]'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('migration 0005 (from version 4): keeps every row; versions are immutable and go only with their meeting', () => {
    const opened = reopenedFrom(4);
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
    running(
      db,
      "INSERT INTO meeting_status_changes (id, meeting_id, from_status, to_status, direction, changed_at) VALUES ('s', 'm1', 'granskning', 'utkast', 'backward', '')",
    ).toThrow(/CHECK/);
    // Deleting the meeting takes its versions with it.
    expectGoneWithMeeting(db, 'meeting_versions');
    db.close();
  });

  it('migration 0006 (from version 5): keeps the meeting, adds its protokoll and the nämnd’s protokoll settings', () => {
    const opened = reopenedFrom(5, migrations.slice(0, 6));
    expect(opened).toMatchObject({ fromVersion: 5, toVersion: 6 });
    const { db } = opened;
    expect(db.prepare('SELECT id FROM meetings').all()).toEqual([{ id: 'm1' }]);
    db.prepare(
      `INSERT INTO meeting_protokoll (meeting_id, body, first_paragraph, last_paragraph, created_at, updated_at)
       VALUES ('m1', '{"paragraphs":[]}', 17, 32, '', '')`,
    ).run();
    running(
      db,
      "INSERT INTO meeting_protokoll (meeting_id, body, created_at, updated_at) VALUES ('nope', '{}', '', '')",
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE meeting_protokoll SET last_paragraph = 3 WHERE meeting_id = 'm1'").run()).toThrow(
      /CHECK/,
    );
    db.prepare(
      'INSERT INTO committee_protokoll_settings (committee_id, substitute_order, updated_at) VALUES (\'c1\', \'{"M":["M","KD"]}\', \'\')',
    ).run();
    expect(db.prepare('SELECT paragraph_series AS s FROM committee_protokoll_settings').get()).toEqual({ s: 'year' });
    // Deleting the meeting takes its protokoll along.
    expectGoneWithMeeting(db, 'meeting_protokoll');
    db.close();
  });

  it('migration 0007 (from version 6): keeps every row; items get withdrawn/extra flags, templates, trash and change log work', () => {
    const opened = reopenedFrom(6);
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
});
