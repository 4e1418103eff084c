import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { Db } from '../db/database';
import type { ContentStore } from '../files/ContentStore';
import { checkPdf } from '../files/inspect';
import { formatBytes } from '../package/limits';
import { insertFile } from '../repos/documents';

/**
 * How a bilaga's file comes in (DocumentService: attach from the dialog or a drop, replace):
 * read with the size limit checked first, checked like a package import's PDFs (in the
 * bounded worker), stored by sha256 with its `files` row. Nothing here writes a document row.
 */

/** A file that passed the checks, ready to store. */
export interface CheckedPdf {
  name: string;
  bytes: Uint8Array;
  pageCount: number;
  title: string | null;
}

/** A file name that travels well inside a package: its base name, no control or path characters, ending in .pdf. */
export function safeFileName(name: string): string {
  const base = name.replaceAll('\\', '/').split('/').pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const cleaned = base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').trim() || 'bilaga.pdf';
  const withExt = /\.pdf$/i.test(cleaned) ? cleaned : `${cleaned}.pdf`;
  return withExt.length > 120 ? `${withExt.slice(0, 116)}.pdf` : withExt;
}

/** The title a new bilaga gets: the PDF's own title, else its file name without extension. */
export const titleFor = (pdf: { name: string; title: string | null }) =>
  pdf.title ??
  (safeFileName(pdf.name)
    .replace(/\.pdf$/i, '')
    .replaceAll('_', ' ')
    .trim() ||
    'Bilaga');

const tooLarge = (name: string, size: number, max: number) =>
  new AppError(
    'TOO_LARGE',
    `Filen ”${name}” är ${formatBytes(size)}; en bilaga får vara högst ${formatBytes(max)}. Dela upp eller komprimera den.`,
    name,
  );

/** Every file through the package import's checks; the first refusal names its file and nothing is stored. */
export async function checkAll(files: { name: string; bytes: Uint8Array }[], max: number): Promise<CheckedPdf[]> {
  const out: CheckedPdf[] = [];
  for (const f of files) {
    const name = path.basename(f.name.replaceAll('\\', '/'));
    if (f.bytes.byteLength > max) throw tooLarge(name, f.bytes.byteLength, max);
    const check = await checkPdf(f.bytes);
    if (!check.ok) throw new AppError('BAD_PDF', `Filen ”${name}” ${check.problem}. Ingen fil bifogades.`, name);
    out.push({ name, bytes: f.bytes, pageCount: check.facts.pageCount, title: check.facts.title });
  }
  return out;
}

/** Stores a checked file and its `files` row; returns its sha256. */
export function storeChecked(db: Db, store: ContentStore, c: CheckedPdf, now: string): { sha256: string } {
  const { sha256 } = store.put(c.bytes, 'application/pdf');
  insertFile(
    db,
    { sha256, byteSize: c.bytes.byteLength, mediaType: 'application/pdf', pageCount: c.pageCount, pdfTitle: c.title },
    now,
  );
  return { sha256 };
}

/** A path the user picked in main's dialog, read with the size limit checked first. */
export function readChosen(p: string, max: number): Uint8Array {
  const name = path.basename(p);
  let size: number;
  try {
    const stat = fs.statSync(p);
    if (!stat.isFile()) throw new Error('ingen vanlig fil');
    size = stat.size;
  } catch (error) {
    throw new AppError('IO', `Filen ”${name}” kunde inte läsas (${(error as Error).message}).`, name);
  }
  if (size > max) throw tooLarge(name, size, max);
  return new Uint8Array(fs.readFileSync(p));
}
