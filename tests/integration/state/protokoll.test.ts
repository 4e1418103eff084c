import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import type { useStore as Store } from '../../../renderer/state/store';
import { insertParagraph, removeParagraph } from '../../../shared/protokoll/paragraphs';
import { sampleDir } from '../../helpers/packages';
import { startBackend, stopBackend } from './harness';

let backend: Backend;
let useStore: typeof Store;

beforeEach(async () => {
  ({ backend, useStore } = await startBackend());
});
afterEach(async () => {
  // Let the protokoll's preview timer run out against a live backend before it closes.
  useStore.setState({ protokollMeetingId: null });
  stopBackend();
});

const s = () => useStore.getState();
const saved = (meetingId: string) => backend.services.protokoll.get(meetingId).protokoll!;

/** The minimal sample, held (genomförd), opened, with its protokoll view open. */
async function heldAndOpen() {
  const { meetingId } = await backend.services.packages.importPackage(sampleDir('minimal'));
  for (const status of ['faststalld', 'utskickad', 'genomford'] as const)
    await backend.services.versions.changeStatus(meetingId, status);
  await s().openMeeting(meetingId);
  await s().openProtokoll();
  return meetingId;
}

/** Answers the next question the store asks (the confirm dialog), as the user would. */
async function answerNext(choice: string | null) {
  for (let i = 0; i < 100 && !s().question; i++) await new Promise((r) => setTimeout(r, 10));
  s().answer(choice);
}

describe('the protokoll slice (state layer, real backend)', () => {
  it('a burst of edits is one save and one undo step; undo and redo put the protokoll back and forth', async () => {
    const meetingId = await heldAndOpen();
    expect(s().protokollDraft).toBeNull();
    await s().createProtokoll();
    const created = saved(meetingId);
    expect(s().protokollDraft).toEqual(created);

    s().editProtokoll((p) => ({ ...p, endTime: '15:30' }));
    s().editProtokoll((p) => ({
      ...p,
      attendees: p.attendees.map((a) => (a.name === 'Bo Påhittsson' ? { ...a, present: false } : a)),
    }));
    expect(s().protokollSave).toBe('pending');
    await s().flushProtokoll();
    // A genomförd meeting has a sent kallelse: a protokoll edit must not ask about changing it.
    expect(s().question).toBeNull();
    expect(s().error).toBeNull();
    expect(s().past.map((c) => c.label)).toEqual(['ändra protokollet']);
    expect(saved(meetingId).endTime).toBe('15:30');
    expect(saved(meetingId).attendees.find((a) => a.name === 'Bo Påhittsson')!.present).toBe(false);
    expect(s().protokollSave).toBe('saved');

    const revision = s().protokollRevision;
    await s().undo();
    expect(s().error).toBeNull();
    // As created (a saved draft says justerad: false explicitly).
    expect(saved(meetingId)).toEqual({ ...created, justerad: false });
    expect(s().protokollDraft).toEqual({ ...created, justerad: false });
    expect(s().protokollRevision).toBeGreaterThan(revision);
    await s().redo();
    expect(saved(meetingId).endTime).toBe('15:30');
    expect(s().protokollDraft!.endTime).toBe('15:30');
  });

  it('undo right after typing saves the typing first and takes back exactly that', async () => {
    const meetingId = await heldAndOpen();
    await s().createProtokoll();
    s().editProtokoll((p) => ({ ...p, justerare: ['Anna Exempelsson'] }));
    await s().flushProtokoll();
    s().editProtokoll((p) => ({ ...p, secretary: 'Sara Sekreterare' }));
    await s().undo();
    expect(saved(meetingId).secretary).toBeUndefined();
    expect(saved(meetingId).justerare).toEqual(['Anna Exempelsson']);
  });

  it('justera asks; afterwards only the anslag can change, and an undo from before is refused in Swedish', async () => {
    const meetingId = await heldAndOpen();
    await s().createProtokoll();
    await s().justeraProtokoll();
    expect(s().error).toBe('Ange vem som utses att justera protokollet innan det justeras.');
    s().editProtokoll((p) => ({ ...p, justerare: ['Anna Exempelsson'], justeringDate: '2024-03-27' }));

    // Cancelled: nothing happens.
    let done = s().justeraProtokoll();
    await answerNext(null);
    await done;
    expect(saved(meetingId).justerad).toBe(false);

    done = s().justeraProtokoll();
    await answerNext('yes');
    await done;
    expect(saved(meetingId)).toMatchObject({ justerad: true, justeringDate: '2024-03-27' });
    expect(s().current!.status).toBe('justerad');

    const frozen = saved(meetingId);
    s().editProtokoll((p) => ({ ...p, endTime: '16:00' }));
    expect(s().protokollDraft).toEqual(frozen);
    s().editProtokoll((p) => ({ ...p, anslag: { postedDate: '2024-03-28', storagePlace: 'Kansliet' } }));
    await s().flushProtokoll();
    expect(saved(meetingId).anslag).toEqual({ postedDate: '2024-03-28', storagePlace: 'Kansliet' });

    await s().undo(); // the anslag
    expect(saved(meetingId).anslag).toBeUndefined();
    await s().undo(); // the justerare, from before justering
    expect(s().error).toBe('Protokollet är justerat; det går inte att ångra ändringar från före justeringen.');
    expect(saved(meetingId)).toMatchObject({ justerad: true, justerare: ['Anna Exempelsson'] });
  });

  it('adding and removing a § are one undo step each; undo and redo put the §§ back', async () => {
    const meetingId = await heldAndOpen();
    await s().createProtokoll();
    const before = saved(meetingId).paragraphs.map((p) => p.title);
    s().editProtokoll((p) => ({ ...p, endTime: '15:30' }));
    await s().restructureProtokoll((p) => insertParagraph(p, 1, 'Ny paragraf'));
    // The pending edit was saved first, as its own step.
    expect(s().past.map((c) => c.label)).toEqual(['ändra protokollet', 'ändra protokollet']);
    expect(saved(meetingId).paragraphs.map((p) => p.title)).toEqual([before[0], 'Ny paragraf', ...before.slice(1)]);
    const revision = s().protokollRevision;
    await s().restructureProtokoll((p) => removeParagraph(p, 0));
    expect(s().protokollRevision).toBeGreaterThan(revision);
    expect(saved(meetingId).paragraphs.map((p) => p.title)).toEqual(['Ny paragraf', ...before.slice(1)]);
    expect(saved(meetingId).paragraphs[0]!.number).toBe(1);
    await s().undo();
    expect(saved(meetingId).paragraphs.map((p) => p.title)).toEqual([before[0], 'Ny paragraf', ...before.slice(1)]);
    expect(s().protokollDraft!.paragraphs.map((p) => p.title)).toEqual(saved(meetingId).paragraphs.map((p) => p.title));
    await s().undo();
    expect(saved(meetingId).paragraphs.map((p) => p.title)).toEqual(before);
    expect(saved(meetingId).endTime).toBe('15:30');
    await s().redo();
    expect(saved(meetingId).paragraphs).toHaveLength(before.length + 1);
  });
});
