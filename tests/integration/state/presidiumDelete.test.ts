import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleDir } from '../../helpers/packages';
import { startBackend, stopBackend } from './harness';

/**
 * Finding 7 of issue 16 in the renderer's store against the real backend: the delete
 * confirmation of a presidium meeting that protokollsutdrag refer to names those meetings and
 * offers only "Koppla loss och ta bort"; choosing it deletes (one undo step), and Ctrl+Z puts the
 * meeting and the links back.
 */
let ctx: Awaited<ReturnType<typeof startBackend>>;
beforeEach(async () => {
  ctx = await startBackend();
  ctx.useStore.setState({ question: null });
});
afterEach(() => stopBackend());

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('deleting a presidium meeting from the UI state', () => {
  it('asks naming the referring meeting, detaches on the choice, and undo relinks', async () => {
    const { backend, useStore } = ctx;
    const { meetingId } = await backend.services.packages.importPackage(sampleDir('minimal'));
    const presidiumId = backend.db
      .prepare('SELECT presidium_meeting_id FROM meetings WHERE id = ?')
      .pluck()
      .get(meetingId) as string;
    const links = () =>
      backend.db.prepare('SELECT count(*) FROM documents WHERE protocol_meeting_id = ?').pluck().get(presidiumId);
    expect(links()).toBeGreaterThan(0);

    await useStore.getState().openMeeting(presidiumId);
    const done = useStore.getState().deleteMeeting();
    await until(() => useStore.getState().question !== null);
    const question = useStore.getState().question!;
    expect(question.message).toContain('Exempelnämnden 2024-03-20');
    expect(question.choices.map((c) => [c.id, c.label])).toEqual([['detach', 'Koppla loss och ta bort']]);
    useStore.getState().answer('detach');
    // The presidium meeting was held before this one's kallelse went out: its numbers are
    // frozen, so the history asks once before the first change, as for any sent meeting.
    await new Promise((r) => setTimeout(r, 50));
    if (useStore.getState().question?.choices[0]?.id === 'yes') useStore.getState().answer('yes');
    await done;
    expect(useStore.getState().error).toBeNull();
    expect(backend.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(presidiumId)).toBeUndefined();
    expect(links()).toBe(0);

    await useStore.getState().undo();
    expect(backend.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(presidiumId)).toBeTruthy();
    expect(links()).toBeGreaterThan(0);
  });

  it('an ordinary meeting is asked about as before', async () => {
    const { backend, useStore } = ctx;
    const { meetingId } = await backend.services.packages.importPackage(sampleDir('minimal'));
    await useStore.getState().openMeeting(meetingId);
    const done = useStore.getState().deleteMeeting();
    await until(() => useStore.getState().question !== null);
    expect(useStore.getState().question!.choices.map((c) => c.id)).toEqual(['delete']);
    useStore.getState().answer(null);
    await done;
    expect(backend.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(meetingId)).toBeTruthy();
  });
});
