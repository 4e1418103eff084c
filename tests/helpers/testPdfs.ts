import zlib from 'node:zlib';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * Input PDFs for tests, made with pdf-lib: pages in other sizes and rotations than the
 * generated A4 pages, each with a recognisable line of text.
 */
export async function rotatedLandscapePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  // 1: A4 landscape by its MediaBox.
  const a = doc.addPage([841.89, 595.28]);
  a.drawText('Liggande sida A ett', { x: 60, y: 500, size: 14, font });
  // 2: A4 portrait MediaBox shown rotated 90° (landscape on screen).
  const b = doc.addPage([595.28, 841.89]);
  b.setRotation(degrees(90));
  b.drawText('Roterad sida B nittio', { x: 60, y: 400, size: 14, font });
  // 3: A3 with a CropBox not at the origin, rotated 270°.
  const c = doc.addPage([841.89, 1190.55]);
  c.setCropBox(20, 30, 800, 1100);
  c.setRotation(degrees(270));
  c.drawText('Beskuren sida C tvahundrasjuttio', { x: 100, y: 600, size: 14, font });
  return doc.save();
}

/** A PDF of `pages` A4 pages, each saying which page it is. */
export async function numberedPdf(label: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) {
    doc.addPage([595.28, 841.89]).drawText(`${label} sida ${i} av ${pages}`, { x: 72, y: 700, size: 12, font });
  }
  return doc.save();
}

/** A solid dark-blue PNG of the given size (a stand-in logo), written without any image library. */
export function solidPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0x1f, 0x3a, 0x6e]))]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
