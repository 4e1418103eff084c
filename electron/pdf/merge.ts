import { ParseSpeeds, PDFDocument, type PDFPage } from 'pdf-lib';
import type { PlannedDocument } from '../../shared/document/packagePlan';
import { AppError } from '../../shared/ipc/result';
import type { ImportedPdf, LoadedPackage } from '../../shared/package/model';
import { setPageOrder } from './pageTree';
import { type RemovedContent, relinkCopiedPages, sanitizeImported } from './sanitize';

/**
 * Imported PDFs (bilagor) are read once, parsed once with pdf-lib and copied page for page —
 * all pages of a file in one copyPages call, so fonts and images shared by its pages are
 * copied once. Pages keep their MediaBox, CropBox, Rotate and content unchanged; the copy
 * moves inherited attributes onto each page. Active content is stripped first (sanitize.ts).
 */
export interface ImportedSource {
  doc: PDFDocument;
  pageCount: number;
  /** Active content stripped from the file before its pages are copied (sanitize.ts). */
  removed: RemovedContent;
}

const fastLoad = { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest } as const;

function where(planned: PlannedDocument, doc: ImportedPdf): string {
  return `Bilagan ”${doc.title}” (${doc.file.path}) i ärende ${planned.itemNumber}`;
}

/** Reads one imported PDF's bytes; AppError naming item and file when it cannot be read. */
export async function readImported(
  loaded: LoadedPackage,
  planned: PlannedDocument,
  doc: ImportedPdf,
): Promise<Uint8Array> {
  try {
    return await loaded.readFile(doc.file);
  } catch (error) {
    if (error instanceof AppError) {
      throw new AppError(error.code, `${where(planned, doc)} kunde inte läsas: ${error.message}`, doc.file.path);
    }
    throw new AppError('IO', `${where(planned, doc)} kunde inte läsas. Kontrollera att filen finns.`, doc.file.path);
  }
}

type ParseFailure = 'unreadable' | 'encrypted' | 'empty';

/** Parses and sanitises one PDF; `fail` makes the error for what went wrong. */
async function parseSource(bytes: Uint8Array, fail: (why: ParseFailure) => Error): Promise<ImportedSource> {
  let pdf: PDFDocument;
  try {
    // Encryption is checked after loading (pdf-lib's own error class fails instanceof checks).
    pdf = await PDFDocument.load(bytes, { ...fastLoad, ignoreEncryption: true });
  } catch {
    throw fail('unreadable');
  }
  if (pdf.isEncrypted) throw fail('encrypted');
  let pageCount: number;
  try {
    pageCount = pdf.getPageCount(); // throws on a file without a usable page tree
  } catch {
    throw fail('unreadable');
  }
  if (pageCount === 0) throw fail('empty');
  let removed: RemovedContent;
  try {
    removed = sanitizeImported(pdf);
  } catch {
    throw fail('unreadable'); // never merge a file whose active content could not be stripped
  }
  return { doc: pdf, pageCount, removed };
}

/** Parses one imported PDF; AppError naming item and file when it cannot be used. */
export function parseImported(bytes: Uint8Array, planned: PlannedDocument, doc: ImportedPdf): Promise<ImportedSource> {
  return parseSource(bytes, (why) =>
    why === 'encrypted'
      ? new AppError(
          'BAD_PDF',
          `${where(planned, doc)} är lösenordsskyddad eller krypterad och kan inte fogas in. Spara en oskyddad kopia och bifoga den i stället.`,
          doc.file.path,
        )
      : why === 'empty'
        ? new AppError('BAD_PDF', `${where(planned, doc)} har inga sidor. Bifoga rätt fil.`, doc.file.path)
        : new AppError(
            'BAD_PDF',
            `${where(planned, doc)} är ingen läsbar PDF-fil. Öppna den i en PDF-läsare, spara om den och bifoga den igen.`,
            doc.file.path,
          ),
  );
}

/**
 * Parses a PDF the bounded inspection worker has already accepted, ahead of the render (the
 * command line does this while the worker checks the next file). Never call it on unchecked
 * bytes: the worker's limits are what make parsing here safe. A failure here is not reported;
 * the render then parses again and names the item and file.
 */
export function parseAccepted(bytes: Uint8Array): Promise<ImportedSource> {
  return parseSource(bytes, (why) => new AppError('BAD_PDF', `PDF-filen kunde inte läsas (${why}).`));
}

/** Reads and parses one imported PDF. */
export async function loadImported(
  loaded: LoadedPackage,
  planned: PlannedDocument,
  doc: ImportedPdf,
): Promise<ImportedSource> {
  return parseImported(await readImported(loaded, planned, doc), planned, doc);
}

/** The generated pages as a pdf-lib document to assemble the package in. */
export function loadGenerated(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, fastLoad);
}

/** A part of the package: pages already in the base document, or pages to copy in from another document. */
export type AssemblyPart =
  | { kind: 'generated'; pageCount: number }
  | { kind: 'copied'; doc: PDFDocument; indices: number[]; relink?: boolean };

/**
 * Inserts pages of other documents (bilagor, generated documents painted by an earlier render)
 * into the base document at their package positions. `order` lists the package's parts in
 * order: 'generated' parts are already in `base` (in the same order), 'copied' parts are copied
 * in. Returns all pages in package order.
 */
export async function assemble(
  base: PDFDocument,
  order: AssemblyPart[],
  /** Runs after each copied part (progress, a yield for a cancel); may throw to stop. */
  afterPart: () => Promise<void> = async () => {},
): Promise<PDFPage[]> {
  // Parts from the same document with distinct pages are copied in one call, so the fonts and
  // images their pages share are copied once (a painted chunk holds many documents). A page
  // wanted twice (a file attached twice) is copied again, as a page can sit in the tree once.
  const wanted = new Map<PDFDocument, number[]>();
  for (const part of order)
    if (part.kind === 'copied') wanted.set(part.doc, [...(wanted.get(part.doc) ?? []), ...part.indices]);
  const copies = new Map<PDFDocument, Map<number, PDFPage>>();
  for (const [doc, indices] of wanted) {
    const unique = [...new Set(indices)];
    const pages = await base.copyPages(doc, unique);
    copies.set(doc, new Map(unique.map((index, i) => [index, pages[i]!])));
  }
  // Every page in package order; the page tree gets them in one pass (pageTree.ts).
  const generated = base.getPages();
  let nextGenerated = 0;
  const all: PDFPage[] = [];
  for (const part of order) {
    if (part.kind === 'generated') {
      all.push(...generated.slice(nextGenerated, nextGenerated + part.pageCount));
      nextGenerated += part.pageCount;
      continue;
    }
    const copied = copies.get(part.doc)!;
    const pages: PDFPage[] = [];
    for (const i of part.indices) {
      let page = copied.get(i);
      if (page) copied.delete(i);
      else [page] = await base.copyPages(part.doc, [i]);
      pages.push(page!);
    }
    all.push(...pages);
    // A bilaga's internal links point at its page indexes (sanitize.ts): at the copied pages again.
    if (part.relink) relinkCopiedPages(pages);
    await afterPart();
  }
  if (nextGenerated !== generated.length) {
    throw new AppError('INTERNAL', `${generated.length} genererade sidor men ${nextGenerated} i sammanfogningen.`);
  }
  if (!setPageOrder(base, all)) {
    // A tree this module cannot set in one pass: page by page, as pdf-lib inserts them.
    const own = new Set(generated);
    all.forEach((page, index) => {
      if (!own.has(page)) base.insertPage(index, page);
    });
  }
  return base.getPages();
}
