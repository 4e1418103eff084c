import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPackage } from '../../../electron/package/load';
import { overflowRefusal } from '../../../electron/pdf/core';
import { paginate } from '../../../electron/pdf/layout/paginate';
import { LayoutOverflow } from '../../../electron/pdf/layout/slice';
import { renderDocuments } from '../../../electron/pdf/renderDocument';
import { renderKallelse } from '../../../electron/pdf/renderKallelse';
import type { Block, DocModel, Inline } from '../../../shared/document/docModel';
import { readJson, sampleDir, writePackage } from '../../helpers/packages';
import { pageTexts } from '../../helpers/poppler';
import type { Json } from '../../helpers/refusals';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * Issue 16, "limits that agree": layout never drops text. A block taller than a page used to
 * run off its bottom (an agenda row, a table cell holding a table), a table header taller than
 * a page was repeated on every new page until the process ran out of memory, and a value wider
 * than its column (a 100-character dnr in the agenda or the page header) ran off the edge of
 * the page. Every case is read back with pdftotext: the last word must be there.
 */
const temp = makeTempDir();
afterAll(() => temp.cleanup());

const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`).join(' ');
const t = (s: string): Inline => [{ text: s }];
const p = (s: string): Block => ({ type: 'paragraph', text: t(s) });
/** Printed text without whitespace, so a word cut between characters (a long dnr) still matches. */
const squeezed = (file: string) => pageTexts(file).join('').replace(/\s+/g, '');
/** The words that pdftotext reads from the file. */
const printedWords = (file: string) => new Set(pageTexts(file).join(' ').split(/\s+/));
/** Every one of `n` numbered words is printed. */
function expectAll(printed: Set<string>, n: number, prefix: string) {
  const missing = Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`).filter((w) => !printed.has(w));
  expect(missing, `words ${prefix}… not printed`).toEqual([]);
}

