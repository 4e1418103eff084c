import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { expect, type KallelseApp, test } from './fixtures';

/** Serious and critical axe violations inside `selector` (none allowed). */
async function axeProblems(page: Page, selector: string) {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Long user journeys on a shared two-core machine: give them room.
test.describe.configure({ timeout: 120_000 });

const seatsOf = (app: KallelseApp, committeeId: string) =>
  app.backend.services.register.get(committeeId).seats.map((s) => s.line);

test('from a fresh install: a nämnd, members by form and by paste, a refused presidium role, history, a first meeting', async ({
  app,
}) => {
  const page = await app.open();
  // No nämnd yet: the new-meeting form leads to the register.
  await page.getByRole('button', { name: 'Nytt sammanträde…' }).click();
  await expect(page.getByTestId('new-meeting')).toContainText('Det finns ännu ingen nämnd i registret');
  await page.getByRole('button', { name: 'Lägg upp en nämnd i registret' }).click();

  const view = page.getByTestId('register-view');
  await view.getByLabel('Organisation').fill('Region Jönköpings län');
  await view.getByLabel('Namn', { exact: true }).fill('Nämnd för arbetsmarknad, näringsliv och attraktivitet');
  await view.getByLabel('Kortnamn (t.ex. ANA)').fill('ANA');
  await view.getByRole('button', { name: 'Lägg upp nämnden' }).click();
  await expect(view.getByRole('combobox', { name: 'Nämnd' })).toHaveValue(/.+/);
  const ana = app.backend.services.register.findCommittee('ANA');
  expect(ana.organisationName).toBe('Region Jönköpings län');

  // A member by the form.
  await view.getByRole('button', { name: 'Lägg till plats… (Ordinarie ledamöter)' }).click();
  let form = view.getByRole('form', { name: 'Plats i registret' });
  await form.getByLabel('Namn (tomt för vakant plats)').fill('Per Eriksson');
  await form.getByLabel('Parti').fill('C');
  await form.getByRole('combobox', { name: 'Presidieroll' }).selectOption({ label: 'ordf.' });
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
  const preview = page.getByTestId('printed-preview');
  await expect(preview).toContainText('Per Eriksson (C) ordf.');
  expect(seatsOf(app, ana.id)).toEqual(['Per Eriksson (C) ordf.']);

  // A second ordf. at the same time is refused, naming the holder; nothing is written.
  await view.getByRole('button', { name: 'Lägg till plats… (Ordinarie ledamöter)' }).click();
  form = view.getByRole('form', { name: 'Plats i registret' });
  await form.getByLabel('Namn (tomt för vakant plats)').fill('Olle Olsson');
  await form.getByLabel('Parti').fill('S');
  await form.getByRole('combobox', { name: 'Presidieroll' }).selectOption({ label: 'ordf.' });
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('alert')).toContainText('Rollen ordf. innehas redan av Per Eriksson');
  expect(seatsOf(app, ana.id)).toEqual(['Per Eriksson (C) ordf.']);
  await form.getByRole('button', { name: 'Avbryt' }).click();

  // Paste from a spreadsheet: a bad row is reported and nothing is written until it is fixed.
  await view.getByRole('button', { name: 'Klistra in från kalkylark…' }).click();
  const paste = page.getByTestId('paste-import');
  const rows = [
    'Namn\tParti\tKategori\tRoll\tTitel',
    'Monica Samuelsson\tKD\tOrdinarie ledamot\t1:e vice ordf.\t',
    'Olle Olsson\tS\tOrdinarie ledamotx\t\t',
    '\tKD\tErsättare\t\t',
    'Jane Ydman\t\tTjänsteman\t\tregiondirektör',
    'Irene Tengberg Herrstedt\t\tPersonalrepresentant\t\tSACO',
  ];
  await paste.getByLabel('Rader från kalkylarket').fill(rows.join('\n'));
  await expect(paste.getByRole('alert')).toContainText('Rad 3: okänd kategori ”Ordinarie ledamotx”');
  await expect(paste.getByRole('button', { name: /^Lägg till/ })).toBeDisabled();
  await paste.getByRole('alert').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/register-paste-error.png' });
  expect(seatsOf(app, ana.id)).toEqual(['Per Eriksson (C) ordf.']);
  expect(await axeProblems(page, '[data-testid="register-view"]')).toEqual([]);

  await paste.getByLabel('Rader från kalkylarket').fill(rows.join('\n').replace('ledamotx', 'ledamot'));
  await expect(paste.getByRole('status')).toHaveText('5 rader är klara att läggas till.');
  await expect(paste.getByRole('table')).toContainText('Vakant (KD)');
  await paste.getByRole('table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/register-paste-preview.png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await paste.getByRole('table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/register-paste-preview-1024.png' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await paste.getByRole('button', { name: 'Lägg till 5 platser' }).click();
  await expect(paste).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '5 platser lades till i registret.' })).toBeVisible();
  expect(seatsOf(app, ana.id)).toEqual([
    'Per Eriksson (C) ordf.',
    'Monica Samuelsson (KD) 1:e vice ordf.',
    'Olle Olsson (S)',
    'Vakant (KD)',
    'Jane Ydman, regiondirektör',
    'Irene Tengberg Herrstedt, SACO',
  ]);
  // The printed lines, split as the kallelse prints them.
  await expect(preview.locator('.printed-group').nth(0)).toHaveText(
    /^Kallade\s*Ordinarie ledamöter:\s*Per Eriksson \(C\) ordf\.\s*Monica Samuelsson \(KD\) 1:e vice ordf\.\s*Olle Olsson \(S\)\s*Tjänstemän:\s*Jane Ydman, regiondirektör\s*Personalrepresentanter:\s*Irene Tengberg Herrstedt, SACO$/,
  );
  await expect(preview.locator('.printed-group').nth(1)).toHaveText(/^För kännedom\s*Ersättare:\s*Vakant \(KD\)$/);

  // End Olle's membership: he leaves the list but stays in the history.
  await view.getByRole('button', { name: 'Avsluta… Olle Olsson (S)' }).click();
  await view.getByLabel('Sista dag').fill('2025-12-31');
  await view.getByRole('button', { name: 'Avsluta platsen' }).click();
  await expect(view.getByText('Olle Olsson (S)')).toBeHidden();
  await expect(preview).not.toContainText('Olle Olsson');
  await view.getByLabel('Visa avslutade platser (historik)').check();
  const olle = view.getByTestId('seat').filter({ hasText: 'Olle Olsson (S)' });
  await expect(olle).toContainText('avslutad 2025-12-31');
  // On a date in his period he is printed again.
  await view.getByLabel('Datum', { exact: true }).fill('2025-06-01');
  await expect(preview).toContainText('Olle Olsson (S)');
  await page.setViewportSize({ width: 1440, height: 900 });
  await view.getByRole('heading', { name: 'Register' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/register-1440.png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await view.getByRole('tab', { name: 'Ledamöter' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/register-1024.png' });
  expect(await axeProblems(page, '[data-testid="register-view"]')).toEqual([]);

  // A person's seats across nämnder.
  await view.getByRole('button', { name: 'Per Eriksson (C) ordf.', exact: true }).click();
  await expect(page.getByTestId('person-panel')).toContainText(
    'Nämnd för arbetsmarknad, näringsliv och attraktivitet: Per Eriksson (C) ordf.',
  );

  // With a nämnd in the register, "Nytt sammanträde…" works.
  await page.getByRole('button', { name: 'Nytt sammanträde…' }).click();
  const newMeeting = page.getByTestId('new-meeting');
  await newMeeting.getByLabel('Datum').fill('2026-02-23');
  await newMeeting.getByLabel('Starttid').fill('09:00');
  await newMeeting.getByLabel('Plats').fill('Digitalt');
  await newMeeting.getByRole('button', { name: 'Skapa sammanträdet' }).click();
  const members = page.getByTestId('meeting-members');
  await expect(members).toContainText('Hämtas ur registret för mötesdagen 2026-02-23');
  await expect(members).toContainText('Monica Samuelsson (KD) 1:e vice ordf.');
  await expect(members).not.toContainText('Olle Olsson');
});

test('reorder seats by keyboard: Alt+arrows and the drag-and-drop keyboard sensor', async ({ app }) => {
  const register = app.backend.services.register;
  const c = register.createCommittee({ name: 'Exempelnämnden', shortName: 'EX', organisationName: 'Exempelregionen' });
  for (const name of ['Anna A', 'Bo B', 'Cecilia C'])
    register.addSeat(c.id, {
      name,
      category: 'ordinarie',
      party: 'S',
      presidiumRole: null,
      title: null,
      validFrom: null,
      validTo: null,
    });
  const page = await app.open();
  await page.getByRole('button', { name: 'Register…' }).click();
  const view = page.getByTestId('register-view');
  await expect(view.getByTestId('seat')).toHaveCount(3);

  await view.getByRole('button', { name: 'Flytta Anna A (S)' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => seatsOf(app, c.id)).toEqual(['Bo B (S)', 'Anna A (S)', 'Cecilia C (S)']);

  // dnd-kit's keyboard sensor: space picks up, arrow down moves, space drops; announced in Swedish.
  await view.getByRole('button', { name: 'Flytta Bo B (S)' }).focus();
  const live = page.locator('[role="status"][aria-live="assertive"]');
  await page.keyboard.press('Space');
  await expect(live).toContainText('Tog upp Bo B (S).');
  await page.keyboard.press('ArrowDown');
  await expect(live).toHaveText('Bo B (S) är nu på plats 2 av 3.');
  await page.keyboard.press('ArrowDown');
  await expect(live).toHaveText('Bo B (S) är nu på plats 3 av 3.');
  await page.keyboard.press('Space');
  await expect(live).toHaveText('Bo B (S) släpptes på plats 3 av 3.');
  await expect.poll(() => seatsOf(app, c.id)).toEqual(['Anna A (S)', 'Cecilia C (S)', 'Bo B (S)']);
  await expect(page.getByTestId('printed-preview')).toContainText(/Anna A \(S\)\s*Cecilia C \(S\)\s*Bo B \(S\)/);
});

test('a sent meeting keeps its list after the register changes; a one-off guest joins a draft meeting', async ({
  app,
}) => {
  const register = app.backend.services.register;
  const c = register.createCommittee({ name: 'Exempelnämnden', shortName: 'EX', organisationName: 'Exempelregionen' });
  const base = { party: 'S', presidiumRole: null, title: null, validFrom: null, validTo: null } as const;
  register.addSeat(c.id, { ...base, name: 'Anna A', category: 'ordinarie' });
  register.addSeat(c.id, { ...base, name: 'Bo B', category: 'ersattare' });
  const meeting = app.backend.services.meetings.create({
    committeeId: c.id,
    date: '2026-03-10',
    startTime: '13:00',
    place: 'Sal A',
  });
  const page = await app.open();
  await page.getByTestId('meeting-list').getByRole('button').first().click();
  const members = page.getByTestId('meeting-members');
  await expect(members).toContainText('Hämtas ur registret för mötesdagen 2026-03-10');

  // A föredragande for this meeting only.
  await members.getByText('Lägg till inbjuden för detta möte').click();
  await members.getByLabel('Namn').fill('Lisa Lund');
  await members.getByLabel('Titel eller uppdrag (t.ex. föredragande)').fill('föredragande');
  await members.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(members).toContainText('Lisa Lund, föredragande');
  await expect(members).toContainText('endast detta möte');

  // Sending freezes the list.
  // The status workflow: fastställd, then sent (which stores a version and freezes the list).
  await page
    .getByTestId('status-control')
    .getByRole('button', { name: /^Till Fastställd/ })
    .click();
  await page
    .getByTestId('status-control')
    .getByRole('button', { name: /^Till Utskickad/ })
    .click();
  await expect(page.getByTestId('status-meaning')).toContainText('Utskickad:', { timeout: 30_000 });
  await expect(members).toContainText('det här är listan som skickades');
  await expect(members.getByRole('button', { name: /Ta bort Lisa Lund/ })).toHaveCount(0);

  // The register changes afterwards: Anna leaves, Cecilia joins.
  await members.getByRole('button', { name: 'Öppna registret' }).click();
  const view = page.getByTestId('register-view');
  await view.getByRole('button', { name: 'Avsluta… Anna A (S)' }).click();
  await view.getByLabel('Sista dag').fill('2026-01-31');
  await view.getByRole('button', { name: 'Avsluta platsen' }).click();
  register.addSeat(c.id, { ...base, name: 'Cecilia C', category: 'ordinarie' });
  expect(register.printed(c.id, '2026-03-10').groups[0]!.subgroups[0]!.lines).toEqual(['Cecilia C (S)']);

  await page.getByTestId('meeting-list').getByRole('button').first().click();
  await expect(members).toContainText('Anna A (S)');
  await expect(members).not.toContainText('Cecilia C');
  await expect(members).toContainText('Lisa Lund, föredragande');
  expect(app.backend.services.meetings.get(meeting.id).members.map((m) => m.line)).toEqual([
    'Anna A (S)',
    'Bo B (S)',
    'Lisa Lund, föredragande',
  ]);
  await page.screenshot({ path: 'test-results/screenshots/meeting-members-frozen.png' });
  expect(await axeProblems(page, '[data-testid="meeting-members"]')).toEqual([]);
});

test('a CSV file from Excel on Windows (Windows-1252, semicolons, CRLF) chosen in the paste panel', async ({ app }) => {
  const c = app.backend.services.register.createCommittee({
    name: 'Exempelnämnden',
    shortName: 'EX',
    organisationName: 'Exempelregionen',
  });
  const page = await app.open();
  await page.getByRole('button', { name: 'Register…' }).click();
  await page.getByRole('button', { name: 'Klistra in från kalkylark…' }).click();
  const paste = page.getByTestId('paste-import');
  const csv = 'Kategori;Namn;Parti;Roll\r\nOrdinarie ledamöter;Åsa Öberg;S;ordf.\r\nErsättare;;KD;\r\n';
  await paste
    .locator('input[type=file]')
    .setInputFiles({ name: 'ledamoter.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'windows-1252') });
  await expect(paste).toContainText('Teckenkodning: Windows-1252 · avgränsare: semikolon');
  await expect(paste.getByRole('table')).toContainText('Åsa Öberg (S) ordf.');
  expect(app.backend.services.register.get(c.id).seats).toEqual([]);
  await paste.getByRole('button', { name: 'Lägg till 2 platser' }).click();
  await expect.poll(() => seatsOf(app, c.id)).toEqual(['Åsa Öberg (S) ordf.', 'Vakant (KD)']);
});
