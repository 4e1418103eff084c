import fs from 'node:fs';
import path from 'node:path';
import { flat, pageTexts } from '../helpers/poppler';
import { axeClean, openMinimal, paste, shots } from './documentHelpers';
import { expect, test } from './fixtures';

/** The editors of written documents, paste, and the way from an item or a warning to its pages (documents.spec.ts: bilagor). */
test('protokollsutdrag and delegationsbeslut editors: § from the presidium range, infinitive hint, paste; undo', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page, meetingId } = await openMinimal(app);
  const items = () => app.backend.services.meetings.get(meetingId).sections.flatMap((s) => s.items);

  await page.getByLabel('Lägg till handling i ärende 5').selectOption('protokollsutdrag');
  const editor = page.getByTestId('editor-protokollsutdrag');
  await expect(editor).toBeVisible();
  // Item 4 holds § 12 (sample); the first free § in the presidium's range 10-14 is suggested.
  const used = items()[3]!.documents.find((d) => d.type === 'protokollsutdrag')!.paragraph;
  expect(used).toBe(12);
  await expect(editor.getByLabel('Paragraf (§)')).toHaveValue('10');
  await expect(editor).toContainText('Presidiets sammanträde: Tid 2024-03-06 kl. 08:30 · Plats Digitalt');
  await editor.getByLabel('Beslutspunkter i infinitiv, en per rad (”Godkänna …”)').fill('Fastställer planen');
  await expect(editor).toContainText('”Fastställer” ser ut som presens');
  await editor.getByLabel('Beslutspunkter i infinitiv, en per rad (”Godkänna …”)').fill('Fastställa planen');
  await expect(editor).not.toContainText('ser ut som presens');
  await editor
    .getByLabel('Jäv, en anmälan per rad')
    .fill('Per Persson (C) anmäler jäv och deltar inte i handläggningen.');
  await page.screenshot({ path: `${shots}/editor-protokollsutdrag.png`, fullPage: true });
  await axeClean(page, '[data-testid="document-editor"]');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Handlingen sparades' })).toBeVisible();
  await page.getByRole('button', { name: '← Tillbaka till föredragningslistan' }).click();

  await page.getByLabel('Lägg till handling i ärende 6').selectOption('delegationsbeslut');
  await expect(page.getByTestId('editor-delegationsbeslut')).toBeVisible();
  await paste(
    page,
    'Klistra in från kalkylblad',
    'Ärendetyp\tÄrenderubrik\tDiarienummer\tBeslutsdatum\tBeslutsdelegat\nEX 4.2.1\tAvtal med förening\tEXR 2024/40\t2024-01-30\tAnna Andersson\n',
  );
  await expect(page.getByLabel('Beslutsdelegat, rad 1')).toHaveValue('Anna Andersson');
  await paste(page, 'Klistra in från kalkylblad', 'EX 4.2.1\tFel\tEXR 1\t2024-02-30\tAnna\n');
  await expect(page.getByRole('alert')).toContainText('Rad 1, beslutsdatum: 2024-02-30 finns inte');
  await page.screenshot({ path: `${shots}/editor-delegationsbeslut.png` });
  await axeClean(page, '[data-testid="document-editor"]');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Handlingen sparades' })).toBeVisible();
  await page.getByRole('button', { name: '← Tillbaka till föredragningslistan' }).click();
  expect(items()[5]!.documents.map((d) => d.type)).toEqual(['delegationsbeslut']);

  // Remove the extract, then undo twice: the extract is back with its id, then the delegation list is gone again.
  const extractId = items()[4]!.documents[0]!.id;
  await page.getByRole('button', { name: /^Ta bort Protokollsutdrag § 10/ }).click();
  await expect.poll(() => items()[4]!.documents.length).toBe(0);
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect.poll(() => items()[4]!.documents.map((d) => d.id)).toEqual([extractId]);
  await page.getByRole('button', { name: 'Ångra' }).click(); // the save of the delegation list
  await page.getByRole('button', { name: 'Ångra' }).click(); // adding it
  await expect.poll(() => items()[5]!.documents.length).toBe(0);
});

