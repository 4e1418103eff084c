import { expect, test } from './fixtures';

test('the app shell shows its Swedish title and the empty state', async ({ app }) => {
  const page = await app.open();
  await expect(page).toHaveTitle('Kallelse');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kallelse');
  await expect(page.getByTestId('empty-state')).toContainText('Välkommen till Kallelse');
  await expect(page.getByText(app.dataDir)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/app-shell.png' });
});

test('the renderer has no Node: no require, process, module or Buffer', async ({ app }) => {
  const page = await app.open();
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>).require,
    process: typeof (globalThis as Record<string, unknown>).process,
    module: typeof (globalThis as Record<string, unknown>).module,
    Buffer: typeof (globalThis as Record<string, unknown>).Buffer,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' });
});

test('window.api offers one function per channel and cannot be replaced', async ({ app }) => {
  const page = await app.open();
  const shape = await page.evaluate(() => {
    const api = (window as unknown as { api: Record<string, unknown> }).api;
    try {
      (window as unknown as { api: unknown }).api = {};
    } catch {}
    return {
      keys: Object.keys(api).sort(),
      frozen: Object.isFrozen(api),
      same: (window as unknown as { api: unknown }).api === api,
    };
  });
  expect(shape.keys).toEqual(expect.arrayContaining(['app:info', 'settings:get', 'settings:set', 'on']));
  expect(shape.frozen).toBe(true);
  expect(shape.same).toBe(true);
});

test('malformed IPC input is rejected with a validation error and changes nothing', async ({ app }) => {
  const page = await app.open();
  const result = await page.evaluate(() =>
    (window as unknown as { api: Record<string, (i: unknown) => Promise<unknown>> }).api['settings:set']!({
      defaultAgendaColumn: 42,
      evil: true,
    }),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  expect(app.backend.services.settings.get().defaultAgendaColumn).toBe('pages');
});

test('the CSP blocks inline scripts', async ({ app }) => {
  const page = await app.open();
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.appendChild(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});

test('IPC from a foreign frame is refused', async ({ app, page }) => {
  await app.open();
  const result = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>främmande</p>';
    document.body.appendChild(frame);
    await new Promise((r) => frame.addEventListener('load', r));
    const fn = (frame.contentWindow as unknown as { __kallelseIpc?: (c: string, i: unknown) => Promise<unknown> })
      .__kallelseIpc;
    return fn ? fn('app:info', undefined) : { blocked: 'no binding in frame' };
  });
  // Either the binding is absent in the frame, or it answers FORBIDDEN; never app info.
  expect(JSON.stringify(result)).not.toContain('dataDir');
});
