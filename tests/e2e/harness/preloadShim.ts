import { createApi } from '../../../shared/ipc/api';
import { channels } from '../../../shared/ipc/contract';
import { eventNames } from '../../../shared/ipc/events';

/**
 * The browser-side half of the test harness, injected before the renderer loads. It builds
 * window.api with the same createApi the Electron preload uses; each call goes through a
 * Playwright binding to the real backend's dispatcher in the test process. Events come back
 * through window.__kallelseEmit.
 */
type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();
const w = window as unknown as {
  __kallelseIpc: (channel: string, input: unknown) => Promise<unknown>;
  __kallelseEmit: (event: string, payload: unknown) => void;
  api: unknown;
};

const api = createApi(
  channels,
  eventNames,
  (channel, input) => w.__kallelseIpc(channel, input),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
    };
  },
);

Object.defineProperty(w, '__kallelseEmit', {
  value: (event: string, payload: unknown) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  },
});
// Like contextBridge: a frozen, non-writable object.
Object.defineProperty(w, 'api', { value: Object.freeze(api), writable: false, configurable: false });
