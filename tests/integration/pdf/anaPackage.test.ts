import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackage } from '../../../electron/package/load';
import { type RenderResult, renderKallelse } from '../../../electron/pdf/renderKallelse';
import type { KallelsePackage, PackageDocument } from '../../../shared/package/model';
import { samplePackage, writePackage } from '../../helpers/packages';
import {
  flat,
  grayImage,
  pageTexts,
  pdfFonts,
  pdfInfo,
  type QpdfOutline,
  qpdfJson,
  samplesDir,
  shareOfPixels,
  wordBoxes,
} from '../../helpers/poppler';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * The real 2022-02-23 ANA package, exported with the agenda showing both dnr and pages, then
 * read back with poppler and qpdf only.
 */
const bilagor = path.join(samplesDir, 'ana-2022-02-23', 'bilagor');
/** Everything but the top 26 pt strip where the package number sits. */
const belowStamp = { x: 0, y: 26, w: 2000, h: 2000 };

let temp: ReturnType<typeof makeTempDir>;
let pkgTemp: ReturnType<typeof writePackage>;
let pkg: KallelsePackage;
let file: string;
let result: RenderResult;
let texts: string[];
let layoutTexts: string[];

beforeAll(async () => {
  temp = makeTempDir();
  pkg = samplePackage('ana-2022-02-23');
  pkg.meeting.agendaColumn = 'both';
  pkgTemp = writePackage(pkg);
  result = await renderKallelse(await loadPackage(pkgTemp.dir), { creationDate: new Date('2022-02-14T08:00:00Z') });
  file = path.join(temp.dir, 'ana.pdf');
  fs.writeFileSync(file, result.bytes);
  texts = pageTexts(file, { crop: belowStamp }).map(flat);
  layoutTexts = pageTexts(file, { layout: true });
});
afterAll(() => {
  temp.cleanup();
  pkgTemp.cleanup();
});

const items = () => pkg.meeting.sections.flatMap((s) => s.items);
const bilagaPages = (name: string) => pageTexts(path.join(bilagor, name), { crop: belowStamp }).map(flat);

/** Where a document starts in the package, found from the printed text alone. */
function findStart(doc: PackageDocument, from: number): number {
  const match = (test: (t: string) => boolean) => texts.findIndex((t, i) => i >= from && test(t)) + 1;
  switch (doc.type) {
    case 'protokollsutdrag':
      return match((t) => t.includes('PROTOKOLL') && new RegExp(`(^| )§ ${doc.paragraph} `).test(t));
    case 'tjansteskrivelse':
    case 'missiv': {
      const label = doc.type === 'missiv' ? 'MISSIV' : 'TJÄNSTESKRIVELSE';
      return match((t) => new RegExp(`${label} 1\\(\\d+\\) ${doc.date} ${doc.dnr}`).test(t));
    }
    case 'informationshandlingar':
      return match((t) => t.includes('Sammanställning av informationshandlingar'));
    case 'delegationsbeslut':
      return match((t) => t.includes('Sammanställning av anmälda vidaredelegationsbeslut'));
    case 'pdf': {
      const first = bilagaPages(path.basename(doc.file.path))[0]!;
      return match((t) => t === first);
    }
  }
}

/** Each document's first page, in package order, found by text. */
function documentStarts(): { itemNumber: number; doc: PackageDocument; first: number }[] {
  const starts: { itemNumber: number; doc: PackageDocument; first: number }[] = [];
  let from = 0;
  items().forEach((item, i) => {
    for (const doc of item.documents ?? []) {
      const first = findStart(doc, from);
      starts.push({ itemNumber: i + 1, doc, first });
      from = first; // the next document starts after this one's first page
    }
  });
  return starts;
}

