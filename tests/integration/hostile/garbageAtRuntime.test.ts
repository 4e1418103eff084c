import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { putTrash } from '../../../electron/repos/trash';
import { ownAppData, withBuiltCli } from '../../helpers/builtCli';
import { copySample, sampleDir } from '../../helpers/packages';

/**
 * Issue 16, crash hygiene: stored files nothing refers to were collected only when the app
 * started. Now also when an undo entry expires — the delete that pushes it out collects the
 * files it named, unless something else refers to them — and on request with `kallelse gc`.
 * Real SQLite, real files; the clock runs a day ahead so the 10-minute grace has passed.
 */
const DAY = 24 * 60 * 60 * 1000;
const { run: kallelse, temp } = withBuiltCli({ temp: 'test', tempPrefix: 'kallelse-gc-', env: ownAppData });
let backend: Backend;
let offset = 0;

beforeEach(() => {
  offset = 0;
  backend = createBackend({
    dataDir: path.join(temp.dir, 'data'),
    runtime: 'node',
    version: '0.0.0-test',
    now: () => new Date(Date.now() + offset),
  });
});
afterEach(() => {
  backend.close();
});

const pdfFiles = () => backend.store.list().filter((f) => f.endsWith('.pdf'));
/** 499 older-looking undo entries: the next delete pushes the oldest real one out. */
const fillTrash = () => {
  for (let i = 0; i < 499; i++) {
    putTrash(backend.db, {
      id: `fill-${i}-${Math.random()}`,
      meetingId: 'x',
      kind: 'item',
      payload: {},
      now: new Date(Date.now() + offset).toISOString(),
    });
  }
};
const firstItem = (meetingId: string) =>
  backend.db
    .prepare(
      'SELECT i.id FROM agenda_items i JOIN agenda_sections s ON s.id = i.section_id WHERE s.meeting_id = ? LIMIT 1',
    )
    .pluck()
    .get(meetingId) as string;

describe('stored files collected while the app runs', () => {
  it("a deleted meeting's files go with the delete that lets its undo entry expire, not while anything refers to them", async () => {
    const ana = copySample('ana-2022-02-23', temp.dir, 'ana');
    const first = await backend.services.packages.importPackage(ana);
    const second = await backend.services.packages.importPackage(ana);
    const files = pdfFiles();
    expect(files.length).toBeGreaterThan(10);
    offset = DAY;

    expect((await backend.dispatch('meetings:delete', { meetingId: first.meetingId })).ok).toBe(true);
    fillTrash();
    // This delete expires the first meeting's undo entry; the second meeting's entry still names the files.
    expect((await backend.dispatch('meetings:delete', { meetingId: second.meetingId })).ok).toBe(true);
    expect(pdfFiles()).toEqual(files);

    // Now the second meeting's entry expires too, with an ordinary delete in a third meeting.
    const third = await backend.services.packages.importPackage(sampleDir('minimal'));
    fillTrash();
    const deleted = await backend.dispatch('items:delete', { itemId: firstItem(third.meetingId) });
    expect(deleted.ok, JSON.stringify(deleted)).toBe(true);
    expect(
      pdfFiles().filter((f) => files.includes(f)),
      "the deleted meetings' files are gone",
    ).toEqual([]);
    const left = backend.db.prepare('SELECT sha256 FROM files').pluck().all() as string[];
    expect(left.filter((sha) => files.some((f) => f.includes(sha)))).toEqual([]);
  });
});

describe('kallelse gc', () => {
  it('removes stored files and rows nothing refers to, keeps the rest, and says how many', async () => {
    const db = path.join(temp.dir, 'cli', 'kallelse.sqlite');
    const run = (...args: string[]) => kallelse(...args, '--db', db);
    expect(run('import', sampleDir('ana-2022-02-23')).status).toBe(0);
    const store = path.join(temp.dir, 'cli', 'files');
    const stored = () =>
      (fs.readdirSync(store, { recursive: true, encoding: 'utf8' }) as string[])
        .filter((f) => f.endsWith('.pdf'))
        .sort();
    const before = stored();
    // A stored file whose import was killed before its row was committed, an hour old.
    const orphan = path.join(store, 'ab', `ab${'0'.repeat(62)}.pdf`);
    fs.mkdirSync(path.dirname(orphan), { recursive: true });
    fs.writeFileSync(orphan, '%PDF-1.7 orphan');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    fs.utimesSync(orphan, hourAgo, hourAgo);
    // And a young one: another process may be about to commit its row.
    const young = path.join(store, 'cd', `cd${'0'.repeat(62)}.pdf`);
    fs.mkdirSync(path.dirname(young), { recursive: true });
    fs.writeFileSync(young, '%PDF-1.7 young');

    const r = run('gc', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toEqual({ rows: 0, files: 1 });
    expect(fs.existsSync(orphan)).toBe(false);
    expect(stored()).toEqual([...before, `cd/cd${'0'.repeat(62)}.pdf`].sort());
    expect(run('gc').stdout).toContain('Tog bort 0 lagrade filer');
  });
});
