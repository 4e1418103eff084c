import { expect, test } from './fixtures';
import { shoot } from './shots';

/**
 * Issue 16, finding 8, on screen: a data folder that cannot be written. The app says so in
 * its one notification area for as long as it runs; viewing works; an edit is refused with
 * the reason, and the lasting notice stays beside it.
 */
test.use({ readOnlyData: true });

const shots = process.env.KALLELSE_SHOTS; // a folder: screenshots to look at

test('a read-only data folder: a lasting Swedish notice, the meeting opens, an edit says why it is refused', async ({
  app,
  page,
}) => {
  test.slow(); // a preview render on the loaded CI machine
  await app.open();
  const notice = page.getByTestId('read-only');
  await expect(notice).toHaveText(/^Datamappen är skrivskyddad\. Du kan visa och exportera möten men inte ändra dem\./);
  await expect(notice.getByRole('button')).toHaveCount(0); // not dismissed by mistake

  await page.getByTestId('meeting-list').getByRole('button').first().click();
  const title = page.getByLabel('Rubrik för ärende 5');
  await expect(title).toHaveValue('Sammanträdesplan 2025');
  await expect(page.getByTestId('pdf-preview')).toBeVisible({ timeout: 30_000 });

  await title.fill('Sammanträdesplan 2026');
  await title.press('Enter');
  const refusal = page.getByRole('alert');
  // Said briefly: the lasting line under it says what to do.
  await expect(refusal).toHaveText(/Ändringen sparades inte: datamappen är skrivskyddad \(se nedan\)\./);
  await expect(notice).toBeVisible();
  await expect(title, 'the field stays visibly unsaved').toHaveAttribute('aria-invalid', 'true');
  const meetingId = app.backend.services.meetings.list({})[0]!.id;
  expect(app.backend.services.meetings.get(meetingId).sections.flatMap((s) => s.items)[4]!.title).toBe(
    'Sammanträdesplan 2025',
  );

  if (shots) {
    await shoot(page, shots, 'read-only', async () => {
      await title.scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 200);
    });
  }
});