describe('ANA 2022-02-23 exported as one package', () => {
  it('has kallelse + generated + imported pages, and the imported ones are the 145 of the bilagor', () => {
    const info = pdfInfo(file);
    expect(Number(info.Pages)).toBe(result.pageCount);
    const importedTotal = fs.readdirSync(bilagor).reduce((n, f) => n + Number(pdfInfo(path.join(bilagor, f)).Pages), 0);
    expect(importedTotal).toBe(145);
    // Generated pages carry the organisation top left; imported ones do not.
    const top = pageTexts(file, { crop: { x: 0, y: 26, w: 300, h: 30 } }).map(flat);
    const generated = top.filter((t) => t === 'Region Jönköpings län').length;
    const kallelse = layoutTexts.filter((t) => /KALLELSE \d+\(\d+\)/.test(t)).length;
    expect(kallelse).toBe(result.kallelsePages);
    expect(kallelse).toBe(2);
    expect(result.pageCount).toBe(generated + importedTotal);
    expect(generated - kallelse).toBe(
      result.documents.filter((d) => d.source === 'generated').reduce((n, d) => n + d.lastPage - d.firstPage + 1, 0),
    );
  });

  it('prints the running package number 1..N top right on every page', () => {
    const pages = wordBoxes(file);
    expect(pages).toHaveLength(result.pageCount);
    pages.forEach((page, i) => {
      const stamp = page.words.filter((w) => w.yMax < 26);
      expect(stamp.map((w) => w.text).join(' '), `sida ${i + 1}`).toBe(String(i + 1));
      expect(stamp[0]!.xMax).toBeGreaterThan(page.width - 60);
      expect(stamp[0]!.xMax).toBeLessThan(page.width - 50);
    });
  });

  it('prints each item’s page range in the agenda exactly where its documents are', () => {
    const starts = documentStarts();
    expect(starts.every((s) => s.first > 0)).toBe(true);
    const firsts = starts.map((s) => s.first);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);

    // Expected ranges from the text: first page of an item's first document up to the page
    // before the next item's first document (or the end).
    const expected = new Map<number, string>();
    const itemNumbers = [...new Set(starts.map((s) => s.itemNumber))];
    itemNumbers.forEach((n, i) => {
      const first = starts.find((s) => s.itemNumber === n)!.first;
      const next = itemNumbers[i + 1];
      const last = next ? starts.find((s) => s.itemNumber === next)!.first - 1 : result.pageCount;
      expected.set(n, first === last ? `${first}` : `${first} - ${last}`);
    });

    // Printed: on the kallelse pages, the last column of an item's last line.
    const printed = new Map<number, string>();
    let current = 0;
    for (const line of layoutTexts.slice(0, result.kallelsePages).join('\n').split('\n')) {
      const start = /^\s*(\d{1,2}) \S/.exec(line);
      if (start && Number(start[1]) === current + 1) current = Number(start[1]);
      const cells = line.trim().split(/\s{2,}/);
      // -layout may squeeze `5 - 7` to `5-7`; the PDF holds `5 - 7` (checked below in reading order).
      const last = cells.at(-1)!.replace(/^(\d+)\s*-\s*(\d+)$/, '$1 - $2');
      if (current > 0 && cells.length > 1 && /^\d+( - \d+)?$/.test(last)) printed.set(current, last);
    }
    expect(Object.fromEntries(printed)).toEqual(Object.fromEntries(expected));
    expect(printed.get(13)).toMatch(/^\d+ - \d+$/);
    // The text holds `5 - 7` with spaces (separate words for poppler), even where its
    // reading-order heuristics glue short ranges together.
    const [first, last] = expected.get(6)!.split(' - ');
    const words = wordBoxes(file)[0]!.words.filter((w) => w.xMin > 480);
    const line6 = words.findIndex(
      (w, i) => w.text === first && words[i + 1]?.text === '-' && words[i + 2]?.text === last,
    );
    expect(line6).toBeGreaterThanOrEqual(0);
    // And the engine's own report agrees with what is printed.
    for (const item of result.items.filter((i) => i.firstPage !== null)) {
      const label = item.firstPage === item.lastPage ? `${item.firstPage}` : `${item.firstPage} - ${item.lastPage}`;
      expect(label).toBe(expected.get(item.number));
    }
  });

  it('contains every imported page unchanged, once, in order', () => {
    const pdfs = items()
      .flatMap((i) => i.documents ?? [])
      .filter((d) => d.type === 'pdf')
      .map((d) => path.basename(d.file.path));
    const imported = pdfs.flatMap(bilagaPages);
    expect(imported).toHaveLength(145);
    const wanted = new Set(imported);
    expect(texts.filter((t) => wanted.has(t))).toEqual(imported);
    for (const text of wanted) {
      expect(texts.filter((t) => t === text).length).toBe(imported.filter((t) => t === text).length);
    }
  });

  it('has an outline of sections, items and documents pointing at their first pages', () => {
    const { outlines } = qpdfJson(file);
    const starts = documentStarts();
    const byTitle = (list: QpdfOutline[], title: string) => list.find((o) => o.title === title);
    expect(outlines[0]).toMatchObject({ title: 'Kallelse', destpageposfrom1: 1 });
    const decisions = byTitle(outlines, 'Beslutsärenden för nämnden')!;
    expect(decisions.destpageposfrom1).toBe(starts.find((s) => s.itemNumber === 11)!.first);
    const item13 = byTitle(
      decisions.kids,
      '13 Stöd till besöksnäringen inför sommaren 2022 – Nationell marknadsföring',
    )!;
    const docs13 = starts.filter((s) => s.itemNumber === 13);
    expect(item13.destpageposfrom1).toBe(docs13[0]!.first);
    expect(item13.kids.map((k) => [k.title, k.destpageposfrom1])).toEqual([
      ['Protokollsutdrag § 29', docs13[0]!.first],
      ['Tjänsteskrivelse 2022-02-02', docs13[1]!.first],
      ['Ansökan om stöd – Stöttning besöksnäring 2022 nationell marknadsföring (Smålands Turism AB)', docs13[2]!.first],
    ]);
    // Every document of every item, wherever its item sits in the outline.
    const all = (list: QpdfOutline[]): QpdfOutline[] => list.flatMap((o) => [o, ...all(o.kids)]);
    const flatOutline = all(outlines);
    items().forEach((item, i) => {
      const node = flatOutline.find((o) => o.title === `${i + 1} ${item.title}`);
      expect(node, `ärende ${i + 1}`).toBeDefined();
      const mine = starts.filter((s) => s.itemNumber === i + 1);
      expect(node!.kids.map((k) => k.destpageposfrom1)).toEqual(mine.map((s) => s.first));
      if (mine.length === 0) expect(node!.destpageposfrom1).toBe(1); // its agenda line
    });
  });

  it('links each agenda line with documents to the item’s first page', () => {
    const { pages, objects } = qpdfJson(file);
    const pageNumberOf = new Map(pages.map((p) => [p.object, p.pageposfrom1]));
    const page1 = objects[pages[0]!.object]!.value!;
    const annots = (page1['/Annots'] as string[]).map((ref) => objects[ref]!.value!);
    const targets = annots
      .filter((a) => a['/Subtype'] === '/Link')
      .map((a) => pageNumberOf.get((a['/Dest'] as string[])[0]!));
    const starts = documentStarts();
    const firstOfItems = [...new Set(starts.map((s) => s.itemNumber))].map(
      (n) => starts.find((s) => s.itemNumber === n)!.first,
    );
    expect(targets).toEqual(firstOfItems);
  });

  it('prints the exact headers and lines of the kallelse pages', () => {
    const [p1, p2] = texts;
    expect(p1).toContain('Region Jönköpings län KALLELSE 1(2) Nämnd för arbetsmarknad, näringsliv och attraktivitet');
    expect(p1).toContain('Tid: 2022-02-23 kl: 09:00-12:00 Plats: Digitalt Ärenden');
    expect(p1).toContain('13 Stöd till besöksnäringen inför sommaren 2022 – Nationell marknadsföring 2022/258');
    expect(p1).not.toContain('RJL 2022/258');
    expect(p2).toContain(
      'KALLELSE 2(2) Nämnd för arbetsmarknad, näringsliv och attraktivitet Tid: 2022-02-23 kl: 09:00-12:00',
    );
    expect(p2).not.toContain('Plats:');
    for (const line of [
      'Per Eriksson (C) ordf.',
      'Monica Samuelsson (KD) 1:e vice ordf.',
      'Dan Sylvebo (-) 2:e vice ordf.',
      'Jane Ydman, regiondirektör',
      'Irene Tengberg Herrstedt, SACO',
      'Carina Thållén, ersättare',
    ]) {
      expect(layoutTexts[1]).toContain(line);
    }
    for (const label of [
      'Kallade',
      'För kännedom',
      'Ordinarie ledamöter:',
      'Ersättare:',
      'Tjänstemän:',
      'Personalrepresentanter:',
      'Regionråd',
    ]) {
      expect(layoutTexts[1]).toMatch(new RegExp(`(^|\\s)${label}(\\s|$)`, 'm'));
    }
  });

  it('prints protocol extracts, tjänsteskrivelser, missiv and compilations with their exact labels', () => {
    const all = texts.join('\n');
    const extract = texts.find((t) => t.includes('§ 23 Överenskommelse'))!;
    expect(extract).toContain('PROTOKOLL');
    expect(extract).toContain('Presidium - Nämnd för arbetsmarknad, näringsliv och attraktivitet §§ 17-32');
    expect(extract).toContain('Tid: 2022-02-10 kl. 09:00 Plats: Digitalt § 23');
    expect(extract).toContain('Protokollsutdrag, bestyrkande');
    expect(extract).toContain('Justerare, signatur');
    expect(extract).toContain('Beslutets antal sidor 1');
    expect(extract).toContain('• Godkänna överenskommelse interregionalt samarbete om ShareMusic and Performing Arts.');
    expect(all).toMatch(/TJÄNSTESKRIVELSE 1\(1\) 2022-02-02 RJL 2022\/258/);
    expect(all).toMatch(/MISSIV 1\(\d\) 2022-02-02 RJL 2020\/2492/);
    const ts13 = texts.find((t) => /TJÄNSTESKRIVELSE 1\(1\) 2022-02-02 RJL 2022\/258/.test(t))!;
    expect(ts13).toContain(
      'Nämnd för arbetsmarknad, näringsliv och attraktivitet beviljar 1. Smålands Turism AB 2 000 000 kr',
    );
    expect(ts13).toContain('REGIONLEDNINGSKONTORET');
    const deleg = texts.find((t) => t.includes('vidaredelegationsbeslut'))!;
    expect(deleg).toContain('Ärendetyp Ärenderubrik Diarienummer Beslutsdatum Beslutsdelegat');
    expect(deleg).toMatch(/RJL 2022\/2$/);
    const info = texts.find((t) => t.includes('Sammanställning av informationshandlingar'))!;
    expect(info).toMatch(
      /Ärendetyp Ärenderubrik Protokoll .* Inkomna handlingar Utgående skrivelser .* Regeringsbeslut Cirkulär från SKR Beslut från SKR/,
    );
    expect(info).toContain('Övrigt RJL 2022/3');
    expect(info).toContain('• SKR, 21/00735 Överenskommelse om mobilitetsstöd för folkhögskolorna');
    // Typography survives: check marks (fallback font), quotes, dashes, amounts.
    expect(all).toContain('✓ Att skapa jämlika förutsättningar');
    expect(all).toContain('”Sustainability Readiness Index”');
    expect(all).toContain('1 157 500 kr');
  });

  it('embeds every font and describes itself: A4, title, author, subject, language', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.some((f) => f.name.endsWith('+LiberationSans'))).toBe(true);
    expect(fonts.some((f) => f.name.endsWith('+DejaVuSans'))).toBe(true); // ✓
    const info = pdfInfo(file);
    expect(info.Title).toBe('Kallelse Nämnd för arbetsmarknad, näringsliv och attraktivitet 2022-02-23');
    expect(info.Author).toBe('Region Jönköpings län');
    expect(info.Subject).toBe('Kallelse till sammanträde 2022-02-23 kl. 09:00, Digitalt');
    expect(info['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
    const { objects } = qpdfJson(file);
    const catalog = Object.values(objects).find((o) => o.value?.['/Type'] === '/Catalog')!.value!;
    expect(catalog['/Lang']).toBe('u:sv-SE');
    expect(catalog['/PageMode']).toBe('/UseOutlines');
  });

  it('marks the draft with UTKAST on generated pages only', () => {
    const generated = [1, 2, ...result.documents.filter((d) => d.source === 'generated').map((d) => d.firstPage)];
    const imported = result.documents.filter((d) => d.source === 'imported').map((d) => d.firstPage);
    const watermark = (page: number) => shareOfPixels(grayImage(file, page, 36), [226, 230], 36);
    for (const page of generated.slice(0, 6)) expect(watermark(page), `sida ${page}`).toBeGreaterThan(0.012);
    for (const page of imported.slice(0, 6)) expect(watermark(page), `sida ${page}`).toBeLessThan(0.006);
    // The watermark is drawn, not written: it never gets into the text.
    expect(texts.join(' ')).not.toContain('UTKAST');
  });
});