async function printed(blocks: Block[], header: string[] = ['TJÄNSTESKRIVELSE {n}({m})'], footer?: string[]) {
  const model: DocModel = {
    schemaVersion: 1,
    kind: 'tjansteskrivelse',
    title: 'Prov',
    template: { sender: 'Avsändare', headerFirst: header, headerRest: header, ...(footer ? { footer } : {}) },
    blocks,
  };
  const { bytes, pageCount } = await renderDocuments([model], {
    title: 'Prov',
    author: 'Test',
    subject: '',
    keywords: [],
    creator: 'Test',
  });
  const file = path.join(temp.dir, `doc-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return { text: squeezed(file), words: printedWords(file), pageCount };
}

const table = (header: Inline[] | null, rows: Block[][][], widths = [1, 1]): Block => ({
  type: 'table',
  columns: widths.map((width) => ({ width })),
  header,
  repeatHeader: true,
  rows,
});

describe('a block taller than a page splits across pages, nothing lost', () => {
  it('a 1,500-word paragraph', async () => {
    const { words: out, pageCount } = await printed([p(words(1500, 'ord'))]);
    expectAll(out, 1500, 'ord');
    expect(pageCount).toBeGreaterThan(2);
  });

  it('a table header of 1,500 words (was repeated on every new page until out of memory)', async () => {
    const { words: out } = await printed([table([t(words(1500, 'h')), t('B')], [[[p('rad1')], [p('rad2')]]])]);
    expectAll(out, 1500, 'h');
    expectAll(out, 2, 'rad');
  });

  it('a table row with two huge cells, and a table inside a table cell', async () => {
    const huge = table([t('A'), t('B')], [[[p(words(1500, 'a'))], [p(words(1500, 'b'))]]], [1, 3]);
    const nested = table(null, [[[table(null, [[[p(words(1500, 'n'))]]], [1])]]], [1]);
    const { words: out } = await printed([huge, nested]);
    for (const prefix of ['a', 'b', 'n']) expectAll(out, 1500, prefix);
  });

  it('a 500-item list and a list item of 1,500 words', async () => {
    const items = Array.from({ length: 500 }, (_, i) => [p(`punkt${i + 1}`)]);
    const { words: out } = await printed([
      { type: 'list', style: 'numbered', items },
      { type: 'list', style: 'bullet', items: [[p(words(1500, 'l'))]] },
    ]);
    expectAll(out, 500, 'punkt');
    expectAll(out, 1500, 'l');
  });

  it('a heading of 1,500 words and side-by-side columns taller than a page', async () => {
    const { words: out } = await printed([
      { type: 'heading', level: 1, text: t(words(1500, 'r')) },
      { type: 'columns', keepTogether: true, columns: [[p(words(1500, 'c'))], [p(words(1500, 'd'))]] },
    ]);
    for (const prefix of ['r', 'c', 'd']) expectAll(out, 1500, prefix);
  });

  it('an agenda item of 1,500 words, and a 100-character dnr in its narrow column', async () => {
    const dnr = `${'D'.repeat(99)}Z`;
    const { text, words: out } = await printed([
      {
        type: 'agenda',
        rightColumns: ['dnr', 'pages'],
        rows: [
          { kind: 'item', number: 7, title: words(1500, 'g'), right: ['KS 2022/1', '9 - 25'], anchor: 'a' },
          { kind: 'item', number: 8, title: `${'W'.repeat(480)} SLUT`, right: [dnr, '26 - 27'], anchor: 'b' },
        ],
      },
    ]);
    expectAll(out, 1500, 'g');
    for (const end of ['SLUT', dnr, '26-27']) expect(text).toContain(end);
  });

  it('a 100-character dnr in the page header and the footer is printed smaller, not off the page', async () => {
    const dnr = `${'W'.repeat(99)}Z`;
    const { text } = await printed([p('brödtext')], ['TJÄNSTESKRIVELSE {n}({m})', `2024-02-28 ${dnr}`], [dnr]);
    expect(text.split(dnr).length - 1, 'the dnr in the header and in the footer').toBe(2);
  });
});

describe('the builders print what the limits allow in full', () => {
  it('tjänsteskrivelse, protokollsutdrag, delegationsbeslut and the agenda of one package', async () => {
    const json = readJson(path.join(sampleDir('minimal'), 'kallelse.json')) as Json;
    const items = json.meeting.sections.flatMap((s: Json) => s.items);
    const item = items.find((i: Json) => i.number === 4);
    const dnr = `${'W'.repeat(99)}Z`;
    item.title = `${'W'.repeat(490)} SLUTORDET`;
    item.dnr = dnr;
    const utdrag = item.documents.find((d: Json) => d.type === 'protokollsutdrag');
    const skrivelse = item.documents.find((d: Json) => d.type === 'tjansteskrivelse');
    skrivelse.dnr = dnr;
    // A markdown table with a 1,500-word header cell and a row of huge cells, and a 500-item list.
    const header = words(1500, 'rubrik');
    const cells = `| ${words(1500, 'vänster')} | ${words(1500, 'höger')} |`;
    const list = Array.from({ length: 500 }, (_, i) => `- punkt${i + 1}`).join('\n');
    skrivelse.sammanfattning = `| ${header} | B |\n|---|---|\n${cells}\n\n${list}`;
    skrivelse.informationIArendet = words(1500, 'stycke');
    utdrag.sammanfattning = Array.from(
      { length: 20 },
      (_, i) => `${'  '.repeat(i)}- nivå${i + 1} ${words(40, `n${i + 1}x`)}`,
    ).join('\n');
    item.documents.push({
      type: 'delegationsbeslut',
      rows: [{ arendetyp: 'Bidrag', rubrik: words(1500, 'deleg'), dnr, beslutsdatum: '2024-02-01', delegat: 'Chef' }],
    });
    const pkg = writePackage(json);
    try {
      const result = await renderKallelse(await loadPackage(pkg.dir), {
        creationDate: new Date('2024-03-01T10:00:00Z'),
      });
      const file = path.join(temp.dir, 'package.pdf');
      fs.writeFileSync(file, result.bytes);
      const text = squeezed(file);
      const out = printedWords(file);
      expect(text).toContain('SLUTORDET');
      // In the agenda, the utdrag, the tjänsteskrivelse's header and the delegationsbeslut: the dnr in full.
      expect(text.split(dnr).length - 1).toBeGreaterThanOrEqual(4);
      for (const prefix of ['rubrik', 'vänster', 'höger', 'stycke', 'deleg']) expectAll(out, 1500, prefix);
      expectAll(out, 500, 'punkt');
      expectAll(out, 20, 'nivå');
      for (let level = 1; level <= 20; level++) expectAll(out, 40, `n${level}x`);
    } finally {
      pkg.cleanup();
    }
  }, 120_000);
});

describe('what no page can hold is refused, naming the item', () => {
  it('a box with an image taller than a page is a LayoutOverflow, and the refusal names the item', () => {
    const tall = {
      kind: 'box' as const,
      height: 900,
      spaceBefore: 0,
      ops: [{ kind: 'image' as const, x: 0, y: 0, w: 100, h: 900, src: '' }],
    };
    expect(() => paginate([tall], { top: () => 98, bottom: 772 })).toThrow(LayoutOverflow);
    const refusal = overflowRefusal('Ärende 7 ”Budget 2025” (Tjänsteskrivelse 2024-02-28)');
    expect(refusal.code).toBe('VALIDATION');
    expect(refusal.message).toMatch(
      /^Ärende 7 ”Budget 2025” \(Tjänsteskrivelse 2024-02-28\) har ett stycke som inte ryms på en sida/,
    );
  });
});
