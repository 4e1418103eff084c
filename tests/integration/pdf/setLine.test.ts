import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPackage } from '../../../electron/package/load';
import { FontBook } from '../../../electron/pdf/fonts';
import { openPdfkit } from '../../../electron/pdf/pdfkitDocument';
import { KallelsePdfService } from '../../../electron/services/KallelsePdfService';
import { exampleDir, sampleDir } from '../../helpers/packages';

/**
 * FontBook.setLine writes a line's operators itself instead of through pdfkit's text(). The
 * oracle is pdfkit: with setLine turned away, every line goes through text(), and the files must
 * be the same byte for byte (content streams, font subsets, text mapping).
 */
const now = new Date('2022-02-14T08:00:00Z');

async function renderBoth(folder: string) {
  const loaded = await loadPackage(folder);
  const render = () => new KallelsePdfService({ creator: 'Kallelse test', now: () => now }).renderPackage(loaded);
  const setLine = vi.spyOn(FontBook.prototype, 'setLine');
  const fast = await render();
  const written = setLine.mock.results.filter((r) => r.value === true).length;
  setLine.mockReturnValue(false);
  const viaPdfkit = await render();
  return { fast, viaPdfkit, written, calls: setLine.mock.calls.length };
}

describe('one line of text written as pdfkit writes it', () => {
  afterEach(() => vi.restoreAllMocks());

  it('the ANA kallelse is byte for byte the file pdfkit’s text() makes', async () => {
    const { fast, viaPdfkit, written } = await renderBoth(sampleDir('ana-2022-02-23'));
    expect(fast.pageCount).toBe(169);
    expect(written).toBeGreaterThan(500); // the fast path set the lines, not pdfkit
    expect(Buffer.from(fast.bytes).equals(Buffer.from(viaPdfkit.bytes))).toBe(true);
  });

  it('so is the example meeting (tables, lists, right-aligned columns, fallback glyphs)', async () => {
    const { fast, viaPdfkit, written } = await renderBoth(exampleDir);
    expect(written).toBeGreaterThan(100);
    expect(Buffer.from(fast.bytes).equals(Buffer.from(viaPdfkit.bytes))).toBe(true);
  });

  it('leaves a text with a line break to pdfkit, having written nothing', () => {
    const { pdf } = openPdfkit(now);
    pdf.addPage({ size: 'A4', margin: 0 });
    const fonts = new FontBook(pdf);
    const page = (pdf as unknown as { page: { content: { uncompressedLength: number } } }).page;
    const before = page.content.uncompressedLength;
    expect(fonts.setLine('regular', 11, 70, 100, 'två\nrader')).toBe(false);
    expect(page.content.uncompressedLength).toBe(before);
    expect(fonts.setLine('regular', 11, 70, 100, 'en rad')).toBe(true);
    expect(page.content.uncompressedLength).toBeGreaterThan(before);
  });
});
