import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  type PDFPage,
  PDFRef,
  PDFString,
} from 'pdf-lib';

/**
 * Active content is stripped from an imported PDF before its pages are copied into the kallelse
 * members receive (issue 16, finding 2): JavaScript, Launch, SubmitForm/ImportData and every
 * other action, additional actions (/AA), open actions, embedded files and file-attachment or
 * media annotations. Kept: links to http(s) addresses and links inside the document, whose
 * target pages are rewritten to the copied pages by `relinkCopiedPages`.
 *
 * Imports only pdf-lib: the inspection worker (files/pdfWorker.ts) counts with it too.
 */
export interface RemovedContent {
  javascript: number;
  launch: number;
  submitForm: number;
  embeddedFiles: number;
  openAction: number;
  additionalActions: number;
  otherActions: number;
}

export const nothingRemoved = (): RemovedContent => ({
  javascript: 0,
  launch: 0,
  submitForm: 0,
  embeddedFiles: 0,
  openAction: 0,
  additionalActions: 0,
  otherActions: 0,
});

/** Annotations that carry files, media or 3D content: dropped whole. */
const DROPPED_ANNOTS = new Set(['FileAttachment', 'Sound', 'Movie', 'Screen', 'RichMedia', '3D']);

const name = (obj: PDFObject | undefined): string | null => (obj instanceof PDFName ? obj.decodeText() : null);

const text = (obj: PDFObject | undefined): string | null =>
  obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : null;

function classify(action: PDFDict | undefined, removed: RemovedContent): void {
  const s = name(action?.get(PDFName.of('S')));
  if (s === 'JavaScript') removed.javascript += 1;
  else if (s === 'Launch') removed.launch += 1;
  else if (s === 'SubmitForm' || s === 'ImportData') removed.submitForm += 1;
  else removed.otherActions += 1;
}

