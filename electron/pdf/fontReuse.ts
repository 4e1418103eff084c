import { createHash } from 'node:crypto';
import {
  PDFArray,
  type PDFContext,
  PDFDict,
  PDFName,
  type PDFObject,
  type PDFPage,
  PDFRawStream,
  PDFRef,
  PDFStream,
} from 'pdf-lib';
import { walkObjects } from './objectWalk';

/**
 * Fonts of the preview's kept document, by content. Each render paints the changed pages in a
 * new pdfkit document, which embeds its own font subsets; an update that copies those pages in
 * would carry the subsets again (about half of a title edit's update, and memory the process
 * holds until a full garbage collection). A subset is byte for byte the same as the one before
 * while the glyphs in use are the same, so a copied page uses the font already in the document
 * when it has the same content, and the copy is dropped before anything is written.
 */
export class FontReuse {
  /** Fingerprint of a font's objects → the font in the kept document. */
  private readonly fonts = new Map<string, PDFRef>();

  /**
   * Points the fonts of `pages` (copied in this update) at equal fonts already in the document
   * and deletes the copies (only objects numbered above `written`, i.e. new in this update).
   * Fonts seen for the first time are remembered for the next update.
   */
  reuseFonts(context: PDFContext, pages: PDFPage[], written: number): void {
    const memo = new Map<number, string | null>();
    // Pages copied together share their font objects: a font replaced on one is replaced on all.
    const replaced = new Map<number, PDFRef>();
    for (const page of pages) {
      const fontDict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
      if (!fontDict) continue;
      for (const [name, value] of fontDict.entries()) {
        if (!(value instanceof PDFRef) || value.objectNumber <= written) continue;
        const earlier = replaced.get(value.objectNumber);
        if (earlier) {
          fontDict.set(name, earlier);
          continue;
        }
        const print = fingerprint(context, value, memo, new Set());
        if (print === null) continue;
        const known = this.fonts.get(print);
        if (known && known.objectNumber !== value.objectNumber && context.lookup(known) !== undefined) {
          fontDict.set(name, known);
          replaced.set(value.objectNumber, known);
          deleteNew(context, value, written);
        } else this.fonts.set(print, value);
      }
    }
  }
}

/** A hash of an object and everything it refers to (object numbers left out); null when unsure. */
function fingerprint(
  context: PDFContext,
  obj: PDFObject | undefined,
  memo: Map<number, string | null>,
  open: Set<number>,
): string | null {
  if (obj === undefined) return null;
  if (obj instanceof PDFRef) {
    const n = obj.objectNumber;
    if (memo.has(n)) return memo.get(n)!;
    if (open.has(n)) return null; // a cycle: no font has one, so do not guess
    open.add(n);
    const inner = fingerprint(context, context.lookup(obj), memo, open);
    open.delete(n);
    const print = inner === null ? null : createHash('sha256').update(inner).digest('base64');
    memo.set(n, print);
    return print;
  }
  if (obj instanceof PDFDict) {
    const parts: string[] = [];
    for (const [key, value] of obj.entries()) {
      const v = fingerprint(context, value, memo, open);
      if (v === null) return null;
      parts.push(`${key.toString()} ${v}`);
    }
    return `<<${parts.join(' ')}>>`;
  }
  if (obj instanceof PDFArray) {
    const parts: string[] = [];
    for (const value of obj.asArray()) {
      const v = fingerprint(context, value, memo, open);
      if (v === null) return null;
      parts.push(v);
    }
    return `[${parts.join(' ')}]`;
  }
  if (obj instanceof PDFRawStream) {
    const dict = fingerprint(context, obj.dict, memo, open);
    if (dict === null) return null;
    return `${dict}stream${createHash('sha256').update(obj.contents).digest('base64')}`;
  }
  if (obj instanceof PDFStream) return null; // streams pdf-lib made itself: not fonts copied from pdfkit
  return obj.toString(); // names, numbers, strings, booleans, null
}

/** Deletes `ref` and the objects under it that are new since the last save. */
function deleteNew(context: PDFContext, ref: PDFRef, written: number): void {
  walkObjects(context, [ref], (obj) => {
    if (obj.objectNumber <= written) return false;
    context.delete(obj);
    return true;
  });
}
