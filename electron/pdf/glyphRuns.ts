/** A glyph as fontkit gives it (the parts used here). */
export interface RunGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** A glyph's horizontal metrics as the hmtx table holds them. */
export interface HorizontalMetric {
  advance: number;
  bearing: number;
}

/** fontkit's decoded hmtx table: a metric for the first glyphs, bearings only for the rest. */
export interface Hmtx {
  metrics: { length: number; get(index: number): HorizontalMetric | undefined };
  bearings: { get(index: number): number | undefined };
}

/**
 * A glyph's advance and left side bearing from the hmtx table, as fontkit's glyph metrics give
 * them for a font without variations (TTFGlyph._getTableMetrics), without the rest of those
 * metrics, which decode the glyph's outline box for vertical metrics nothing here uses.
 */
export function hmtxMetric({ metrics, bearings }: Hmtx, id: number): HorizontalMetric {
  if (id < metrics.length) return metrics.get(id)!;
  return { advance: metrics.get(metrics.length - 1)?.advance ?? 0, bearing: bearings.get(id - metrics.length) || 0 };
}

/** The parts of pdfkit's EmbeddedFont a run needs: its fontkit font, scale and subset. */
export interface RunFont {
  scale: number;
  font: {
    getGlyph(id: number, codePoints: number[]): RunGlyph;
    _cmapProcessor: { lookup(codePoint: number): number };
    _variationProcessor?: unknown;
    hmtx: Hmtx;
  };
  subset: { includeGlyph(id: number): number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
}

/** fontkit sets a base character and a variation selector after it as one glyph: not done here. */
const variationSelector = /[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/;

/**
 * Widths and glyph codes of text in one font, with the plain advances FontBook's simple layout
 * gives (no shaping), looked up per character once. pdfkit gets the same numbers through its
 * general text layout: per word, a glyph array and a position object per glyph, arrays joined
 * word by word — the larger part of measuring and painting a generated page in a fresh process.
 * The results are the same to the last bit: the same glyph objects (fontkit keeps one per glyph
 * and records the character it was first found by, which goes into the PDF's text mapping), and
 * widths summed in pdfkit's order (glyphs within a word, a word ending after a space or tab, then
 * the words). Text with a variation selector is left to pdfkit (null).
 */
export class GlyphRuns {
  private readonly glyphs = new Map<number, { glyph: RunGlyph; advance: number }>();

  constructor(private readonly font: RunFont) {}

  /**
   * A character's glyph (as fontkit's glyphForCodePoint: the glyph object made with this character
   * if it is the first) and its advance: from the hmtx table (hmtxMetric), or for a font with
   * variations from fontkit, which adjusts it.
   */
  private glyph(cp: number): { glyph: RunGlyph; advance: number } {
    let found = this.glyphs.get(cp);
    if (!found) {
      const { font } = this.font;
      const id = font._cmapProcessor.lookup(cp);
      const glyph = font.getGlyph(id, [cp]);
      const advance = font._variationProcessor ? glyph.advanceWidth : hmtxMetric(font.hmtx, id).advance;
      found = { glyph, advance: advance * this.font.scale };
      this.glyphs.set(cp, found);
    }
    return found;
  }

  /** Advance width of `text` in thousandths of the size, as pdfkit's layout sums it; null: ask pdfkit. */
  width(text: string): number | null {
    if (variationSelector.test(text)) return null;
    let total = 0;
    let word = 0;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      word += this.glyph(cp).advance;
      if (cp === 0x20 || cp === 0x09) {
        total += word;
        word = 0;
      }
    }
    return total + word;
  }

  /** Glyph codes of `text` in the subset (as pdfkit's encode, which it also keeps widths and text mapping for); null: ask pdfkit. */
  encode(text: string): string[] | null {
    if (variationSelector.test(text)) return null;
    const codes: string[] = [];
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      const { glyph, advance } = this.glyph(cp);
      const gid = this.font.subset.includeGlyph(glyph.id);
      codes.push(`0000${gid.toString(16)}`.slice(-4));
      this.font.widths[gid] ??= advance;
      this.font.unicode[gid] ??= glyph.codePoints;
    }
    return codes;
  }
}
