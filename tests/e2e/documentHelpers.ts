import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { ScriptedDialogs } from '../../electron/services/dialogs';
import { sampleDir } from '../helpers/packages';
import { expect, type test } from './fixtures';

/** Shared by the documents suites (documents.spec.ts, documentEditors.spec.ts). */
export const shots = 'test-results/screenshots';
export const dialogsOf = (app: { backend: { services: { dialogs: unknown } } }) =>
  app.backend.services.dialogs as ScriptedDialogs;

/** Drops files on an element the way the desktop does: a DataTransfer with File objects. */
export async function dropFiles(page: Page, selector: string, files: { name: string; bytes: Uint8Array }[]) {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const dt = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name, { type: 'application/pdf' }));
      }
      return dt;
    },
    files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') })),
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

/** Pastes text the way a spreadsheet copy arrives (text/plain, tab-separated). */
export async function paste(page: Page, label: string, text: string) {
  await page.getByLabel(label).evaluate((el, t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

export async function axeClean(page: Page, scope: string) {
  const result = await new AxeBuilder({ page }).include(scope).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export async function openMinimal(app: Parameters<Parameters<typeof test>[2]>[0]['app']) {
  const page = await app.open();
  await page.setViewportSize({ width: 1440, height: 900 });
  const { meetingId } = await app.backend.services.packages.importPackage(sampleDir('minimal'));
  await page.reload();
  await page.locator('[data-app-state="loaded"]').waitFor();
  await page.getByTestId('meeting-list').getByRole('button').first().click();
  await expect(page.getByTestId('meeting-view')).toBeVisible();
  return { page, meetingId };
}
