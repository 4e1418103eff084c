import { type Backend, createBackend } from '../../../electron/backend';
import type { MeetingDetail } from '../../../shared/domain/meeting';
import { createApi } from '../../../shared/ipc/api';
import { channels } from '../../../shared/ipc/contract';
import { eventNames } from '../../../shared/ipc/events';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * Runs the renderer's zustand store in Node against the real backend: window.api is built
 * with the same createApi the preload uses, and each call goes to backend.dispatch (real
 * zod validation, services, SQLite). Nothing of ours is mocked; only the PDF preview timer is
 * switched off, because rendering is not what these tests are about.
 */
let backend: Backend | null = null;
let temp: ReturnType<typeof makeTempDir> | null = null;

(globalThis as unknown as { window: unknown }).window = {
  api: createApi(
    channels,
    eventNames,
    (channel, input) => backend!.dispatch(channel, input),
    () => () => {},
  ),
};

export async function startBackend() {
  temp = makeTempDir();
  backend = createBackend({ dataDir: temp.dir, runtime: 'node', version: '0.0.0-test' });
  const { useStore } = await import('../../../renderer/state/store');
  useStore.setState({
    current: null,
    past: [],
    future: [],
    error: null,
    notice: null,
    sentEditsConfirmed: [],
    schedulePreview: () => {},
    resetPreview: () => {},
  });
  return { backend, useStore };
}

export function stopBackend() {
  backend?.close();
  temp?.cleanup();
  backend = null;
}

/** The meeting without the timestamp every write moves. */
export const comparable = (m: MeetingDetail | null) => (m ? { ...m, updatedAt: '' } : null);

export async function fromDatabase(meetingId: string) {
  const r = await backend!.dispatch('meetings:get', { meetingId });
  return r.ok ? comparable(r.value as MeetingDetail) : null;
}
