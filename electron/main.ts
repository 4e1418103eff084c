import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog } from 'electron';
import Store from 'electron-store';
import { eventNames } from '../shared/ipc/events';
import { AppError } from '../shared/ipc/result';
import { createBackend } from './backend';
import { registerIpc } from './ipc/register';
import { installAppMenu } from './menu';
import { nativeDialogs } from './nativeDialogs';
import { nativePrinter } from './nativePrinter';
import { kallelseFilesIn } from './services/OpenedFilesService';
import { createMainWindow, hardenSession, isTrustedSender, registerAppScheme, serveRenderer } from './window';

/** Composition root of the desktop app: paths, backend, IPC, window. */
const here = path.dirname(fileURLToPath(import.meta.url));
// The dev server only in development: a packaged app never loads (or trusts for IPC) a URL
// from the environment (issue 16, finding 12).
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

if (process.env.KALLELSE_DATA_DIR) app.setPath('userData', path.resolve(process.env.KALLELSE_DATA_DIR));
const dbArg = process.argv.find((a) => a.startsWith('--db='))?.slice('--db='.length);

app.enableSandbox();
registerAppScheme();

// A second instance hands its files to the first (second-instance) and stops here: it never
// opens the database or registers anything.
if (!app.requestSingleInstanceLock()) app.quit();
else start();

function start(): void {
  // .kallelse files from the OS: in argv (Windows/Linux, first start), 'open-file' (macOS, may come
  // before 'ready'), or a second instance's argv. Imported once the backend is up.
  const pendingFiles = kallelseFilesIn(process.argv.slice(1), process.cwd());
  let openFiles = (files: string[]) => {
    pendingFiles.push(...files);
  };
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFiles([file]);
  });

  app.whenReady().then(() => {
    hardenSession();
    serveRenderer(path.join(here, '../renderer'));
    let backend: ReturnType<typeof createBackend>;
    try {
      backend = createBackend({
        dataDir: app.getPath('userData'),
        ...(dbArg ? { databasePath: dbArg } : {}),
        // Packaged: the samples ship as resources (electron-builder extraResources).
        ...(app.isPackaged ? { samplesDir: path.join(process.resourcesPath, 'samples') } : {}),
        runtime: 'electron',
        version: app.getVersion(),
        settingsStore: new Store<Record<string, unknown>>({ name: 'config' }),
        dialogs: nativeDialogs,
        printer: nativePrinter,
      });
    } catch (error) {
      // E.g. a database written by a newer Kallelse, or a damaged file: say so and touch nothing.
      const message = error instanceof AppError ? error.message : String(error);
      dialog.showErrorBox('Kallelse kan inte starta', message);
      app.exit(1);
      return;
    }
    registerIpc(backend.dispatch, (event) => isTrustedSender(event.senderFrame, devServerUrl));
    const mainWindow = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    installAppMenu((command) => mainWindow()?.webContents.send('menu:command', { command }));
    for (const name of eventNames) {
      backend.events.on(name, (payload) => {
        for (const window of BrowserWindow.getAllWindows()) window.webContents.send(name, payload);
      });
    }
    const open = () =>
      createMainWindow({
        preloadPath: path.join(here, '../preload/preload.cjs'),
        ...(devServerUrl ? { devServerUrl } : {}),
      });
    open();
    openFiles = (files) => void backend.services.openedFiles.open(files);
    openFiles(pendingFiles.splice(0));
    app.on('second-instance', (_event, argv, cwd) => {
      const window = mainWindow();
      if (window?.isMinimized()) window.restore();
      window?.focus();
      openFiles(kallelseFilesIn(argv.slice(1), cwd));
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open();
    });
    app.on('will-quit', () => backend.close());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
