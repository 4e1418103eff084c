import { AppError } from '../../shared/ipc/result';
import { formatPath, type PathSegment } from '../../shared/package/jsonPath';

/**
 * Offset of the first byte that breaks UTF-8, or -1 — by the standard's table of well-formed
 * sequences, so overlong forms (E0 80 AF) and UTF-16 surrogates (ED A0 80) count as broken.
 * Only used to name the place; the fatal TextDecoder below decides.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Deepest nesting of objects and arrays a package may have; real packages stay under 12. */
export const MAX_JSON_DEPTH = 64;

/** The path of the first value nested deeper than `max`, or null. Iterative: no stack to overflow. */
function tooDeep(value: unknown, max: number): PathSegment[] | null {
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= max) return path;
    const children: [PathSegment, unknown][] = Array.isArray(v) ? v.map((c, i) => [i, c]) : Object.entries(v);
    for (const [key, child] of children) stack.push({ value: child, path: [...path, key] });
  }
  return null;
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
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(body));
    const hex = Array.from(body.subarray(bad, bad + 3), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
    const offset = bad + (body === bytes ? 0 : 3);
    throw new AppError(
      'BAD_PACKAGE',
      `${name} är inte kodad som UTF-8 (ogiltiga byte ${hex} vid byte ${offset}, rad ${lineOf(body, bad)}; troligen Latin-1 eller Windows-1252, eller en skadad fil). Spara filen som UTF-8 och importera igen.`,
      name,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
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
  const deep = tooDeep(parsed, MAX_JSON_DEPTH);
  if (deep) {
    const shown = formatPath(deep.slice(0, 8));
    throw new AppError(
      'BAD_PACKAGE',
      `${name} är nästlad djupare än ${MAX_JSON_DEPTH} nivåer (vid ${shown}${deep.length > 8 ? '…' : ''}). Så djupa strukturer förekommer inte i ett kallelsepaket; kontrollera filen.`,
      formatPath(deep),
    );
  }
  return parsed;
}
