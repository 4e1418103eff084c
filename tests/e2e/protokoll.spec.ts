import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { ScriptedDialogs } from '../../electron/services/dialogs';
import type { RecordingPrinter } from '../../electron/services/printer';
import { pageTexts } from '../helpers/poppler';
import { expect, test } from './fixtures';
import { shoot as shootAt } from './shots';

test.use({ actionTimeout: 20_000 });

const dialogsOf = (app: { backend: { services: { dialogs: unknown } } }) =>
  app.backend.services.dialogs as ScriptedDialogs;

const shots = '/tmp/shots-protokoll';

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const shoot = (page: Page, name: string) => shootAt(page, shots, name);

test('the protokoll: created after the meeting, närvaro with an ersättare and a jäv, Beslut edited, justerat, exported and printed', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const page = await app.open();
  await page.getByRole('button', { name: 'Öppna exempelmötet' }).click();
  const view = page.getByTestId('meeting-view');
  await expect(view.getByRole('heading', { name: 'Kultur- och bildningsnämnden' })).toBeVisible({ timeout: 30_000 });
  const meetingId = app.backend.services.meetings.list({})[0]!.id;

  // Before the meeting is held the protokoll view says what to do first.
  await page.getByTestId('open-protokoll').click();
  await expect(page.getByTestId('protokoll-not-yet')).toContainText('Till Genomförd');
  await page.getByRole('button', { name: '← Tillbaka till dagordningen' }).click();

  const status = page.getByTestId('status-control');
  for (const step of ['Till Fastställd', 'Till Utskickad', 'Till Genomförd']) {
    await status.getByRole('button', { name: new RegExp(`^${step}`) }).click();
    await expect(status.getByRole('button', { name: new RegExp(`^${step}`) })).toHaveCount(0, { timeout: 30_000 });
  }
  await page.getByTestId('open-protokoll').click();
  const protokoll = page.getByTestId('protokoll-view');
  await protokoll.getByRole('button', { name: 'Skapa protokollet' }).click();
  await expect(protokoll.getByTestId('paragraf-1')).toBeVisible();
  await expect(protokoll.getByRole('heading', { level: 2 })).toContainText('§§ 1–17');

  // Närvaro: Johan Ekelöw (M) is absent; the first M ersättare serves for him.
  await protokoll
    .getByTestId('attendance')
    .getByRole('checkbox', { name: /^Johan Ekelöw/ })
    .uncheck();
  await expect(protokoll.getByTestId('beslutande')).toContainText('Lena Kallvik (M) — tjänstgör för Johan Ekelöw');

  // A field checked beside itself: a time that is not a time is not saved.
  await protokoll.getByTestId('protokoll-end').fill('16.3');
  await expect(protokoll.getByText('Skriv tiden som TT:MM')).toBeVisible();
  await protokoll.getByTestId('protokoll-end').fill('15:40');
  await expect(protokoll.getByText('Skriv tiden som TT:MM')).toHaveCount(0);
  await protokoll.getByTestId('protokoll-justerare').fill('Leila Haddad Ljungvik');

  // Jäv in § 13: Tomas Älvkvist (S) does not take part; an S ersättare serves in his seat.
  const p13 = protokoll.getByTestId('paragraf-13');
  await p13.getByText('Fler fält').click();
  await p13
    .getByTestId('jav-13')
    .getByRole('checkbox', { name: /^Tomas Älvkvist/ })
    .check();
  await expect(p13.getByTestId('jav-13')).toContainText('Jäv: Tomas Älvkvist deltar inte.');
  await expect(p13.getByTestId('jav-13')).toContainText('tjänstgör för Tomas Älvkvist');

  // Beslut in the rich-text editor.
  const beslut = p13.getByTestId('beslut-13').getByRole('textbox');
  await beslut.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Beslutet gäller från och med i dag.');
  await expect(page.getByTestId('protokoll-save-state')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  await expect
    .poll(() => app.backend.services.protokoll.get(meetingId).protokoll?.paragraphs[12]?.beslut ?? '')
    .toContain('Beslutet gäller från och med i dag.');
  const saved = app.backend.services.protokoll.get(meetingId).protokoll!;
  expect(saved.attendees.find((a) => a.name === 'Johan Ekelöw')?.present).toBe(false);
  expect(saved.paragraphs[12]!.jav).toEqual(['Tomas Älvkvist']);
  expect(saved.endTime).toBe('15:40');

  // The preview pane shows the protokoll while it is open.
  await expect(page.getByTestId('protokoll-preview').locator('[data-testid="pdf-preview"]')).toBeVisible({
    timeout: 30_000,
  });
  expect(await violations(page), 'protokoll view').toEqual([]);
  await shoot(page, 'protokoll-edit');

  // Undo through the one history takes back the last save (the Beslut).
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Ångrade: ändra protokollet' })).toBeVisible();
  await expect
    .poll(() => app.backend.services.protokoll.get(meetingId).protokoll?.paragraphs[12]?.beslut ?? '')
    .not.toContain('Beslutet gäller från och med i dag.');
  await page.keyboard.press('Control+Shift+z');
  await expect
    .poll(() => app.backend.services.protokoll.get(meetingId).protokoll?.paragraphs[12]?.beslut ?? '')
    .toContain('Beslutet gäller från och med i dag.');
  await expect(p13.getByTestId('beslut-13')).toContainText('Beslutet gäller från och med i dag.');

  // A § added after § 16 takes number 17 and the old § 17 becomes § 18; removing it closes the gap.
  const titles = app.backend.services.protokoll.get(meetingId).protokoll!.paragraphs.map((x) => x.title);
  const lastTitle = titles[16]!;
  await protokoll.getByRole('button', { name: 'Lägg till en ny paragraf efter § 16' }).click();
  await expect(protokoll.getByRole('heading', { level: 2 })).toContainText('§§ 1–18');
  await expect(protokoll.getByTestId('paragraf-title-17')).toBeFocused();
  await page.keyboard.type('Extra ärende om lokaler');
  await expect(page.getByTestId('protokoll-save-state')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  await expect
    .poll(() =>
      app.backend.services.protokoll
        .get(meetingId)
        .protokoll!.paragraphs.map((x) => `${x.number} ${x.title}`)
        .slice(15),
    )
    .toEqual([`16 ${titles[15]}`, '17 Extra ärende om lokaler', `18 ${lastTitle}`]);
  await protokoll.getByRole('button', { name: 'Ta bort § 17' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '§ 17 ”Extra ärende om lokaler” är borttagen' }),
  ).toBeVisible();
  await expect(protokoll.getByRole('heading', { level: 2 })).toContainText('§§ 1–17');
  await expect
    .poll(() =>
      app.backend.services.protokoll
        .get(meetingId)
        .protokoll!.paragraphs.map((x) => `${x.number} ${x.title}`)
        .at(-1),
    )
    .toBe(`17 ${lastTitle}`);
  // Beslut of the moved § is still its own (the editors re-read the protokoll).
  await expect(protokoll.getByTestId('beslut-13')).toContainText('Beslutet gäller från och med i dag.');

  // Justera: asks, then the numbers are frozen and the fields read-only.
  await protokoll.getByTestId('protokoll-justering-date').fill('2026-03-25');
  await protokoll.getByRole('button', { name: 'Justera', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('§§ 1–17 låses');
  await dialog.getByRole('button', { name: 'Justera' }).click();
  await expect(protokoll.getByTestId('protokoll-justerad')).toContainText('Justerat 2026-03-25');
  await expect(protokoll.getByTestId('protokoll-end')).toHaveAttribute('readonly', '');
  expect(app.backend.services.meetings.get(meetingId).status).toBe('justerad');

  // Anslag: the day it goes up; the day it comes down is computed; a late posting warns.
  // The storage place is often known first: typed before the date, it is saved all the same.
  await protokoll.getByTestId('anslag-storage').fill('Regionens kansli, Storgatan 1, Norrvik');
  await expect(protokoll.getByTestId('protokoll-anslag')).toContainText('Fyll i både datum och förvaringsplats.');
  await expect
    .poll(() => app.backend.services.protokoll.get(meetingId).protokoll?.anslag?.storagePlace)
    .toBe('Regionens kansli, Storgatan 1, Norrvik');
  await expect(protokoll.getByRole('button', { name: 'Exportera anslagsbevis (PDF)' })).toBeDisabled();
  await protokoll.getByTestId('anslag-posted').fill('2026-03-30');
  await expect(protokoll.getByTestId('protokoll-warnings')).toContainText('senast andra dagen efter justeringen', {
    timeout: 10_000,
  });
  await protokoll.getByTestId('anslag-posted').fill('2026-03-26');
  await expect(protokoll.getByTestId('protokoll-warnings')).toHaveCount(0, { timeout: 10_000 });
  await expect(protokoll.getByTestId('protokoll-anslag')).toContainText('Anslaget tas ned 2026-04-1');
  await expect(page.getByTestId('protokoll-save-state')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  expect(await violations(page), 'justerat protokoll').toEqual([]);
  await shoot(page, 'protokoll-justerat');

  // Export: protokoll, utdrag of §§ 12–13, anslagsbevis.
  const out = fs.mkdtempSync(path.join(app.dataDir, 'out-'));
  const file = (name: string) => path.join(out, name);
  dialogsOf(app).answerNext(file('protokoll.pdf'));
  await protokoll.getByRole('button', { name: 'Exportera protokoll (PDF)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Protokollet sparades' })).toBeVisible({ timeout: 30_000 });

  await protokoll.getByText('Protokollsutdrag', { exact: true }).click();
  await protokoll.getByRole('button', { name: 'Exportera utdrag (PDF)' }).click();
  await expect(protokoll.getByText('Välj minst en paragraf.')).toBeVisible();
  await protokoll.getByRole('checkbox', { name: /^§ 12 / }).check();
  await protokoll.getByRole('checkbox', { name: /^§ 13 / }).check();
  dialogsOf(app).answerNext(file('utdrag.pdf'));
  await protokoll.getByRole('button', { name: 'Exportera utdrag (PDF)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Protokollsutdraget sparades' })).toBeVisible({
    timeout: 30_000,
  });

  dialogsOf(app).answerNext(file('anslag.pdf'));
  await protokoll.getByRole('button', { name: 'Exportera anslagsbevis (PDF)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Anslagsbeviset sparades' })).toBeVisible({
    timeout: 30_000,
  });

  // Print goes to the system dialog (recorded here).
  await protokoll.getByRole('button', { name: 'Skriv ut protokollet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'skickades till utskrift' })).toBeVisible({
    timeout: 30_000,
  });
  const printed = (app.backend.services.printer as RecordingPrinter).printed;
  expect(printed.at(-1)?.title).toBe('Protokoll KBN 2026-03-18');
  // Ctrl+P with the protokoll open prints the protokoll, not the kallelse.
  const before = printed.length;
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+p');
  await expect.poll(() => printed.length).toBe(before + 1);
  expect(printed.at(-1)?.title).toBe('Protokoll KBN 2026-03-18');

  // The PDFs read back with poppler.
  const protokollText = pageTexts(file('protokoll.pdf'));
  const all = protokollText.join('\n');
  expect(all).toContain('Beslutande');
  expect(all).toContain('Lena Kallvik');
  expect(all).toContain('§§ 1–17');
  expect(all).toContain('Beslutet gäller från och med i dag.');
  protokollText.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain('Justerandes signatur');
    expect(text, `page ${i + 1}`).toContain(`Sida ${i + 1} av ${protokollText.length}`);
  });
  const utdrag = pageTexts(file('utdrag.pdf')).join('\n');
  expect(utdrag).toContain('§§ 12–13');
  expect(utdrag).toContain('Rätt utdraget intygar');
  const anslag = pageTexts(file('anslag.pdf')).join('\n');
  expect(anslag).toContain('ANSLAG/BEVIS');
  expect(anslag).toContain('2026-03-26');
  for (const name of ['protokoll', 'utdrag', 'anslag']) {
    execFileSync('pdftoppm', ['-r', '60', '-png', file(`${name}.pdf`), path.join(shots, `pdf-${name}`)]);
  }
});

