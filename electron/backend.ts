import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import type { EventName, EventPayload } from '../shared/ipc/events';
import { type Db, openDatabase } from './db/database';
import { ContentStore } from './files/ContentStore';
import { collectGarbage, GARBAGE_GRACE_MS } from './files/garbage';
import { announceTempsIn, sweepTempFiles, tempDirFor } from './files/tempFiles';
import { createDispatcher, type Dispatch, type Handlers } from './ipc/dispatcher';
import { createHandlers } from './ipc/handlers';
import type { PackageLimits } from './package/limits';
import { contentStoreDir, resolveDatabasePath, samplesDir } from './paths';
import { insertFile } from './repos/documents';
import { AgendaService } from './services/AgendaService';
import { DocumentService } from './services/DocumentService';
import { type Dialogs, ScriptedDialogs } from './services/dialogs';
import { GuestService } from './services/GuestService';
import { KallelsePdfService } from './services/KallelsePdfService';
import { MeetingService } from './services/MeetingService';
import { OpenedFilesService } from './services/OpenedFilesService';
import { PackageService } from './services/PackageService';
import { PreviewAhead } from './services/PreviewAhead';
import { ProtokollService } from './services/ProtokollService';
import { type Printer, RecordingPrinter } from './services/printer';
import { RegisterService } from './services/RegisterService';
import { ReviewService } from './services/ReviewService';
import { ReviewSessionService } from './services/ReviewSessionService';
import { SettingsService } from './services/SettingsService';
import { type LegacyKeyValueStore, SqliteSettingsStore } from './services/SettingsStore';
import { TemplateService } from './services/TemplateService';
import { VersionService } from './services/VersionService';

export interface BackendOptions {
  dataDir: string;
  /** Explicit database file (`--db`); default `<dataDir>/kallelse.sqlite`. */
  databasePath?: string;
  runtime: 'electron' | 'node';
  version: string;
  /**
   * Where settings were kept before they moved into the database (electron-store in the app, a
   * conf store in the same folder otherwise); read once to carry them over.
   */
  settingsStore?: LegacyKeyValueStore;
  /** Clock for timestamps (tests fix it). */
  now?: () => Date;
  /** Package size limits; tests lower them instead of writing 100 MB files. */
  packageLimits?: Partial<PackageLimits>;
  /** Folder of the sample packages; default samplesDir() (KALLELSE_SAMPLES_DIR or the project's samples/). */
  samplesDir?: string;
  /** Native dialogs in Electron; scripted (cancel unless told otherwise) elsewhere. */
  dialogs?: Dialogs;
  /** The system print dialog in Electron; elsewhere the PDF is kept for inspection. */
  printer?: Printer;
  /** Wait for another process's write lock before BUSY (default BUSY_TIMEOUT_MS); tests shorten it. */
  busyTimeoutMs?: number;
  /**
   * Collect stored files nothing refers to when opening (default: in the app only — the app's
   * undo history may still hold a removed document, so a command-line run beside it must not).
   */
  collectGarbage?: boolean;
  /** Open the data read-only as if its folder could not be written (the e2e tests, which run as root). */
  readOnly?: boolean;
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
  const legacySettings = (): LegacyKeyValueStore | undefined => {
    if (options.settingsStore) return options.settingsStore;
    if (!fs.existsSync(path.join(options.dataDir, 'config.json'))) return undefined;
    return new Conf<Record<string, unknown>>({ cwd: options.dataDir, configName: 'config', projectName: 'kallelse' });
  };
  const now = options.now ?? (() => new Date());
  // Throws AppError (DB_TOO_NEW, IO) with a Swedish message when the database cannot be used.
  const opened = openDatabase(databasePath, {
    now,
    ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
    ...(options.readOnly ? { readOnly: true } : {}),
  });
  const db: Db = opened.db;
  const readOnly = opened.readOnly;
  const tempDir = tempDirFor(databasePath);
  const store = new ContentStore(contentStoreDir(databasePath), tempDir);
  // Crash hygiene (issue 16, finding 5): what a killed process left behind goes now (not in a
  // folder that cannot be written: nothing of ours can be there).
  if (!readOnly) {
    sweepTempFiles(tempDir);
    announceTempsIn(tempDir);
  }
  try {
    if (!readOnly && (options.collectGarbage ?? options.runtime === 'electron')) collectGarbage(db, store, now());
  } catch {
    // Busy or read-only: the files wait for the next start; opening must not fail over them.
  }
  const storeImage = (bytes: Uint8Array, mediaType: 'image/png' | 'image/jpeg'): string => {
    const { sha256 } = store.put(bytes, mediaType);
    insertFile(
      db,
      { sha256, byteSize: bytes.byteLength, mediaType, pageCount: null, pdfTitle: null },
      now().toISOString(),
    );
    return sha256;
  };
  const settings = new SettingsService(new SqliteSettingsStore(db, legacySettings(), now), storeImage);
  // Files of undo entries that expire are collected then and there (issue 16: not only at start).
  const collectFiles = (sha256s: readonly string[]) => {
    try {
      collectGarbage(db, store, now(), GARBAGE_GRACE_MS, sha256s);
    } catch {
      // Busy: the next start or `kallelse gc` collects them.
    }
  };
  const deps = { db, events, now, ...(readOnly ? {} : { collectFiles }) };
  const templates = new TemplateService(deps);
  const meetings = new MeetingService(deps, settings, templates);
  const agenda = new AgendaService(deps);
  const packages = new PackageService({
    ...deps,
    store,
    settings,
    samplesDir: () => options.samplesDir ?? samplesDir(),
    deleteMeeting: (meetingId: string) => {
      meetings.delete(meetingId);
    },
    ...(options.packageLimits ? { limits: options.packageLimits } : {}),
  });

  const pdf = new KallelsePdfService({ packages, settings, events, now, creator: `Kallelse ${options.version}` });
  // Presidium review: the status workflow with its versions, review copies and comments.
  const versions = new VersionService({ ...deps, store, meetings, packages, pdf });
  const review = new ReviewService({ ...deps, store, packages, versions, pdf });
  const reviewSession = new ReviewSessionService({ ...deps, store, packages, pdf });
  const dialogs = options.dialogs ?? new ScriptedDialogs();
  const documents = new DocumentService({
    ...deps,
    store,
    dialogs,
    ...(options.packageLimits?.maxFileBytes ? { maxFileBytes: options.packageLimits.maxFileBytes } : {}),
  });

  const services = {
    info: () => ({
      name: 'Kallelse',
      version: options.version,
      dataDir: options.dataDir,
      databasePath,
      runtime: options.runtime,
      readOnly,
    }),
    settings,
    meetings,
    agenda,
    register: new RegisterService(deps),
    guests: new GuestService(deps),
    templates,
    packages,
    pdf,
    // The window's preview: its re-render starts as soon as an edit is committed.
    previewAhead: new PreviewAhead({ pdf, events }),
    versions,
    review,
    reviewSession,
    dialogs,
    documents,
    protokoll: new ProtokollService({ ...deps, packages, versions, creator: `Kallelse ${options.version}` }),
    openedFiles: new OpenedFilesService({ packages, review: reviewSession, events }),
    printer: options.printer ?? new RecordingPrinter(),
  };

  const handlers: Handlers = createHandlers(services, events);
  const dispatch: Dispatch = createDispatcher(handlers);

  return {
    services,
    handlers,
    dispatch,
    events,
    db,
    store,
    databasePath,
    close(): void {
      services.previewAhead.close();
      if (db.open) db.close();
      opened.dispose();
    },
  };
}

export type Backend = ReturnType<typeof createBackend>;
export type Services = Backend['services'];
