import { type ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');
export const builtMain = path.join(root, 'out/main/main.js');
const register = path.join(root, 'tests/standin/register.mjs');

export interface MenuEntry {
  id: string | null;
  label: string | null;
  role: string | null;
  type: string;
  accelerator: string | null;
  enabled: boolean;
  submenu: MenuEntry[] | null;
}

/** What the stand-in recorded of main's calls into Electron (tests/standin/control.mjs). */
export interface StandinState {
  sandboxEnabled: boolean;
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  webPreferences: Record<string, unknown>[];
  errorBoxes: { title: string; content: string }[];
  openedExternal: string[];
  preventedNavigations: string[];
  deniedWindows: string[];
  openedWindows: string[];
  dialogsShown: { kind: string; title?: string }[];
  printJobs: {
    options: { silent?: boolean; printBackground?: boolean };
    webPreferences: Record<string, unknown>;
    file: string | null;
    copy: string | null;
  }[];
  menu: MenuEntry[] | null;
  windows: number;
  exitCode: number | null;
}

type Message =
  | { type: 'window'; cdp: string; url: string }
  | { type: 'error-box'; title: string; content: string }
  | { type: 'exit'; code: number }
  | { type: 'console'; level: string; text: string }
  | { type: 'reply'; id: number; ok: boolean; value?: unknown; error?: string };

export interface LaunchOptions {
  /** The data folder (KALLELSE_DATA_DIR); a fresh temp folder if omitted. */
  dataDir?: string;
  /** Command-line arguments after the main script, as a user's OS would pass them. */
  args?: string[];
  env?: Record<string, string>;
}

/**
 * The built main process (out/main/main.js) in its own Node process, with `electron` resolved
 * to the stand-in. `window()` attaches to its Chromium window over CDP once main has loaded it.
 */
export class StandinApp {
  readonly child: ChildProcess;
  readonly dataDir: string;
  readonly exited: Promise<number | null>;
  readonly messages: Message[] = [];
  private output = '';
  private nextId = 1;
  private readonly waiters = new Set<() => void>();
  private browser: Browser | null = null;

  constructor(options: LaunchOptions = {}) {
    this.dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-standin-'));
    // "Öppna exempelmötet" uses what the project ships (samples/), never an override from outside.
    const { KALLELSE_SAMPLES_DIR: _, KALLELSE_DB: __, ...env } = process.env;
    this.child = fork(builtMain, options.args ?? [], {
      cwd: root,
      execArgv: ['--import', register],
      env: { ...env, KALLELSE_DATA_DIR: this.dataDir, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.child.stdout?.on('data', (d) => {
      this.output += d;
    });
    this.child.stderr?.on('data', (d) => {
      this.output += d;
    });
    this.child.on('message', (m: Message) => {
      this.messages.push(m);
      for (const w of [...this.waiters]) w();
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** stdout + stderr of the main process so far (for failure messages). */
  log(): string {
    return this.output;
  }

  /** Waits for a message from the stand-in; fails with the main process's output if it exits first. */
  async waitFor<T extends Message['type']>(
    type: T,
    match: (m: Extract<Message, { type: T }>) => boolean = () => true,
    timeout = 45_000,
  ): Promise<Extract<Message, { type: T }>> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = this.messages.find((m): m is Extract<Message, { type: T }> => m.type === type && match(m as never));
      if (found) return found;
      if (this.child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`Ingen ${type}-rapport från huvudprocessen. Utdata:\n${this.output}`);
      }
      await new Promise<void>((resolve) => {
        const done = () => {
          this.waiters.delete(done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, 200);
        this.waiters.add(done);
      });
    }
  }

  /** The app's window as a Playwright page (attached over CDP), once the renderer has loaded its data. */
  async window(options: { loaded?: boolean } = {}): Promise<Page> {
    const { cdp } = await this.waitFor('window');
    this.browser ??= await chromium.connectOverCDP(cdp);
    const page = this.browser
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().includes('.scheme.test'));
    if (!page) throw new Error('Huvudfönstret hittades inte i Chromium.');
    if (options.loaded !== false) await page.locator('[data-app-state="loaded"]').waitFor();
    return page;
  }

  async call<T>(cmd: string, args: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    this.child.send({ id, cmd, args });
    const reply = await this.waitFor('reply', (m) => m.id === id);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as T;
  }

  state(): Promise<StandinState> {
    return this.call<StandinState>('state');
  }

  /** Quits like the user closing the app; kills it if it does not go within 10 s. */
  async close(): Promise<void> {
    await this.browser?.close().catch(() => {});
    if (this.child.exitCode === null && this.child.connected) this.child.send({ id: 0, cmd: 'quit' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}
