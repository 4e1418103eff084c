import { randomUUID } from 'node:crypto';
import {
  PDFCrossRefSection,
  type PDFDocument,
  PDFName,
  PDFNumber,
  type PDFPage,
  PDFRef,
  PDFTrailer,
  PDFTrailerDict,
} from 'pdf-lib';
import { FontReuse } from './fontReuse';
import { walkObjects } from './objectWalk';
import { WarmSlot } from './warmSlot';

/**
 * The preview's package kept between renders, so that an edit costs what it changed and not
 * what the package holds. After a full render the assembled pdf-lib document stays in memory
 * beside its bytes. When a later render has the same pages in the same places except some
 * generated ones (a title edit re-lays the agenda; page numbers unchanged), those pages get
 * the new content in place — same object numbers, so links and bookmarks to them stay valid —
 * and only the changed objects are written, as a PDF incremental update (ISO 32000-1, 7.5.6)
 * appended to the bytes before. The window holds the bytes it has and receives only what was
 * appended; pdf.js reads the update like any PDF reader.
 *
 * A render that moves pages (page counts, page-number style, an added bilaga) renders in full.
 * When the updates together grow larger than the file they extend, the document is saved in
 * full again, so memory stays bounded over many edits.
 */

/** One package page: what is on it (its source and index there) and its page-number stamp. */
export interface WarmPage {
  /** Identity of the content: the generated document's layout key or the bilaga, and the page index in it. */
  content: string;
  stamp: string;
  /** The stamp's content stream (reused when the page gets new content; the stamp text is the same). */
  stampStream: PDFRef;
}

/** A version of the file: joined from its pieces only when someone needs it whole. */
export interface LazyFile {
  readonly length: number;
  bytes(): Uint8Array;
  /** The bytes from `offset` on (an update the window appends to what it has). */
  from(offset: number): Uint8Array;
}

const join = (pieces: readonly Uint8Array[], length: number): Uint8Array => {
  if (pieces.length === 1) return pieces[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** The last full save followed by its updates (appending never copies what is there). */
export class GrowingFile {
  private readonly pieces: Uint8Array[];
  length: number;
  constructor(full: Uint8Array) {
    this.pieces = [full];
    this.length = full.length;
  }
  append(update: Uint8Array): void {
    this.pieces.push(update);
    this.length += update.length;
  }
  /** This version, unaffected by later updates. */
  snapshot(): LazyFile {
    const pieces = [...this.pieces];
    const length = this.length;
    let whole: Uint8Array | undefined;
    const bytes = () => {
      whole ??= join(pieces, length);
      return whole;
    };
    return {
      length,
      bytes,
      from: (offset) => {
        let at = 0;
        for (const [i, p] of pieces.entries()) {
          if (at === offset) return join(pieces.slice(i), length - offset);
          at += p.length;
        }
        return bytes().subarray(offset);
      },
    };
  }
}

export interface WarmDocument {
  doc: PDFDocument;
  file: GrowingFile;
  /** Offset of the last cross-reference section (the next update's /Prev). */
  startxref: number;
  /** Size of the last full save: updates beyond this much again trigger a full save. */
  fullSize: number;
  /** Highest object number written so far: objects above it are new in the next update. */
  written: number;
  /** Updates since unreachable objects were last dropped from `doc`. */
  updatesSinceSweep: number;
  pages: WarmPage[];
  stampFont: PDFRef;
  /** Versions of this file since its last full save, oldest first; each is a prefix of the next. */
  versions: WarmVersion[];
  /** Its fonts by content, so that an update reuses an equal font instead of writing it again. */
  fonts: FontReuse;
}

export interface WarmVersion {
  id: string;
  /** Length of the file in this version. */
  length: number;
  /** Package pages (1-based) the update to this version changed; null for a full save. */
  changed: number[] | null;
}

/** What the window needs to go from a version it holds to this one, or null when it must load the whole file. */
export function deltaFrom(
  versions: readonly WarmVersion[],
  have: string | undefined,
): { offset: number; changed: number[] } | null {
  const at = have === undefined ? -1 : versions.findIndex((v) => v.id === have);
  if (at < 0) return null;
  const changed = new Set<number>();
  for (const v of versions.slice(at + 1)) for (const p of v.changed ?? []) changed.add(p);
  return { offset: versions[at]!.length, changed: [...changed].sort((a, b) => a - b) };
}

export { WarmSlot };

/** Saves the kept document in full (its updates had grown too large); the versions start again. */
export async function saveInFull(slot: WarmSlot): Promise<LazyFile> {
  const warm = slot.current;
  if (!warm) throw new Error('inget dokument');
  sweepUnreachable(warm.doc);
  const bytes = await warm.doc.save({ useObjectStreams: false, objectsPerTick: 5000, addDefaultPage: false });
  rememberFull(slot, warm.doc, bytes, warm.pages, warm.stampFont, warm.fonts);
  return slot.current!.file.snapshot();
}

/** Keeps a fully saved document for later updates (without a page-number font there is nothing to keep). */
export function remember(
  slot: WarmSlot,
  doc: PDFDocument,
  bytes: Uint8Array,
  contents: { content: string }[],
  stamps: string[],
  stampStreams: PDFRef[],
  stampFont: PDFRef | undefined,
): void {
  if (!stampFont || stampStreams.length !== contents.length) {
    slot.current = undefined;
    return;
  }
  const pages = contents.map((c, i) => ({ content: c.content, stamp: stamps[i]!, stampStream: stampStreams[i]! }));
  rememberFull(slot, doc, bytes, pages, stampFont);
}

const startxrefOf = (bytes: Uint8Array): number => {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 64))).toString('latin1');
  const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!m) throw new Error('startxref saknas');
  return Number(m[1]);
};

