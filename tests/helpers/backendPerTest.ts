import { afterEach, beforeEach } from 'vitest';
import { type Backend, type BackendOptions, createBackend } from '../../electron/backend';
import { ScriptedDialogs } from '../../electron/services/dialogs';
import { ipcCaller } from './ipc';
import { makeTempDir } from './tempDir';

/**
 * A fresh backend per test: its own data folder, real SQLite, scripted dialogs; closed and
 * removed after the test. Read `backend`, `dialogs` and `temp` inside tests (they change per test);
 * `call` and `refused` go through the dispatcher as the renderer does (ipc.ts).
 */
export function backendPerTest(options: Partial<Omit<BackendOptions, 'dataDir' | 'dialogs'>> = {}) {
  const current = {} as { backend: Backend; dialogs: ScriptedDialogs; temp: ReturnType<typeof makeTempDir> };
  beforeEach(() => {
    current.temp = makeTempDir();
    current.dialogs = new ScriptedDialogs();
    current.backend = createBackend({
      runtime: 'node',
      version: '0.0.0-test',
      ...options,
      dataDir: current.temp.dir,
      dialogs: current.dialogs,
    });
  });
  afterEach(() => {
    current.backend.close();
    current.temp.cleanup();
  });
  return Object.assign(
    current,
    ipcCaller(() => current.backend),
  );
}
