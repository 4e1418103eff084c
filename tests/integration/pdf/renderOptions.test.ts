import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPackage } from '../../../electron/package/load';
import { type RenderOptions, renderKallelse } from '../../../electron/pdf/renderKallelse';
import { AppError } from '../../../shared/ipc/result';
import type { KallelsePackage } from '../../../shared/package/model';
import { samplePackage, writePackage } from '../../helpers/packages';
import { flat, grayImage, pageTexts, qpdfJson, shareOfPixels, wordBoxes } from '../../helpers/poppler';
import { makeTempDir } from '../../helpers/tempDir';
import { numberedPdf, rotatedLandscapePdf, solidPng } from '../../helpers/testPdfs';

/** Variations of the minimal sample, each rendered and read back with poppler/qpdf. */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function render(pkg: KallelsePackage, files: Record<string, Uint8Array> = {}, options: RenderOptions = {}) {
  const dir = writePackage(pkg, files);
  const out = makeTempDir();
  cleanups.push(dir.cleanup, out.cleanup);
  const result = await renderKallelse(await loadPackage(dir.dir), {
    creationDate: new Date('2024-03-01T10:00:00Z'),
    ...options,
  });
  const file = path.join(out.dir, 'out.pdf');
  fs.writeFileSync(file, result.bytes);
  return { result, file, texts: pageTexts(file).map(flat), layout: pageTexts(file, { layout: true }) };
}

const minimalItems = (pkg: KallelsePackage) => pkg.meeting.sections.flatMap((s) => s.items);
/** Sets every item's number to its position, as the package format requires after edits. */
const renumber = (pkg: KallelsePackage) => {
  for (const [i, item] of minimalItems(pkg).entries()) item.number = i + 1;
};
const stampOf = (file: string) =>
  wordBoxes(file).map((p) =>
    p.words
      .filter((w) => w.yMax < 26)
      .map((w) => w.text)
      .join(' '),
  );
const watermarkShare = (file: string, page: number) => shareOfPixels(grayImage(file, page, 36), [226, 230], 36);

