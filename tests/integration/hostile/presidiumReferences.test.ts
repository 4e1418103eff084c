import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { ipcCaller } from '../../helpers/ipc';
import { sampleDir } from '../../helpers/packages';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * Finding 7 of issue 16: deleting a presidium meeting that protokollsutdrag refer to was
 * accepted, and their §§, Tid and Plats vanished from the PDF without a warning. Now it is a
 * CONFLICT naming the meetings, unless the user chooses to detach them; undo relinks them.
 */
let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;
const ipc = ipcCaller(() => backend);
let meetingId: string;
let presidiumId: string;

const utdragLinks = () =>
  backend.db
    .prepare("SELECT protocol_meeting_id FROM documents WHERE type = 'protokollsutdrag' ORDER BY id")
    .pluck()
    .all() as (string | null)[];

beforeEach(async () => {
  temp = makeTempDir('kallelse-refs-');
  backend = createBackend({ dataDir: path.join(temp.dir, 'data'), runtime: 'node', version: '0.0.0-test' });
  meetingId = (await backend.services.packages.importPackage(sampleDir('minimal'))).meetingId;
  presidiumId = backend.db
    .prepare('SELECT presidium_meeting_id FROM meetings WHERE id = ?')
    .pluck()
    .get(meetingId) as string;
});
afterEach(() => {
  backend.close();
  temp.cleanup();
});

describe('a presidium meeting that protokollsutdrag refer to', () => {
  it('is not deleted: CONFLICT naming the meetings, nothing changed', async () => {
    expect(presidiumId).toBeTruthy();
    expect(utdragLinks()).toContain(presidiumId);
    expect(await ipc.call('meetings:references', { meetingId: presidiumId })).toEqual([
      { meetingId, committeeName: 'Exempelnämnden', date: '2024-03-20' },
    ]);
    const error = await ipc.refused('meetings:delete', { meetingId: presidiumId });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Exempelnämnden 2024-03-20');
    expect(error.message).toMatch(/Koppla loss och ta bort/);
    expect(backend.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(presidiumId)).toBeTruthy();
    expect(utdragLinks()).toContain(presidiumId);
  });

  it('is deleted when the user detaches them, and undo relinks them', async () => {
    const { trashId } = await ipc.call('meetings:delete', { meetingId: presidiumId, detach: true });
    expect(backend.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(presidiumId)).toBeUndefined();
    expect(utdragLinks().every((l) => l === null)).toBe(true);
    await ipc.call('trash:restore', { trashId });
    expect(utdragLinks()).toContain(presidiumId);
    expect(backend.db.prepare('SELECT presidium_meeting_id FROM meetings WHERE id = ?').pluck().get(meetingId)).toBe(
      presidiumId,
    );
  });

  it('the nämnd meeting itself is still deleted as before (its own presidium meeting with it)', async () => {
    await ipc.call('meetings:delete', { meetingId });
    expect(backend.db.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(0);
  });
});
