/// <reference types="pdfkit" />

import PDFKitDocument from 'pdfkit';

/**
 * The one pdfkit set-up for generated pages (A4, no margins, compressed, PDF 1.7, sv-SE) and
 * the bytes it writes: `finish()` ends the document and resolves with them.
 */
export function openPdfkit(creationDate: Date): { pdf: PDFKit.PDFDocument; finish: () => Promise<Buffer> } {
  const pdf = new PDFKitDocument({
    autoFirstPage: false,
    size: 'A4',
    margin: 0,
    compress: true,
    pdfVersion: '1.7',
    lang: 'sv-SE',
    // No default font: pdfkit would load and parse Helvetica's metrics for every document, and
    // every text we set names its font (fonts.ts) first.
    font: '',
    info: { CreationDate: creationDate, Producer: 'Kallelse' },
  });
  const chunks: Buffer[] = [];
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  return {
    pdf,
    finish: async () => {
      pdf.end();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}
