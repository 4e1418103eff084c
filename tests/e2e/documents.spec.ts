import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { flat, pageTexts } from '../helpers/poppler';
import { numberedPdf } from '../helpers/testPdfs';
import { axeClean, dialogsOf, dropFiles, openMinimal, paste, shots } from './documentHelpers';
import { expect, test } from './fixtures';

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