/** Records a fully saved document for later updates. */
function rememberFull(
  slot: WarmSlot,
  doc: PDFDocument,
  bytes: Uint8Array,
  pages: WarmPage[],
  stampFont: PDFRef,
  fonts = new FontReuse(),
) {
  slot.stats.full++;
  slot.current = {
    doc,
    file: new GrowingFile(bytes),
    startxref: startxrefOf(bytes),
    fullSize: bytes.length,
    written: doc.context.largestObjectNumber,
    updatesSinceSweep: 0,
    pages,
    stampFont,
    versions: [{ id: randomUUID(), length: bytes.length, changed: null }],
    fonts,
  };
}

/** The pages (0-based) whose content differs, or null when an update cannot express the change. */
export function changedPages(
  warm: WarmDocument,
  next: { content: string; generated: boolean }[],
  stamps: string[],
): number[] | null {
  if (warm.pages.length !== next.length) return null;
  const changed: number[] = [];
  for (const [i, page] of next.entries()) {
    const old = warm.pages[i]!;
    if (old.stamp !== stamps[i]) return null;
    if (old.content === page.content) continue;
    if (!page.generated) return null; // a bilaga moved: pages shift, render in full
    changed.push(i);
  }
  return changed;
}

/**
 * Puts `source`'s content into the package page `target` (same object, so everything pointing
 * at the page stays valid), wrapped in q … Q and followed by the page's existing stamp.
 */
export function replacePageContent(target: PDFPage, source: PDFPage, stampFont: PDFRef, stampStream: PDFRef) {
  const node = source.node;
  node.normalize();
  node.setFontDictionary(PDFName.of('KallelseStamp'), stampFont);
  node.addContentStream(stampStream);
  const parent = PDFName.of('Parent');
  for (const key of target.node.keys()) if (key !== parent) target.node.delete(key);
  for (const [key, value] of node.entries()) if (key !== parent) target.node.set(key, value);
}

/** Drops objects nothing reaches any more (the replaced pages' old content, old bookmarks). */
export function sweepUnreachable(doc: PDFDocument): void {
  const { context } = doc;
  const reachable = new Set<number>();
  const { Root, Info, Encrypt } = context.trailerInfo;
  walkObjects(context, [Root, Info, Encrypt], (ref) => {
    reachable.add(ref.objectNumber);
    return true;
  });
  for (const [ref] of context.enumerateIndirectObjects()) if (!reachable.has(ref.objectNumber)) context.delete(ref);
}

const encoder = new TextEncoder();

/**
 * Appends the objects in `dirty` and every object newer than the last save as one incremental
 * update; returns the new version of the file (the old one as a prefix).
 */
export function appendUpdate(warm: WarmDocument, dirty: Iterable<PDFRef>, changed: number[]): LazyFile {
  const { context } = warm.doc;
  const refs = new Map<number, PDFRef>();
  for (const ref of dirty) refs.set(ref.objectNumber, ref);
  // Objects newer than the last save, by number (not a walk over the whole document).
  for (let n = warm.written + 1; n <= context.largestObjectNumber; n++) {
    const ref = PDFRef.of(n);
    if (context.lookup(ref) !== undefined) refs.set(n, ref);
  }
  const ordered = [...refs.values()].filter((r) => context.lookup(r) !== undefined);
  ordered.sort((a, b) => a.objectNumber - b.objectNumber);

  const base = warm.file.length;
  const head = encoder.encode('\n');
  const pieces: Uint8Array[] = [head];
  let size = head.length;
  const xref = PDFCrossRefSection.createEmpty();
  for (const ref of ordered) {
    const object = context.lookup(ref)!;
    xref.addEntry(ref, base + size);
    const open = encoder.encode(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    const body = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(body, 0);
    const close = encoder.encode('\nendobj\n');
    pieces.push(open, body, close);
    size += open.length + body.length + close.length;
  }
  const xrefOffset = base + size;
  const trailerDict = PDFTrailerDict.of(
    context.obj({
      Size: context.largestObjectNumber + 1,
      Root: context.trailerInfo.Root,
      Info: context.trailerInfo.Info,
      ID: context.trailerInfo.ID,
      Prev: PDFNumber.of(warm.startxref),
    }),
  );
  const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
  const tail = new Uint8Array(xref.sizeInBytes() + 1 + trailerDict.sizeInBytes() + 2 + trailer.sizeInBytes());
  let at = xref.copyBytesInto(tail, 0);
  tail[at++] = 0x0a;
  at += trailerDict.copyBytesInto(tail, at);
  tail[at++] = 0x0a;
  tail[at++] = 0x0a;
  trailer.copyBytesInto(tail, at);
  pieces.push(tail);
  size += tail.length;

  warm.file.append(join(pieces, size));
  warm.startxref = xrefOffset;
  warm.written = context.largestObjectNumber;
  warm.versions.push({ id: randomUUID(), length: warm.file.length, changed });
  return warm.file.snapshot();
}

/** The objects an update must rewrite besides the changed pages: catalog, document info, viewer preferences. */
export function documentRefs(doc: PDFDocument): PDFRef[] {
  const { context } = doc;
  const refs: PDFRef[] = [];
  const { Root, Info } = context.trailerInfo;
  if (Root instanceof PDFRef) refs.push(Root);
  if (Info instanceof PDFRef) refs.push(Info);
  const prefs = doc.catalog.get(PDFName.of('ViewerPreferences'));
  if (prefs instanceof PDFRef) refs.push(prefs);
  return refs;
}
