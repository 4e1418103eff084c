import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FontBook } from '../../../electron/pdf/fonts';
import { GlyphRuns, type RunFont } from '../../../electron/pdf/glyphRuns';
import { openPdfkit } from '../../../electron/pdf/pdfkitDocument';

// GlyphRuns (glyphRuns.ts) measures and encodes text character by character; pdfkit's general
// text layout is the oracle: the same widths to the last bit and the same glyph codes, widths
// and text mapping in the embedded subset, for any text.
const now = new Date('2022-02-14T08:00:00Z');
const book = () => new FontBook(openPdfkit(now).pdf);
type Pdfkit = RunFont & {
  widthOfString(text: string, size: number): number;
  encode(text: string): [string[], unknown];
};

const variationSelector = /[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/;

const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'Sammanträde ärende § 2022-02-23 Åsa Öberg, dnr: RJL 2021/1234 – kl. 13.30\t  ”citat” …'),
    fc.constantFrom(
      '✓',
      '→',
      '€',
      '½',
      'ﬁ',
      'Ω',
      '😀',
      '\uD83D',
      'e\u0301',
      '\u00A0',
      '\u200B',
      '\uFE0F',
      '\uDB40\uDD00',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});

describe('text measured and encoded character by character', () => {
  it('gives pdfkit’s width, bit for bit, for any text in any font', () => {
    const fonts = book();
    fc.assert(
      fc.property(fc.constantFrom('regular', 'bold', 'fallback') as fc.Arbitrary<'regular'>, text, (key, s) => {
        const pdfkit = fonts.font(key) as unknown as Pdfkit;
        const expected = pdfkit.widthOfString(s, 1);
        expect(Object.is(fonts.width(key, 1, s), expected)).toBe(true);
        const own = new GlyphRuns(pdfkit).width(s);
        if (own === null)
          expect(s).toMatch(variationSelector); // left to pdfkit, as FontBook.width does
        else expect(own * (1 / 1000)).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('encodes as pdfkit does: the same codes, subset, widths and text mapping', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (texts) => {
        const ours = book().font('regular') as unknown as Pdfkit;
        const theirs = book().font('regular') as unknown as Pdfkit;
        const runs = new GlyphRuns(ours);
        for (const s of texts) {
          const codes = runs.encode(s);
          if (codes === null) {
            // Left to pdfkit (FontBook.setLine then has pdfkit's text() set the line), having added nothing.
            expect(s).toMatch(variationSelector);
            expect(ours.encode(s)).toEqual(theirs.encode(s));
          } else expect(codes).toEqual(theirs.encode(s)[0]);
        }
        expect(ours.widths).toEqual(theirs.widths);
        expect(ours.unicode).toEqual(theirs.unicode);
      }),
      { numRuns: 150 },
    );
  });

  it('leaves text with a variation selector to pdfkit', () => {
    const runs = new GlyphRuns(book().font('regular') as unknown as Pdfkit);
    expect(runs.width('a\uFE0F')).toBeNull();
    expect(runs.encode('✓\uFE0E')).toBeNull();
    expect(runs.encode('\uDB40\uDD00')).toBeNull();
  });
});
