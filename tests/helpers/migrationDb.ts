import path from 'node:path';
import type Database from 'better-sqlite3';
import { makeTempDir } from './tempDir';

/** Shared by the migration suites: the clock, and what a database holds. */
export const at = new Date('2024-03-20T13:00:00.000Z');
export const now = () => at;

export const tables = (db: Database.Database) =>
  (
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as {
      name: string;
    }[]
  ).map((r) => r.name);

/** Minimal register + agenda rows as they exist from version 1 on. */
export function seedVersion1(db: Database.Database) {
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

export type TempDir = ReturnType<typeof makeTempDir>;

/** A temp folder and the database file a test opens in it (for a beforeEach). */
export function freshDatabaseFile(): { temp: TempDir; file: string } {
  const temp = makeTempDir();
  return { temp, file: path.join(temp.dir, 'kallelse.sqlite') };
}
