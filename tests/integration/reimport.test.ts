import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend';
import type { ScriptedDialogs } from '../../electron/services/dialogs';
import { sampleDir } from '../helpers/packages';
import { makeTempDir } from '../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;
beforeEach(() => {
  temp = makeTempDir();
  backend = createBackend({ dataDir: temp.dir, runtime: 'node', version: '0.0.0-test' });
});
afterEach(() => {
  backend.close();
  temp.cleanup();
});

async function importFile(input?: unknown) {
  if (!input) (backend.services.dialogs as ScriptedDialogs).answerNext(sampleDir('minimal'));
  const r = await backend.dispatch('packages:import', input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { meetingId?: string; conflict?: true; token?: string; existing?: { meetingId: string } };
}
const list = () => backend.services.meetings.list({});

describe('importing a meeting that already exists', () => {
  it('asks first (nothing written), then keeps both with the copy marked, or replaces the existing one', async () => {
    const first = await importFile();
    expect(first.meetingId).toBeDefined();
    const asked = await importFile();
    expect(asked).toMatchObject({ conflict: true, existing: { meetingId: first.meetingId } });
    expect(list()).toHaveLength(1);

    const copy = await importFile({ resolve: { token: asked.token, choice: 'copy' } });
    expect(list().map((m) => [m.id, m.isCopy])).toEqual(
      expect.arrayContaining([
        [first.meetingId, false],
        [copy.meetingId, true],
      ]),
    );
    // A token is used once.
    const again = await backend.dispatch('packages:import', { resolve: { token: asked.token, choice: 'copy' } });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const asked2 = await importFile();
    const replaced = await importFile({ resolve: { token: asked2.token, choice: 'replace' } });
    const ids = list().map((m) => m.id);
    expect(ids).toHaveLength(2);
    expect(ids).toContain(replaced.meetingId);
    expect(ids).not.toContain(first.meetingId);
  });
});
