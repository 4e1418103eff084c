import { describe, expect, it } from 'vitest';
import { loadPackage } from '../../../electron/package/load';
import { FontBook } from '../../../electron/pdf/fonts';
import { openPdfkit } from '../../../electron/pdf/pdfkitDocument';
import { KallelsePdfService } from '../../../electron/services/KallelsePdfService';
import { sampleDir } from '../../helpers/packages';

/**
 * Renders after the first share each font file's decoded tables (fonts.ts), never its glyph
 * objects, and print exactly what a first render prints.
 */
const now = new Date('2022-02-14T08:00:00Z');
type Parsed = { _tables: object; _glyphs: object };
const parsedOf = (book: FontBook, key: 'regular' | 'fallback') => (book.font(key) as unknown as { font: Parsed }).font;

describe('font tables shared between renders', () => {
  it('a later render uses the first parse’s tables with glyph objects of its own', () => {
    const first = new FontBook(openPdfkit(now).pdf);
    const second = new FontBook(openPdfkit(now).pdf);
    for (const key of ['regular', 'fallback'] as const) {
      first.width(key, 10, 'Sammanträde ✓');
      second.width(key, 10, 'Sammanträde ✓');
      expect(parsedOf(second, key)._tables).toBe(parsedOf(first, key)._tables);
      expect(parsedOf(second, key)._glyphs).not.toBe(parsedOf(first, key)._glyphs);
    }
    expect(second.width('regular', 10, 'Sammanträde')).toBe(first.width('regular', 10, 'Sammanträde'));
  });

  it('renders byte for byte the same PDF as the first render in the process', async () => {
    const loaded = await loadPackage(sampleDir('ana-2022-02-23'));
    const render = () => new KallelsePdfService({ creator: 'Kallelse test', now: () => now }).renderPackage(loaded);
    const a = await render();
    const b = await render();
    expect(b.pageCount).toBe(169);
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
  });
});
