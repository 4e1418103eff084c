import type { DocModel } from '../../../shared/document/docModel';
import type { FontBook, FontKey } from '../fonts';
import { layoutBlocks, textBoxes } from './blocks';
import { paginate } from './paginate';
import { A4, colors, contentWidth, furniture, margin, styles } from './theme';
import type { LaidOutDocument, Op } from './types';

/**
 * Lays out one DocModel on A4 pages: body flow plus the page furniture of its template (sender
 * top left, header lines top right, continuation lines on later pages, footer). Placeholders
 * `{n}`/`{m}` stay in the text; the painter resolves them once the page count is known.
 */
export interface LayoutAssets {
  /** The organisation's logo as a data URI, when the package has a readable one. */
  logo?: string;
}

export function layoutDocument(
  fonts: FontBook,
  model: DocModel,
  assets: LayoutAssets = {},
): LaidOutDocument & { watermark?: string } {
  const area = { x: margin.left, width: contentWidth };
  const { template } = model;

  const continuation = (template.continuation ?? []).flatMap((line) => textBoxes(fonts, line, area, styles.body));
  const continuationHeight = continuation.reduce((h, b) => h + b.height, 0);
  const bodyTopRest = furniture.bodyTop + (continuationHeight > 0 ? continuationHeight + 14 : 0);

  const items = layoutBlocks(fonts, model.blocks, area);
  const { pages, anchors } = paginate(items, {
    top: (index) => (index === 0 ? furniture.bodyTop : bodyTopRest),
    bottom: A4.height - margin.bottom,
  });

  const boxes = template.footerBoxes ?? [];
  const footerWidth =
    contentWidth - boxes.length * (furniture.footerBox.width + furniture.footerBox.gap) - (boxes.length > 0 ? 6 : 0);
  const laidPages = pages.map((ops, index) => {
    const furnitureOps: Op[] = [];
    if (template.logo && assets.logo) {
      furnitureOps.push({ kind: 'image', x: margin.left, y: 24, w: 150, h: 38, src: assets.logo });
    } else if (template.sender) {
      const lines = textBoxes(
        fonts,
        [{ text: template.sender, bold: true }],
        { x: margin.left, width: contentWidth * 0.5 },
        {
          ...styles.body,
          font: 'bold',
          size: furniture.senderSize,
          leading: 13,
        },
      );
      lines.forEach((line, i) => {
        for (const op of line.ops)
          if (op.kind === 'text') furnitureOps.push({ ...op, y: furniture.senderBaseline + i * 13 });
      });
    }
    const header = index === 0 ? template.headerFirst : template.headerRest;
    header.forEach((text, i) => {
      const font = i === 0 ? 'bold' : 'regular';
      furnitureOps.push({
        kind: 'text',
        x: A4.width - margin.right,
        y: furniture.headerBaseline + i * furniture.headerLineGap,
        text,
        font,
        size: fitted(fonts, font, i === 0 ? furniture.headerSize : furniture.headerSize - 0.5, text, contentWidth),
        align: 'right',
        placeholders: true,
      });
    });
    if (index > 0) {
      let y = furniture.bodyTop;
      for (const b of continuation) {
        for (const op of b.ops) if (op.kind === 'text') furnitureOps.push({ ...op, y: op.y + y });
        y += b.height;
      }
    }
    (template.footer ?? []).forEach((text, i) => {
      furnitureOps.push({
        kind: 'text',
        x: margin.left,
        y: furniture.footerBaseline + i * 11,
        text,
        font: 'regular',
        size: fitted(fonts, 'regular', furniture.footerSize, text, footerWidth),
      });
    });
    furnitureOps.push(...footerBoxOps(template.footerBoxes ?? []));
    return { ops: [...furnitureOps, ...ops] };
  });

  const result: LaidOutDocument & { watermark?: string } = { pages: laidPages, anchors };
  if (template.watermark) result.watermark = template.watermark;
  return result;
}

/**
 * The size at which a line of page furniture (header, footer: one line each, never wrapped)
 * fits `width`: smaller type for a very long dnr rather than text off the edge of the page.
 */
function fitted(fonts: FontBook, font: FontKey, size: number, text: string, width: number): number {
  const natural = fonts.width(font, size, text);
  return natural <= width ? size : Math.floor(((size * width) / natural) * 100) / 100;
}

/** Initial boxes at the foot of the page, right-aligned, each with its label inside the top edge. */
function footerBoxOps(labels: string[]): Op[] {
  const { width, height, gap, top } = furniture.footerBox;
  const ops: Op[] = [];
  labels.forEach((label, i) => {
    const x = A4.width - margin.right - (labels.length - i) * width - (labels.length - i - 1) * gap;
    ops.push({ kind: 'rect', x, y: top, w: width, h: height, stroke: colors.box, lineWidth: 0.6 });
    ops.push({ kind: 'text', x: x + 3, y: top + 8, text: label, font: 'regular', size: furniture.footerBox.labelSize });
  });
  return ops;
}
