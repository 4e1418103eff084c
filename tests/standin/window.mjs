// The stand-in's windows: one Debian Chromium (Playwright, persistent context with a CDP port
// so the test process can attach), one page per BrowserWindow. A custom scheme that main
// handles (app://kallelse/…) is served as https://kallelse.app.scheme.test/… and every such
// request goes to the handler main gave protocol.handle — its status, headers (CSP) and body
// are what Chromium gets. Navigations and window.open go through the handlers main installed
// on the webContents ('will-navigate', setWindowOpenHandler) before anything loads.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { pageScript } from './pageScript.mjs';

const SCHEME_HOST_SUFFIX = '.scheme.test';

/** app://kallelse/x → https://kallelse.app.scheme.test/x (only for schemes main handles). */
export function toWebUrl(raw, schemes) {
  const url = new URL(raw);
  const scheme = url.protocol.slice(0, -1);
  if (!schemes.has(scheme)) return raw;
  return `https://${url.host}.${scheme}${SCHEME_HOST_SUFFIX}${url.pathname}${url.search}${url.hash}`;
}

/** The reverse: what main sees as the frame's or request's URL. */
export function toAppUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  if (url.protocol !== 'https:' || !url.hostname.endsWith(SCHEME_HOST_SUFFIX)) return raw;
  const [host, scheme] = url.hostname.slice(0, -SCHEME_HOST_SUFFIX.length).split('.');
  return `${scheme}://${host}${url.pathname}${url.search}${url.hash}`;
}

let contextPromise = null;
let userDataDir = null;
const contentsByPage = new Map();
const framesMain = new WeakMap();

async function browserContext(ctx) {
  contextPromise ??= (async () => {
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-standin-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      locale: 'sv-SE',
      viewport: { width: 1440, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--remote-debugging-port=0',
      ],
    });
    await context.route('**/*', (route, request) => routeRequest(route, request, ctx));
    await context.exposeBinding('__electronIpcInvoke', (source, channel, args) =>
      invokeFromPage(source, channel, args, ctx),
    );
    return context;
  })();
  return contextPromise;
}

