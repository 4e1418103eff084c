import { type PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFPage, type PDFRef, PDFRef as Ref } from 'pdf-lib';
// With extensions: the PDF worker runs these files as plain Node type-stripped TypeScript under Vitest.
import { furniture, margin } from './layout/theme.ts';

/**
 * The last pass over the assembled package: running page numbers on every page, links from
 * agenda lines, the outline and the document information.
 *
 * Page numbers are drawn with the font pdfkit embedded for the generated pages (its subset
 * already holds the digits, encoded beforehand), so no further font is embedded — in
 * particular none of the non-embedded standard fonts.
 *
 * Placement: right-aligned at 20 mm from the visual right edge, baseline 22 pt (7.8 mm) below
 * the visual top edge, 9 pt — in the strip above where documents start their own header.
 * Office templates put headers at least 1.25 cm (35 pt) from the top (Word's default header
 * distance) and the sample bilagor start at 30 pt, so the stamp (≈15–22 pt from the top) stays
 * clear of them; footers are not touched. Rotated pages get the stamp in their visual top-right
 * corner, upright as the page is viewed.
 */

export interface StampText {
  /** A PDF TJ operation with glyph codes of the embedded subset. */
  tj: string;
  width: number;
}

/** Visual (as displayed) coordinates → user space, and the text matrix for upright text. */
export function stampMatrix(
  box: { x: number; y: number; width: number; height: number },
  rotation: number,
  textWidth: number,
): [number, number, number, number, number, number] {
  const r = ((rotation % 360) + 360) % 360;
  const [vw, vh] = r === 90 || r === 270 ? [box.height, box.width] : [box.width, box.height];
  const u = vw - margin.right - textWidth;
  const v = vh - furniture.stampBaseline;
  const { x: x0, y: y0 } = box;
  const x1 = x0 + box.width;
  const y1 = y0 + box.height;
  switch (r) {
    case 90:
      return [0, 1, -1, 0, x1 - v, y0 + u];
    case 180:
      return [-1, 0, 0, -1, x1 - u, y1 - v];
    case 270:
      return [0, -1, 1, 0, x0 + v, y1 - u];
    default:
      return [1, 0, 0, 1, x0 + u, y0 + v];
  }
}

const fmt = (n: number) => (Math.round(n * 1000) / 1000).toString();

/** Draws the stamp on top of the page's own content, which is wrapped in q … Q first. */
export function stampPage(pdf: PDFDocument, page: PDFPage, fontRef: PDFRef, text: StampText): PDFRef {
  const crop = page.getCropBox();
  const matrix = stampMatrix(crop, page.getRotation().angle, text.width);
  page.node.normalize(); // wraps the existing content streams in q/Q
  page.node.setFontDictionary(PDFName.of('KallelseStamp'), fontRef);
  const content = `q BT 0 g /KallelseStamp ${fmt(furniture.stampSize)} Tf ${matrix.map(fmt).join(' ')} Tm ${text.tj} ET Q\n`;
  const stream = pdf.context.register(pdf.context.stream(content));
  page.node.addContentStream(stream);
  return stream;
}

export const fontRefOf = (objectNumber: number): PDFRef => Ref.of(objectNumber, 0);

/** A link area on a page to another page (fit to window). */
export function addLink(pdf: PDFDocument, page: PDFPage, rect: [number, number, number, number], target: PDFPage) {
  const annot = pdf.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect,
    Border: [0, 0, 0],
    Dest: [target.ref, 'Fit'],
  });
  page.node.addAnnot(pdf.context.register(annot));
}

export interface OutlineNode {
  title: string;
  /** Package page (1-based) the bookmark opens. */
  page: number;
  children: OutlineNode[];
  /** Show children when the file opens. */
  open?: boolean;
}

/** Writes the outline (bookmarks) and asks viewers to show it; `pageOf` gives a package page. */
export function writeOutline(pdf: PDFDocument, roots: OutlineNode[], pageOf: (page: number) => PDFPage) {
  if (roots.length === 0) return;
  const { context } = pdf;
  const rootRef = context.nextRef();
  // Count: descendants shown when open; negative for a closed item (PDF 32000-1, 12.3.3).
  const ifOpen = (node: OutlineNode): number =>
    node.children.length + node.children.reduce((n, c) => n + visible(c), 0);
  const visible = (node: OutlineNode): number => (node.open ? ifOpen(node) : 0);

  const writeLevel = (nodes: OutlineNode[], parent: PDFRef): { first: PDFRef; last: PDFRef } => {
    const refs = nodes.map(() => context.nextRef());
    nodes.forEach((node, i) => {
      const dict = context.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), context.obj([pageOf(node.page).ref, PDFName.of('Fit')]));
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < nodes.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      if (node.children.length > 0) {
        const { first, last } = writeLevel(node.children, refs[i]!);
        dict.set(PDFName.of('First'), first);
        dict.set(PDFName.of('Last'), last);
        dict.set(PDFName.of('Count'), PDFNumber.of(node.open ? ifOpen(node) : -ifOpen(node)));
      }
      context.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs.at(-1)! };
  };

  const { first, last } = writeLevel(roots, rootRef);
  const total = roots.length + roots.reduce((n, r) => n + visible(r), 0);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: first, Last: last, Count: PDFNumber.of(total) }));
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  creationDate: Date;
}

export function writeInfo(pdf: PDFDocument, info: DocumentInfo) {
  // pdfkit's XMP metadata names pdfkit and its own producer; nothing keeps it in step with the
  // information below, which readers would then show second.
  const metadata = pdf.catalog.get(PDFName.of('Metadata'));
  if (metadata) {
    pdf.catalog.delete(PDFName.of('Metadata'));
    if (metadata instanceof Ref) pdf.context.delete(metadata);
  }
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  pdf.setKeywords(info.keywords);
  pdf.setCreator(info.creator);
  pdf.setProducer(`${info.creator} (pdfkit, pdf-lib)`);
  pdf.setCreationDate(info.creationDate);
  pdf.setModificationDate(info.creationDate);
  pdf.setLanguage('sv-SE');
}