export function sanitizeImported(doc: PDFDocument): RemovedContent {
  const removed = nothingRemoved();
  const { context, catalog } = doc;
  const dict = (obj: PDFObject | undefined): PDFDict | undefined => {
    const value = obj instanceof PDFRef ? context.lookup(obj) : obj;
    return value instanceof PDFDict ? value : undefined;
  };
  const array = (obj: PDFObject | undefined): PDFArray | undefined => {
    const value = obj instanceof PDFRef ? context.lookup(obj) : obj;
    return value instanceof PDFArray ? value : undefined;
  };

  // Document level: never copied with the pages, removed anyway so the count is honest.
  if (catalog.has(PDFName.of('OpenAction'))) {
    removed.openAction += 1;
    catalog.delete(PDFName.of('OpenAction'));
  }
  const catalogAA = dict(catalog.get(PDFName.of('AA')));
  if (catalogAA) {
    removed.additionalActions += catalogAA.keys().length;
    catalog.delete(PDFName.of('AA'));
  }
  const names = dict(catalog.get(PDFName.of('Names')));
  if (names?.has(PDFName.of('JavaScript'))) {
    removed.javascript += 1;
    names.delete(PDFName.of('JavaScript'));
  }
  if (names?.has(PDFName.of('EmbeddedFiles'))) {
    removed.embeddedFiles += 1;
    names.delete(PDFName.of('EmbeddedFiles'));
  }

  const pages = doc.getPages();
  const indexOf = new Map<string, number>(pages.map((p, i) => [p.ref.toString(), i]));
  /** An explicit destination whose page becomes its page index (restored after copying), or null. */
  const portable = (dest: PDFObject | undefined): PDFArray | null => {
    let target = array(dest);
    if (!target) {
      // A named destination: the old-style /Dests dictionary (name trees are not followed).
      const key = name(dest) ?? text(dest);
      const dests = dict(catalog.get(PDFName.of('Dests')));
      if (key && dests) {
        const found = dests.get(PDFName.of(key));
        target = array(found) ?? array(dict(found)?.get(PDFName.of('D')));
      }
    }
    if (!target || target.size() < 1) return null;
    const page = target.get(0);
    if (page instanceof PDFNumber) return target; // already portable
    const index = page instanceof PDFRef ? indexOf.get(page.toString()) : undefined;
    if (index === undefined) return null;
    const copy = target.clone(context);
    copy.set(0, PDFNumber.of(index));
    return copy;
  };

  for (const page of pages) {
    const node = page.node;
    const pageAA = dict(node.get(PDFName.of('AA')));
    if (pageAA) {
      removed.additionalActions += 1;
      for (const key of pageAA.keys()) classify(dict(pageAA.get(key)), removed);
      node.delete(PDFName.of('AA'));
    }
    const annots = array(node.get(PDFName.of('Annots')));
    if (!annots) continue;
    const kept: PDFObject[] = [];
    for (let i = 0; i < annots.size(); i++) {
      const ref = annots.get(i);
      const annot = dict(ref);
      if (!annot) continue;
      const subtype = name(annot.get(PDFName.of('Subtype')));
      if (subtype && DROPPED_ANNOTS.has(subtype)) {
        if (subtype === 'FileAttachment') removed.embeddedFiles += 1;
        else removed.otherActions += 1;
        continue;
      }
      const aa = dict(annot.get(PDFName.of('AA')));
      if (aa) {
        removed.additionalActions += 1;
        for (const key of aa.keys()) classify(dict(aa.get(key)), removed);
        annot.delete(PDFName.of('AA'));
      }
      // The parent-page back reference would copy the whole source page a second time.
      annot.delete(PDFName.of('P'));
      let link = false;
      const action = dict(annot.get(PDFName.of('A')));
      if (action) {
        const s = name(action.get(PDFName.of('S')));
        const uri = text(action.get(PDFName.of('URI')));
        const goTo = s === 'GoTo' ? portable(action.get(PDFName.of('D'))) : null;
        if (action.has(PDFName.of('Next'))) {
          removed.otherActions += 1;
          action.delete(PDFName.of('Next'));
        }
        if (s === 'URI' && uri && /^https?:\/\//i.test(uri.trim())) {
          link = true;
        } else if (goTo) {
          annot.set(PDFName.of('A'), context.obj({ S: 'GoTo', D: goTo }));
          link = true;
        } else {
          classify(action, removed);
          annot.delete(PDFName.of('A'));
        }
      }
      if (annot.has(PDFName.of('Dest'))) {
        const dest = portable(annot.get(PDFName.of('Dest')));
        if (dest) {
          annot.set(PDFName.of('Dest'), dest);
          link = true;
        } else {
          annot.delete(PDFName.of('Dest'));
        }
      }
      // A link left with nothing to do is dropped rather than left as a dead clickable area.
      if (subtype === 'Link' && !link) continue;
      kept.push(ref);
    }
    if (kept.length !== annots.size()) node.set(PDFName.of('Annots'), context.obj(kept));
  }
  return removed;
}

/**
 * After copyPages: internal links of a copied file point at page indexes (see `portable`);
 * point them at the copied pages again. Indexes outside the file are dropped.
 */
export function relinkCopiedPages(pages: PDFPage[]): void {
  for (const page of pages) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookupMaybe(i, PDFDict);
      if (!annot) continue;
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
      const dests = [action?.lookupMaybe(PDFName.of('D'), PDFArray), annot.lookupMaybe(PDFName.of('Dest'), PDFArray)];
      for (const dest of dests) {
        const first = dest?.get(0);
        if (!dest || !(first instanceof PDFNumber)) continue;
        const target = pages[first.asNumber()];
        if (target) dest.set(0, target.ref);
        else if (action) annot.delete(PDFName.of('A'));
      }
    }
  }
}

/** "2 JavaScript, 1 programstart (Launch)…" — what was removed, in Swedish, or null for nothing. */
export function describeRemoved(r: RemovedContent): string | null {
  const parts: string[] = [];
  const add = (n: number, one: string, many: string) => {
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  add(r.javascript, 'JavaScript', 'JavaScript');
  add(r.launch, 'programstart (Launch)', 'programstarter (Launch)');
  add(r.submitForm, 'formulärsändning', 'formulärsändningar');
  add(r.embeddedFiles, 'inbäddad fil', 'inbäddade filer');
  add(r.openAction, 'öppningsåtgärd', 'öppningsåtgärder');
  add(r.additionalActions, 'automatisk åtgärd (AA)', 'automatiska åtgärder (AA)');
  add(r.otherActions, 'annan åtgärd', 'andra åtgärder');
  return parts.length > 0 ? parts.join(', ') : null;
}
