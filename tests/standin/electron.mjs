// A stand-in for the `electron` module, implementing only what Kallelse's main process (and
// electron-store) use, so the BUILT out/main/main.js runs under plain Node in CI. Windows are
// Debian Chromium pages driven by Playwright (./window.mjs). Everything main asks of Electron
// is recorded in `standin` and reported to the test process over the fork IPC channel
// (./control.mjs). See README "Tested without an Electron binary" for what this cannot show.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveControl } from './control.mjs';
import { closeBrowser, createWindowContents } from './window.mjs';

const projectRoot = path.resolve(fileURLToPath(import.meta.url), '../../..');
const packageJson = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));

/** What main did with Electron, for the tests to look at. */
export const standin = {
  sandboxEnabled: false,
  privilegedSchemes: [],
  schemeHandlers: new Map(),
  ipcHandlers: new Map(),
  permissionRequestHandler: null,
  permissionCheckHandler: null,
  errorBoxes: [],
  openedExternal: [],
  preventedNavigations: [],
  deniedWindows: [],
  openedWindows: [],
  webPreferences: [],
  applicationMenu: null,
  dialogAnswers: [],
  dialogsShown: [],
  /** webContents.print() calls: options, the window's preferences, a copy of the PDF shown. */
  printJobs: [],
  /** What the next print dialogs answer ({ ok, reason }); none: the user cancels. */
  printAnswers: [],
  exitCode: null,
  report: (_message) => {},
};

const makeEvent = () => {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
};

