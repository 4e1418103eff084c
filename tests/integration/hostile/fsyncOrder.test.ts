import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentStore } from '../../../electron/files/ContentStore';
import { writeAtomically } from '../../../electron/pdf/writeAtomically';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * Issue 16, finding 5: `writeAtomically` renamed without fsync. A power cut after the rename
 * but before the data reached the disk can leave an empty or partial file under the final
 * name; one before the folder is synced can lose the rename. The order that prevents both:
 * write → fsync(file) → rename → fsync(folder). Observed with spies on node:fs itself (the
 * calls go through to the real file system), so the test sees what really happens on disk.
 */
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => {
  vi.restoreAllMocks();
  temp.cleanup();
});

/** The file system calls made while `run` runs, as `write <file>`, `fsync <file|folder>`, `rename <from> <to>`. */
function recorded(run: () => void): string[] {
  const events: string[] = [];
  const opened = new Map<number, string>();
  const name = (p: fs.PathLike) => path.relative(temp.dir, String(p)) || '.';
  const open = fs.openSync;
  const write = fs.writeSync;
  const fsync = fs.fsyncSync;
  const rename = fs.renameSync;
  vi.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
    const fd = (open as (...a: unknown[]) => number)(p, ...rest);
    opened.set(fd, name(p));
    return fd;
  }) as typeof fs.openSync);
  vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, ...rest: unknown[]) => {
    events.push(`write ${opened.get(fd) ?? fd}`);
    return (write as (...a: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.writeSync);
  vi.spyOn(fs, 'fsyncSync').mockImplementation((fd: number) => {
    events.push(`fsync ${opened.get(fd) ?? fd}`);
    fsync(fd);
  });
  vi.spyOn(fs, 'renameSync').mockImplementation((from: fs.PathLike, to: fs.PathLike) => {
    events.push(`rename ${name(from)} ${name(to)}`);
    rename(from, to);
  });
  run();
  vi.restoreAllMocks();
  return events;
}

describe('fsync around the atomic rename', () => {
  it('an export: write → fsync(temp file) → rename → fsync(folder)', () => {
    const out = path.join(temp.dir, 'ut', 'kallelse.pdf');
    fs.mkdirSync(path.dirname(out));
    const events = recorded(() => writeAtomically(out, new Uint8Array([1, 2, 3])));
    const rename = events.find((e) => e.startsWith('rename '))!;
    const tmp = rename.split(' ')[1]!;
    expect(path.dirname(tmp), 'the temp file sits beside its target').toBe('ut');
    expect(events).toEqual([`write ${tmp}`, `fsync ${tmp}`, `rename ${tmp} ut/kallelse.pdf`, 'fsync ut']);
    expect(fs.readFileSync(out)).toEqual(Buffer.from([1, 2, 3]));
  });

  it('a stored file: write → fsync(temp file) → rename → fsync(shard folder)', () => {
    const store = new ContentStore(path.join(temp.dir, 'files'), path.join(temp.dir, 'tmp'));
    let sha = '';
    const events = recorded(() => {
      sha = store.put(new Uint8Array([4, 5, 6]), 'application/pdf').sha256;
    });
    const target = path.relative(temp.dir, store.pathFor(sha, 'application/pdf'));
    const rename = events.find((e) => e.startsWith('rename '))!;
    const tmp = rename.split(' ')[1]!;
    expect(path.dirname(tmp)).toBe('tmp');
    expect(events).toEqual([
      `write ${tmp}`,
      `fsync ${tmp}`,
      `rename ${tmp} ${target}`,
      `fsync ${path.dirname(target)}`,
    ]);
  });
});
