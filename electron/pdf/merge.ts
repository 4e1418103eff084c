import { PDFDocument } from 'pdf-lib';
import type { PlannedDocument } from '../../shared/document/packagePlan';
import { AppError } from '../../shared/ipc/result';
import type { ImportedPdf, LoadedPackage } from '../../shared/package/model';
import { fastLoad } from './assemble';
import { type RemovedContent, sanitizeImported } from './sanitize';

/**
 * Imported PDFs (bilagor) are read once, parsed once with pdf-lib and copied page for page —
 * all pages of a file in one copyPages call, so fonts and images shared by its pages are
 * copied once. Pages keep their MediaBox, CropBox, Rotate and content unchanged; the copy
 * moves inherited attributes onto each page. Active content is stripped first (sanitize.ts).
 */
export interface ParsedSource {
  doc: PDFDocument;
  pageCount: number;
  /** Active content stripped from the file before its pages are copied (sanitize.ts). */
  removed: RemovedContent;
}

/**
 * A bilaga the bounded PDF worker checked, parsed and cleaned and keeps under `kept` (the
 * command line): it is parsed there only, and its pages are copied there (pdfWorker.ts).
 */
export interface KeptSource {
  kept: string;
  pageCount: number;
}

export type ImportedSource = ParsedSource | KeptSource;

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
async function parseSource(bytes: Uint8Array, fail: (why: ParseFailure) => Error): Promise<ParsedSource> {
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
export function parseImported(bytes: Uint8Array, planned: PlannedDocument, doc: ImportedPdf): Promise<ParsedSource> {
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

/** Reads and parses one imported PDF. */
export async function loadImported(
  loaded: LoadedPackage,
  planned: PlannedDocument,
  doc: ImportedPdf,
): Promise<ParsedSource> {
  return parseImported(await readImported(loaded, planned, doc), planned, doc);
}

/** The generated pages as a pdf-lib document to assemble the package in. */
export function loadGenerated(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, fastLoad);
}
