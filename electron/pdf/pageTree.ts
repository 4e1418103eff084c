import { PDFArray, type PDFDocument, PDFName, PDFNumber, type PDFPage, PDFPageLeaf, PDFRef } from 'pdf-lib';

/** The parts of pdf-lib's PDFDocument that insertPage keeps in step with the page tree. */
interface PageBookkeeping {
  pageMap: Map<PDFPageLeaf, PDFPage>;
  pageCache: { invalidate(): void };
  pageCount: number | undefined;
}

function bookkeeping(doc: PDFDocument): PageBookkeeping | null {
  const d = doc as unknown as Partial<PageBookkeeping>;
  return d.pageMap instanceof Map && typeof d.pageCache?.invalidate === 'function' ? (d as PageBookkeeping) : null;
}

/**
 * Puts `pages` (all of the document's own, each once) into its page tree in this order, in one
 * pass. pdf-lib's insertPage walks the tree on every insert, so placing n pages one by one costs
 * n²/2 steps: over a second for a 3 000-page package. Only for a flat tree (pdfkit writes one):
 * returns false, changing nothing, when the root has intermediate nodes (whose inherited
 * attributes the pages would lose) or pdf-lib's bookkeeping is not what this module knows.
 */
export function setPageOrder(doc: PDFDocument, pages: PDFPage[]): boolean {
  const keep = bookkeeping(doc);
  const rootRef = doc.catalog.get(PDFName.of('Pages'));
  const root = doc.catalog.Pages();
  if (!keep || !(rootRef instanceof PDFRef)) return false;
  const kids = root.Kids();
  for (let i = 0; i < kids.size(); i++) if (!(root.context.lookup(kids.get(i)) instanceof PDFPageLeaf)) return false;
  if (pages.some((page) => page.doc !== doc)) return false;

  const refs = PDFArray.withContext(doc.context);
  for (const page of pages) {
    refs.push(page.ref);
    page.node.setParent(rootRef);
    keep.pageMap.set(page.node, page);
  }
  root.set(PDFName.of('Kids'), refs);
  root.set(PDFName.of('Count'), PDFNumber.of(pages.length));
  keep.pageCache.invalidate();
  keep.pageCount = pages.length;
  return true;
}
