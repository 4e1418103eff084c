import { createApi } from '../../../shared/ipc/api';
import { channels } from '../../../shared/ipc/contract';
import { eventNames } from '../../../shared/ipc/events';

/**
 * The browser-side half of the test harness, injected before the renderer loads. It builds
 * window.api with the same createApi the Electron preload uses; each call goes through a
 * Playwright binding to the real backend's dispatcher in the test process. Events come back
 * on the harness server's event stream (/__events, staticServer.ts), or through window.__kallelseEmit.
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

const emit = (event: string, payload: unknown) => {
  for (const l of listeners.get(event) ?? []) l(payload);
};
Object.defineProperty(w, '__kallelseEmit', { value: emit });
// The top window of the renderer's own origin listens (not about:blank before the page loads, not frames).
if (window === window.top && location.protocol === 'http:') {
  new EventSource('/__events').onmessage = (message) => {
    const { event, payload } = JSON.parse(message.data) as { event: string; payload: unknown };
    emit(event, payload);
  };
}
// Like contextBridge: a frozen, non-writable object.
Object.defineProperty(w, 'api', { value: Object.freeze(api), writable: false, configurable: false });
