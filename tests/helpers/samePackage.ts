import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { pageTexts, type QpdfOutline, qpdfJson } from './poppler';

/** Comparing two packages as a reader sees them (poppler and qpdf only): pages, text, links, outline, pictures. */

interface PageFacts {
  box: string;
  rotate: number;
  links: string[];
}

/** Per page: media box, rotation, and each link as rect → target page (from qpdf's JSON). */
export function pageFacts(file: string): PageFacts[] {
  const { pages, objects } = qpdfJson(file);
  const pageNumberOf = new Map(pages.map((p) => [p.object, p.pageposfrom1]));
  const deref = (v: unknown) =>
    (typeof v === 'string' && / R$/.test(v) ? objects[v]?.value : v) as Record<string, unknown>;
  const round = (xs: unknown) => (xs as number[]).map((n) => Math.round(n * 10) / 10).join(' ');
  return pages.map((p) => {
    const page = objects[p.object]!.value!;
    const annots = (deref(page['/Annots']) as unknown as unknown[] | undefined) ?? [];
    const links = annots
      .map((a) => deref(a))
      .filter((a) => a['/Subtype'] === '/Link')
      .map((a) => `${round(a['/Rect'])} → ${pageNumberOf.get((a['/Dest'] as string[])[0]!)}`);
    return { box: round(page['/MediaBox']), rotate: Number(page['/Rotate'] ?? 0), links };
  });
}

export const outlineOf = (file: string) => {
  const walk = (nodes: QpdfOutline[]): unknown[] =>
    nodes.map((n) => ({ title: n.title, page: n.destpageposfrom1, kids: walk(n.kids) }));
  return walk(qpdfJson(file).outlines);
};

/** Every page as a small grey image (pdftoppm), hashed; equal images mean the pages look the same. */
function pageImages(tempDir: string, file: string): string[] {
  const dir = fs.mkdtempSync(path.join(tempDir, 'img-'));
  execFileSync('pdftoppm', ['-gray', '-r', '12', file, path.join(dir, 'p')]);
  return fs
    .readdirSync(dir)
    .sort()
    .map(
      (f, i) =>
        `${i + 1}: ${createHash('sha256')
          .update(fs.readFileSync(path.join(dir, f)))
          .digest('hex')}`,
    );
}

export function expectSamePackage(tempDir: string, warmFile: string, coldFile: string) {
  const warmText = pageTexts(warmFile);
  const coldText = pageTexts(coldFile);
  expect(warmText.length).toBe(coldText.length);
  expect(warmText).toEqual(coldText);
  expect(pageFacts(warmFile)).toEqual(pageFacts(coldFile));
  expect(outlineOf(warmFile)).toEqual(outlineOf(coldFile));
  const [warmImages, coldImages] = [pageImages(tempDir, warmFile), pageImages(tempDir, coldFile)];
  expect(warmImages.filter((w, i) => w !== coldImages[i])).toEqual([]);
}
