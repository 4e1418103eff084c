import { shift } from './blocks';
import type { Box, Op } from './types';

/**
 * Cuts a box taller than a page into boxes that fit, between its lines of text (issue 16:
 * layout never drops text — an unbreakable box used to run off the bottom of the page, and
 * a table header taller than a page was repeated on every new page for ever). Rules and
 * fills are cut with it, links are clamped to each slice. What cannot be cut — one line or
 * image taller than a page — is refused with a LayoutOverflow; the render names the item.
 */
export class LayoutOverflow extends Error {
  constructor() {
    super('Ett stycke är högre än en sida.');
    this.name = 'LayoutOverflow';
  }
}

const EPS = 0.01;

/** Vertical extent of an op within its box: a text line from its ascent to its descent. */
function extent(op: Op): { top: number; bottom: number } {
  switch (op.kind) {
    case 'text':
      return { top: op.y - op.size * 0.95, bottom: op.y + op.size * 0.25 };
    case 'line':
      return { top: Math.min(op.y1, op.y2), bottom: Math.max(op.y1, op.y2) };
    case 'rect':
    case 'link':
    case 'image':
      return { top: op.y, bottom: op.y + op.h };
  }
}

/** The op's part within [from, to), moved so `from` is 0; null when it has none there. */
function clip(op: Op, from: number, to: number): Op | null {
  const { top, bottom } = extent(op);
  switch (op.kind) {
    case 'text':
    case 'line':
      // Lines of text and rules belong to the slice their top is in.
      return top >= from - EPS && top < to - EPS ? shift(op, 0, -from) : null;
    case 'image':
      return top >= from - EPS && top < to - EPS ? shift(op, 0, -from) : null;
    case 'rect':
    case 'link': {
      const y = Math.max(top, from);
      const end = Math.min(bottom, to);
      return end - y > EPS ? { ...op, y: y - from, h: end - y } : null;
    }
  }
}

/**
 * `box` as boxes of at most `max` points each, cut at the tops of its lines of text — at
 * every line, so the pages fill as with a paragraph. The first slice keeps the box's space,
 * anchors and header mark; the last keeps its keepWithNext.
 */
export function sliceBox(box: Box, max: number): Box[] {
  if (box.height <= max + EPS) return [box];
  // Where a cut may go: the top of a text line, if no text, rule or image straddles it.
  const tops = [...new Set(box.ops.filter((o) => o.kind === 'text').map((o) => extent(o).top))].sort((a, b) => a - b);
  const solid = box.ops.filter((o) => o.kind !== 'rect' && o.kind !== 'link').map(extent);
  const cuts = tops.filter(
    (c) => c > EPS && c < box.height - EPS && solid.every((e) => !(e.top < c - EPS && e.bottom > c + EPS)),
  );
  const bounds = [0, ...cuts, box.height];
  const slices: Box[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    if (bounds[i + 1]! - bounds[i]! > max + EPS) throw new LayoutOverflow();
    slices.push(piece(box, bounds[i]!, bounds[i + 1]!, i === 0, i + 2 === bounds.length));
  }
  return slices;
}

function piece(box: Box, from: number, to: number, first: boolean, last: boolean): Box {
  const ops = box.ops.map((op) => clip(op, from, to)).filter((op): op is Op => op !== null);
  const out: Box = { kind: 'box', height: to - from, ops, spaceBefore: first ? box.spaceBefore : 0 };
  if (first && box.anchors) out.anchors = box.anchors;
  if (last && box.keepWithNext) out.keepWithNext = true;
  return out;
}
