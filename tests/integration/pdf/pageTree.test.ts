import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName, PDFPageTree, type PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { type AssemblyPart, assemble, StagedPackage } from '../../../electron/pdf/assemble';
import { setPageOrder } from '../../../electron/pdf/pageTree';
import { makeTempDir } from '../../helpers/tempDir';

/** A page's identity: its width (100 + n points). */
const widths = (doc: PDFDocument) => doc.getPages().map((p) => Math.round(p.getWidth()));

async function withPages(first: number, count: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < count; i++) doc.addPage([100 + first + i, 300]);
  return doc;
}

describe('the package page tree, set in one pass (pageTree.ts)', () => {
  it('places generated and copied pages in package order, duplicates copied again, and reads back the same', async () => {
    const base = await withPages(0, 3); // generated: 100, 101, 102
    const bilaga = await withPages(50, 400); // 150 … 549
    const order: AssemblyPart[] = [
      { kind: 'generated', first: 0, pageCount: 1 },
      { kind: 'copied', doc: bilaga, indices: bilaga.getPageIndices() },
      { kind: 'generated', first: 1, pageCount: 2 },
      { kind: 'copied', doc: bilaga, indices: [0, 399] }, // the same file attached twice
    ];
    const pages = await assemble(base, order);
    const expected = [100, ...Array.from({ length: 400 }, (_, i) => 150 + i), 101, 102, 150, 549];
    expect(pages.map((p) => Math.round(p.getWidth()))).toEqual(expected);
    expect(base.getPageCount()).toBe(expected.length);

    const temp = makeTempDir();
    try {
      const file = path.join(temp.dir, 'assembled.pdf');
      fs.writeFileSync(file, await base.save());
      execFileSync('qpdf', ['--check', file]); // throws on a broken page tree
      expect(widths(await PDFDocument.load(fs.readFileSync(file)))).toEqual(expected);
    } finally {
      temp.cleanup();
    }
  });

  it("the PDF worker's staged assembly (the command line) gives the same order, a file attached twice copied again", async () => {
    const generated = await withPages(0, 3);
    const a = await withPages(50, 4);
    const b = await withPages(70, 2);
    const staged = new StagedPackage();
    staged.keep('a', a); // as the worker accepts them
    staged.keep('b', b);
    await staged.stage(); // before the generated pages exist
    const info = { title: 'T', author: 'A', subject: 'S', keywords: [], creator: 'K', creationDate: new Date(0) };
    const bytes = await staged.finish({
      generated: await generated.save(),
      order: [
        { kind: 'generated', first: 2, pageCount: 1 }, // the front matter, painted last
        { kind: 'kept', key: 'b' },
        { kind: 'kept', key: 'a' },
        { kind: 'generated', first: 0, pageCount: 2 },
        { kind: 'kept', key: 'b' },
      ],
      final: {
        totalPages: 11,
        stampFont: null,
        stamps: [],
        links: [{ page: 1, rect: [0, 0, 10, 10], target: 11 }],
        outline: [],
        info,
      },
    });
    const temp = makeTempDir();
    try {
      const file = path.join(temp.dir, 'staged.pdf');
      fs.writeFileSync(file, bytes);
      execFileSync('qpdf', ['--check', file]);
      expect(widths(await PDFDocument.load(bytes))).toEqual([102, 170, 171, 150, 151, 152, 153, 100, 101, 170, 171]);
    } finally {
      temp.cleanup();
    }
  });

  it('leaves a tree with intermediate nodes alone (their inherited attributes would be lost); assemble then inserts page by page', async () => {
    const base = await withPages(0, 2);
    // Move the root's two leaves under an intermediate node.
    const rootRef = base.catalog.get(PDFName.of('Pages')) as PDFRef;
    const root = base.catalog.Pages();
    const mid = PDFPageTree.withContext(base.context, rootRef);
    const midRef = base.context.register(mid);
    const leaves = base.getPages();
    for (const page of leaves) {
      mid.pushLeafNode(page.ref);
      page.node.setParent(midRef);
    }
    root.set(PDFName.of('Kids'), base.context.obj([midRef]));
    expect(setPageOrder(base, [...leaves].reverse())).toBe(false);
    expect(widths(base)).toEqual([100, 101]);

    const bilaga = await withPages(50, 2);
    const pages = await assemble(base, [
      { kind: 'generated', first: 1, pageCount: 1 }, // the chunk's last page first
      { kind: 'copied', doc: bilaga, indices: [0, 1] },
      { kind: 'generated', first: 0, pageCount: 1 },
    ]);
    expect(pages.map((p) => Math.round(p.getWidth()))).toEqual([101, 150, 151, 100]);
  });

  it('refuses an order that uses a generated page twice or leaves one out (a fault of ours, not the package)', async () => {
    const bilaga = await withPages(50, 1);
    const twice: AssemblyPart[] = [
      { kind: 'generated', first: 0, pageCount: 2 },
      { kind: 'copied', doc: bilaga, indices: [0] },
      { kind: 'generated', first: 1, pageCount: 1 },
    ];
    await expect(assemble(await withPages(0, 2), twice)).rejects.toMatchObject({ code: 'INTERNAL' });
    const short: AssemblyPart[] = [{ kind: 'generated', first: 1, pageCount: 1 }];
    await expect(assemble(await withPages(0, 2), short)).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('Genererad sida 1 av 2'),
    });
  });
});
