import { expect, test } from './fixtures';

test('the app shell shows its Swedish title and the empty state', async ({ app }) => {
  const page = await app.open();
  await expect(page).toHaveTitle('Kallelse');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kallelse');
  await expect(page.getByTestId('empty-state')).toContainText('Välkommen till Kallelse');
  await expect(page.getByText(app.dataDir)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/app-shell.png' });
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
