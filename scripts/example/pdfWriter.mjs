// A small pdfkit helper for the example meeting's bilagor: A4 pages in the project's fonts,
// flowing text, simple tables, and a page label per page (`3(4)`, `Sidan 1 av 1`) stamped once
// the page count is known. A fixed creation date makes the bytes the same on every run.
import path from 'node:path';
import PDFDocument from 'pdfkit';

const fonts = path.resolve(import.meta.dirname, '../../assets/fonts');
const MARGIN = { top: 90, bottom: 70, left: 64, right: 64 };

/**
 * @param {{ title: string, author: string, date: string, sender: string, label?: (n: number, m: number) => string, footer?: string }} meta
 */
export function createPdf(meta) {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      Creator: 'Kallelse exempelmöte (scripts/make-example.mjs)',
      Producer: 'Kallelse',
      CreationDate: new Date(`${meta.date}T09:00:00Z`),
      ModDate: new Date(`${meta.date}T09:00:00Z`),
    },
    lang: 'sv-SE',
  });
  doc.registerFont('regular', path.join(fonts, 'LiberationSans-Regular.ttf'));
  doc.registerFont('bold', path.join(fonts, 'LiberationSans-Bold.ttf'));
  doc.registerFont('italic', path.join(fonts, 'LiberationSans-Italic.ttf'));
  doc.font('regular').fontSize(10.5);

  const width = () => doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = () => doc.page.margins.left;
  const bottomLimit = () => doc.page.height - doc.page.margins.bottom;
  const ensure = (height) => {
    if (doc.y + height > bottomLimit()) doc.addPage();
  };

  const w = {
    doc,
    width,
    heading(text, size = 15) {
      ensure(size * 3);
      doc.moveDown(0.6).font('bold').fontSize(size).fillColor('#000').text(text, left(), doc.y, { width: width() });
      doc.moveDown(0.3).font('regular').fontSize(10.5);
      return w;
    },
    subheading(text) {
      return w.heading(text, 12);
    },
    paragraph(text, options = {}) {
      doc
        .font(options.bold ? 'bold' : options.italic ? 'italic' : 'regular')
        .fontSize(options.size ?? 10.5)
        .fillColor(options.color ?? '#000')
        .text(text, left(), doc.y, { width: width(), lineGap: 2, align: options.align ?? 'left' });
      doc.moveDown(0.5).font('regular').fontSize(10.5).fillColor('#000');
      return w;
    },
    bullets(items) {
      for (const item of items) {
        ensure(14);
        const y = doc.y;
        doc
          .font('regular')
          .fontSize(10.5)
          .text('•', left() + 6, y, { width: 12 });
        doc.text(item, left() + 20, y, { width: width() - 20, lineGap: 2 });
        doc.moveDown(0.25);
      }
      doc.moveDown(0.3);
      return w;
    },
    /** Label and value pairs, as on a form. */
    fields(pairs, labelWidth = 150) {
      for (const [label, value] of pairs) {
        const h = Math.max(
          doc
            .font('bold')
            .fontSize(10)
            .heightOfString(label, { width: labelWidth - 8 }),
          doc
            .font('regular')
            .fontSize(10.5)
            .heightOfString(value, { width: width() - labelWidth }),
        );
        ensure(h + 8);
        const y = doc.y;
        doc
          .font('bold')
          .fontSize(10)
          .text(label, left(), y, { width: labelWidth - 8 });
        doc
          .font('regular')
          .fontSize(10.5)
          .text(value, left() + labelWidth, y, { width: width() - labelWidth });
        doc.y = y + h + 6;
        doc
          .moveTo(left(), doc.y - 3)
          .lineTo(left() + width(), doc.y - 3)
          .lineWidth(0.3)
          .strokeColor('#bbb')
          .stroke();
      }
      doc.moveDown(0.5);
      return w;
    },
    /**
     * A table with a shaded header row, repeated after a page break. `columns` are relative widths;
     * `align` per column ('left' | 'right').
     */
    table(header, rows, { columns, align = [], size = 9.5, bold = [] } = {}) {
      const total = columns.reduce((a, b) => a + b, 0);
      const widths = columns.map((c) => (c / total) * width());
      const pad = 4;
      const heightOf = (cells, font) =>
        Math.max(
          ...cells.map((cell, i) =>
            doc
              .font(font)
              .fontSize(size)
              .heightOfString(cell, { width: widths[i] - 2 * pad }),
          ),
        ) +
        2 * pad;
      const drawRow = (cells, font, fill) => {
        const h = heightOf(cells, font);
        const y = doc.y;
        if (fill) doc.rect(left(), y, width(), h).fillColor(fill).fill();
        let x = left();
        cells.forEach((cell, i) => {
          doc
            .font(font)
            .fontSize(size)
            .fillColor('#000')
            .text(cell, x + pad, y + pad, { width: widths[i] - 2 * pad, align: align[i] ?? 'left' });
          x += widths[i];
        });
        doc
          .moveTo(left(), y + h)
          .lineTo(left() + width(), y + h)
          .lineWidth(0.4)
          .strokeColor('#999')
          .stroke();
        doc.y = y + h;
      };
      ensure(heightOf(header, 'bold') + heightOf(rows[0] ?? header, 'regular'));
      drawRow(header, 'bold', '#e4e9f0');
      rows.forEach((row, r) => {
        const h = heightOf(row, 'regular');
        if (doc.y + h > bottomLimit()) {
          doc.addPage();
          drawRow(header, 'bold', '#e4e9f0');
        }
        drawRow(row, bold.includes(r) ? 'bold' : 'regular');
      });
      doc.x = left();
      doc.moveDown(0.8);
      return w;
    },
    space(lines = 1) {
      doc.moveDown(lines);
      return w;
    },
    newPage(options) {
      doc.addPage(options);
      return w;
    },
    /** Stamps sender, page label and footer on every page, then returns the PDF's bytes. */
    async finish() {
      const range = doc.bufferedPageRange();
      const m = range.count;
      for (let i = 0; i < m; i++) {
        doc.switchToPage(range.start + i);
        const page = doc.page;
        const saved = page.margins.bottom;
        page.margins.bottom = 0; // writing in the margin must not add a page
        doc
          .font('bold')
          .fontSize(11)
          .fillColor('#1f3a6e')
          .text(meta.sender, page.margins.left, 42, { lineBreak: false });
        if (meta.label) {
          const label = meta.label(i + 1, m);
          doc
            .font('regular')
            .fontSize(9.5)
            .fillColor('#000')
            .text(label, page.width - page.margins.right - 220, 58, { width: 220, align: 'right', lineBreak: false });
        }
        if (meta.footer) {
          doc
            .font('regular')
            .fontSize(8)
            .fillColor('#666')
            .text(meta.footer, page.margins.left, page.height - 44, {
              width: page.width - page.margins.left - page.margins.right,
              align: 'center',
              lineBreak: false,
            });
        }
        page.margins.bottom = saved;
      }
      const chunks = [];
      doc.on('data', (c) => chunks.push(c));
      const done = new Promise((resolve) => doc.on('end', resolve));
      doc.end();
      await done;
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
  return w;
}
