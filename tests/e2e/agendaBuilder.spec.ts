import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ScriptedDialogs } from '../../electron/services/dialogs';
import { sampleDir } from '../helpers/packages';
import { flat, pageTexts } from '../helpers/poppler';
import { expect, test } from './fixtures';
import { shoot as shootAt } from './shots';

const shots = '/tmp/shots-step3-agenda';
// The machine is shared; generous waits keep this long flow from failing on a busy CPU.
test.use({ actionTimeout: 20_000 });

const shoot = (page: Page, name: string) => shootAt(page, shots, name);

/** Drags with the pointer in small steps (dnd-kit starts a drag after 4 px). */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 10, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await page.waitForTimeout(100);
  await page.mouse.up();
}
const centre = async (locator: ReturnType<Page['locator']>) => {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

test('from the standard agenda to a sent kallelse with an extra ärende and a withdrawn one: the PDF shows frozen numbers', async ({
  app,
}) => {
  test.setTimeout(300_000);
  await app.backend.services.packages.importPackage(sampleDir('minimal'));
  const page = await app.open();
  await page.getByRole('button', { name: 'Nytt sammanträde…' }).click();
  const form = page.getByTestId('new-meeting');
  await form.getByLabel('Datum').fill('2030-05-14');
  await form.getByLabel('Starttid').fill('13:00');
  await form.getByLabel('Plats').fill('Exempelhuset, sal 2');
  await expect(form.getByLabel('Nämndens standarddagordning')).toBeChecked();
  await form.getByRole('button', { name: 'Skapa sammanträdet' }).click();
  const view = page.getByTestId('meeting-view');
  await expect(view.locator('.agenda-item')).toHaveCount(9);
  const meetingId = app.backend.services.meetings.list({}).find((m) => m.date === '2030-05-14')!.id;
  const db = () => app.backend.services.meetings.get(meetingId);
  const start = { ...db(), updatedAt: '' };
  await expect(view.getByLabel('Rubrik för ärende 1')).toHaveValue('Upprop och val av protokollsjusterare');
  await expect(view.getByTestId('numbering-rule')).toContainText('numreras 1, 2, 3');

  // 1–2: a new section, renamed (Enter saves and keeps the cursor in the field).
  await view.getByRole('button', { name: '+ Lägg till avsnitt' }).click();
  const heading5 = view.getByLabel('Rubrik för avsnitt 5');
  await expect(heading5).toHaveValue('Nytt avsnitt');
  await heading5.fill('Valärenden');
  await heading5.press('Enter');
  await expect(heading5).toBeFocused();
  await expect.poll(() => db().sections[4]!.heading).toBe('Valärenden');

  // 3–8: two beslutsärenden in "Beslutsärenden för nämnden", each titled and typed.
  const decisions = view.getByTestId('section-3');
  for (const [n, title] of [
    [9, 'Budget 2031'],
    [10, 'Taxor 2031'],
  ] as const) {
    await decisions.getByRole('button', { name: '+ Lägg till ärende' }).click();
    await expect(view.getByLabel(`Rubrik för ärende ${n}`)).toBeFocused();
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await expect.poll(() => db().sections[2]!.items.map((i) => i.title)).toContain(title);
    await view.getByLabel(`Typ av ärende ${n}`).selectOption({ label: 'Beslutsärende' });
    await expect.poll(() => db().sections[2]!.items.find((i) => i.title === title)?.kind).toBe('beslut');
  }
  // Escape reverts a title being typed and saves nothing.
  const title9 = view.getByLabel('Rubrik för ärende 9');
  await title9.fill('Fel rubrik');
  await title9.press('Escape');
  await expect(title9).toHaveValue('Budget 2031');
  await view.getByLabel('Föredragande för ärende 9').fill('Ekonomichefen');
  await view.getByLabel('Föredragande för ärende 9').press('Enter');
  await expect.poll(() => db().sections[2]!.items[0]!.presenter).toBe('Ekonomichefen');

  // 9: drag item 10 across sections, into the empty Valärenden section.
  await drag(
    page,
    await centre(view.getByRole('button', { name: 'Dra ärende 10' })),
    await centre(view.getByTestId('section-5').locator('.section-empty')),
  );
  await expect.poll(() => db().sections[4]!.items.map((i) => i.title)).toEqual(['Taxor 2031']);
  await expect(view.getByLabel('Rubrik för ärende 11')).toHaveValue('Taxor 2031');
  const end = { ...db(), updatedAt: '' };
  await shoot(page, 'agenda-draft');

  // Ten steps back (Ctrl+Z) to the meeting as created, ten forward (Ctrl+Shift+Z, Ctrl+Y).
  await page.locator('.history-bar').click({ position: { x: 400, y: 5 } });
  await expect(page.getByRole('button', { name: 'Ångra flytta ärende' })).toBeVisible();
  for (let i = 0; i < 10; i++) await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Inget att ångra' })).toBeDisabled();
  await expect.poll(() => ({ ...db(), updatedAt: '' })).toEqual(start);
  await expect(view.locator('.agenda-item')).toHaveCount(9);
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Shift+z');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+y');
  await expect(page.getByRole('button', { name: 'Inget att göra om' })).toBeDisabled();
  await expect.poll(() => ({ ...db(), updatedAt: '' })).toEqual(end);
  await expect(view.getByLabel('Rubrik för ärende 11')).toHaveValue('Taxor 2031');

  // Send: the numbers freeze and the rule says so.
  const status = page.getByTestId('status-control');
  await status.getByRole('button', { name: /^Till Fastställd/ }).click();
  await expect(page.getByTestId('status-meaning')).toContainText('Fastställd:');
  await status.getByRole('button', { name: /^Till Utskickad/ }).click();
  await expect(page.getByTestId('status-meaning')).toContainText('Utskickad:', { timeout: 30_000 });
  await expect(view.getByTestId('numbering-rule')).toContainText('ärendenumren är låsta');
  await expect(view.getByRole('button', { name: 'Dra ärende 1' })).toHaveCount(0);

  // An extra ärende: the first change of a sent kallelse asks; it lands last, numbered 12.
  await view.getByRole('button', { name: '+ Lägg till extra ärende' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kallelsen är redan utskickad' });
  await expect(dialog).toBeVisible();
  await shoot(page, 'sent-question');
  await dialog.getByRole('button', { name: 'Ja, ändra' }).click();
  await expect(view.getByLabel('Rubrik för ärende 12')).toBeFocused();
  await page.keyboard.type('Brådskande avtal');
  await page.keyboard.press('Enter');
  await expect.poll(() => db().sections[4]!.items.at(-1)).toMatchObject({ title: 'Brådskande avtal', extra: true });
  // Item 9 is withdrawn: it keeps its number.
  await view.getByRole('button', { name: 'Ärende 9 utgår' }).click();
  await expect.poll(() => db().sections[2]!.items[0]).toMatchObject({ number: 9, withdrawn: true });
  await expect(view.getByTestId('item-12')).toContainText('Extra ärende');
  await expect(view.getByTestId('item-9')).toContainText('utgår');
  await shoot(page, 'agenda-sent');

  // Export and read the PDF back.
  const target = path.join(app.dataDir, 'kallelse.pdf');
  (app.backend.services.dialogs as ScriptedDialogs).answerNext(target);
  await page.getByRole('button', { name: 'Exportera PDF…' }).click();
  await expect(page.getByTestId('notifications')).toContainText('Kallelsen sparades', { timeout: 30_000 });
  const text = flat(pageTexts(target, { first: 1, last: 1 })[0]!);
  expect(text).toMatch(/8 Aktuell information/);
  expect(text).toMatch(/9 Budget 2031 – utgår/);
  expect(text).toMatch(/10 Övriga frågor/);
  expect(text).toMatch(/Valärenden 11 Taxor 2031/);
  expect(text).toMatch(/12 Extra ärende: Brådskande avtal/);
  const log = await app.backend.dispatch('meetings:changes', { meetingId });
  expect(log.ok && (log.value as { action: string }[]).map((c) => c.action)).toEqual([
    'status',
    'extra-arende',
    'andrat-arende',
    'utgar',
  ]);

  // Back before Utskickad (it asks why): nothing says locked any more.
  await status.getByRole('button', { name: 'Tillbaka till Fastställd…' }).click();
  await page.getByLabel(/Varför går mötet tillbaka till Fastställd/).fill('Ett ärende måste läggas till');
  await page.getByRole('button', { name: 'Gå tillbaka' }).click();
  await expect(page.getByTestId('status-meaning')).toContainText('Fastställd:');
  await expect(view.getByTestId('numbering-rule')).toContainText('numreras 1, 2, 3');
  await expect(view).not.toContainText('Listan är låst');
});