describe('render options and edge cases', () => {
  it('exports the minimal sample: kallelse, extract and tjänsteskrivelse, numbered `Sida n av N` on request', async () => {
    const { result, file, texts } = await render(samplePackage('minimal'), {}, { pageNumberStyle: 'sida-n-av-N' });
    expect(result.pageCount).toBe(3);
    expect(stampOf(file)).toEqual(['Sida 1 av 3', 'Sida 2 av 3', 'Sida 3 av 3']);
    expect(texts[0]).toContain('KALLELSE 1(1)');
    expect(texts[0]).toContain('Tid: 2024-03-20 kl: 13:00-15:00 Plats: Exempelhuset, sal 1');
    expect(texts[0]).toMatch(/4 Exempelbidrag till föreningslivet 2024 2 ?- ?3/);
    expect(texts[1]).toContain('Presidium - Exempelnämnden §§ 10-14');
    expect(texts[2]).toContain('TJÄNSTESKRIVELSE 1(1) 2024-02-28 EXR 2024/17');
    expect(texts[2]).toContain('EXEMPELFÖRVALTNINGEN');
    expect(texts[2]).toContain(
      'åtgärden bidrar till målet om en aktiv fritid för alla.'.replace('åtgärden', 'Åtgärden'),
    );
    expect(result.warnings).toHaveLength(2); // the application named in Beslutsunderlag is not attached
  });

  it('prints no UTKAST once the meeting is fastställd', async () => {
    const pkg = samplePackage('minimal');
    pkg.meeting.status = 'faststalld';
    const { file } = await render(pkg);
    for (const page of [1, 2, 3]) expect(watermarkShare(file, page)).toBeLessThan(0.006);
    const draft = await render(samplePackage('minimal'));
    for (const page of [1, 2, 3]) expect(watermarkShare(draft.file, page)).toBeGreaterThan(0.012);
  });

  it('prints the agenda column as set: dnr, pages, both or none', async () => {
    const line = async (column: 'dnr' | 'pages' | 'both' | 'none') => {
      const pkg = samplePackage('minimal');
      pkg.meeting.agendaColumn = column;
      const { layout } = await render(pkg);
      const lines = layout[0]!.split('\n');
      return [
        lines.find((l) => /^\s*4 Exempelbidrag/.test(l))!.trim(),
        lines.find((l) => /^\s*5 Sammanträdesplan/.test(l))!.trim(),
      ];
    };
    expect(await line('pages')).toEqual([
      expect.stringMatching(/2024\s+2 ?- ?3$/),
      'Sammanträdesplan 2025'.replace(/^/, '5 '),
    ]);
    expect(await line('dnr')).toEqual([
      expect.stringMatching(/^4 Exempelbidrag till föreningslivet 2024\s+2024\/17$/),
      expect.stringMatching(/^5 Sammanträdesplan 2025\s+2024\/23$/),
    ]);
    expect(await line('both')).toEqual([
      expect.stringMatching(/2024\s+2024\/17\s+2 ?- ?3$/),
      expect.stringMatching(/2025\s+2024\/23$/),
    ]);
    expect(await line('none')).toEqual(['4 Exempelbidrag till föreningslivet 2024', '5 Sammanträdesplan 2025']);
  });

  it('wraps a long title in its column and prints the pages after its last line', async () => {
    const pkg = samplePackage('minimal');
    minimalItems(pkg)[3]!.title =
      'Exempelbidrag till föreningslivet 2024 för öppen verksamhet för barn och unga i Exempelstad, Exempelby och Påhittsta, med särskild inriktning på lovaktiviteter och ledarutbildning';
    const { layout } = await render(pkg);
    const lines = layout[0]!.split('\n');
    const start = lines.findIndex((l) => /^\s*4 Exempelbidrag/.test(l));
    const end = lines.findIndex((l) => l.includes('ledarutbildning'));
    expect(end - start).toBeGreaterThanOrEqual(2); // three lines or more
    expect(lines[end]).toMatch(/ledarutbildning\s+2 ?- ?3$/);
    for (const l of lines.slice(start, end)) expect(l).not.toMatch(/\s2 ?- ?3$/);
    // Wrapped lines stay in the title column, indented past the number.
    expect(lines[start + 1]!.search(/\S/)).toBeGreaterThan(lines[start]!.search(/\S/));
  });

  it('keeps agenda page ranges right when the kallelse runs over several pages and numbers reach three digits', async () => {
    const pkg = samplePackage('minimal');
    const files: Record<string, Uint8Array> = {};
    const items = Array.from({ length: 64 }, (_, i) => {
      const name = `bilagor-test/b${i + 1}.pdf`;
      return { i, name };
    });
    for (const { i, name } of items) files[name] = await numberedPdf(`Bilaga ${i + 1}`, 2);
    pkg.meeting.agendaColumn = 'pages';
    pkg.meeting.sections[2]!.items = items.map(({ i, name }) => ({
      title: `Beslutsärende nummer ${i + 1} med en rubrik som är lagom lång`,
      kind: 'beslut' as const,
      documents: [{ type: 'pdf' as const, title: `Bilaga ${i + 1}`, file: { path: name } }],
    }));
    renumber(pkg);
    const { result, texts, layout, file } = await render(pkg, files);
    expect(result.kallelsePages).toBeGreaterThanOrEqual(2);
    expect(result.pageCount).toBe(result.kallelsePages + 64 * 2);
    // Continuation pages repeat committee and Tid, not Plats, nor the section heading.
    for (let k = 1; k < result.kallelsePages; k++) {
      expect(texts[k]).toContain(
        `KALLELSE ${k + 1}(${result.kallelsePages}) Exempelnämnden Tid: 2024-03-20 kl: 13:00-15:00`,
      );
      expect(texts[k]).not.toContain('Plats:');
      expect(texts[k]).not.toContain('Beslutsärenden för nämnden');
    }
    // Every printed range equals where that bilaga's pages are, found by their text.
    const kallelseLines = layout.slice(0, result.kallelsePages).join('\n').split('\n');
    for (let n = 1; n <= 64; n++) {
      const first = texts.findIndex((t) => t.includes(`Bilaga ${n} sida 1 av 2`)) + 1;
      const second = texts.findIndex((t) => t.includes(`Bilaga ${n} sida 2 av 2`)) + 1;
      expect(second).toBe(first + 1);
      const number = n + 3; // three items precede them
      const line = kallelseLines.find((l) => new RegExp(`^\\s*${number} Beslutsärende nummer ${n} `).test(l))!;
      expect(line, `ärende ${number}`).toMatch(new RegExp(`\\s${first} ?- ?${second}$`));
    }
    expect(stampOf(file).at(-1)).toBe(String(result.pageCount));
  });

  it('gives a long tjänsteskrivelse its later-page header and repeats a table header on every page', async () => {
    const pkg = samplePackage('minimal');
    const ts = minimalItems(pkg)[3]!.documents![1]!;
    if (ts.type !== 'tjansteskrivelse') throw new Error('no ts');
    const rows = Array.from({ length: 70 }, (_, i) => `| Mätpunkt ${i + 1} | ${(i + 1) * 1000} kr | 98,04% |`).join(
      '\n',
    );
    ts.informationIArendet = `${'Föreningen redovisar sin verksamhet. '.repeat(40)}\n\n| Mätetal | Belopp | Andel |\n|---|---|---|\n${rows}`;
    const { texts, result } = await render(pkg);
    const tsPages = texts.slice(2);
    const m = tsPages.length;
    expect(m).toBeGreaterThanOrEqual(3);
    expect(result.pageCount).toBe(2 + m);
    expect(tsPages[0]).toContain(`TJÄNSTESKRIVELSE 1(${m}) 2024-02-28 EXR 2024/17`);
    tsPages.slice(1).forEach((t, k) => {
      expect(t).toContain(`TJÄNSTESKRIVELSE ${k + 2}(${m}) EXR 2024/17`);
      expect(t).not.toContain('2024-02-28 EXR');
    });
    const withRows = tsPages.filter((t) => /Mätpunkt \d+/.test(t));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const t of withRows) expect(t).toContain('Mätetal Belopp Andel');
    expect(tsPages.join(' ')).toContain('70000 kr');
    const all = tsPages.join(' ');
    for (let i = 1; i <= 70; i++) expect(all).toContain(`Mätpunkt ${i} `);
  });

  it('breaks a paragraph across pages instead of moving it whole', async () => {
    const pkg = samplePackage('minimal');
    const ts = minimalItems(pkg)[3]!.documents![1]!;
    if (ts.type !== 'tjansteskrivelse') throw new Error('no ts');
    const sentences = (word: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${word} ${i + 1} om verksamheten.`).join(' ');
    // About 16 lines, then about 39: the second fits on a page, but not in what is left of the first.
    ts.informationIArendet = `${sentences('Första', 50)}\n\n${sentences('Andra', 120)}`;
    const { texts } = await render(pkg);
    const tsPages = texts.slice(2);
    expect(tsPages.length).toBeGreaterThanOrEqual(2);
    expect(tsPages[0]).toContain('Information i ärendet Första 1 om verksamheten.');
    expect(tsPages[0]).toContain('Andra 1 om verksamheten.');
    expect(tsPages[1]).toContain('Andra 120 om verksamheten.');
    const numbers = tsPages
      .join(' ')
      .match(/Andra (\d+) om/g)!
      .map((m) => Number(m.split(' ')[1]));
    expect(numbers).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });

  it('repeats the delegation table header and the footer dnr on every page of a long compilation', async () => {
    const pkg = samplePackage('minimal');
    minimalItems(pkg)[0]!.documents = [
      {
        type: 'delegationsbeslut',
        dnr: 'EXR 2024/2',
        rows: Array.from({ length: 90 }, (_, i) => ({
          arendetyp: 'EXN 4.2.1',
          rubrik: `Avtal med Exempelföretag nummer ${i + 1} om konsulttjänster`,
          dnr: `Avtal 24/${i + 1}`,
          beslutsdatum: '2024-02-01',
          delegat: 'Ingrid Påhittad',
        })),
      },
    ];
    const { texts, result } = await render(pkg);
    const pages = texts.filter((t) => t.includes('Avtal med Exempelföretag'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const t of pages) {
      expect(t).toContain('Ärendetyp Ärenderubrik Diarienummer Beslutsdatum Beslutsdelegat');
      expect(t).toMatch(/EXR 2024\/2$/);
    }
    const order = pages
      .join(' ')
      .match(/nummer (\d+) om/g)!
      .map((s) => Number(s.split(' ')[1]));
    expect(order).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
    expect(result.documents[0]).toMatchObject({ type: 'delegationsbeslut', firstPage: 2, lastPage: 1 + pages.length });
  });

  it('keeps imported pages’ size, crop box and rotation, and stamps them upright in their visual top-right corner', async () => {
    const pkg = samplePackage('minimal');
    const source = await rotatedLandscapePdf();
    minimalItems(pkg)[4]!.documents = [{ type: 'pdf', title: 'Roterad bilaga', file: { path: 'rot.pdf' } }];
    const { file, result, texts } = await render(pkg, { 'rot.pdf': source });
    expect(result.pageCount).toBe(6);
    const out = qpdfJson(file);
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const sourceFile = path.join(temp.dir, 'rot.pdf');
    fs.writeFileSync(sourceFile, source);
    const src = qpdfJson(sourceFile);
    const boxes = (json: ReturnType<typeof qpdfJson>, index: number) => {
      const page = json.objects[json.pages[index]!.object]!.value!;
      return { media: page['/MediaBox'], crop: page['/CropBox'] ?? null, rotate: page['/Rotate'] ?? 0 };
    };
    for (let i = 0; i < 3; i++) expect(boxes(out, 3 + i)).toEqual(boxes(src, i));
    expect(texts[3]).toContain('Liggande sida A ett');
    expect(texts[4]).toContain('Roterad sida B nittio');
    expect(texts[5]).toContain('Beskuren sida C tvahundrasjuttio');
    // As displayed: landscape pages, with dark pixels (the number) in the top-right corner.
    for (const page of [4, 5, 6]) {
      const img = grayImage(file, page, 72);
      expect(img.width).toBeGreaterThan(img.height);
      const corner = { x: img.width - 70, y: 8, w: 20, h: 18 };
      expect(shareOfPixels(img, [0, 160], 72, corner), `sida ${page}`).toBeGreaterThan(0.02);
      expect(shareOfPixels(img, [0, 160], 72, { x: 8, y: 8, w: 60, h: 18 })).toBe(0);
    }
    expect(flat(pageTexts(file, { first: 6, last: 6 })[0]!)).toContain('6');
  });

  it('prints the organisation’s logo top left on generated pages; a broken logo is refused at load, and the engine falls back to the name', async () => {
    const pkg = samplePackage('minimal');
    pkg.organisation.logo = { path: 'logo.png' };
    const { file, result } = await render(pkg, { 'logo.png': solidPng(300, 80) });
    expect(result.warnings).toHaveLength(2); // only the two about the missing application
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(images.map((l) => Number(l.trim().split(/\s+/)[0]))).toEqual([1, 2, 3]);
    expect(images.every((l) => /\s300\s+80\s/.test(l))).toBe(true);
    const topLeft = pageTexts(file, { crop: { x: 0, y: 26, w: 300, h: 40 } }).map(flat);
    expect(topLeft).toEqual(['', '', '']);
    const img = grayImage(file, 1, 72);
    expect(shareOfPixels(img, [0, 100], 72, { x: 72, y: 26, w: 140, h: 34 })).toBeGreaterThan(0.9);

    const broken = samplePackage('minimal');
    broken.organisation.logo = { path: 'logo.png' };
    const notAnImage = new TextEncoder().encode('ingen bild');
    await expect(render(broken, { 'logo.png': notAnImage })).rejects.toThrow(/Logotypen ”logo\.png”.*PNG- eller JPEG/);
    const direct = await renderKallelse(
      { pkg: broken, readFile: async () => notAnImage },
      { creationDate: new Date('2024-03-01T10:00:00Z') },
    );
    expect(direct.warnings.at(-1)).toBe(
      'Logotypen logo.png är varken PNG eller JPEG; organisationens namn skrivs i stället.',
    );
    const fallbackFile = path.join(makeTempDir().dir, 'fallback.pdf');
    fs.writeFileSync(fallbackFile, direct.bytes);
    expect(pageTexts(fallbackFile).map(flat)[0]).toMatch(/^1 Exempelregionen KALLELSE 1\(1\)/);
  });

  it('is reproducible: the same package and date give the same bytes', async () => {
    const a = await render(samplePackage('minimal'));
    const b = await render(samplePackage('minimal'));
    expect(Buffer.from(a.result.bytes).equals(Buffer.from(b.result.bytes))).toBe(true);
  });

  it('names the item and file when an imported PDF is missing, corrupt or encrypted', async () => {
    const attach = (pkg: KallelsePackage, file: string) => {
      minimalItems(pkg)[4]!.documents = [{ type: 'pdf', title: 'Sammanträdesplan', file: { path: file } }];
      return pkg;
    };
    const failure = async (pkg: KallelsePackage, files: Record<string, Uint8Array> = {}) => {
      try {
        await render(pkg, files);
      } catch (error) {
        return error as AppError;
      }
      throw new Error('ingen AppError');
    };
    const missing = await failure(attach(samplePackage('minimal'), 'saknas.pdf'));
    expect(missing).toBeInstanceOf(AppError);
    expect(missing.code).toBe('BAD_PACKAGE');
    expect(missing.message).toMatch(/”saknas\.pdf”.*ärende 5/);

    const corrupt = await failure(attach(samplePackage('minimal'), 'trasig.pdf'), {
      'trasig.pdf': new TextEncoder().encode('%PDF-1.7\nnot really a pdf'),
    });
    expect(corrupt.code).toBe('BAD_PDF');
    expect(corrupt.message).toMatch(/”trasig\.pdf”.*ärende 5/);

    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const plain = path.join(temp.dir, 'plain.pdf');
    const locked = path.join(temp.dir, 'locked.pdf');
    fs.writeFileSync(plain, await numberedPdf('Hemlig', 1));
    execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', plain, locked]);
    const encrypted = await failure(attach(samplePackage('minimal'), 'locked.pdf'), {
      'locked.pdf': fs.readFileSync(locked),
    });
    expect(encrypted.code).toBe('BAD_PDF');
    expect(encrypted.message).toMatch(/”locked\.pdf”.*ärende 5.*lösenord/);
  });
});
