import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Temp files in one place (issue 16, finding 5): `<database folder>/tmp`. Files written there
 * (content store) are renamed into place; a temp file that must sit beside its target (an
 * export into a folder the user chose: a rename cannot cross file systems) is announced there
 * first by a small `.ref` file naming it. A process killed mid-write leaves only what the next
 * start finds there: `sweepTempFiles` removes what belonged to processes no longer running.
 */

/** `<database folder>/tmp` for the database at `databasePath`. */
export const tempDirFor = (databasePath: string): string => path.join(path.dirname(databasePath), 'tmp');

let registry: string | null = null;

/** The folder where this process announces its temp files (set when a backend opens). */
export function announceTempsIn(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  registry = dir;
}

/** A fresh temp path inside `dir`, named after this process so a later start can tell whose it was. */
export const tempPathIn = (dir: string, label: string): string =>
  path.join(dir, `${process.pid}-${randomBytes(6).toString('hex')}-${label.replace(/[^\w.-]/g, '_').slice(0, 60)}.tmp`);

/** The hidden temp name beside `target` (same folder, so the rename stays atomic). */
export const tempBeside = (target: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

const BESIDE = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/** Announces `temp` (beside its target) in the registry; the returned function withdraws it. */
export function announceTemp(temp: string): () => void {
  if (!registry) return () => {};
  const ref = tempPathIn(registry, 'ref').replace(/\.tmp$/, '.ref');
  try {
    fs.writeFileSync(ref, temp);
  } catch {
    return () => {};
  }
  return () => fs.rmSync(ref, { force: true });
}

/** fsync of a folder, so a rename into it survives a power cut (not possible on Windows: skipped). */
export function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** Writes `bytes` to a new file and fsyncs it before returning. */
export function writeSynced(file: string, bytes: Uint8Array): void {
  const fd = fs.openSync(file, 'wx');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A day: a pid that old may have been reused by an unrelated process. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes temp files (and announced temps beside exports) left by processes that are no longer
 * running; those of running processes (another Kallelse writing right now) are kept. Returns
 * how many files were removed.
 */
export function sweepTempFiles(dir: string, now = Date.now()): number {
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    if (Number.isInteger(pid) && alive(pid) && now - stat.mtimeMs < STALE_MS) continue;
    if (name.endsWith('.ref')) {
      const temp = fs.readFileSync(file, 'utf8');
      // Only ever a hidden temp name of ours: a damaged .ref cannot make us remove anything else.
      if (path.isAbsolute(temp) && BESIDE.test(path.basename(temp)) && fs.existsSync(temp)) {
        fs.rmSync(temp, { force: true });
        removed += 1;
      }
    }
    fs.rmSync(file, { force: true });
    if (name.endsWith('.tmp')) removed += 1;
  }
  return removed;
}
