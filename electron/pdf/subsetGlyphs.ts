import { type Hmtx, type HorizontalMetric, hmtxMetric } from './glyphRuns';

/** fontkit's TrueType font, the parts a subset reads. */
interface SubsetFont {
  _variationProcessor?: unknown;
  directory: { tables: Record<string, unknown> };
  loca: { offsets: number[] };
  hmtx: Hmtx;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  getGlyph(id: number): {
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
  };
}

/** fontkit's TrueType subset (TTFSubset), the parts replaced and used here. */
export interface TtfSubset {
  font: SubsetFont;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: HorizontalMetric[] };
  offset: number;
  includeGlyph(id: number): number;
  _addGlyph(id: number): number;
}

/**
 * Lets fontkit's TrueType subset copy glyphs without decoding their outlines. fontkit decodes
 * every glyph it copies (all its points) only to learn whether it is a compound glyph, whose
 * component ids it renumbers, and reads its advance and left side bearing through the glyph's
 * metrics, which also decode its box for vertical metrics. Here the first two bytes tell a
 * compound glyph (fewer than 0 contours; only those are decoded, for their components) and the
 * hmtx table gives the metrics: the same bytes and numbers, about half of pdfkit's finish in a
 * fresh process. A font with variations keeps fontkit's own (its outlines are encoded anew).
 */
export function copyGlyphsWithoutOutlines(subset: TtfSubset): void {
  const { font } = subset;
  if (font._variationProcessor || !font.directory.tables.glyf || typeof subset._addGlyph !== 'function') return;
  subset._addGlyph = function addGlyph(this: TtfSubset, id: number): number {
    const start = font.loca.offsets[id]!;
    const stream = font._getTableStream('glyf');
    stream.pos += start;
    let buffer = stream.readBuffer(font.loca.offsets[id + 1]! - start);
    if (buffer.length >= 2 && (buffer[0]! & 0x80) !== 0) {
      const glyf = font.getGlyph(id)._decode();
      if (glyf && glyf.numberOfContours < 0) {
        buffer = new Uint8Array(buffer);
        const view = new DataView(buffer.buffer);
        for (const component of glyf.components ?? [])
          view.setUint16(component.pos, this.includeGlyph(component.glyphID));
      }
    }
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    const { advance, bearing } = hmtxMetric(font.hmtx, id);
    this.hmtx.metrics.push({ advance, bearing });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
}
