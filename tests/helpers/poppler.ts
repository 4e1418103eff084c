import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Reading PDFs the way a reader would — with poppler and qpdf, never with our own code — so
 * tests check what is really in the file.
 */

const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** Text of each page (`pdftotext`, split on form feeds). `crop` limits it to a region in points. */
export function pageTexts(
  file: string,
  opts: { layout?: boolean; crop?: { x: number; y: number; w: number; h: number }; first?: number; last?: number } = {},
): string[] {
  const args: string[] = [];
  if (opts.layout) args.push('-layout');
  if (opts.crop) {
    // pdftotext crops in pixels at -r; at 72 dpi a pixel is a point.
    args.push(
      '-r',
      '72',
      '-x',
      `${opts.crop.x}`,
      '-y',
      `${opts.crop.y}`,
      '-W',
      `${opts.crop.w}`,
      '-H',
      `${opts.crop.h}`,
    );
  }
  if (opts.first) args.push('-f', String(opts.first));
  if (opts.last) args.push('-l', String(opts.last));
  const pages = run('pdftotext', [...args, file, '-']).split('\f');
  pages.pop(); // text after the last form feed
  return pages;
}

/** White space collapsed, for comparing text regardless of line breaks. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface BBoxPage {
  width: number;
  height: number;
  words: Word[];
}

/** Words with their boxes per page (`pdftotext -bbox`), in the page's displayed orientation. */
export function wordBoxes(file: string): BBoxPage[] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  const pages: BBoxPage[] = [];
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [
      ...m[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: w[5]!.replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"'),
    }));
    pages.push({ width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}

/** `pdfinfo` as a key → value map. */
export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) info[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return info;
}

/** `pdffonts` rows: name, type and whether embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // columns from the right: object ID (2), uni, sub, emb
    return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
  });
}

export interface QpdfOutline {
  title: string;
  destpageposfrom1: number | null;
  kids: QpdfOutline[];
}

/** `qpdf --json` (version 2): the parts tests look at. */
export function qpdfJson(file: string): {
  outlines: QpdfOutline[];
  pages: { object: string; pageposfrom1: number }[];
  objects: Record<string, { value?: Record<string, unknown> }>;
} {
  const json = JSON.parse(
    run('qpdf', ['--json=2', '--json-key=outlines', '--json-key=pages', '--json-key=qpdf', file]),
  );
  const objects: Record<string, { value?: Record<string, unknown> }> = {};
  const qpdf = json.qpdf as [unknown, Record<string, { value?: Record<string, unknown> }>];
  for (const [key, value] of Object.entries(qpdf[1])) objects[key.replace(/^obj:/, '')] = value;
  return { outlines: json.outlines, pages: json.pages, objects };
}

/** One page rendered in grey levels at low resolution (`pdftoppm -gray`, PGM), as displayed. */
export function grayImage(file: string, page: number, dpi = 20): { width: number; height: number; data: Uint8Array } {
  // -cropbox: the visible area, as viewers show it (pdftoppm defaults to the media box).
  const out = execFileSync(
    'pdftoppm',
    ['-gray', '-cropbox', '-r', String(dpi), '-f', String(page), '-l', String(page), file],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  // P5 <width> <height> 255 <data>
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(out.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm gav ingen PGM-bild');
  return {
    width: Number(header[1]),
    height: Number(header[2]),
    data: new Uint8Array(out.subarray(header[0].length)),
  };
}

/** Share of pixels in a grey-level range, optionally within a region (in points). */
export function shareOfPixels(
  img: { width: number; height: number; data: Uint8Array },
  range: [number, number],
  dpi = 20,
  region?: { x: number; y: number; w: number; h: number },
): number {
  const k = dpi / 72;
  const [x0, y0, x1, y1] = region
    ? [region.x * k, region.y * k, (region.x + region.w) * k, (region.y + region.h) * k].map(Math.round)
    : [0, 0, img.width, img.height];
  let hits = 0;
  let total = 0;
  for (let y = y0!; y < y1!; y++) {
    for (let x = x0!; x < x1!; x++) {
      const v = img.data[y * img.width + x]!;
      total++;
      if (v >= range[0] && v <= range[1]) hits++;
    }
  }
  return total === 0 ? 0 : hits / total;
}

export const samplesDir = path.resolve(import.meta.dirname, '../fixtures/samples');
export const readSample = (name: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(samplesDir, name, 'kallelse.json'), 'utf8'));

/** All text of a PDF given as bytes (written to `dir` first). */
export async function pdfText(bytes: Uint8Array, dir: string): Promise<string> {
  const file = path.join(dir, `text-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return pageTexts(file).join('\n');
}
