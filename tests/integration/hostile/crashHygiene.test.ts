import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { writeAtomically } from '../../../electron/pdf/writeAtomically';
import { putTrash } from '../../../electron/repos/trash';
import { copySample } from '../../helpers/packages';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * Finding 5 of issue 16: a kill left hidden temp files beside exports and in the content store,
 * stored files with no row stayed forever, and deleting a meeting left its files on disk
 * (sekretess attachments included). Temp files now live in (or are announced in) the data
 * folder's tmp/ and go at the next start; files nothing refers to — no document, version,
 * review session, logo or undo entry — are collected at start.
 */
let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;
const DAY = 24 * 60 * 60 * 1000;
const dataDir = () => path.join(temp.dir, 'data');

const open = (offsetMs = 0) =>
  createBackend({
    dataDir: dataDir(),
    runtime: 'node',
    version: '0.0.0-test',
    collectGarbage: true,
    now: () => new Date(Date.now() + offsetMs),
  });
const reopen = (offsetMs = 0) => {
  backend.close();
  backend = open(offsetMs);
};
/** The pid of a process that has exited. */
const deadPid = () =>
  spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
const pdfFiles = () => backend.store.list().filter((f) => f.endsWith('.pdf'));

beforeEach(() => {
  temp = makeTempDir('kallelse-hygiene-');
  backend = open();
});
afterEach(() => {
  backend.close();
  temp.cleanup();
});

describe('temp files', () => {
  it('the next start removes what dead processes left, in tmp/ and announced beside an export; a live one keeps its', () => {
    const tmp = path.join(dataDir(), 'tmp');
    const exports = path.join(temp.dir, 'export');
    fs.mkdirSync(exports);
    const dead = deadPid();
    const beside = path.join(exports, `.kallelse.pdf.${dead}.0badc0de.tmp`);
    fs.writeFileSync(beside, 'half a pdf');
    fs.writeFileSync(path.join(tmp, `${dead}-aaaaaaaaaaaa-ref.ref`), beside);
    fs.writeFileSync(path.join(tmp, `${dead}-bbbbbbbbbbbb-abc.pdf.tmp`), 'half a stored file');
    const live = path.join(tmp, `${process.ppid}-cccccccccccc-x.pdf.tmp`);
    fs.writeFileSync(live, 'being written by a running process');
    // A damaged .ref never makes the sweep remove anything but a hidden temp name of ours.
    const precious = path.join(exports, 'viktig.pdf');
    fs.writeFileSync(precious, 'keep');
    fs.writeFileSync(path.join(tmp, `${dead}-dddddddddddd-ref.ref`), precious);

    reopen();
    expect(fs.readdirSync(tmp)).toEqual([path.basename(live)]);
    expect(fs.readdirSync(exports)).toEqual(['viktig.pdf']);
  });

  it('an export and a stored file leave no temp file behind, and nothing announced', () => {
    const out = path.join(temp.dir, 'ut.pdf');
    writeAtomically(out, new Uint8Array([1, 2, 3]));
    backend.store.put(new Uint8Array([4, 5, 6]), 'application/pdf');
    expect(fs.readFileSync(out)).toEqual(Buffer.from([1, 2, 3]));
    expect(fs.readdirSync(temp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(fs.readdirSync(path.join(dataDir(), 'tmp'))).toEqual([]);
  });
});

describe('stored files nothing refers to', () => {
  it('a stored file without a row goes at a later start, not while it may still be committed', () => {
    backend.store.put(new Uint8Array([9, 9, 9]), 'application/pdf');
    reopen();
    expect(pdfFiles()).toHaveLength(1);
    reopen(DAY);
    expect(pdfFiles()).toHaveLength(0);
  });

  it("a deleted meeting's files (sekretess too) stay while undo can bring it back, then go unless another meeting uses them", async () => {
    const ana = copySample('ana-2022-02-23', temp.dir, 'ana');
    const first = await backend.services.packages.importPackage(ana);
    const files = pdfFiles();
    expect(files.length).toBeGreaterThan(0);
    // One bilaga is sekretess (not public).
    backend.db
      .prepare("UPDATE documents SET public = 0 WHERE rowid = (SELECT min(rowid) FROM documents WHERE type = 'pdf')")
      .run();

    const deleted = await backend.dispatch('meetings:delete', { meetingId: first.meetingId });
    expect(deleted.ok).toBe(true);
    reopen(DAY);
    expect(pdfFiles(), 'the undo entry still refers to them').toEqual(files);
    const trashId = (deleted as { value: { trashId: string } }).value.trashId;
    expect((await backend.dispatch('trash:restore', { trashId })).ok).toBe(true);
    const second = await backend.services.packages.importPackage(ana);

    // Deleted again, and its undo entry expires (500 newer deletes): the other meeting still uses the files.
    expect((await backend.dispatch('meetings:delete', { meetingId: first.meetingId })).ok).toBe(true);
    const expire = () => {
      for (let i = 0; i < 500; i++)
        putTrash(backend.db, {
          id: `x${i}-${Math.random()}`,
          meetingId: 'x',
          kind: 'item',
          payload: {},
          now: new Date(Date.now() + DAY).toISOString(),
        });
    };
    expire();
    reopen(DAY);
    expect(pdfFiles()).toEqual(files);

    expect((await backend.dispatch('meetings:delete', { meetingId: second.meetingId })).ok).toBe(true);
    expire();
    reopen(DAY);
    expect(pdfFiles()).toEqual([]);
    expect(backend.db.prepare('SELECT count(*) FROM files').pluck().get()).toBe(0);
  });
});