/** http://127.0.0.1:PORT for chromium.connectOverCDP in the test process. */
export async function cdpEndpoint() {
  const file = path.join(userDataDir, 'DevToolsActivePort');
  for (let i = 0; i < 100 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
  return `http://127.0.0.1:${fs.readFileSync(file, 'utf8').split('\n')[0]}`;
}

export async function closeBrowser() {
  if (!contextPromise) return;
  const context = await contextPromise;
  await context.close();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
}

/** The WebFrameMain main sees for a Playwright frame: one object per frame, so `===` works. */
function frameMain(frame) {
  if (!framesMain.has(frame)) {
    framesMain.set(frame, {
      get url() {
        return toAppUrl(frame.url());
      },
      get parent() {
        const parent = frame.parentFrame();
        return parent ? frameMain(parent) : null;
      },
      get top() {
        let f = frame;
        while (f.parentFrame()) f = f.parentFrame();
        return frameMain(f);
      },
      get name() {
        return frame.name();
      },
    });
  }
  return framesMain.get(frame);
}

async function invokeFromPage(source, channel, args, { standin }) {
  const contents = contentsByPage.get(source.page);
  const handler = standin.ipcHandlers.get(channel);
  if (!contents || !handler) throw new Error(`No handler registered for '${channel}'`);
  const event = { sender: contents, senderFrame: frameMain(source.frame), frameId: 0, processId: 0 };
  return handler(event, ...(Array.isArray(args) ? args : []));
}

async function routeRequest(route, request, { standin, makeEvent }) {
  const webUrl = request.url();
  const appUrl = toAppUrl(webUrl);
  let frame = null;
  try {
    frame = request.frame();
  } catch {}
  const page = frame?.page();
  // A navigation without a frame yet is a new window (window.open, target=_blank) that Chromium
  // is about to create: ask the handler main set on the (only) window that opened it.
  const newWindow = request.isNavigationRequest() && (!page || !contentsByPage.has(page));
  if (newWindow) {
    const opener = [...contentsByPage.values()][0];
    const decision = opener?.windowOpenHandler?.({ url: appUrl, frameName: '', features: '' });
    if (decision?.action !== 'allow') {
      standin.deniedWindows.push(appUrl);
      await route.abort('aborted');
      for (const p of (await contextPromise).pages()) {
        if (!contentsByPage.has(p)) await p.close();
      }
      return;
    }
    standin.openedWindows.push(appUrl);
  } else if (request.isNavigationRequest() && frame === page.mainFrame()) {
    const contents = contentsByPage.get(page);
    if (contents.expectedLoad === webUrl) {
      contents.expectedLoad = null;
    } else {
      const event = makeEvent();
      contents.emit('will-navigate', event, appUrl);
      if (event.defaultPrevented) {
        standin.preventedNavigations.push(appUrl);
        return route.abort('aborted');
      }
    }
  }
  const scheme = new URL(appUrl).protocol.slice(0, -1);
  const handler = appUrl !== webUrl ? standin.schemeHandlers.get(scheme) : undefined;
  if (handler) {
    const body = request.postDataBuffer();
    const response = await handler(
      new Request(appUrl, { method: request.method(), headers: request.headers(), ...(body ? { body } : {}) }),
    );
    return route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  }
  // The machine is offline, like a locked-down office PC: anything else gets a stub page or nothing.
  if (request.isNavigationRequest()) {
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Extern sida</title>' });
  }
  return route.abort('internetdisconnected');
}

/** A BrowserWindow's webContents over one Playwright page. */
export function createWindowContents(browserWindow, options, ctx) {
  const contents = new EventEmitter();
  let page = null;
  contents.windowOpenHandler = null;
  contents.expectedLoad = null;
  contents.setWindowOpenHandler = (handler) => {
    contents.windowOpenHandler = handler;
  };
  Object.defineProperty(contents, 'mainFrame', { get: () => (page ? frameMain(page.mainFrame()) : null) });
  contents.getURL = () => (page ? toAppUrl(page.url()) : '');
  contents.isDestroyed = () => browserWindow.isDestroyed();
  contents.loadURL = async (url) => {
    // A PDF file in a window of its own is what main prints from. The stand-in has no PDF viewer
    // plugin: it notes the file for print() instead of navigating (headless Chromium would download it).
    if (url.startsWith('file:') && url.toLowerCase().endsWith('.pdf')) {
      contents.pdfFile = fileURLToPath(url);
      contents.emit('did-finish-load');
      return;
    }
    const context = await browserContext(ctx);
    if (!page) {
      page =
        context.pages().find((p) => !contentsByPage.has(p) && p.url() === 'about:blank') ?? (await context.newPage());
      contentsByPage.set(page, contents);
      const preloadPath = options.webPreferences?.preload;
      const preload = preloadPath && fs.existsSync(preloadPath) ? fs.readFileSync(preloadPath, 'utf8') : null;
      if (preloadPath && preload === null) console.error(`Unable to load preload script: ${preloadPath}`);
      await page.addInitScript({ content: pageScript(preload) });
      page.on('console', (m) => ctx.standin.report({ type: 'console', level: m.type(), text: m.text() }));
      page.on('pageerror', (e) => ctx.standin.report({ type: 'console', level: 'pageerror', text: String(e) }));
    }
    const target = toWebUrl(url, new Set(ctx.standin.schemeHandlers.keys()));
    contents.expectedLoad = target;
    await page.goto(target);
    contents.emit('did-finish-load');
    browserWindow.emit('ready-to-show');
    ctx.standin.report({ type: 'window', cdp: await cdpEndpoint(), url: page.url() });
  };
  contents.send = (channel, ...args) => {
    if (!page) return;
    void page.evaluate(([c, a]) => globalThis.__electronIpcEmit?.(c, a), [channel, args]).catch(() => {});
  };
  contents.focus = () => {};
  // The system print dialog: recorded with a copy of what it would print, answered as the test says.
  contents.print = (printOptions, callback) => {
    const job = { options: printOptions ?? {}, webPreferences: options.webPreferences ?? {}, file: null, copy: null };
    if (contents.pdfFile && fs.existsSync(contents.pdfFile)) {
      job.file = contents.pdfFile;
      job.copy = path.join(os.tmpdir(), `kallelse-standin-print-${process.pid}-${ctx.standin.printJobs.length}.pdf`);
      fs.copyFileSync(contents.pdfFile, job.copy);
    }
    ctx.standin.printJobs.push(job);
    const answer = ctx.standin.printAnswers.shift() ?? { ok: false, reason: 'cancelled' };
    setTimeout(() => callback?.(answer.ok, answer.reason), 0);
  };
  contents.close = async () => {
    if (page) await page.close();
  };
  return contents;
}
