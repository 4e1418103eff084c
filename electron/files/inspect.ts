import { inspectPdf } from './pdfInspector';

/**
 * Checks on file bytes before they are stored. Each returns a Swedish phrase that completes
 * "Filen X …" so the caller can name the file and the field; null means the bytes are fine.
 */
export interface PdfFacts {
  pageCount: number;
  title: string | null;
  /** Active content the merge will strip (Swedish list), or null. */
  removed: string | null;
}

export type PdfCheck = { ok: true; facts: PdfFacts } | { ok: false; problem: string };

const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  Buffer.from(bytes.subarray(Math.max(0, from), Math.min(bytes.length, to))).toString('latin1');

/** What a non-PDF looks like, for the message ("en PNG-bild", "text"). */
function sniff(bytes: Uint8Array): string {
  const head = ascii(bytes, 0, 8);
  if (head.startsWith('\x89PNG')) return 'en PNG-bild';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'en JPEG-bild';
  if (head.startsWith('PK\x03\x04')) return 'en zip-fil (t.ex. ett Word- eller Excel-dokument)';
  if (head.startsWith('\xd0\xcf\x11\xe0')) return 'ett äldre Office-dokument';
  return 'något annat';
}

/**
 * A PDF we can merge: not empty, `%PDF-` header in the first 1024 bytes, `%%EOF` in the last
 * 2048 (a cut-off download lacks it), then in a bounded worker (pdfInspector): no decompression bomb,
 * loadable by pdf-lib, not encrypted, at least one page of a sane size. With `keep`, the worker
 * keeps the parsed file under that key (inspectPdf).
 */
export async function checkPdf(bytes: Uint8Array, keep?: string): Promise<PdfCheck> {
  if (bytes.byteLength === 0) return { ok: false, problem: 'är tom (0 byte)' };
  if (!ascii(bytes, 0, 1024).includes('%PDF-')) {
    return {
      ok: false,
      problem: `är ingen PDF-fil (den saknar PDF-huvudet %PDF- och ser ut att vara ${sniff(bytes)})`,
    };
  }
  if (!ascii(bytes, bytes.byteLength - 2048, bytes.byteLength).includes('%%EOF')) {
    return { ok: false, problem: 'är avkortad eller ofullständig (PDF-slutmarkeringen %%EOF saknas)' };
  }
  const result = await inspectPdf(bytes, {}, keep);
  if (!result.ok) return { ok: false, problem: result.problem };
  return { ok: true, facts: { pageCount: result.pageCount, title: result.title, removed: result.removed } };
}

export type ImageType = 'image/png' | 'image/jpeg';

/** PNG or JPEG by magic bytes, or null. */
export function imageType(bytes: Uint8Array): ImageType | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.byteLength >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.byteLength >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}
