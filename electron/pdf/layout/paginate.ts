import { shift } from './blocks';
import { sliceBox } from './slice';
import { colors } from './theme';
import type { Box, FlowItem, Op, Row } from './types';

/**
 * Flows boxes and rows onto pages. Rules: space above an item is dropped at the top of a page;
 * a box marked keepWithNext moves to the next page together with the first line of what
 * follows; a row breaks between the boxes of its cells, each cell continuing at the top of the
 * next page; a table row that starts or continues on a new page is preceded by its header.
 */
export interface PageFrame {
  /** Top of the body on page `index` (0-based). */
  top(index: number): number;
  bottom: number;
}

export interface Paginated {
  pages: Op[][];
  anchors: Map<string, number>;
}

const EPS = 0.01;

/**
 * Height of what must accompany a keepWithNext box: the first line of the next item, or all of
 * a row kept together (a heading over signature lines must not stay behind on its own).
 */
function leadHeight(item: FlowItem | undefined): number {
  if (!item) return 0;
  if (item.kind === 'box') return item.spaceBefore + item.height;
  if (item.keepTogether) {
    const full = Math.max(0, ...item.cells.map((c) => c.reduce((h, b) => h + b.spaceBefore + b.height, 0)));
    return item.spaceBefore + full + (item.paddingBottom ?? 0);
  }
  const first = Math.max(0, ...item.cells.map((c) => (c[0] ? c[0].spaceBefore + c[0].height : 0)));
  return item.spaceBefore + first;
}

/**
 * The items with every box cut to fit an empty page (slice.ts), so nothing runs off the
 * bottom. A table header taller than half a page is printed once, not repeated: repeated, it
 * would leave no room for the rows.
 */
function fitted(items: FlowItem[], frame: PageFrame): FlowItem[] {
  const body = frame.bottom - Math.max(frame.top(0), frame.top(1));
  const repeats = (header: Box | undefined) => header !== undefined && header.height <= body / 2;
  return items.flatMap((item): FlowItem[] => {
    if (item.kind === 'box') return sliceBox(item, body);
    const header = repeats(item.header) ? item.header : undefined;
    const room = body - (header?.height ?? 0) - (item.paddingBottom ?? 0);
    const cells = item.cells.map((cell) => cell.flatMap((b) => sliceBox(b, room - b.spaceBefore)));
    const row: Row = { ...item, cells };
    if (header) row.header = header;
    else delete row.header;
    return [row];
  });
}

export function paginate(flow: FlowItem[], frame: PageFrame): Paginated {
  const items = fitted(flow, frame);
  const pages: Op[][] = [[]];
  const anchors = new Map<string, number>();
  let y = frame.top(0);
  let headerOnPage: object | undefined;

  const atTop = () => Math.abs(y - frame.top(pages.length - 1)) < EPS;
  const newPage = () => {
    pages.push([]);
    y = frame.top(pages.length - 1);
    headerOnPage = undefined;
  };
  const place = (b: Box, at: number) => {
    const page = pages.at(-1)!;
    for (const op of b.ops) page.push(shift(op, 0, at));
    for (const a of b.anchors ?? []) if (!anchors.has(a)) anchors.set(a, pages.length - 1);
  };
  const placeHeader = (header: Box | undefined) => {
    if (!header || headerOnPage === header.headerOf) return;
    place(header, y);
    y += header.height;
    headerOnPage = header.headerOf;
  };

  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'box') {
      // A chain of keepWithNext boxes (a heading's lines) stays with the first line after it.
      let needed = item.height;
      for (let j = i; j + 1 < items.length; j++) {
        const cur = items[j]!;
        const next = items[j + 1]!;
        if (cur.kind !== 'box' || !cur.keepWithNext) break;
        needed += leadHeight(next);
        if (next.kind !== 'box') break;
      }
      if (needed > frame.bottom - frame.top(pages.length)) needed = item.height;
      const space = atTop() ? 0 : item.spaceBefore;
      if (!atTop() && y + space + needed > frame.bottom + EPS) newPage();
      else y += space;
      place(item, y);
      y += item.height;
      if (item.headerOf) headerOnPage = item.headerOf;
      continue;
    }
    placeRow(item);
  }

  function placeRow(row: Row) {
    const queues = row.cells.map((c) => [...c]);
    const pad = row.paddingBottom ?? 0;
    const fullHeight = Math.max(0, ...queues.map((q) => q.reduce((h, b) => h + b.spaceBefore + b.height, 0))) + pad;
    let first = true;
    for (;;) {
      if (!atTop() && first) y += row.spaceBefore;
      const pageHeight = frame.bottom - frame.top(pages.length) - (row.header?.height ?? 0);
      if (row.keepTogether && first && !atTop() && y + fullHeight > frame.bottom + EPS && fullHeight <= pageHeight) {
        newPage();
      }
      // A table row at the top of a page gets its header first.
      if (atTop()) placeHeader(row.header);
      const avail = frame.bottom - y - pad;
      const taken: Box[][] = queues.map((q) => {
        const out: Box[] = [];
        let h = 0;
        while (q.length > 0) {
          const b = q[0]!;
          const add = b.spaceBefore + b.height;
          if (h + add > avail + EPS) break;
          out.push(q.shift()!);
          h += add;
        }
        return out;
      });
      const nothing = taken.every((t) => t.length === 0);
      if (nothing && !atTop()) {
        newPage();
        first = false;
        continue;
      }
      if (nothing) {
        // Taller than a page: force one box per cell rather than loop forever.
        queues.forEach((q, i) => {
          const b = q.shift();
          if (b) taken[i]!.push(b);
        });
      }
      let sliceHeight = 0;
      taken.forEach((cell) => {
        let cy = y;
        for (const b of cell) {
          cy += b.spaceBefore;
          place(b, cy);
          cy += b.height;
        }
        sliceHeight = Math.max(sliceHeight, cy - y);
      });
      for (const a of row.anchors ?? []) if (!anchors.has(a)) anchors.set(a, pages.length - 1);
      y += sliceHeight + pad;
      if (row.rule) {
        pages
          .at(-1)!
          .push({ kind: 'line', x1: row.rule.x1, x2: row.rule.x2, y1: y, y2: y, width: 0.4, color: colors.rule });
      }
      first = false;
      if (queues.every((q) => q.length === 0)) return;
      newPage();
    }
  }

  return { pages, anchors };
}
