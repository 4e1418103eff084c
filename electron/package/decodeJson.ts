import { AppError } from '../../shared/ipc/result';

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

const lineOf = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
};

/**
 * kallelse.json bytes → parsed JSON. Accepts UTF-8 with or without BOM; refuses UTF-16 and
 * Latin-1/Windows-1252 with a message saying how to fix it, and reports JSON syntax errors by
 * line and column.
 */
export function decodeJson(bytes: Uint8Array, name = 'kallelse.json'): unknown {
  if (bytes.byteLength === 0) throw new AppError('BAD_PACKAGE', `${name} är tom.`, name);
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes.byteLength >= 4 && (bytes[0] === 0 || bytes[1] === 0 || bytes[2] === 0 || bytes[3] === 0));
  if (utf16) {
    throw new AppError(
      'BAD_PACKAGE',
      `${name} är sparad som UTF-16; formatet kräver UTF-8. Spara filen som UTF-8 och importera igen.`,
      name,
    );
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const hex = body[bad]!.toString(16).toUpperCase().padStart(2, '0');
    throw new AppError(
      'BAD_PACKAGE',
      `${name} är inte kodad som UTF-8 (ogiltig byte 0x${hex} på rad ${lineOf(body, bad)}; troligen Latin-1 eller Windows-1252). Spara filen som UTF-8 och importera igen.`,
      name,
    );
  }
  const text = new TextDecoder('utf-8').decode(body);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const pos = /position (\d+)/.exec(message);
    let where = '';
    if (pos) {
      const offset = Number(pos[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      where = ` på rad ${line}, kolumn ${column}`;
    }
    throw new AppError('BAD_PACKAGE', `${name} är inte giltig JSON: syntaxfel${where}.`, name);
  }
}