test('selecting an item marks its pages in the preview; a warning opens its document at the field; Ctrl+P hands over the package', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = await openMinimal(app);
  await expect(page.locator('[data-preview-state="ready"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('pdf-preview')).toBeVisible({ timeout: 30_000 });
  // Item 4's documents are pages 2-3 of the package (the agenda says so too).
  await expect(page.getByTestId('item-4-pages')).toHaveText('s. 2–3');
  await page.getByLabel('Rubrik för ärende 4').click();
  await expect(page.locator('.preview-page[data-marked]')).toHaveCount(2);
  await expect(page.locator('.preview-page[data-marked]').first()).toHaveAttribute('data-page', '2');
  await expect(page.locator('.preview-page[data-page="2"]')).toBeInViewport();
  await page.screenshot({ path: `${shots}/preview-marked.png` });

  // The warning about item 4's tjänsteskrivelse opens it with the cursor in Beslutsunderlag.
  await page
    .getByTestId('preview-warnings')
    .getByRole('button', { name: /beslutsunderlaget ”Ansökan från Exempelföreningen” i tjänsteskrivelsen/ })
    .click();
  await expect(page.getByTestId('editor-tjansteskrivelse')).toBeVisible();
  await expect(page.getByLabel('Beslutsunderlag, ett per rad')).toBeFocused();

  // Ctrl+P: under the harness the PDF that would be printed is handed over; it is the whole package.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+p');
  await expect(page.getByRole('status').filter({ hasText: 'skickades till utskrift' })).toBeVisible({
    timeout: 30_000,
  });
  const printer = app.backend.services.printer as import('../../electron/services/printer').RecordingPrinter;
  expect(printer.printed).toHaveLength(1);
  const file = path.join(app.dataDir, 'printed.pdf');
  fs.writeFileSync(file, printer.printed[0]!.bytes);
  const texts = pageTexts(file).map(flat);
  expect(texts.length).toBe(Number(await page.getByTestId('pdf-preview').getAttribute('data-page-count')));
  expect(texts[0]).toContain('KALLELSE 1(1)');
  expect(texts[1]).toContain('PROTOKOLL');
});

test('pasting from Word keeps lists and tables and drops the styling', async ({ app }) => {
  test.setTimeout(120_000);
  const { page, meetingId } = await openMinimal(app);
  await page.getByLabel('Lägg till handling i ärende 5').selectOption('missiv');
  const info = page.getByRole('textbox', { name: 'Information i ärendet' });
  await info.click();
  // What Word puts on the clipboard: list items as styled paragraphs with the bullet as text.
  const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<p class=MsoNormal><b><span style='font-family:"Garamond";color:#C00000'>Bakgrund</span></b><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span><!--[endif]--><span style='color:red'>Första punkten</span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='mso-list:Ignore'>·<span>&nbsp;</span></span><!--[endif]-->Andra punkten</p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span>Steg ett</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span>Steg två</p>
<table class=MsoTableGrid border=1 style='border-collapse:collapse'><tr><td style='background:yellow'><p class=MsoNormal>Kostnad</p></td><td><p class=MsoNormal>Belopp</p></td></tr>
<tr><td><p class=MsoNormal>Lokal</p></td><td><p class=MsoNormal>2 000 kr</p></td></tr></table>
</body></html>`;
  await info.evaluate((el, html) => {
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', 'Bakgrund');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, word);
  await expect(info.locator('ul li')).toHaveCount(2);
  await expect(info.locator('ol li')).toHaveCount(2);
  await expect(info.locator('table')).toBeVisible();
  // Word's fonts, colours and backgrounds are gone (the editor's own table column widths may stay).
  await expect(info.locator('[style*="color"], [style*="font"], [style*="background"], [class*="Mso"]')).toHaveCount(0);
  await page.screenshot({ path: `${shots}/editor-word-paste.png`, fullPage: true });
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Handlingen sparades' })).toBeVisible();
  const doc = app.backend.services.meetings.get(meetingId).sections.flatMap((s) => s.items)[4]!.documents[0]!;
  const md = (app.backend.services.documents.get(doc.id).document as { informationIArendet: string })
    .informationIArendet;
  expect(md).toMatch(/^- Första punkten$/m);
  expect(md).toMatch(/^- Andra punkten$/m);
  expect(md).toMatch(/^1\. Steg ett$/m);
  expect(md).toMatch(/^2\. Steg två$/m);
  expect(md).toMatch(/\| *Kostnad *\| *Belopp *\|/);
  expect(md).toMatch(/\| *Lokal *\| *2 000 kr *\|/);
  expect(md).not.toMatch(/mso|color|Garamond|·/);
});
