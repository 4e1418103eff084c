import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultFontDir, defaultFontFiles } from '../../../electron/pdf/fonts';
import { copyGlyphsWithoutOutlines, type TtfSubset } from '../../../electron/pdf/subsetGlyphs';

// copyGlyphsWithoutOutlines (subsetGlyphs.ts) copies glyphs into fontkit's TrueType subset
// without decoding their outlines. fontkit's own subset is the oracle: the same font file, byte
// for byte, for any set of glyphs of every shipped font, compound glyphs included.
type Font = {
  numGlyphs: number;
  createSubset(): TtfSubset & { encode(): Uint8Array };
  glyphsForString(text: string): { id: number }[];
  getGlyph(id: number): { _decode(): { numberOfContours: number } | null };
};
const fontkit = createRequire(import.meta.url)('fontkit') as { create(bytes: Buffer): Font };
const text = 'Sammanträde åäö ÅÄÖ éüñ ﬁ § – ” … 0123456789 ✓ → €';

describe('a font subset made without decoding outlines', () => {
  for (const file of new Set(Object.values(defaultFontFiles))) {
    const bytes = fs.readFileSync(path.join(defaultFontDir(), file));
    const numGlyphs = fontkit.create(bytes).numGlyphs;

    it(`${file}: the same file as fontkit's own subset, for any glyphs`, () => {
      fc.assert(
        fc.property(fc.array(fc.nat({ max: numGlyphs - 1 }), { maxLength: 60 }), (ids) => {
          const theirs = fontkit.create(bytes).createSubset();
          const font = fontkit.create(bytes);
          const ours = font.createSubset();
          copyGlyphsWithoutOutlines(ours);
          for (const id of [...font.glyphsForString(text).map((g) => g.id), ...ids]) {
            expect(ours.includeGlyph(id)).toBe(theirs.includeGlyph(id));
          }
          expect(Buffer.from(ours.encode()).equals(Buffer.from(theirs.encode()))).toBe(true);
        }),
        { numRuns: 20 },
      );
    });
  }

  it('copies compound glyphs (the accented letters of Liberation Sans), renumbering their parts', () => {
    const font = fontkit.create(fs.readFileSync(path.join(defaultFontDir(), defaultFontFiles.regular)));
    const compound = font
      .glyphsForString('åäöÅÄÖé')
      .filter((g) => (font.getGlyph(g.id)._decode()?.numberOfContours ?? 0) < 0);
    expect(compound.length).toBeGreaterThan(0);
  });
});
