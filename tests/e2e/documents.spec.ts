import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { ScriptedDialogs } from '../../electron/services/dialogs';
import { sampleDir } from '../helpers/packages';
import { flat, pageTexts } from '../helpers/poppler';
import { numberedPdf } from '../helpers/testPdfs';
import { expect, test } from './fixtures';

const shots = 'test-results/screenshots';
const dialogsOf = (app: { backend: { services: { dialogs: unknown } } }) =>
  app.backend.services.dialogs as ScriptedDialogs;

/** Drops files on an element the way the desktop does: a DataTransfer with File objects. */
async function dropFiles(page: Page, selector: string, files: { name: string; bytes: Uint8Array }[]) {
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
async function paste(page: Page, label: string, text: string) {
  await page.getByLabel(label).evaluate((el, t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

async function axeClean(page: Page, scope: string) {
  const result = await new AxeBuilder({ page }).include(scope).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function openMinimal(app: Parameters<Parameters<typeof test>[2]>[0]['app']) {
  const page = await app.open();
  await page.setViewportSize({ width: 1440, height: 900 });
  const { meetingId } = await app.backend.services.packages.importPackage(sampleDir('minimal'));
  await page.reload();
  await page.locator('[data-app-state="loaded"]').waitFor();
  await page.getByTestId('meeting-list').getByRole('button').first().click();
  await expect(page.getByTestId('meeting-view')).toBeVisible();
  return { page, meetingId };
}

test('write a tjänsteskrivelse, attach PDFs by dialog and drop, paste informationshandlingar, reorder, export', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const { page, meetingId } = await openMinimal(app);
  fs.mkdirSync(shots, { recursive: true });

  // 1. A tjänsteskrivelse in item 5, with a bulleted list and a table in "Information i ärendet".
  await page.getByLabel('Lägg till handling i ärende 5').selectOption('tjansteskrivelse');
  const editor = page.getByTestId('document-editor');
  await expect(editor.getByTestId('editor-tjansteskrivelse')).toBeVisible();
  await expect(editor.getByLabel('Rubrik', { exact: true })).toHaveValue('Sammanträdesplan 2025');
  await expect(editor.getByLabel('Diarienummer')).toHaveValue('EXR 2024/23');
  await editor.getByLabel('Beslutspunkter, en per rad').fill('fastställer sammanträdesplanen för 2025');
  await editor.getByLabel('Beslut skickas till, en mottagare per rad').fill('Kansliavdelningen\nSamtliga ledamöter');
  await editor.getByLabel('Förvaltning i underskriften (t.ex. Regionledningskontoret)').fill('Regionledningskontoret');

  const summary = editor.getByRole('textbox', { name: 'Sammanfattning' });
  await summary.click();
  await page.keyboard.type('Nämnden sammanträder sju gånger under 2025.');

  const info = editor.getByRole('textbox', { name: 'Information i ärendet' });
  await info.click();
  await page.keyboard.type('Planen bygger på:');
  await page.keyboard.press('Enter');
  await editor.getByRole('button', { name: 'Punktlista' }).nth(1).click();
  await page.keyboard.type('Regionfullmäktiges datum');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Skolloven i länet');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // leaves the list
  await editor.getByRole('button', { name: 'Infoga tabell' }).nth(1).click();
  // The cursor is in the first header cell once the table's own toolbar buttons appear.
  await expect(editor.getByRole('button', { name: 'Lägg till tabellrad' })).toBeVisible();
  for (const cell of ['Månad', 'Datum', 'Februari', '2025-02-19', 'Mars', '2025-03-26']) {
    await page.keyboard.type(cell);
    await page.keyboard.press('Tab');
  }
  await expect(info.locator('ul li')).toHaveCount(2);
  await expect(info.locator('table th').first()).toHaveText('Månad');
  await expect(info).not.toContainText('|'); // formatted, no markup shown
  await page.screenshot({ path: `${shots}/editor-tjansteskrivelse.png`, fullPage: true });
  await axeClean(page, '[data-testid="document-editor"]');
  await editor.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Handlingen sparades' })).toBeVisible();

  const stored = () => app.backend.services.meetings.get(meetingId).sections.flatMap((s) => s.items)[4]!.documents;
  const tsId = stored()[0]!.id;
  const body = app.backend.services.documents.get(tsId).document as { informationIArendet: string };
  expect(body.informationIArendet).toMatch(/^- Regionfullmäktiges datum$/m);
  expect(body.informationIArendet).toMatch(/\| *Månad *\| *Datum *\|/);
  await editor.getByRole('button', { name: '← Tillbaka till föredragningslistan' }).click();

  // 2. Two PDFs through the (scripted) open dialog, one by drag and drop.
  const a = path.join(app.dataDir, 'Bilaga A.pdf');
  const b = path.join(app.dataDir, 'Bilaga B.pdf');
  fs.writeFileSync(a, await numberedPdf('Bilaga A', 2));
  fs.writeFileSync(b, await numberedPdf('Bilaga B', 3));
  dialogsOf(app).answerNext([a, b]);
  await page.getByTestId('item-5').getByRole('button', { name: 'Bifoga PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 bilagor bifogades' })).toBeVisible();
  await dropFiles(page, '[data-testid="item-5"]', [{ name: 'Bilaga C.pdf', bytes: await numberedPdf('Bilaga C', 1) }]);
  await expect(page.getByRole('status').filter({ hasText: 'En bilaga bifogades' })).toBeVisible();
  expect(stored().map((d) => `${d.type} ${d.title} ${d.pageCount ?? ''}`.trim())).toEqual([
    'tjansteskrivelse Sammanträdesplan 2025',
    'pdf Bilaga A 2',
    'pdf Bilaga B 3',
    'pdf Bilaga C 1',
  ]);

  // 3. Reorder: Bilaga C up above Bilaga B.
  await page.getByRole('button', { name: 'Flytta upp Bilaga C' }).click();
  await expect
    .poll(() => stored().map((d) => d.title))
    .toEqual(['Sammanträdesplan 2025', 'Bilaga A', 'Bilaga C', 'Bilaga B']);
  // …and by dragging the row (HTML drag and drop): B above C, then C back above B.
  await page.getByTestId('doc-5-4').dragTo(page.getByTestId('doc-5-3'));
  await expect
    .poll(() => stored().map((d) => d.title))
    .toEqual(['Sammanträdesplan 2025', 'Bilaga A', 'Bilaga B', 'Bilaga C']);
  await page.getByTestId('doc-5-4').dragTo(page.getByTestId('doc-5-3'));
  await expect
    .poll(() => stored().map((d) => d.title))
    .toEqual(['Sammanträdesplan 2025', 'Bilaga A', 'Bilaga C', 'Bilaga B']);

  // The PDF editor: metadata, page count and a first-page thumbnail.
  await page.getByRole('button', { name: 'Öppna Bilaga A' }).click();
  await expect(page.getByTestId('editor-pdf')).toContainText('2 sidor');
  await expect(page.getByTestId('pdf-thumbnail')).toHaveAttribute('data-rendered', 'true', { timeout: 10_000 });
  // A new version dropped on the editor replaces the file; undo and redo need no dialog.
  await dropFiles(page, '[data-testid="pdf-replace-drop"]', [
    { name: 'Bilaga A v2.pdf', bytes: await numberedPdf('Bilaga A v2', 4) },
  ]);
  await expect(page.getByTestId('editor-pdf')).toContainText('4 sidor');
  await page.getByRole('button', { name: 'Ångra byta fil' }).click();
  await expect(page.getByTestId('editor-pdf')).toContainText('2 sidor');
  await page.getByRole('button', { name: 'Gör om byta fil' }).click();
  await expect(page.getByTestId('editor-pdf')).toContainText('4 sidor');
  await page.getByRole('button', { name: 'Ångra byta fil' }).click();
  await expect(page.getByTestId('editor-pdf')).toContainText('2 sidor');
  await page.getByLabel('Bilagebeteckning (t.ex. Bilaga 1)').fill('Bilaga 1');
  await page.screenshot({ path: `${shots}/editor-pdf.png` });
  await axeClean(page, '[data-testid="document-editor"]');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Handlingen sparades' })).toBeVisible();
  await page.getByRole('button', { name: '← Tillbaka till föredragningslistan' }).click();

  // 4. Informationshandlingar in item 3, pasted from a spreadsheet.
  await page.getByLabel('Lägg till handling i ärende 3').selectOption('informationshandlingar');
  await expect(page.getByTestId('editor-informationshandlingar')).toBeVisible();
  await paste(
    page,
    'Klistra in från kalkylblad',
    'Protokoll\t\tProtokoll Exempelnämnden 2024-02-07\nUtgående skrivelser\tEXR 2024/31\tSvar till Kulturrådet om bidrag\nBeslut från SKR\tSKR 24/00101\tÖverenskommelse om folkhögskolor\n',
  );
  await expect(page.getByRole('status').filter({ hasText: '3 rader klistrades in' })).toBeVisible();
  await expect(page.getByLabel('Ärenderubrik, rad 2')).toHaveValue('Svar till Kulturrådet om bidrag');
  await page.screenshot({ path: `${shots}/editor-informationshandlingar.png` });
  await axeClean(page, '[data-testid="document-editor"]');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Handlingen sparades' })).toBeVisible();
  await page.getByRole('button', { name: '← Tillbaka till föredragningslistan' }).click();

  // 5. Export and read the PDF back with poppler.
  await expect(page.locator('[data-preview-state="ready"]')).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: `${shots}/meeting-with-documents.png` });
  const target = path.join(app.dataDir, 'export', 'kallelse.pdf');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  dialogsOf(app).answerNext(target);
  await page.getByRole('button', { name: 'Exportera PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kallelsen sparades' })).toBeVisible({ timeout: 30_000 });

  const pages = pageTexts(target).map(flat);
  const all = pages.join(' \f ');
  // Agenda ranges as printed on page 1 (`5 - 12` or `7`).
  const agenda = pages[0]!;
  const rangeOf = (title: string) => {
    const m = new RegExp(`${title}\\s+(\\d+)(?: - (\\d+))?`).exec(agenda);
    expect(m, `agenda line for ${title}`).not.toBeNull();
    return { first: Number(m![1]), last: Number(m![2] ?? m![1]) };
  };
  const item5 = rangeOf('Sammanträdesplan 2025');
  const item3 = rangeOf('Aktuell information');

  // Informationshandlingar (item 3): all seven categories in order, the pasted rows.
  const infoPage = pages[item3.first - 1]!;
  expect(infoPage).toContain('Sammanställning av informationshandlingar');
  let at = 0;
  for (const c of [
    'Protokoll',
    'Inkomna handlingar',
    'Utgående skrivelser',
    'Regeringsbeslut',
    'Cirkulär från SKR',
    'Beslut från SKR',
    'Övrigt',
  ]) {
    const found = infoPage.indexOf(c, at);
    expect(found, c).toBeGreaterThanOrEqual(0);
    at = found + c.length;
  }
  expect(infoPage).toContain('EXR 2024/31 Svar till Kulturrådet om bidrag');

  // Tjänsteskrivelse (item 5, first page of its range): anatomy §2.6 headings in order, list and table text.
  const tsText = pages.slice(item5.first - 1, item5.last).join(' ');
  at = 0;
  for (const h of [
    'TJÄNSTESKRIVELSE',
    'EXR 2024/23',
    'Sammanträdesplan 2025',
    'Förslag till beslut',
    'fastställer sammanträdesplanen för 2025',
    'Sammanfattning',
    'Information i ärendet',
    'Regionfullmäktiges datum',
    'Skolloven i länet',
    'Månad Datum',
    'Mars 2025-03-26',
    'Beslutsunderlag',
    'Beslut skickas till',
    'Kansliavdelningen',
    'REGIONLEDNINGSKONTORET',
  ]) {
    const found = tsText.indexOf(h, at);
    expect(found, `"${h}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = found + h.length;
  }
  // The attached pages sit inside item 5's printed range, in the stored order A, C, B.
  const pageOf = (text: string) => pages.findIndex((p) => p.includes(text)) + 1;
  const order = [
    'Bilaga A sida 1 av 2',
    'Bilaga A sida 2 av 2',
    'Bilaga C sida 1 av 1',
    'Bilaga B sida 1 av 3',
    'Bilaga B sida 3 av 3',
  ].map(pageOf);
  expect(order).toEqual([...order].sort((x, y) => x - y));
  expect(order[0]).toBeGreaterThanOrEqual(item5.first);
  expect(order.at(-1)).toBe(item5.last);
  expect(all).not.toContain('|');
  const info2 = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
  expect(info2).toMatch(new RegExp(`Pages:\\s+${pages.length}`));
});

test('damaged and encrypted PDFs dropped on an item are refused, naming the file; nothing is attached', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const { page, meetingId } = await openMinimal(app);
  const good = await numberedPdf('Hel', 1);
  const plain = path.join(app.dataDir, 'plain.pdf');
  const locked = path.join(app.dataDir, 'locked.pdf');
  fs.writeFileSync(plain, good);
  execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', plain, locked]);

  await dropFiles(page, '[data-testid="item-5"]', [{ name: 'trasig.pdf', bytes: good.slice(0, 300) }]);
  await expect(page.getByRole('alert')).toContainText('Filen ”trasig.pdf” är avkortad eller ofullständig');
  await dropFiles(page, '[data-testid="item-5"]', [{ name: 'låst.pdf', bytes: fs.readFileSync(locked) }]);
  await expect(page.getByRole('alert')).toContainText('Filen ”låst.pdf” är krypterad eller lösenordsskyddad');
  await dropFiles(page, '[data-testid="item-5"]', [
    { name: 'anteckning.txt', bytes: new TextEncoder().encode('bara text') },
  ]);
  await expect(page.getByRole('alert')).toContainText('Filen ”anteckning.txt” är ingen PDF-fil');
  const item5 = app.backend.services.meetings.get(meetingId).sections.flatMap((s) => s.items)[4]!;
  expect(item5.documents).toHaveLength(0);
});

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
