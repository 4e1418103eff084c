import type {
  AgendaBlock,
  Block,
  BoxesBlock,
  Inline,
  ListBlock,
  ParagraphBlock,
  TableBlock,
} from '../../../shared/document/docModel';
import type { FontBook } from '../fonts';
import { type TextLine, wrapInline } from './text';
import { bodyLeading, cellPadding, colors, columnGap, listIndent, paragraphGap, type StyleSpec, styles } from './theme';
import type { Box, FlowItem, Op, Row } from './types';

/**
 * DocModel blocks → flow items (boxes and rows) for a column starting at `x` with `width`.
 * Paragraphs become one box per line so they can break across pages; agenda rows, boxes and
 * table headers are unbreakable; tables and side-by-side columns become rows.
 */
export interface Area {
  x: number;
  width: number;
}

const box = (height: number, ops: Op[], spaceBefore = 0, extra: Partial<Box> = {}): Box => ({
  kind: 'box',
  height,
  ops,
  spaceBefore,
  ...extra,
});

/** Baseline offset within a line of `leading` for a font size (optical centring of Liberation's metrics). */
const baselineIn = (spec: StyleSpec): number => (spec.leading - spec.size * 1.117) / 2 + spec.size * 0.905;

function textOps(line: TextLine, x: number, y: number, spec: StyleSpec): Op[] {
  return line.segments.map((s) => ({
    kind: 'text' as const,
    x: x + s.x,
    y,
    text: s.text,
    font: s.font,
    size: spec.size,
    ...(s.text.includes('{') ? { placeholders: true } : {}),
  }));
}

/**
 * Lines of rich text as boxes, one per line. With keepWithNext every line holds on to the next
 * (headings: never last on a page). Otherwise a paragraph may break between lines, but never
 * leaves its first or its last line alone on a page (no orphans, no widows): short paragraphs
 * of up to three lines stay together.
 */
export function textBoxes(
  fonts: FontBook,
  inline: Inline,
  area: Area,
  spec: StyleSpec,
  opts: { spaceBefore?: number; keepWithNext?: boolean; bold?: boolean } = {},
): Box[] {
  const lines = wrapInline(fonts, inline, area.width, spec.size, opts.bold ?? spec.font === 'bold');
  const base = baselineIn(spec);
  const n = lines.length;
  const holds = (i: number) => opts.keepWithNext || (i < n - 1 && (n <= 3 || i === 0 || i === n - 2));
  return lines.map((line, i) =>
    box(spec.leading, textOps(line, area.x, base, spec), i === 0 ? (opts.spaceBefore ?? 0) : 0, {
      ...(holds(i) ? { keepWithNext: true } : {}),
    }),
  );
}

export function layoutBlocks(fonts: FontBook, blocks: Block[], area: Area, compact = false): FlowItem[] {
  const items: FlowItem[] = [];
  let pendingSpace = 0;
  blocks.forEach((block, index) => {
    if (block.type === 'spacer') {
      pendingSpace += block.lines * bodyLeading;
      return;
    }
    const gap = index === 0 ? 0 : compact ? 0 : paragraphGap;
    const laid = layoutBlock(fonts, block, area, compact);
    const first = laid[0];
    if (first) first.spaceBefore = Math.max(first.spaceBefore, gap) + pendingSpace;
    pendingSpace = 0;
    items.push(...laid);
  });
  return items;
}

function layoutBlock(fonts: FontBook, block: Block, area: Area, compact: boolean): FlowItem[] {
  switch (block.type) {
    case 'paragraph':
      return paragraphBoxes(fonts, block, area);
    case 'heading': {
      const spec = block.level === 1 ? styles.heading1 : styles.heading2;
      return textBoxes(fonts, block.text, area, spec, {
        spaceBefore: spec.spaceBefore,
        keepWithNext: true,
        bold: true,
      });
    }
    case 'list':
      return listItems(fonts, block, area, compact);
    case 'table':
      return tableRows(fonts, block, area);
    case 'agenda':
      return agendaBoxes(fonts, block, area);
    case 'columns':
      return [columnsRow(fonts, block.columns, area, block.keepTogether ?? false)];
    case 'boxes':
      return [certificationBoxes(fonts, block, area)];
    case 'spacer':
      return [];
  }
}

function paragraphBoxes(fonts: FontBook, block: ParagraphBlock, area: Area): Box[] {
  const spec = styles[block.style ?? 'body'];
  const target = block.position === 'rightHalf' ? { x: area.x + area.width / 2, width: area.width / 2 } : area;
  const lines = textBoxes(fonts, block.text, target, spec, {
    spaceBefore: (block.spaceBefore ?? 0) * bodyLeading,
    keepWithNext: block.keepWithNext ?? false,
  });
  return lines.length > 0 ? lines : [box(spec.leading, [], (block.spaceBefore ?? 0) * bodyLeading)];
}

