import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../shared/ipc/api';
import { channels } from '../shared/ipc/contract';
import { eventNames } from '../shared/ipc/events';

/**
 * Sandboxed preload (built as CommonJS). Exposes exactly one function per contract channel
 * and one subscriber per event; never ipcRenderer itself.
 */
const api = createApi(
  channels,
  eventNames,
  (channel, input) => ipcRenderer.invoke(channel, input),
  (event, listener) => {
    const wrapped = (_e: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('api', api);