// ── app ────────────────────────────────────────────────────────────────────────────────────
class App extends EventEmitter {
  // KALLELSE_STANDIN_PACKAGED=1 plays an installed app (resources beside the project's files).
  isPackaged = process.env.KALLELSE_STANDIN_PACKAGED === '1';
  #paths = { userData: fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-standin-userdata-')) };
  #ready = false;
  #quitting = false;
  #readyPromise = new Promise((resolve) => {
    // Like Electron: 'ready' comes after the main script's first turn — also when main has
    // already called quit() (Electron quits only once its message loop runs, after 'ready').
    setImmediate(() => {
      this.#ready = true;
      this.emit('ready', makeEvent(), {});
      resolve();
    });
  });
  whenReady() {
    return this.#readyPromise;
  }
  isReady() {
    return this.#ready;
  }
  getPath(name) {
    return this.#paths[name] ?? path.join(this.#paths.userData, name);
  }
  setPath(name, value) {
    this.#paths[name] = value;
  }
  getVersion() {
    return packageJson.version;
  }
  getName() {
    return packageJson.productName;
  }
  getLocale() {
    return 'sv-SE';
  }
  enableSandbox() {
    standin.sandboxEnabled = true;
  }
  /** One instance per data folder, as Electron does per user: a lock file and an inbox folder. */
  requestSingleInstanceLock(additionalData) {
    const dir = this.getPath('userData');
    fs.mkdirSync(dir, { recursive: true });
    const lock = path.join(dir, 'standin-instance.lock');
    const inbox = path.join(dir, 'standin-instance-inbox');
    const holder = fs.existsSync(lock) ? Number(fs.readFileSync(lock, 'utf8')) : null;
    if (holder && holder !== process.pid && isAlive(holder)) {
      fs.mkdirSync(inbox, { recursive: true });
      const message = JSON.stringify({ argv: process.argv, cwd: process.cwd(), additionalData });
      fs.writeFileSync(path.join(inbox, `${process.pid}.tmp`), message);
      fs.renameSync(path.join(inbox, `${process.pid}.tmp`), path.join(inbox, `${process.pid}.json`));
      return false;
    }
    fs.writeFileSync(lock, String(process.pid));
    fs.mkdirSync(inbox, { recursive: true });
    const poll = setInterval(() => {
      for (const name of fs.readdirSync(inbox).filter((n) => n.endsWith('.json'))) {
        const file = path.join(inbox, name);
        const { argv, cwd, additionalData: data } = JSON.parse(fs.readFileSync(file, 'utf8'));
        fs.rmSync(file);
        this.emit('second-instance', makeEvent(), argv, cwd, data);
      }
    }, 100);
    poll.unref();
    return true;
  }
  focus() {}
  async quit() {
    if (this.#quitting) return;
    this.#quitting = true;
    if (!this.#ready) await this.#readyPromise;
    const event = makeEvent();
    this.emit('before-quit', event);
    this.emit('will-quit', makeEvent());
    void shutdown(0);
  }
  exit(code = 0) {
    this.#quitting = true;
    standin.exitCode = code;
    void shutdown(code);
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function shutdown(code) {
  standin.exitCode = code;
  standin.report({ type: 'exit', code });
  await closeBrowser().catch(() => {});
  process.exit(code);
}

export const app = new App();
if (app.isPackaged) process.resourcesPath ??= projectRoot;

// ── windows ────────────────────────────────────────────────────────────────────────────────
const windows = [];

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return windows.filter((w) => !w.isDestroyed());
  }
  static getFocusedWindow() {
    return BrowserWindow.getAllWindows()[0] ?? null;
  }
  #destroyed = false;
  constructor(options = {}) {
    super();
    this.options = options;
    standin.webPreferences.push(options.webPreferences ?? {});
    windows.push(this);
    this.webContents = createWindowContents(this, options, { standin, app, makeEvent });
    app.emit('browser-window-created', makeEvent(), this);
    app.emit('web-contents-created', makeEvent(), this.webContents);
  }
  loadURL(url) {
    return this.webContents.loadURL(url);
  }
  show() {}
  focus() {}
  isMinimized() {
    return false;
  }
  restore() {}
  isDestroyed() {
    return this.#destroyed;
  }
  setMenu() {}
  destroy() {
    void this.close();
  }
  async close() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    await this.webContents.close();
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
}

// ── IPC, protocol, net, session ───────────────────────────────────────────────────────────
export const ipcMain = {
  handle(channel, handler) {
    if (standin.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    standin.ipcHandlers.set(channel, handler);
  },
  removeHandler(channel) {
    standin.ipcHandlers.delete(channel);
  },
  on() {
    return ipcMain;
  },
  removeListener() {
    return ipcMain;
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    if (app.isReady()) throw new Error('registerSchemesAsPrivileged must be called before app ready');
    standin.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    standin.schemeHandlers.set(scheme, handler);
  },
  isProtocolHandled(scheme) {
    return standin.schemeHandlers.has(scheme);
  },
};

const mimeTypes = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export const net = {
  /** file: URLs as Chromium's file loader answers them (type from the extension); others via Node. */
  async fetch(input, init) {
    const url = typeof input === 'string' ? input : input.url;
    if (!url.startsWith('file:')) return fetch(input, init);
    const file = fileURLToPath(url);
    const bytes = fs.readFileSync(file);
    const type = mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(bytes, { status: 200, headers: { 'content-type': type } });
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      standin.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      standin.permissionCheckHandler = handler;
    },
  },
};

// ── dialog, shell, Menu ───────────────────────────────────────────────────────────────────
export const dialog = {
  showErrorBox(title, content) {
    standin.errorBoxes.push({ title, content });
    standin.report({ type: 'error-box', title, content });
    process.stderr.write(`[dialog.showErrorBox] ${title}: ${content}\n`);
  },
  async showOpenDialog(_windowOrOptions, maybeOptions) {
    standin.dialogsShown.push({ kind: 'open', title: (maybeOptions ?? _windowOrOptions)?.title });
    const answer = standin.dialogAnswers.shift() ?? null;
    return answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] };
  },
  async showSaveDialog(_windowOrOptions, maybeOptions) {
    standin.dialogsShown.push({ kind: 'save', title: (maybeOptions ?? _windowOrOptions)?.title });
    const answer = standin.dialogAnswers.shift() ?? null;
    return answer === null ? { canceled: true } : { canceled: false, filePath: answer };
  },
  async showMessageBox(_windowOrOptions, maybeOptions) {
    const options = maybeOptions ?? _windowOrOptions;
    standin.dialogsShown.push({ kind: 'message', title: options?.title, message: options?.message });
    return { response: 0, checkboxChecked: false };
  },
};

export const shell = {
  async openExternal(url) {
    standin.openedExternal.push(url);
  },
  async openPath(file) {
    standin.openedExternal.push(file);
    return '';
  },
};

export class MenuItem {
  constructor(options) {
    Object.assign(this, { enabled: true, visible: true, type: 'normal' }, options);
    if (options.submenu && !(options.submenu instanceof Menu)) this.submenu = Menu.buildFromTemplate(options.submenu);
  }
}

export class Menu {
  static buildFromTemplate(template) {
    const menu = new Menu();
    for (const entry of template) menu.items.push(entry instanceof MenuItem ? entry : new MenuItem(entry));
    return menu;
  }
  static setApplicationMenu(menu) {
    standin.applicationMenu = menu;
  }
  static getApplicationMenu() {
    return standin.applicationMenu;
  }
  items = [];
  getMenuItemById(id) {
    for (const item of this.items) {
      if (item.id === id) return item;
      const inner = item.submenu?.getMenuItemById(id);
      if (inner) return inner;
    }
    return null;
  }
}

serveControl(standin, { app, BrowserWindow, Menu });

export default { app, BrowserWindow, ipcMain, protocol, net, session, dialog, shell, Menu, MenuItem };