function listItems(fonts: FontBook, block: ListBlock, area: Area, compact: boolean): FlowItem[] {
  const spec = styles.body;
  const items: FlowItem[] = [];
  const start = block.start ?? 1;
  const numbered = block.style === 'numbered';
  const lastNumber = `${start + block.items.length - 1}.`;
  const indent = numbered ? Math.max(listIndent, fonts.width('regular', spec.size, lastNumber) + 4) : listIndent;
  const inner = { x: area.x + indent, width: area.width - indent };
  block.items.forEach((itemBlocks, i) => {
    const laid = layoutBlocks(fonts, itemBlocks, inner, true);
    const marker = numbered ? `${start + i}.` : '•';
    const markerOp: Op = {
      kind: 'text',
      x: area.x,
      y: baselineIn(spec),
      text: marker,
      font: 'regular',
      size: spec.size,
    };
    const first = laid[0];
    if (first?.kind === 'box') first.ops.unshift(markerOp);
    else laid.unshift(box(0, [markerOp], 0, { keepWithNext: true }));
    const head = laid[0]!;
    head.spaceBefore = Math.max(head.spaceBefore, i === 0 ? 0 : compact ? 0 : 2);
    items.push(...laid);
  });
  return items;
}

/** A row's items flattened into boxes (for content that must live inside a cell). */
function asBoxes(items: FlowItem[]): Box[] {
  const out: Box[] = [];
  for (const item of items) {
    if (item.kind === 'box') out.push(item);
    else {
      const height = Math.max(0, ...item.cells.map((c) => c.reduce((h, b) => h + b.spaceBefore + b.height, 0)));
      const ops: Op[] = [];
      for (const cell of item.cells) {
        let y = 0;
        for (const b of cell) {
          y += b.spaceBefore;
          ops.push(...b.ops.map((op) => shift(op, 0, y)));
          y += b.height;
        }
      }
      out.push(box(height, ops, item.spaceBefore));
    }
  }
  return out;
}

export function shift(op: Op, dx: number, dy: number): Op {
  switch (op.kind) {
    case 'text':
      return { ...op, x: op.x + dx, y: op.y + dy };
    case 'line':
      return { ...op, x1: op.x1 + dx, x2: op.x2 + dx, y1: op.y1 + dy, y2: op.y2 + dy };
    case 'rect':
    case 'link':
    case 'image':
      return { ...op, x: op.x + dx, y: op.y + dy };
  }
}

function columnsRow(fonts: FontBook, columns: Block[][], area: Area, keepTogether: boolean): Row {
  const n = Math.max(1, columns.length);
  const width = (area.width - columnGap * (n - 1)) / n;
  const cells = columns.map((blocks, i) =>
    asBoxes(layoutBlocks(fonts, blocks, { x: area.x + i * (width + columnGap), width }, true)),
  );
  return { kind: 'row', cells, spaceBefore: 0, keepTogether };
}

function tableRows(fonts: FontBook, block: TableBlock, area: Area): FlowItem[] {
  const spec = block.style === 'small' ? styles.small : styles.body;
  const total = block.columns.reduce((s, c) => s + c.width, 0) || 1;
  const xs: number[] = [];
  const widths: number[] = [];
  let x = area.x;
  for (const c of block.columns) {
    const w = (c.width / total) * area.width;
    xs.push(x);
    widths.push(w);
    x += w;
  }
  const rule = { x1: area.x, x2: area.x + area.width };
  let header: Box | undefined;
  if (block.header) {
    const cells = block.header.map((inline, i) =>
      textBoxes(fonts, inline, { x: xs[i]! + cellPadding, width: widths[i]! - 2 * cellPadding }, spec, { bold: true }),
    );
    const height = Math.max(spec.leading, ...cells.map((c) => c.length * spec.leading)) + 2 * cellPadding;
    const ops: Op[] = [{ kind: 'rect', x: area.x, y: 0, w: area.width, h: height, fill: colors.headerFill }];
    cells.forEach((lines) => {
      lines.forEach((line, j) => {
        ops.push(...line.ops.map((op) => shift(op, 0, cellPadding + j * spec.leading)));
      });
    });
    ops.push({ kind: 'line', x1: rule.x1, x2: rule.x2, y1: height, y2: height, width: 0.8, color: colors.rule });
    header = box(height, ops, 0, { keepWithNext: true });
    header.headerOf = block;
  }
  const rows: FlowItem[] = header ? [header] : [];
  for (const row of block.rows) {
    const cells = row.map((blocks, i) => {
      const inner = { x: xs[i]! + cellPadding, width: widths[i]! - 2 * cellPadding };
      const boxes = asBoxes(
        layoutBlocks(
          fonts,
          blocks.map((b) => withStyle(b, block.style)),
          inner,
          true,
        ),
      );
      const first = boxes[0];
      if (first) first.spaceBefore += cellPadding;
      return boxes;
    });
    const r: Row = { kind: 'row', cells, spaceBefore: 0, rule, paddingBottom: cellPadding };
    if (header && block.repeatHeader) r.header = header;
    rows.push(r);
  }
  return rows;
}

