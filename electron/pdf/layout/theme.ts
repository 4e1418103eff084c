import type { TextStyle } from '../../../shared/document/docModel';
import type { FontKey } from '../fonts';

/**
 * Page geometry and type sizes of generated pages (A4 portrait, points; y grows downwards from
 * the top edge as in pdfkit). Margins follow the Swedish office template: 25 mm left, 20 mm
 * right; the running package number sits above the header, inside the top 10 mm.
 */
export const A4 = { width: 595.28, height: 841.89 } as const;

export const margin = { left: 70.87, right: 56.69, bottom: 70 } as const;

export const contentWidth = A4.width - margin.left - margin.right;

/** Baselines of the page furniture. */
export const furniture = {
  /** Running package page number (stamp), right-aligned at the right margin. */
  stampBaseline: 22,
  stampSize: 9,
  senderBaseline: 46,
  senderSize: 11,
  headerBaseline: 46,
  headerSize: 10.5,
  headerLineGap: 13,
  /** Body starts here on every page (below sender and header lines). */
  bodyTop: 98,
  footerBaseline: A4.height - 38,
  footerSize: 9,
  /** Initial boxes in the bottom margin (protokoll pages), below the body's bottom edge. */
  footerBox: { width: 92, height: 30, gap: 6, top: A4.height - 62, labelSize: 6.5 },
} as const;

export interface StyleSpec {
  font: FontKey;
  size: number;
  /** Line advance. */
  leading: number;
  /** Space above a block of this style, in points. */
  spaceBefore: number;
}

export const bodySize = 11;
export const bodyLeading = 14;

export const styles: Record<TextStyle | 'heading1' | 'heading2', StyleSpec> = {
  body: { font: 'regular', size: bodySize, leading: bodyLeading, spaceBefore: 0 },
  small: { font: 'regular', size: 9.5, leading: 12, spaceBefore: 0 },
  title: { font: 'bold', size: 16, leading: 19.5, spaceBefore: 0 },
  committee: { font: 'bold', size: 15, leading: 18.5, spaceBefore: 0 },
  heading: { font: 'bold', size: 13, leading: 16, spaceBefore: 0 },
  subheading: { font: 'bold', size: 12, leading: 15, spaceBefore: 0 },
  heading1: { font: 'bold', size: 12, leading: 15, spaceBefore: 12 },
  heading2: { font: 'bold', size: 11, leading: 14, spaceBefore: 8 },
};

export const colors = {
  text: '#000000',
  rule: '#8c8c8c',
  headerFill: '#e9e9e9',
  box: '#555555',
  watermark: '#e4e4e4',
} as const;

/** Space between paragraphs of body text. */
export const paragraphGap = 5;
/** Hanging indent of list items. */
export const listIndent = 11;
/** Inner padding of table cells. */
export const cellPadding = 4;
/** Gap between side-by-side columns. */
export const columnGap = 18;
