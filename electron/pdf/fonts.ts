/// <reference types="pdfkit" />
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { GlyphRuns, type RunFont } from './glyphRuns';
import { copyGlyphsWithoutOutlines, type TtfSubset } from './subsetGlyphs';

/**
 * Fonts embedded in every generated page. The main family is Liberation Sans (OFL, Arial
 * metrics); characters it lacks (✓ …) fall back per character to DejaVu Sans. Files live in
 * assets/fonts (in the packaged app: resources/fonts).
 *
 * This module is also the only place that touches pdfkit's font objects beyond its public API
 * (`_font`): measuring, glyph coverage and encoding text for stamps drawn later with pdf-lib.
 */
export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'fallback' | 'fallbackBold';

export type FontFiles = Record<FontKey, string>;

export const defaultFontFiles: FontFiles = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
  fallback: 'DejaVuSans.ttf',
  fallbackBold: 'DejaVuSans-Bold.ttf',
};

/** Finds assets/fonts: KALLELSE_FONT_DIR, the packaged app's resources, or up from this file (source, out/cli, out/main). */
export function defaultFontDir(): string {
  const candidates: string[] = [];
  if (process.env.KALLELSE_FONT_DIR) candidates.push(process.env.KALLELSE_FONT_DIR);
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) candidates.push(path.join(resources, 'fonts'));
  let dir = import.meta.dirname;
  for (let i = 0; i < 5; i++) {
    candidates.push(path.join(dir, 'assets', 'fonts'));
    dir = path.dirname(dir);
  }
  const found = candidates.find((c) => fs.existsSync(path.join(c, defaultFontFiles.regular)));
  if (!found) {
    throw new AppError(
      'IO',
      'Typsnitten för PDF-exporten saknas (assets/fonts). Installera om programmet.',
      candidates[0],
    );
  }
  return found;
}

const byteCache = new Map<string, Buffer>();
function readFont(file: string): Buffer {
  let bytes = byteCache.get(file);
  if (!bytes) {
    try {
      bytes = fs.readFileSync(file);
    } catch {
      throw new AppError('IO', `Typsnittet ${path.basename(file)} kunde inte läsas. Installera om programmet.`, file);
    }
    byteCache.set(file, bytes);
  }
  return bytes;
}

/**
 * fontkit's parsed font (the parts we rely on): its decoded tables live in `_tables` behind lazy
 * getters, its glyph objects in `_glyphs`.
 */
interface ParsedFont {
  layout(text: string): unknown;
  _tables: Record<string, unknown>;
  _glyphs: object;
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  stream: { buffer: Uint8Array };
}

/**
 * The `post` table's header, as fontkit decodes it, or undefined when the font has none. pdfkit
 * reads only the header (italic angle, fixed pitch) when it embeds a font, but fontkit decodes
 * the whole table on first use, a name for every glyph (2,600 in Liberation Sans): 8–10 ms a
 * font in a fresh process, for nothing that goes into the file. Given the header first, fontkit
 * never decodes the rest; nothing we use reads glyph names.
 */
export function postHeader(font: ParsedFont): Record<string, number> | undefined {
  const entry = font.directory.tables.post;
  const bytes = font.stream.buffer;
  if (!entry || entry.length < 32 || entry.offset + 32 > bytes.length) return undefined;
  const v = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, 32);
  return {
    version: v.getInt32(0) / 65536,
    italicAngle: v.getInt32(4) / 65536,
    underlinePosition: v.getInt16(8),
    underlineThickness: v.getInt16(10),
    isFixedPitch: v.getUint32(12),
    minMemType42: v.getUint32(16),
    maxMemType42: v.getUint32(20),
    minMemType1: v.getUint32(24),
    maxMemType1: v.getUint32(28),
  };
}

/** The first parse of each font file, whose decoded tables later renders share. */
const parsedFonts = new Map<string, ParsedFont>();

const isParsedFont = (font: unknown): font is ParsedFont =>
  typeof (font as ParsedFont)?.layout === 'function' &&
  typeof (font as ParsedFont)._tables === 'object' &&
  typeof (font as ParsedFont)._glyphs === 'object';

/**
 * A font for a new render that shares the first parse's decoded tables (cmap, hmtx, loca …:
 * decoding them again was about a third of a warm preview render) but has glyph objects of its
 * own: fontkit records on a glyph the character it was first looked up by, which goes into the
 * PDF's text mapping, so each render must start from none, exactly like a fresh parse.
 */
function sharingTables(parsed: ParsedFont): ParsedFont {
  const font = Object.create(Object.getPrototypeOf(parsed), Object.getOwnPropertyDescriptors(parsed)) as ParsedFont;
  font._glyphs = {};
  return font;
}

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
  path: { commands: { command: string; args: number[] }[] };
}

