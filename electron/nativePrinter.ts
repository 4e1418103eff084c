import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, shell } from 'electron';
import type { Printer } from './services/printer';

/**
 * The system print dialog for a whole package. The PDF is written to a private temp folder and
 * opened in a hidden window with Chromium's PDF viewer (plugins on, no preload, sandboxed), whose
 * webContents.print() shows the system dialog. If that window cannot print, the PDF opens in the
 * system's PDF reader instead (print from there). Printing from the PDF viewer gave blank pages
 * before Electron 32 (electron/electron#30947, fixed by #43309); we ship 45. Not exercised by the
 * automated tests, which use RecordingPrinter (no Electron binary, no printer); see README.
 */
export const nativePrinter: Printer = {
  async print(pdf, title) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kallelse-utskrift-'));
    const file = path.join(dir, `${title.replace(/[\\/:*?"<>|]+/g, '-')}.pdf`);
    fs.writeFileSync(file, pdf);
    const win = new BrowserWindow({
      show: false,
      webPreferences: { plugins: true, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    // The temp copy goes once the job is spooled or cancelled; a PDF handed to the system's
    // reader stays (the reader needs it; the OS clears its temp folder).
    let handedToReader = false;
    try {
      await win.loadURL(pathToFileURL(file).toString());
      // The PDF viewer needs a moment after load before it has pages to print.
      await new Promise((r) => setTimeout(r, 500));
      const printed = await new Promise<{ ok: boolean; reason: string }>((resolve) =>
        win.webContents.print({ silent: false, printBackground: true }, (ok, reason) => resolve({ ok, reason })),
      );
      if (!printed.ok && !/cancel/i.test(printed.reason)) {
        handedToReader = true;
        await shell.openPath(file);
        return true;
      }
      return printed.ok;
    } finally {
      win.destroy();
      if (!handedToReader) fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
