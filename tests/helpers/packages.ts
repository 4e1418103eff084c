import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { KallelsePackage } from '../../shared/package/model';
import { makeTempDir } from './tempDir';

/** The sample packages copied from ../shared/samples into tests/fixtures (public records; copy before changing anything). */
export const samplesRoot = path.resolve(import.meta.dirname, '../fixtures/samples');
export const sampleDir = (name: 'ana-2022-02-23' | 'minimal') => path.join(samplesRoot, name);

export const sha256File = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

export const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8'));

/** Copies a sample package into `dir/name` so a test can break it. */
export function copySample(name: 'ana-2022-02-23' | 'minimal', dir: string, as: string = name): string {
  const target = path.join(dir, as);
  fs.cpSync(sampleDir(name), target, { recursive: true });
  // The shared samples are read-only; the copy must be writable.
  for (const f of fs.readdirSync(target, { recursive: true, encoding: 'utf8' }))
    fs.chmodSync(path.join(target, f), 0o755);
  fs.chmodSync(target, 0o755);
  return target;
}

/** Every PDF reference of a package JSON, in order. */
export function pdfRefs(pkg: Record<string, unknown>): { path: string; sha256?: string }[] {
  const meeting = pkg.meeting as {
    sections: { items: { documents?: { type: string; file?: { path: string; sha256?: string } }[] }[] }[];
  };
  return meeting.sections.flatMap((s) =>
    s.items.flatMap((i) => (i.documents ?? []).filter((d) => d.type === 'pdf').map((d) => d.file!)),
  );
}

/**
 * A fingerprint of everything an import could change: every row of every table (in rowid
 * order) and every file in the content store. Equal fingerprints = nothing was written.
 */
export function stateOf(
  db: BetterSqlite3.Database,
  storeRoot: string,
): { tables: Record<string, number>; hash: string; files: string[] } {
  const tables = (
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const rows = db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all();
    counts[t] = rows.length;
    hash.update(`${t}:${JSON.stringify(rows)}\n`);
  }
  const files = fs.existsSync(storeRoot)
    ? (fs.readdirSync(storeRoot, { recursive: true, encoding: 'utf8' }) as string[]).sort()
    : [];
  return { tables: counts, hash: hash.digest('hex'), files };
}

/**
 * Writes a (possibly modified) package to a temp folder, with a copy of the ANA sample's
 * bilagor and any extra files, so tests go through the same loader as the command line.
 */
export function writePackage(
  json: unknown,
  files: Record<string, Uint8Array> = {},
): { dir: string; cleanup: () => void } {
  const temp = makeTempDir('kallelse-pkg-');
  fs.writeFileSync(path.join(temp.dir, 'kallelse.json'), JSON.stringify(json, null, 2));
  fs.cpSync(path.join(samplesRoot, 'ana-2022-02-23', 'bilagor'), path.join(temp.dir, 'bilagor'), { recursive: true });
  for (const [name, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(temp.dir, name)), { recursive: true });
    fs.writeFileSync(path.join(temp.dir, name), bytes);
  }
  return temp;
}

/** A sample's package, parsed (a fresh copy to modify in a test). */
export function samplePackage(name: 'ana-2022-02-23' | 'minimal'): KallelsePackage {
  return KallelsePackage.parse(readJson(path.join(samplesRoot, name, 'kallelse.json')));
}
