import { ParseSpeeds, PDFDocument, PDFObjectCopier, PDFPage, type PDFRef } from 'pdf-lib';
// With extensions: the PDF worker (electron/files/pdfWorker.ts) runs this file as plain Node
// type-stripped TypeScript under Vitest.
import { AppError } from '../../shared/ipc/result.ts';
import type { KeptAssembly } from './core.ts';
import {
  addLink,
  type DocumentInfo,
  fontRefOf,
  type OutlineNode,
  type StampText,
  stampPage,
  writeInfo,
  writeOutline,
} from './finalPass.ts';
import { setPageOrder } from './pageTree.ts';
import { relinkCopiedPages } from './sanitize.ts';

/**
 * The last stage of every render: pages of other documents (bilagor, generated documents
 * painted by an earlier render) copied into the document of the generated pages at their
 * package positions, then the final pass. Runs where the bilagor were parsed: on the main
 * thread for the app, in the bounded PDF worker for the command line (pdfWorker.ts), so its
 * input besides the documents is plain data.
 */

/** pdf-lib's load options for documents we made or already checked. */
export const fastLoad = { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest } as const;

/** Save options for a package: no object streams (every reader), a few yields in a large one. */
export const packageSave = { useObjectStreams: false, objectsPerTick: 5000, addDefaultPage: false } as const;

/** What the final pass writes on the assembled package; plain data, so it can go to the worker. */
export interface FinalPass {
  totalPages: number;
  /** Object number of the font embedded for the stamps in the generated pages; null when none is. */
  stampFont: number | null;
  /** The page number stamp of each package page. */
  stamps: StampText[];
  /** Links on package pages (1-based) to package pages. */
  links: { page: number; rect: [number, number, number, number]; target: number }[];
  outline: OutlineNode[];
  info: DocumentInfo;
}

/** Pages of the generated chunk (the base document): `pageCount` of them from index `first`. */
export interface GeneratedPart {
  kind: 'generated';
  first: number;
  pageCount: number;
}

/** A part of the package: pages already in the base document, or pages to copy in from another document. */
export type AssemblyPart = GeneratedPart | { kind: 'copied'; doc: PDFDocument; indices: number[]; relink?: boolean };

/**
 * Inserts pages of other documents (bilagor, generated documents painted by an earlier render)
 * into the base document at their package positions. `order` lists the package's parts in
 * order: 'generated' parts are pages already in `base` (from index `first`), 'copied' parts are copied
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
  const all = await inPackageOrder(order, generated, async (part) => {
    const copied = copies.get(part.doc)!;
    const pages: PDFPage[] = [];
    for (const i of part.indices) {
      let page = copied.get(i);
      if (page) copied.delete(i);
      else [page] = await base.copyPages(part.doc, [i]);
      pages.push(page!);
    }
    // A bilaga's internal links point at its page indexes (sanitize.ts): at the copied pages again.
    if (part.relink) relinkCopiedPages(pages);
    await afterPart();
    return pages;
  });
  if (!setPageOrder(base, all)) {
    // A tree this module cannot set in one pass: page by page, as pdf-lib inserts them. The
    // chunk's own pages first into package order (an export paints its front matter last).
    const own = new Set(generated);
    const ownInOrder = all.filter((page) => own.has(page));
    if (ownInOrder.some((page, i) => page !== generated[i])) {
      for (let i = generated.length - 1; i >= 0; i--) base.removePage(i);
      for (const [i, page] of ownInOrder.entries()) base.insertPage(i, page);
    }
    all.forEach((page, index) => {
      if (!own.has(page)) base.insertPage(index, page);
    });
  }
  return base.getPages();
}

/**
 * Every page of the package in order: a 'generated' part takes its pages of `generated` (the
 * parts together must use each page exactly once), any other part the pages `pagesOf` gives it.
 */
async function inPackageOrder<Part extends { kind: string }>(
  order: readonly (Part | GeneratedPart)[],
  generated: readonly PDFPage[],
  pagesOf: (part: Exclude<Part, GeneratedPart>) => Promise<PDFPage[]>,
): Promise<PDFPage[]> {
  const all: PDFPage[] = [];
  const used = new Uint8Array(generated.length);
  for (const part of order) {
    if (part.kind === 'generated') {
      const { first, pageCount } = part as GeneratedPart;
      for (let i = first; i < first + pageCount; i++) {
        if (i < 0 || i >= generated.length || used[i]) {
          throw new AppError(
            'INTERNAL',
            `Genererad sida ${i + 1} av ${generated.length} saknas eller används två gånger.`,
          );
        }
        used[i] = 1;
        all.push(generated[i]!);
      }
    } else all.push(...(await pagesOf(part as Exclude<Part, GeneratedPart>)));
  }
  const unused = used.indexOf(0);
  if (unused >= 0) {
    throw new AppError('INTERNAL', `Genererad sida ${unused + 1} av ${generated.length} finns inte i sammanfogningen.`);
  }
  return all;
}

