import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import Conf from 'conf';
import type { EventName, EventPayload } from '../shared/ipc/events';
import { createDispatcher, type Dispatch, type Handlers } from './ipc/dispatcher';
import { createHandlers } from './ipc/handlers';
import { resolveDatabasePath } from './paths';
import { type KeyValueStore, SettingsService } from './services/SettingsService';

export interface BackendOptions {
  dataDir: string;
  /** Explicit database file (`--db`); default `<dataDir>/kallelse.sqlite`. */
  databasePath?: string;
  runtime: 'electron' | 'node';
  version: string;
  /** electron-store in the app; a conf store in the same folder otherwise. */
  settingsStore?: KeyValueStore;
}

/** Typed push events from services to whoever shows them (webContents, test page, CLI). */
export class BackendEvents {
  private readonly emitter = new EventEmitter();
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    this.emitter.emit(event, payload);
  }
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }
}

/**
 * Composition root without Electron: opens storage, builds the services and the IPC
 * dispatcher. Electron's main.ts, the CLI and the tests all start the backend through here.
 */
export function createBackend(options: BackendOptions) {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const databasePath = resolveDatabasePath(options.dataDir, options.databasePath);
  const events = new BackendEvents();
  const settingsStore =
    options.settingsStore ??
    new Conf<Record<string, unknown>>({ cwd: options.dataDir, configName: 'config', projectName: 'kallelse' });
  const settings = new SettingsService(settingsStore);

  const services = {
    info: () => ({
      name: 'Kallelse',
      version: options.version,
      dataDir: options.dataDir,
      databasePath,
      runtime: options.runtime,
    }),
    settings,
  };

  const handlers: Handlers = createHandlers(services, events);
  const dispatch: Dispatch = createDispatcher(handlers);

  return {
    services,
    handlers,
    dispatch,
    events,
    close(): void {},
  };
}

export type Backend = ReturnType<typeof createBackend>;
export type Services = Backend['services'];