/** The parts of pdfkit's EmbeddedFont we use. */
interface EmbeddedFont {
  scale: number;
  layoutRun(text: string): unknown;
  ascender: number;
  descender: number;
  widthOfString(text: string, size: number): number;
  encode(text: string): [string[], { xAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[]];
  ref(): { id: number };
  /** The font's resource name on a page (F1, F2 …). */
  id: string;
  font: {
    hasGlyphForCodePoint(codePoint: number): boolean;
    unitsPerEm: number;
    glyphsForString(text: string): Glyph[];
  };
}

/**
 * Replaces fontkit's OpenType shaping (GSUB/GPOS: ligatures, kerning, mark positioning) with
 * plain cmap + advance widths, the way office programs set body text by default (no kerning).
 * Shaping every new word was most of the time spent on generated pages; Swedish text uses
 * precomposed letters (text is NFC-normalised before layout), so nothing else changes.
 */
function setSimpleLayout(font: EmbeddedFont) {
  font.layoutRun = (text: string) => {
    const glyphs = font.font.glyphsForString(text);
    let advanceWidth = 0;
    const positions = glyphs.map((g) => {
      const w = g.advanceWidth * font.scale;
      advanceWidth += w;
      return { xAdvance: w, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: w };
    });
    return { glyphs, positions, advanceWidth };
  };
}

/**
 * The fonts of one pdfkit document: registration, cached width measurement and per-character
 * fallback. Fonts are opened lazily, so DejaVu is only parsed when a document needs it.
 */
export class FontBook {
  private readonly widths = new Map<string, number>();
  private readonly coverage = new Map<FontKey, Map<number, boolean>>();
  private readonly outlines = new Map<string, { ops: string; width: number }>();
  private readonly opened = new Map<FontKey, EmbeddedFont>();
  private readonly runs = new Map<FontKey, GlyphRuns>();
  private readonly files = new Map<FontKey, string>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    dir: string = defaultFontDir(),
    files: FontFiles = defaultFontFiles,
  ) {
    for (const key of Object.keys(files) as FontKey[]) {
      const file = path.join(dir, files[key]);
      this.files.set(key, file);
      doc.registerFont(key, readFont(file));
    }
  }

  /** pdfkit's font object for a key (for measuring; painting selects fonts with doc.font(key)). */
  font(key: FontKey): EmbeddedFont {
    let font = this.opened.get(key);
    if (!font) {
      const file = this.files.get(key)!;
      const parsed = parsedFonts.get(file);
      // pdfkit takes a parsed fontkit font in place of the file's bytes.
      if (parsed) this.doc.registerFont(key, sharingTables(parsed) as unknown as Buffer);
      this.doc.font(key);
      font = (this.doc as unknown as { _font: EmbeddedFont })._font;
      if (!parsed && isParsedFont(font.font)) {
        const post = 'post' in font.font._tables ? undefined : postHeader(font.font);
        if (post) font.font._tables.post = post;
        parsedFonts.set(file, font.font);
      }
      setSimpleLayout(font);
      copyGlyphsWithoutOutlines((font as unknown as { subset: TtfSubset }).subset);
      this.opened.set(key, font);
    }
    return font;
  }

  /** Widths and glyph codes of one font, character by character (glyphRuns.ts). */
  private run(key: FontKey): GlyphRuns {
    let run = this.runs.get(key);
    if (!run) {
      run = new GlyphRuns(this.font(key) as unknown as RunFont);
      this.runs.set(key, run);
    }
    return run;
  }

  /** Advance width of `text` at `size` points, kerning included (as pdfkit will draw it). */
  width(key: FontKey, size: number, text: string): number {
    const cacheKey = `${key}\u0000${text}`;
    let perPoint = this.widths.get(cacheKey);
    if (perPoint === undefined) {
      const width = this.run(key).width(text);
      perPoint = width === null ? this.font(key).widthOfString(text, 1) : width * (1 / 1000); // pdfkit's scale at size 1
      this.widths.set(cacheKey, perPoint);
    }
    return perPoint * size;
  }

  /** Ascender in points at `size` (baseline offset from the top of a line). */
  ascent(key: FontKey, size: number): number {
    return (this.font(key).ascender / 1000) * size;
  }

  /** Whether the font has a glyph for the character (a whole code point). */
  covers(key: FontKey, char: string): boolean {
    let known = this.coverage.get(key);
    if (!known) {
      known = new Map();
      this.coverage.set(key, known);
    }
    const cp = char.codePointAt(0) ?? 0;
    let has = known.get(cp);
    if (has === undefined) {
      has = cp < 0x20 || this.font(key).font.hasGlyphForCodePoint(cp);
      known.set(cp, has);
    }
    return has;
  }

