// The page side of the stand-in: runs the built preload the way Electron's sandboxed preload
// runs it, before any page script, in the top frame only (nodeIntegrationInSubFrames is off).
// `require` knows only 'electron'; contextBridge.exposeInMainWorld defines a frozen,
// non-writable global; ipcRenderer.invoke goes to main through the `__electronIpcInvoke`
// binding, which main answers with the calling frame as senderFrame.
// Limit: Electron runs the preload in an isolated world; here it shares the page's world, so
// `__electronIpcEmit` (main → renderer pushes) is a hidden, non-writable global.

/** The init script for one window: `preloadSource` is the built preload.cjs (or null if missing). */
export function pageScript(preloadSource) {
  const body = preloadSource === null ? '' : `(function (require, module, exports) {\n${preloadSource}\n})`;
  return `(() => {
  if (window !== window.top) return;
  const listeners = new Map();
  const ipcRenderer = {
    invoke: (channel, ...args) => window.__electronIpcInvoke(channel, args),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  ipcRenderer.off = ipcRenderer.removeListener;
  Object.defineProperty(window, '__electronIpcEmit', {
    value: (channel, args) => {
      for (const listener of [...(listeners.get(channel) ?? [])]) listener({ sender: ipcRenderer }, ...args);
    },
  });
  const deepFreeze = (value) => {
    if (value && (typeof value === 'object' || typeof value === 'function') && !Object.isFrozen(value)) {
      Object.freeze(value);
      for (const key of Object.keys(value)) deepFreeze(value[key]);
    }
    return value;
  };
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: deepFreeze(api), enumerable: true, writable: false, configurable: false });
    },
  };
  const electron = Object.freeze({ contextBridge, ipcRenderer });
  const require = (id) => {
    if (id === 'electron') return electron;
    throw new Error("Cannot find module '" + id + "' (sandboxed preload)");
  };
  const preload = ${body || 'null'};
  if (preload) {
    const module = { exports: {} };
    preload.call(module.exports, require, module, module.exports);
  }
})();`;
}