test('the example meeting before opens justerad with its protokoll: read-only, anslag to fill, the PDF in the preview', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const page = await app.open();
  await page.getByRole('button', { name: 'Öppna föregående möte med protokoll' }).click();
  await expect(page.getByTestId('meeting-view')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('open-protokoll').click();
  const protokoll = page.getByTestId('protokoll-view');
  await expect(protokoll.getByTestId('protokoll-justerad')).toContainText('Justerat 2026-02-18');
  await expect(protokoll.getByRole('heading', { level: 2 })).toContainText('§§ 1–10');
  await expect(protokoll.getByTestId('beslutande')).toContainText(
    'Birgitta Holmsund (S) — tjänstgör för Sofia Bergsjö',
  );
  await expect(protokoll.getByTestId('beslutande')).toContainText(
    'Från § 9 tjänstgör Lena Kallvik för Henrik Tjärnström.',
  );
  await expect(protokoll.getByTestId('paragraf-9').getByTestId('vote-tally')).toHaveText('10 ja, 2 nej, 0 avstår');
  await expect(protokoll.getByRole('button', { name: 'Justera', exact: true })).toHaveCount(0);
  await expect(protokoll.getByRole('button', { name: /^Ta bort § / })).toHaveCount(0);
  // Beslut reads formatted once justerat: a list, not Markdown.
  const beslut7 = protokoll.getByTestId('beslut-7');
  await expect(beslut7.locator('li')).toHaveCount(2);
  await expect(beslut7).not.toContainText('- tilldela');
  await expect(beslut7).toContainText('tilldela kulturstipendier 2026');
  await expect(protokoll.getByTestId('anslag-posted')).toHaveValue('2026-02-19');
  await expect(protokoll.getByTestId('protokoll-anslag')).toContainText('Anslaget tas ned 2026-03-13');
  await expect(page.getByTestId('protokoll-preview').locator('[data-testid="pdf-preview"]')).toHaveAttribute(
    'data-page-count',
    '5',
    { timeout: 30_000 },
  );
  expect(await violations(page), 'justerat example protokoll').toEqual([]);
  await page.getByTestId('paragraf-9').scrollIntoViewIfNeeded();
  await shoot(page, 'exempel-protokoll');
});
