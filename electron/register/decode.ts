import iconv from 'iconv-lite';

/**
 * The text of a spreadsheet file as Excel writes it: UTF-8 (with or without BOM), UTF-16
 * ("Unicode text", with BOM) or Windows-1252 (CSV from Excel on Windows). Bytes that are not
 * valid UTF-8 are read as Windows-1252, where every byte is a character.
 */
export function decodeSheet(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'UTF-16' | 'Windows-1252' } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: iconv.decode(buffer, 'utf16le'), encoding: 'UTF-16' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: iconv.decode(buffer, 'utf16be'), encoding: 'UTF-16' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
    return { text, encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(buffer, 'windows-1252'), encoding: 'Windows-1252' };
  }
}
