import { PDFName, type PDFPage } from 'pdf-lib';
import type { CorePlan, LaidPart, Pagination } from './core';
import { addLink, writeInfo, writeOutline } from './finalPass';
import {
  appendUpdate,
  changedPages,
  documentRefs,
  type LazyFile,
  replacePageContent,
  saveInFull,
  sweepUnreachable,
  type WarmSlot,
} from './incremental';
import type { ImportedSource } from './merge';
import type { PendingLink } from './paint';
import type { PaintedChunk } from './renderCache';

/**
 * The render core's preview step when no page moved (core.ts step 3a): the changed generated
 * pages of the kept document get their new content, links from the agenda, bookmarks and
 * document information are written again, and the changes are appended as an incremental
 * update (incremental.ts). Returns null when the render must assemble the package in full.
 */

const SWEEP_EVERY = 8;

const sourceIds = new WeakMap<ImportedSource, number>();
let nextSourceId = 0;
const sourceId = (source: ImportedSource) => {
  let id = sourceIds.get(source);
  if (id === undefined) {
    id = ++nextSourceId;
    sourceIds.set(source, id);
  }
  return id;
};

/** Per package page: what is on it, and whether it is a generated page (one an update may replace). */
export function pageContents(
  parts: LaidPart[],
  pagination: Pagination,
  frontKey: string | undefined,
): { content: string; generated: boolean }[] {
  const out: { content: string; generated: boolean }[] = [];
  const frontPages = pagination.front?.pages.length ?? 0;
  for (let k = 0; k < frontPages; k++) out.push({ content: `f:${frontKey ?? '?'}:${k}`, generated: true });
  parts.forEach((part, i) => {
    const { first, last } = pagination.parts[i]!;
    for (let k = 0; k <= last - first; k++) {
      out.push(
        part.kind === 'imported'
          ? { content: `i:${sourceId(part.source)}:${k}`, generated: false }
          : { content: `g:${part.key}:${k}`, generated: true },
      );
    }
  });
  return out;
}

export interface UpdateInput {
  contents: { content: string; generated: boolean }[];
  stampTexts: string[];
  /** This render's pdfkit output (the front matter, then the documents painted fresh). */
  chunk: PaintedChunk;
  fresh: { first: number; part: number }[];
  parts: LaidPart[];
  frontPages: number;
  pagination: Pagination;
  links: PendingLink[];
  plan: CorePlan;
}

export async function applyUpdate(slot: WarmSlot, input: UpdateInput): Promise<LazyFile | null> {
  const warm = slot.current;
  if (!warm) return null;
  const changed = changedPages(warm, input.contents, input.stampTexts);
  if (!changed) return null;
  const { pagination, parts, frontPages, chunk } = input;

  // Where each changed page's new content is: this render's chunk or an earlier render's painting.
  const freshFirst = new Map(input.fresh.map((f) => [f.part, f.first]));
  const partOfPage = (page: number) => pagination.parts.findIndex((r) => page >= r.first - 1 && page <= r.last - 1);
  const wanted = new Map<PaintedChunk, { page: number; index: number }[]>();
  for (const page of changed) {
    let from: { chunk: PaintedChunk; index: number };
    if (page < frontPages) from = { chunk, index: page };
    else {
      const i = partOfPage(page);
      const part = parts[i]!;
      if (part.kind !== 'generated') return null;
      const k = page - (pagination.parts[i]!.first - 1);
      from = part.painted
        ? { chunk: part.painted.chunk, index: part.painted.first + k }
        : { chunk, index: freshFirst.get(i)! + k };
    }
    wanted.set(from.chunk, [...(wanted.get(from.chunk) ?? []), { page, index: from.index }]);
  }

  const { doc } = warm;
  const copies: { page: number; copy: PDFPage }[] = [];
  for (const [source, pages] of wanted) {
    const copied = await doc.copyPages(
      await source.doc(),
      pages.map((p) => p.index),
    );
    for (const [k, p] of pages.entries()) copies.push({ page: p.page, copy: copied[k]! });
  }

  // From here on the kept document changes; nothing is awaited until it and its bytes agree again.
  try {
    warm.fonts.reuseFonts(
      doc.context,
      copies.map((c) => c.copy),
      warm.written,
    );
    const all = doc.getPages();
    const pageOf = (page: number): PDFPage => all[page - 1]!;
    for (const { page, copy } of copies) {
      replacePageContent(all[page]!, copy, warm.stampFont, warm.pages[page]!.stampStream);
      doc.context.delete(copy.ref); // its content now sits in the package page; the copy itself is unused
      warm.pages[page]!.content = input.contents[page]!.content;
    }
    const replaced = new Set(changed);
    for (const link of input.links) {
      if (!replaced.has(link.page)) continue; // an unchanged agenda page keeps its links
      const target = input.plan.linkTarget?.(link.target, pagination);
      if (target) addLink(doc, all[link.page]!, link.rect, pageOf(target));
    }
    doc.catalog.delete(PDFName.of('Outlines'));
    writeOutline(doc, input.plan.outline(pagination), pageOf);
    writeInfo(doc, input.plan.info);
    // What the update replaced (old content, bookmarks) is dropped now and then: a walk over
    // the whole document per edit would cost as much as the edit on a large package.
    if (++warm.updatesSinceSweep >= SWEEP_EVERY) {
      sweepUnreachable(doc);
      warm.updatesSinceSweep = 0;
    }
    const dirty = [...changed.map((p) => all[p]!.ref), ...documentRefs(doc)];
    const file = appendUpdate(
      warm,
      dirty,
      changed.map((p) => p + 1),
    );
    slot.stats.incremental++;
    // Updates that together outgrow the file they extend: save once in full (the window loads it whole).
    if (file.length > 2 * warm.fullSize) return await saveInFull(slot);
    return file;
  } catch (error) {
    slot.clear(); // never update a document that may not match its bytes
    throw error;
  }
}
