import fs from 'node:fs';
import { flat, pageTexts, pdfInfo } from '../helpers/poppler';
import { expect, test } from './fixtures';

// The built main's native printer (electron/nativePrinter.ts) under the stand-in: what it hands
// to webContents.print() and what it leaves behind. The system dialog itself needs a real
// Electron and a printer; the stand-in answers it as the test says.
test('Skriv ut hands the kallelse to the system print dialog in a hidden sandboxed window; cancel, print, a failing dialog', async ({
  launch,
}) => {
  const app = launch();
  const page = await app.window();
  await page.getByRole('button', { name: 'Öppna exempelmötet' }).click();
  await expect(page.getByTestId('meeting-view')).toBeVisible({ timeout: 20_000 });
  const print = page.getByRole('button', { name: 'Skriv ut…' });
  const notice = (text: string) => page.getByRole('status').filter({ hasText: text });

  // Cancelled in the dialog: said so, the temp copy gone, the hidden window closed.
  await print.click();
  await expect(notice('Utskriften avbröts.')).toBeVisible({ timeout: 30_000 });
  let state = await app.state();
  expect(state.printJobs).toHaveLength(1);
  const job = state.printJobs[0]!;
  expect(job.options).toMatchObject({ silent: false, printBackground: true });
  expect(job.webPreferences).toMatchObject({
    plugins: true,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
  });
  expect(job.webPreferences.preload).toBeUndefined();
  expect(job.file).toMatch(/kallelse-utskrift-.*KBN 2026-03-18\.pdf$/);
  expect(pdfInfo(job.copy!).Pages).toBe('39');
  expect(flat(pageTexts(job.copy!, { first: 1, last: 1 })[0]!)).toContain('Kultur- och bildningsnämnden');
  expect(fs.existsSync(job.file!)).toBe(false);
  await expect.poll(async () => (await app.state()).windows).toBe(1);

  // Printed.
  await app.call('answerPrint', { ok: true, reason: '' });
  await print.click();
  await expect(notice('Kallelsen (39 sidor) skickades till utskrift.')).toBeVisible({ timeout: 30_000 });
  state = await app.state();
  expect(state.printJobs).toHaveLength(2);
  expect(fs.existsSync(state.printJobs[1]!.file!)).toBe(false);

  // The dialog fails (no printer set up): the PDF opens in the system's reader instead, and stays for it.
  await app.call('answerPrint', { ok: false, reason: 'Print job failed' });
  await print.click();
  await expect(notice('Kallelsen (39 sidor) skickades till utskrift.')).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await app.state()).printJobs.length).toBe(3);
  state = await app.state();
  const failed = state.printJobs[2]!.file!;
  expect(state.openedExternal).toContain(failed);
  expect(fs.existsSync(failed)).toBe(true);
  fs.rmSync(failed, { force: true });
  for (const j of state.printJobs) if (j.copy) fs.rmSync(j.copy, { force: true });
});