/**
 * Assembles the package in `base` (its generated pages already there) and runs the final pass:
 * page number stamps, links, outline and document information.
 */
export async function finishPackage(
  base: PDFDocument,
  order: AssemblyPart[],
  final: FinalPass,
  afterPart?: () => Promise<void>,
): Promise<{ pages: PDFPage[]; stampStreams: PDFRef[]; fontRef: PDFRef | undefined }> {
  const pages = await assemble(base, order, afterPart);
  const fontRef = final.stampFont === null ? undefined : fontRefOf(final.stampFont);
  return { pages, stampStreams: finalPass(base, pages, final, fontRef), fontRef };
}

/** Stamps, links, outline and document information on the package's pages; the stamps' streams. */
function finalPass(doc: PDFDocument, pages: PDFPage[], final: FinalPass, fontRef: PDFRef | undefined): PDFRef[] {
  if (pages.length !== final.totalPages) {
    throw new AppError('INTERNAL', `PDF-filen fick ${pages.length} sidor men ${final.totalPages} var beräknade.`);
  }
  const stampStreams = fontRef ? pages.map((page, i) => stampPage(doc, page, fontRef, final.stamps[i]!)) : [];
  const pageOf = (page: number): PDFPage => pages[page - 1]!;
  for (const link of final.links) addLink(doc, pageOf(link.page), link.rect, pageOf(link.target));
  writeOutline(doc, final.outline, pageOf);
  writeInfo(doc, final.info);
  return stampStreams;
}

/**
 * The command line's assembly in the PDF worker, begun before the generated pages exist: once
 * every bilaga is accepted (the main thread is waiting for those answers), their pages are
 * copied into the package document while the main thread lays out and paints; the generated
 * pages are copied in last.
 */
export class StagedPackage {
  private doc: PDFDocument | undefined;
  /** Each bilaga's pages copied into `doc` (its first use); a second use copies again from `sources`. */
  private readonly staged = new Map<string, PDFPage[]>();
  private readonly sources = new Map<string, PDFDocument>();

  private async target(): Promise<PDFDocument> {
    this.doc ??= await PDFDocument.create({ updateMetadata: false });
    return this.doc;
  }

  private async copy(key: string): Promise<PDFPage[]> {
    const source = this.sources.get(key);
    if (!source) throw new Error(`bilagan ${key.slice(0, 12)}… finns inte i PDF-kontrollen`);
    const pages = await (await this.target()).copyPages(source, source.getPageIndices());
    // A bilaga's internal links point at its page indexes (sanitize.ts): at the copied pages again.
    relinkCopiedPages(pages);
    for (const page of pages) page.node.normalize(); // what its stamp needs first (finalPass.ts)
    return pages;
  }

  /** Keeps an accepted bilaga under `key`. */
  keep(key: string, source: PDFDocument): void {
    this.sources.set(key, source);
  }

  /** Copies in the pages of every bilaga kept so far (what finish would otherwise do). */
  async stage(): Promise<void> {
    for (const key of this.sources.keys()) if (!this.staged.has(key)) this.staged.set(key, await this.copy(key));
  }

  /** The generated pages, the package order and the final pass: the file. */
  async finish(request: KeptAssembly): Promise<Uint8Array> {
    const doc = await this.target();
    const generated = await PDFDocument.load(request.generated, fastLoad);
    // One copier for the pages and the stamp font, so the font they share is copied once.
    const copier = PDFObjectCopier.for(generated.context, doc.context);
    const own = generated.getPages().map((page) => {
      const node = copier.copy(page.node);
      return PDFPage.of(node, doc.context.register(node), doc);
    });
    // The file identifier pdfkit gave the generated pages (viewers key their saved state to it).
    const id = generated.context.trailerInfo.ID;
    if (id) doc.context.trailerInfo.ID = copier.copy(id);
    const { stampFont } = request.final;
    const fontRef = stampFont === null ? undefined : (copier.copy(fontRefOf(stampFont)) as PDFRef);
    const used = new Set<string>();
    const pages = await inPackageOrder(request.order, own, async (part) => {
      const staged = used.has(part.key) ? undefined : this.staged.get(part.key);
      used.add(part.key);
      return staged ?? (await this.copy(part.key));
    });
    if (!setPageOrder(doc, pages)) throw new AppError('INTERNAL', 'Sidträdet kunde inte sättas.');
    finalPass(doc, pages, request.final, fontRef);
    return doc.save(packageSave);
  }
}