/** Table cells in a small table use the small style for their paragraphs. */
function withStyle(block: Block, style: TableBlock['style']): Block {
  if (style !== 'small') return block;
  if (block.type === 'paragraph' && !block.style) return { ...block, style: 'small' };
  return block;
}

function certificationBoxes(fonts: FontBook, block: BoxesBlock, area: Area): Box {
  const w = 108;
  const h = 44;
  const gap = 8;
  const total = block.labels.length * w + (block.labels.length - 1) * gap;
  const ops: Op[] = [];
  block.labels.forEach((label, i) => {
    const x = area.x + area.width - total + i * (w + gap);
    ops.push({ kind: 'rect', x, y: 0, w, h, stroke: colors.box, lineWidth: 0.6 });
    const lines = wrapInline(fonts, [{ text: label }], w - 6, 7.5);
    lines.forEach((line, j) => {
      ops.push(
        ...line.segments.map((s) => ({
          kind: 'text' as const,
          x: x + 3 + s.x,
          y: 10 + j * 9,
          text: s.text,
          font: s.font,
          size: 7.5,
        })),
      );
    });
  });
  return box(h, ops);
}

/**
 * The agenda: number, title wrapping in its column, and the right-hand values (dnr, pages) on
 * the baseline of the title's last line. Each line links to the item's first document.
 */
function agendaBoxes(fonts: FontBook, block: AgendaBlock, area: Area): Box[] {
  const spec = styles.body;
  const numberWidth = 24;
  const rightWidths = block.rightColumns.map((kind) => (kind === 'dnr' ? 78 : 62));
  const rightTotal = rightWidths.reduce((s, w) => s + w, 0) + (rightWidths.length > 0 ? 12 : 0);
  const titleArea = { x: area.x + numberWidth, width: area.width - numberWidth - rightTotal };
  const base = baselineIn(spec);
  const boxes: Box[] = [];
  for (const row of block.rows) {
    if (row.kind === 'section') {
      boxes.push(
        ...textBoxes(fonts, [{ text: row.heading, bold: true }], area, styles.heading2, {
          spaceBefore: 10,
          keepWithNext: true,
        }).map((b, i) => (i === 0 ? { ...b, anchors: [row.anchor] } : b)),
      );
      continue;
    }
    const lines = wrapInline(fonts, [{ text: row.title }], titleArea.width, spec.size);
    // A value wider than its column wraps in it (a 100-character dnr ran off the page).
    const values = block.rightColumns.map((_, c) =>
      wrapInline(fonts, [{ text: row.right[c] ?? '' }], rightWidths[c]! - 2, spec.size),
    );
    const count = Math.max(1, lines.length, ...values.map((v) => v.length));
    const ops: Op[] = [
      {
        kind: 'text',
        x: area.x + numberWidth - 8,
        y: base,
        text: String(row.number),
        font: 'regular',
        size: spec.size,
        align: 'right',
      },
    ];
    lines.forEach((line, i) => {
      ops.push(...textOps(line, titleArea.x, base + i * spec.leading, spec));
    });
    let left = titleArea.x + titleArea.width + 12;
    block.rightColumns.forEach((kind, c) => {
      const value = values[c]!;
      const w = rightWidths[c]!;
      // On the baseline of the row's last line; page numbers align right in their column, a dnr left.
      value.forEach((line, j) => {
        const y = base + (count - value.length + j) * spec.leading;
        const x = kind === 'pages' ? left + w - line.width : left;
        ops.push(...textOps(line, x, y, spec));
      });
      left += w;
    });
    const height = count * spec.leading;
    if (row.linkTo) ops.push({ kind: 'link', x: area.x, y: 0, w: area.width, h: height, target: row.linkTo });
    boxes.push(box(height, ops, 3, { anchors: [row.anchor] }));
  }
  return boxes;
}
