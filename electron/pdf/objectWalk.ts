import { PDFArray, type PDFContext, PDFDict, type PDFObject, PDFRef, PDFStream } from 'pdf-lib';

/**
 * Walks the indirect objects reachable from `roots`, each once: `enter(ref, target)` is called
 * with the object already looked up (so it may delete it) and says whether to go on into it.
 */
export function walkObjects(
  context: PDFContext,
  roots: (PDFObject | undefined)[],
  enter: (ref: PDFRef, target: PDFObject | undefined) => boolean,
): void {
  const seen = new Set<number>();
  const stack = roots.filter((root): root is PDFObject => root !== undefined);
  while (stack.length > 0) {
    const obj = stack.pop()!;
    if (obj instanceof PDFDict) stack.push(...obj.values());
    else if (obj instanceof PDFArray) stack.push(...obj.asArray());
    else if (obj instanceof PDFStream) stack.push(...obj.dict.values());
    else if (obj instanceof PDFRef) {
      if (seen.has(obj.objectNumber)) continue;
      seen.add(obj.objectNumber);
      const target = context.lookup(obj);
      if (enter(obj, target) && target) stack.push(target);
    }
  }
}