  /**
   * Outlines of `text` as PDF path operators, origin at the start of the baseline, y downwards.
   * Used for the draft watermark, so it shows on the page without becoming part of its text.
   * Made once per text and size: the watermark is drawn on every page of a draft.
   */
  outline(key: FontKey, size: number, text: string): { ops: string; width: number } {
    const cacheKey = `${key}\u0000${size}\u0000${text}`;
    let found = this.outlines.get(cacheKey);
    if (!found) {
      found = outlineOps(this.font(key).font, size, text);
      this.outlines.set(cacheKey, found);
    }
    return found;
  }

  /**
   * Sets one line of `text` at (x, y) (y downwards, on the alphabetic baseline) with one content
   * write: the operators pdfkit's text() writes for a line without line breaking (save, flip,
   * BT, Tm, Tf, TJ, ET, restore), byte for byte, without its three measurements of the line
   * and eight writes (each a Buffer) — most of the time painting a generated page took.
   * False, having written nothing, when pdfkit must set it: a line break or a variation
   * selector in the text. `before`: operators written first in the same write (the colour).
   */
  setLine(key: FontKey, size: number, x: number, y: number, text: string, before = ''): boolean {
    if (/[\r\n]/.test(text)) return false;
    const font = this.font(key);
    const codes = this.run(key).encode(text);
    if (codes === null) return false;
    const page = (this.doc as unknown as { page: { fonts: Record<string, unknown>; height: number } }).page;
    page.fonts[font.id] ??= font.ref();
    const h = pdfNumber(page.height);
    this.doc.addContent(
      `${before}q\n1 0 0 -1 0 ${h} cm\nBT\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(page.height - y)} Tm\n/${font.id} ${pdfNumber(size)} Tf\n[<${codes.join('')}> 0] TJ\nET\nQ`,
    );
    return true;
  }

  /**
   * Glyph codes of `text` in the embedded subset, as a PDF TJ array, plus its width at `size`.
   * Encoding adds the glyphs to the subset, so this must run before the document ends.
   */
  encodeForStamp(key: FontKey, size: number, text: string): { tj: string; width: number; fontObject: number } {
    const font = this.font(key);
    // Plain advances (simple layout): no kerning to put between the glyphs.
    const codes = this.run(key).encode(text) ?? font.encode(text)[0];
    return {
      tj: `[${codes.map((code) => `<${code}>`).join(' ')}] TJ`,
      width: this.width(key, size, text),
      fontObject: font.ref().id,
    };
  }
}

/** A number as pdfkit writes it into content (six decimals at most). */
const pdfNumber = (n: number) => Math.round(n * 1e6) / 1e6;

const num = (n: number) => (Math.round(n * 1000) / 1000).toString();

/** Glyph outlines as PDF path operators; TrueType's quadratic curves as the exact cubic ones. */
function outlineOps(font: EmbeddedFont['font'], size: number, text: string): { ops: string; width: number } {
  const s = size / font.unitsPerEm;
  let x = 0;
  const ops: string[] = [];
  for (const glyph of font.glyphsForString(text)) {
    const px = (v: number) => v * s + x;
    const py = (v: number) => -v * s;
    let cx = 0;
    let cy = 0;
    for (const { command, args: a } of glyph.path.commands) {
      if (command === 'moveTo' || command === 'lineTo') {
        [cx, cy] = [px(a[0]!), py(a[1]!)];
        ops.push(`${num(cx)} ${num(cy)} ${command === 'moveTo' ? 'm' : 'l'}`);
      } else if (command === 'quadraticCurveTo') {
        const [qx, qy, ex, ey] = [px(a[0]!), py(a[1]!), px(a[2]!), py(a[3]!)];
        const c1 = [cx + (2 / 3) * (qx - cx), cy + (2 / 3) * (qy - cy)];
        const c2 = [ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey)];
        ops.push(`${[...c1, ...c2, ex, ey].map(num).join(' ')} c`);
        [cx, cy] = [ex, ey];
      } else if (command === 'bezierCurveTo') {
        const pts = [px(a[0]!), py(a[1]!), px(a[2]!), py(a[3]!), px(a[4]!), py(a[5]!)];
        ops.push(`${pts.map(num).join(' ')} c`);
        [cx, cy] = [pts[4]!, pts[5]!];
      } else if (command === 'closePath') ops.push('h');
    }
    x += glyph.advanceWidth * s;
  }
  return { ops: ops.join('\n'), width: x };
}
