import { ParseSpeeds, PDFDocument, type PDFPage } from 'pdf-lib';
import type { PlannedDocument } from '../../shared/document/packagePlan';
import { AppError } from '../../shared/ipc/result';
import type { ImportedPdf, LoadedPackage } from '../../shared/package/model';
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

/** Reads and parses one imported PDF; AppError naming item and file when it cannot be used. */
export async function loadImported(
  loaded: LoadedPackage,
  planned: PlannedDocument,
  doc: ImportedPdf,
): Promise<ImportedSource> {
  let bytes: Uint8Array;
  try {
    bytes = await loaded.readFile(doc.file);
  } catch (error) {
    if (error instanceof AppError) {
      throw new AppError(error.code, `${where(planned, doc)} kunde inte läsas: ${error.message}`, doc.file.path);
    }
    throw new AppError('IO', `${where(planned, doc)} kunde inte läsas. Kontrollera att filen finns.`, doc.file.path);
  }
  const unreadable = () =>
    new AppError(
      'BAD_PDF',
      `${where(planned, doc)} är ingen läsbar PDF-fil. Öppna den i en PDF-läsare, spara om den och bifoga den igen.`,
      doc.file.path,
    );
  let pdf: PDFDocument;
  try {
    // Encryption is checked after loading (pdf-lib's own error class fails instanceof checks).
    pdf = await PDFDocument.load(bytes, { ...fastLoad, ignoreEncryption: true });
  } catch {
    throw unreadable();
  }
  if (pdf.isEncrypted) {
    throw new AppError(
      'BAD_PDF',
      `${where(planned, doc)} är lösenordsskyddad eller krypterad och kan inte fogas in. Spara en oskyddad kopia och bifoga den i stället.`,
      doc.file.path,
    );
  }
  let pageCount: number;
  try {
    pageCount = pdf.getPageCount(); // throws on a file without a usable page tree
  } catch {
    throw unreadable();
  }
  if (pageCount === 0) {
    throw new AppError('BAD_PDF', `${where(planned, doc)} har inga sidor. Bifoga rätt fil.`, doc.file.path);
  }
  let removed: RemovedContent;
  try {
    removed = sanitizeImported(pdf);
  } catch {
    throw unreadable(); // never merge a file whose active content could not be stripped
  }
  return { doc: pdf, pageCount, removed };
}

/** The generated pages as a pdf-lib document to assemble the package in. */
export function loadGenerated(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, fastLoad);
}

/**
 * Inserts the imported documents' pages into the generated document at their package
 * positions. `order` lists the package's parts in order: 'generated' parts are already in
 * `base` (in the same order), imported parts are copied in. Returns all pages in package order.
 */
export async function assemble(
  base: PDFDocument,
  order: ({ kind: 'generated'; pageCount: number } | { kind: 'imported'; source: ImportedSource })[],
): Promise<PDFPage[]> {
  let index = 0;
  for (const part of order) {
    if (part.kind === 'generated') {
      index += part.pageCount;
      continue;
    }
    // One call per part: a file attached twice is copied twice, as a page can sit in the tree once.
    const pages = await base.copyPages(part.source.doc, part.source.doc.getPageIndices());
    relinkCopiedPages(pages);
    for (const page of pages) base.insertPage(index++, page);
  }
  return base.getPages();
}
