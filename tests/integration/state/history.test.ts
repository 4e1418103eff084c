import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { HISTORY_LIMIT } from '../../../renderer/state/historySlice';
import type { useStore as Store } from '../../../renderer/state/store';
import { sampleDir } from '../../helpers/packages';
import { comparable, fromDatabase, startBackend, stopBackend } from './harness';

let backend: Backend;
let useStore: typeof Store;

beforeEach(async () => {
  ({ backend, useStore } = await startBackend());
});
afterEach(stopBackend);

const s = () => useStore.getState();
const ids = () => s().current!.sections.map((x) => x.items.map((i) => i.id));

async function openMinimal() {
  const { meetingId } = await backend.services.packages.importPackage(sampleDir('minimal'));
  await s().openMeeting(meetingId);
  return meetingId;
}

describe('undo and redo in the state layer (real backend)', () => {
  it('the tester’s sequence: move, delete, undo, undo restores the agenda with the same ids; redo repeats both', async () => {
    const meetingId = await openMinimal();
    const start = comparable(s().current);
    const [first, second] = s().current!.sections.flatMap((x) => x.items);
    await s().moveItem(first!.id, 1);
    await s().deleteItem(first!.id);
    expect(ids().flat()).not.toContain(first!.id);
    expect(s().past.map((c) => c.label)).toEqual(['flytta ärende', 'ta bort ärende']);

    await s().undo();
    expect(s().error).toBeNull();
    expect(ids().flat().slice(0, 2)).toEqual([second!.id, first!.id]);
    await s().undo();
    expect(s().error).toBeNull();
    expect(comparable(s().current)).toEqual(start);
    expect(await fromDatabase(meetingId)).toEqual(start);

    await s().redo();
    await s().redo();
    expect(ids().flat()).not.toContain(first!.id);
    expect(s().future).toEqual([]);
    expect(comparable(s().current)).toEqual(await fromDatabase(meetingId));
  });

  it('a deleted item comes back with its documents and their ids', async () => {
    const meetingId = await openMinimal();
    const withDocs = s()
      .current!.sections.flatMap((x) => x.items)
      .find((i) => i.documents.length > 0)!;
    await s().deleteItem(withDocs.id);
    await s().undo();
    const back = s()
      .current!.sections.flatMap((x) => x.items)
      .find((i) => i.id === withDocs.id)!;
    expect(back.documents).toEqual(withDocs.documents);
    expect(comparable(s().current)).toEqual(await fromDatabase(meetingId));
  });

  it('keeps 100 steps', async () => {
    await openMinimal();
    const item = s().current!.sections[0]!.items[0]!;
    for (let n = 0; n < HISTORY_LIMIT + 5; n++) await s().renameItem(item.id, `Rubrik ${n}`);
    expect(s().past).toHaveLength(HISTORY_LIMIT);
    for (let n = 0; n < HISTORY_LIMIT + 5; n++) await s().undo();
    expect(s().current!.sections[0]!.items[0]!.title).toBe('Rubrik 4');
  });

  it('a step main refuses stays on the stack and the screen shows the database', async () => {
    const meetingId = await openMinimal();
    const item = s().current!.sections[0]!.items[0]!;
    await s().moveItem(item.id, 1);
    // Someone sends the kallelse meanwhile: undoing the move would renumber, so main refuses.
    await backend.services.versions.changeStatus(meetingId, 'faststalld');
    await backend.services.versions.changeStatus(meetingId, 'utskickad');
    useStore.setState({ sentEditsConfirmed: [meetingId] });
    await s().refreshCurrent();
    await s().undo();
    expect(s().error).toContain('ärendenumren är låsta');
    expect(s().past).toHaveLength(1);
    expect(comparable(s().current)).toEqual(await fromDatabase(meetingId));
  });

  it('long seeded random sequences of edits, undos and redos: the screen equals the database, undo-all restores the start, redo-all the end', async () => {
    const action = fc.oneof(
      fc.record({ t: fc.constant('add' as const), s: fc.nat() }),
      fc.record({ t: fc.constant('delete' as const), i: fc.nat() }),
      fc.record({ t: fc.constant('move' as const), i: fc.nat(), up: fc.boolean() }),
      fc.record({ t: fc.constant('moveTo' as const), i: fc.nat(), s: fc.nat(), p: fc.nat({ max: 8 }) }),
      fc.record({ t: fc.constant('rename' as const), i: fc.nat(), title: fc.string({ minLength: 1, maxLength: 12 }) }),
      fc.record({ t: fc.constant('kind' as const), i: fc.nat(), beslut: fc.boolean() }),
      fc.record({ t: fc.constant('public' as const), i: fc.nat() }),
      fc.record({ t: fc.constant('addSection' as const) }),
      fc.record({ t: fc.constant('renameSection' as const), s: fc.nat(), h: fc.string({ maxLength: 10 }) }),
      fc.record({ t: fc.constant('moveSection' as const), s: fc.nat(), up: fc.boolean() }),
      fc.record({ t: fc.constant('deleteSection' as const), s: fc.nat(), move: fc.boolean() }),
      fc.record({ t: fc.constant('place' as const), v: fc.constantFrom('Sal A', 'Sal B', 'Rådhuset') }),
      fc.record({ t: fc.constant('undo' as const), n: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ t: fc.constant('redo' as const), n: fc.integer({ min: 1, max: 4 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 10, maxLength: 60 }), async (actions) => {
        const meetingId = await openMinimal();
        const start = comparable(s().current);
        for (const a of actions) {
          const m = s().current!;
          const items = m.sections.flatMap((x) => x.items);
          const item = items.length ? items[('i' in a ? a.i : 0) % items.length]! : null;
          const section = m.sections[('s' in a ? a.s : 0) % m.sections.length]!;
          switch (a.t) {
            case 'add':
              await s().addItem(section.id);
              break;
            case 'delete':
              if (item) await s().deleteItem(item.id);
              break;
            case 'move':
              if (item) await s().moveItem(item.id, a.up ? -1 : 1);
              break;
            case 'moveTo':
              if (item) await s().moveItemTo(item.id, section.id, a.p);
              break;
            case 'rename':
              if (item) await s().renameItem(item.id, a.title.trim() || 'x');
              break;
            case 'kind':
              if (item) await s().updateItem(item.id, 'kind', a.beslut ? 'beslut' : 'information');
              break;
            case 'public':
              if (item) await s().updateItem(item.id, 'public', !item.public);
              break;
            case 'addSection':
              await s().addSection('Nytt avsnitt');
              break;
            case 'renameSection':
              await s().renameSection(section.id, a.h.trim() || null);
              break;
            case 'moveSection':
              await s().moveSection(section.id, a.up ? -1 : 1);
              break;
            case 'deleteSection':
              useStore.setState({ ask: async () => (a.move ? 'move' : 'delete') });
              await s().deleteSection(section.id);
              break;
            case 'place':
              await s().updateMeeting({ place: a.v });
              break;
            case 'undo':
              for (let k = 0; k < a.n; k++) await s().undo();
              break;
            case 'redo':
              for (let k = 0; k < a.n; k++) await s().redo();
              break;
          }
          if (a.t !== 'rename') expect(s().error, `${a.t}: ${s().error}`).toBeNull();
          expect(comparable(s().current)).toEqual(await fromDatabase(meetingId));
        }
        const end = comparable(s().current);
        const steps = s().past.length;
        for (let k = 0; k < steps; k++) await s().undo();
        expect(s().error).toBeNull();
        if (steps < HISTORY_LIMIT) expect(comparable(s().current)).toEqual(start);
        for (let k = 0; k < steps; k++) await s().redo();
        expect(s().error).toBeNull();
        expect(comparable(s().current)).toEqual(end);
        expect(comparable(s().current)).toEqual(await fromDatabase(meetingId));
      }),
      { seed: 20241128, numRuns: 25 },
    );
  }, 120_000);
});
