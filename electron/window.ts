import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, net, protocol, session, shell } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';
import { resolveInside } from './safePath';

/**
 * Every security decision about windows lives in this file (house style §9):
 * sandboxed, isolated renderer; a strict CSP; the UI served only from the app's own files over
 * app://kallelse/ (GET only, no path outside the bundle); no navigation, no new windows,
 * no permissions. External http(s) links open in the system browser.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kallelse';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.host !== APP_HOST) return new Response('Förbjudet', { status: 403 });
    const file = resolveInside(root, url.pathname === '/' ? 'index.html' : url.pathname.slice(1));
    // Only files: a folder (app://kallelse/assets/) is answered like a missing file.
    if (!file || !fs.statSync(file, { throwIfNoEntry: false })?.isFile())
      return new Response('Saknas', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

export function createMainWindow(options: { preloadPath: string; devServerUrl?: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Kallelse',
    show: false,
    backgroundColor: '#f6f5f2',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

/** Only the top frame of one of our windows, showing our own origin, may call IPC. */
export function isTrustedSender(frame: Electron.WebFrameMain | null, devServerUrl?: string): boolean {
  if (!frame || frame.parent !== null) return false;
  if (!BrowserWindow.getAllWindows().some((w) => w.webContents.mainFrame === frame)) return false;
  const url = new URL(frame.url);
  // Node's URL gives custom schemes the origin "null", so compare scheme and host, not origin.
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  return devServerUrl !== undefined && url.origin === new URL(devServerUrl).origin;
}
