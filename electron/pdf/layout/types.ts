import type { FontKey } from '../fonts';

/**
 * Output of layout: positioned drawing operations per page, in points from the page's top-left
 * corner (pdfkit's coordinate system). Painting them is mechanical; everything that decides
 * where text goes happens in layout, so page counts are known before anything is drawn.
 */
export type Op =
  | {
      kind: 'text';
      x: number;
      /** Baseline. */
      y: number;
      text: string;
      font: FontKey;
      size: number;
      /** 'right': x is the right edge. */
      align?: 'right';
      /** Text holds {n}/{m} placeholders to resolve when painting. */
      placeholders?: boolean;
    }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; stroke?: string; fill?: string; lineWidth?: number }
  | { kind: 'link'; x: number; y: number; w: number; h: number; target: string }
  /** An image (data URI) fitted into the box, kept to its aspect ratio, top left aligned. */
  | { kind: 'image'; x: number; y: number; w: number; h: number; src: string };

/** An unbreakable piece of the flow; ops are relative to the box's top-left corner. */
export interface Box {
  kind: 'box';
  height: number;
  ops: Op[];
  /** Space above, dropped at the top of a page. */
  spaceBefore: number;
  /** Do not end a page after this box. */
  keepWithNext?: boolean;
  /** Anchor ids whose page is where this box lands. */
  anchors?: string[];
  /** This box is a table header; rows of the same table repeat it on later pages. */
  headerOf?: object;
}

/** Side-by-side cells that break across pages line by line (table rows, member columns). */
export interface Row {
  kind: 'row';
  cells: Box[][];
  spaceBefore: number;
  /** Repeated at the top of each new page the table continues on. */
  header?: Box;
  /** Space below each part of the row, before its rule. */
  paddingBottom?: number;
  /** Rule under each part of the row. */
  rule?: { x1: number; x2: number };
  /** Move to a new page rather than split, when the row fits on one page. */
  keepTogether?: boolean;
  anchors?: string[];
}

export type FlowItem = Box | Row;

export interface LaidOutPage {
  ops: Op[];
}

export interface LaidOutDocument {
  pages: LaidOutPage[];
  /** Anchor id → page index (0-based) within the document. */
  anchors: Map<string, number>;
}
