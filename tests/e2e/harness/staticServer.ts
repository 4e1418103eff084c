import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';
import { resolveInside } from '../../../electron/safePath';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface RendererServer {
  origin: string;
  /** Sends an event to the window(s) listening on /__events, at once (one write, no round trip). */
  send: (event: string, payload: unknown) => void;
  /** Resolves once a window listens for events. */
  listening: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * Serves the built renderer on loopback the way app:// does in Electron: GET only, CSP header,
 * no path escape. GET /__events is the harness's one-way event stream to the window (server-sent
 * events), as webContents.send is in Electron: written when the backend emits, even while a
 * render keeps the test process busy (a page.evaluate per event needs turns of its event loop
 * and queued up for seconds behind a long export).
 */
export async function serveRenderer(root: string): Promise<RendererServer> {
  const streams = new Set<http.ServerResponse>();
  let waiting: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/__events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
      res.write(': kallelse\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      for (const resolve of waiting) resolve();
      waiting = [];
      return;
    }
    const file =
      req.method === 'GET' ? resolveInside(root, url.pathname === '/' ? 'index.html' : url.pathname.slice(1)) : null;
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(req.method === 'GET' ? 404 : 403).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    send: (event, payload) => {
      const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
      for (const stream of streams) stream.write(data);
    },
    listening: () => (streams.size > 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
    // Chromium keeps connections alive; drop them, or close() waits for them.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
