/// <reference types="pdfkit" />
import type { FontBook } from './fonts';
import { A4, colors } from './layout/theme';
import type { LaidOutDocument } from './layout/types';

/** A link area on a generated page, to be turned into an annotation once targets have page numbers. */
export interface PendingLink {
  /** 0-based page index within the painted document. */
  page: number;
  /** PDF user space (origin bottom left): [x1, y1, x2, y2]. */
  rect: [number, number, number, number];
  target: string;
}

const resolve = (text: string, n: number, m: number) => text.replaceAll('{n}', String(n)).replaceAll('{m}', String(m));

/**
 * Paints a laid-out document into the pdfkit document, one new A4 page per laid-out page. Only
 * mechanical work happens here: placeholders, right alignment, colours. Returns link areas.
 */
export function paintDocument(
  doc: PDFKit.PDFDocument,
  fonts: FontBook,
  laid: LaidOutDocument & { watermark?: string },
) {
  const links: PendingLink[] = [];
  const m = laid.pages.length;
  const textFill = fillOf(doc, colors.text);
  laid.pages.forEach((page, index) => {
    doc.addPage({ size: [A4.width, A4.height], margin: 0 });
    if (laid.watermark) paintWatermark(doc, fonts, laid.watermark);
    for (const op of page.ops) {
      switch (op.kind) {
        case 'text': {
          const value = op.placeholders ? resolve(op.text, index + 1, m) : op.text;
          if (!value) break;
          const x = op.align === 'right' ? op.x - fonts.width(op.font, op.size, value) : op.x;
          // Through the FontBook, so the text is set as layout measured it (plain advances, no
          // kerning) even when the layout came from an earlier render's cache.
          if (fonts.setLine(op.font, op.size, x, op.y, value, textFill.ops)) textFill.set();
          else {
            doc.fillColor(colors.text);
            doc.font(op.font).fontSize(op.size).text(value, x, op.y, { lineBreak: false, baseline: 'alphabetic' });
          }
          break;
        }
        case 'line':
          doc.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.width).strokeColor(op.color).stroke();
          break;
        case 'rect': {
          doc.rect(op.x, op.y, op.w, op.h);
          if (op.fill && op.stroke) doc.lineWidth(op.lineWidth ?? 0.5).fillAndStroke(op.fill, op.stroke);
          else if (op.fill) doc.fill(op.fill);
          else doc.lineWidth(op.lineWidth ?? 0.5).stroke(op.stroke ?? colors.box);
          break;
        }
        case 'image':
          doc.image(op.src, op.x, op.y, { fit: [op.w, op.h] }); // top left is pdfkit's default alignment
          break;
        case 'link':
          links.push({
            page: index,
            rect: [op.x, A4.height - op.y - op.h, op.x + op.w, A4.height - op.y],
            target: op.target,
          });
          break;
      }
    }
  });
  return { links };
}

/** pdfkit's internals that fillColor uses: the colour as numbers, and its record of the current fill. */
interface PdfkitFill {
  _normalizeColor(color: string): number[] | null;
  _fillColor: unknown;
}

/**
 * The operators pdfkit's fillColor(color) writes (colour space, then colour), made once, to go
 * in the same write as a line of text (FontBook.setLine), and `set` to keep pdfkit's record of
 * the current fill as fillColor would. Two Buffers and a colour parse fewer for every line.
 */
function fillOf(doc: PDFKit.PDFDocument, color: string): { ops: string; set: () => void } {
  const pdfkit = doc as unknown as PdfkitFill;
  const rgb = pdfkit._normalizeColor(color);
  if (!rgb) throw new Error(`Okänd färg: ${color}`);
  const space = rgb.length === 4 ? 'DeviceCMYK' : 'DeviceRGB';
  return {
    ops: `/${space} cs\n${rgb.join(' ')} scn\n`,
    set: () => {
      pdfkit._fillColor = [color, undefined];
    },
  };
}

/**
 * Light diagonal text behind the page content, corner to corner. Drawn as outlines, not text:
 * it must not end up in the page's text (search, copy, text extraction of the agenda).
 */
function paintWatermark(doc: PDFKit.PDFDocument, fonts: FontBook, text: string) {
  const size = 120;
  const angle = (Math.atan2(A4.height, A4.width) * 180) / Math.PI;
  const { ops, width } = fonts.outline('bold', size, text);
  doc.save();
  doc.rotate(-angle, { origin: [A4.width / 2, A4.height / 2] });
  doc.translate(A4.width / 2 - width / 2, A4.height / 2 + size * 0.35);
  doc.addContent(ops).fill(colors.watermark);
  doc.restore();
}
