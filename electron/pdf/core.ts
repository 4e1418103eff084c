/// <reference types="pdfkit" />

import type { DocModel } from '../../shared/document/docModel';
import { AppError } from '../../shared/ipc/result';
import type { AssemblyPart, FinalPass, GeneratedPart } from './assemble';
import type { DocumentInfo, OutlineNode } from './finalPass';
import { FontBook, type FontFiles } from './fonts';
import type { LazyFile, WarmSlot, WarmVersion } from './incremental';
import { type LayoutAssets, layoutDocument } from './layout/document';
import { LayoutOverflow } from './layout/slice';
import { furniture } from './layout/theme';
import type { ImportedSource } from './merge';
import { type PendingLink, paintDocument } from './paint';
import { openPdfkit } from './pdfkitDocument';
import { contentKey, type Laid, PaintedChunk, type PaintedDocument, type RenderCache } from './renderCache';

/**
 * The render core every PDF goes through (kallelse, protokoll, utdrag, anslag, change report):
 * pdfkit set-up, layout of generated documents, paint, pdf-lib merge of imported pages, then
 * the final pass — page stamps, links, outline, document info. A plan per output
 * (renderKallelse.ts, renderDocument.ts) says which parts, how pages are numbered, what the
 * bookmarks are and what the document info says; builders give it print models (DocModel),
 * never the package format.
 */

export type RenderStage = 'bilagor' | 'layout' | 'rendering' | 'sammanfogning' | 'klar';

/** One document of the output, in order: laid out from its print model, or an imported PDF. */
export type CorePart =
  /** `name` says which item a refusal is about ('Ärende 7 ”…”'); default the document's title. */
  | { kind: 'generated'; model: DocModel; name?: string }
  /** A bilaga still being read or checked is awaited after the generated parts are laid out. */
  | { kind: 'imported'; source: ImportedSource | Promise<ImportedSource> };

/** The refusal when a document has something no page can hold (slice.ts cuts everything else). */
export function overflowRefusal(name: string): AppError {
  return new AppError(
    'VALIDATION',
    `${name} har ett stycke som inte ryms på en sida och kan inte delas. Korta texten eller dela upp den i flera stycken och exportera igen.`,
  );
}

export interface Pagination {
  /** Front matter laid out once the parts' page numbers are known (the kallelse's agenda), if any. */
  front: Laid | null;
  /** First and last page (1-based) of each part, in order. */
  parts: { first: number; last: number }[];
  totalPages: number;
}

export interface CorePlan {
  parts: CorePart[];
  /** Lays out the front matter for the parts' page counts; default none (parts from page 1). */
  paginate?: (partPageCounts: number[], layout: (model: DocModel) => Laid) => Pagination;
  /** The stamp printed on package page `page` of `total`. */
  stampText: (page: number, total: number) => string;
  /** Where a link on the front matter points: the page of its target, if there is one. */
  linkTarget?: (targetKey: string, pagination: Pagination) => number | undefined;
  outline: (pagination: Pagination) => OutlineNode[];
  info: DocumentInfo;
  assets?: LayoutAssets;
}

export interface CoreRun {
  /** What earlier renders left to reuse; `render` is this render's generation in it. */
  cache: RenderCache;
  render: number;
  fonts?: { dir: string; files: FontFiles };
  /** Paint every generated document anew (one font subset per font, for exports). */
  compact?: boolean;
  progress?: (stage: RenderStage, done: number, total: number) => void;
  /** Yields to the event loop between steps, and throws (CANCELLED) when the render is no longer wanted. */
  check?: () => Promise<void>;
  /**
   * The preview's document kept from its last render: an edit that moves no page updates it in
   * place and appends only what changed (incremental.ts). Without it every render saves in full.
   */
  warm?: WarmSlot;
  /**
   * Assembles in the PDF worker that keeps the bilagor (KeptSource, the command line): the
   * generated pages, where each part goes, and the final pass. Returns the file.
   */
  assembleKept?: (input: KeptAssembly) => Promise<Uint8Array>;
}

/** The input of an assembly in the PDF worker; plain data. */
export interface KeptAssembly {
  generated: Uint8Array;
  order: (GeneratedPart | { kind: 'kept'; key: string })[];
  final: FinalPass;
}

export interface CoreResult {
  /** The whole file (with `warm`, joined from its pieces when first read). */
  readonly bytes: Uint8Array;
  /** With `warm`: the file as pieces, so that an update can be sent without the whole. */
  file?: LazyFile;
  pagination: Pagination;
  /** With `warm`: this version of the file and the earlier ones it extends (for sending only what was appended). */
  versions?: WarmVersion[];
}

export type LaidPart =
  | { kind: 'generated'; key: string; laid: Laid; painted?: PaintedDocument }
  | { kind: 'imported'; source: ImportedSource };

const sequential = (counts: number[]): Pagination => {
  let next = 1;
  const parts = counts.map((n) => {
    const range = { first: next, last: next + n - 1 };
    next += n;
    return range;
  });
  return { front: null, parts, totalPages: next - 1 };
};

const range = (first: number, count: number) => Array.from({ length: count }, (_, i) => first + i);

export async function renderCore(plan: CorePlan, run: CoreRun): Promise<CoreResult> {
  const { cache, render } = run;
  const progress = run.progress ?? (() => {});
  const check = run.check ?? (async () => {});
  const assets = plan.assets ?? {};
  const assetsKey = assets.logo ? contentKey(assets.logo) : '-';

  // 1. Layout of the generated parts (reused when unchanged), then the front matter until its page count is stable.
  progress('layout', 0, 1);
  const { pdf, finish } = openPdfkit(plan.info.creationDate);
  const fonts = run.fonts ? new FontBook(pdf, run.fonts.dir, run.fonts.files) : new FontBook(pdf);
  const fontsKey = run.fonts ? `${run.fonts.dir}|${Object.values(run.fonts.files).join('|')}` : '';
  const keyOf = new WeakMap<Laid, string>();
  const layout = (model: DocModel, name = `Dokumentet ”${model.title}”`): { key: string; laid: Laid } => {
    const key = contentKey(`${fontsKey}\u0000${assetsKey}\u0000${JSON.stringify(model)}`);
    const lay = () => {
      try {
        return layoutDocument(fonts, model, assets);
      } catch (error) {
        throw error instanceof LayoutOverflow ? overflowRefusal(name) : error;
      }
    };
    const laid = cache.layout(key, render, lay);
    keyOf.set(laid, key);
    return { key, laid };
  };
  const laidOut = plan.parts.map((part): LaidPart | null => {
    if (part.kind === 'imported') return null;
    const { key, laid } = layout(part.model, part.name);
    const painted = run.compact ? undefined : cache.paintedDocument(key, render);
    return painted ? { kind: 'generated', key, laid, painted } : { kind: 'generated', key, laid };
  });

  // 2. Paint the parts no earlier render painted and the front matter into one pdfkit document
  // (fonts embedded once). An export paints the parts first, while the bilagor are still being
  // read and checked (only the front matter needs their page counts), and the front matter last;
  // the preview's kept document has the front matter first in its chunk (coreWarm.ts).
  const fresh: { key: string; first: number; pageCount: number; part: number }[] = [];
  let painted = 0;
  const paintParts = async () => {
    for (const [i, part] of laidOut.entries()) {
      if (part?.kind !== 'generated' || part.painted) continue;
      paintDocument(pdf, fonts, part.laid);
      fresh.push({ key: part.key, first: painted, pageCount: part.laid.pages.length, part: i });
      painted += part.laid.pages.length;
      await check();
    }
  };
  const frontFirst = run.warm !== undefined;
  if (!frontFirst) await paintParts();

  const parts: LaidPart[] = [];
  for (const [i, part] of plan.parts.entries()) {
    parts.push(part.kind === 'imported' ? { kind: 'imported', source: await part.source } : laidOut[i]!);
  }
  const counts = parts.map((p) => (p.kind === 'generated' ? p.laid.pages.length : p.source.pageCount));
  const pagination = plan.paginate ? plan.paginate(counts, (m) => layout(m).laid) : sequential(counts);
  progress('layout', 1, 1);
  await check();

  progress('rendering', 0, 1);
  const frontAt = painted;
  const links: PendingLink[] = pagination.front ? paintDocument(pdf, fonts, pagination.front).links : [];
  const frontPages = pagination.front?.pages.length ?? 0;
  painted += frontPages;
  if (frontFirst) await paintParts();
  progress('rendering', 1, 1);
  const stamps = Array.from({ length: pagination.totalPages }, (_, i) =>
    fonts.encodeForStamp('regular', furniture.stampSize, plan.stampText(i + 1, pagination.totalPages)),
  );
  const chunk = new PaintedChunk(await finish());
  for (const f of fresh) cache.rememberPainted(f.key, render, { chunk, first: f.first, pageCount: f.pageCount });
  await check();

  const final: FinalPass = {
    totalPages: pagination.totalPages,
    stampFont: stamps[0]?.fontObject ?? null,
    stamps,
    links: links.flatMap((link) => {
      const target = plan.linkTarget?.(link.target, pagination);
      return target ? [{ page: link.page + 1, rect: link.rect, target }] : [];
    }),
    outline: plan.outline(pagination),
    info: plan.info,
  };
  const kept = parts.filter((p) => p.kind === 'imported' && 'kept' in p.source).length;

  // 3a. The preview's kept document, when no page moved: only the changed pages get new content.
  if (run.warm) {
    if (kept > 0) throw new AppError('INTERNAL', 'Förhandsvisningen kan inte använda bilagor i PDF-kontrollen.');
    const slot = run.warm;
    // pdf-lib and the modules on it load when first needed: the command line's main thread never does.
    const [{ applyUpdate, pageContents }, { remember }] = await Promise.all([
      import('./coreWarm'),
      import('./incremental'),
    ]);
    const contents = pageContents(parts, pagination, pagination.front ? keyOf.get(pagination.front) : undefined);
    const stampTexts = Array.from({ length: pagination.totalPages }, (_, i) =>
      plan.stampText(i + 1, pagination.totalPages),
    );
    return slot.exclusive(async () => {
      await check();
      const updated = await applyUpdate(slot, {
        contents,
        stampTexts,
        chunk,
        fresh,
        parts,
        frontPages,
        pagination,
        links,
        plan,
      });
      if (updated) {
        progress('klar', 1, 1);
        const versions = [...slot.current!.versions];
        return {
          get bytes() {
            return updated.bytes();
          },
          file: updated,
          pagination,
          versions,
        };
      }
      const full = await assembleFull();
      remember(slot, full.base, full.bytes, contents, stampTexts, full.stampStreams, full.fontRef);
      return { bytes: full.bytes, pagination, versions: slot.current ? [...slot.current.versions] : [] };
    });
  }
  if (kept > 0) return { bytes: await assembleInWorker(), pagination };
  return { bytes: (await assembleFull()).bytes, pagination };

  /**
   * The package's parts in order for an assembly: the front matter and the documents painted now
   * are pages of the generated chunk (where each begins there); a bilaga and an earlier-painted
   * document go where `imported` and `painted` put them.
   */
  async function assemblyOrder<T>(
    imported: (source: ImportedSource) => T,
    painted: (earlier: PaintedDocument) => Promise<T>,
  ): Promise<(T | GeneratedPart)[]> {
    const order: (T | GeneratedPart)[] =
      frontPages > 0 ? [{ kind: 'generated', first: frontAt, pageCount: frontPages }] : [];
    const paintedNow = new Map(fresh.map((f) => [f.part, f]));
    for (const [i, p] of parts.entries()) {
      const now = paintedNow.get(i);
      if (p.kind === 'imported') order.push(imported(p.source));
      else if (now) order.push({ kind: 'generated', first: now.first, pageCount: now.pageCount });
      else order.push(await painted(p.painted!));
    }
    return order;
  }

  // 3b. Assemble: imported pages and earlier-painted documents into their places, then the final pass.
  async function assembleFull() {
    const copiedParts = parts.filter((p) => p.kind === 'imported' || p.painted).length;
    progress('sammanfogning', 0, copiedParts + 1);
    const [{ finishPackage, packageSave }, { loadGenerated }] = await Promise.all([
      import('./assemble'),
      import('./merge'),
    ]);
    const base = await loadGenerated(chunk.bytes);
    const order = await assemblyOrder<AssemblyPart>(
      (source) => {
        if ('kept' in source) throw new AppError('INTERNAL', 'En bilaga finns bara i PDF-kontrollen.');
        return { kind: 'copied', doc: source.doc, indices: source.doc.getPageIndices(), relink: true };
      },
      async (painted) => ({
        kind: 'copied',
        doc: await painted.chunk.doc(),
        indices: range(painted.first, painted.pageCount),
      }),
    );
    let copied = 0;
    const { stampStreams, fontRef } = await finishPackage(base, order, final, async () => {
      progress('sammanfogning', ++copied, copiedParts + 1);
      await check();
    });
    await check();
    const bytes = await base.save(packageSave);
    await check();
    progress('sammanfogning', copiedParts + 1, copiedParts + 1);
    progress('klar', 1, 1);
    return { bytes, base, stampStreams, fontRef };
  }

  // 3c. The same in the PDF worker that keeps the bilagor (the command line; every part painted here).
  async function assembleInWorker(): Promise<Uint8Array> {
    if (!run.assembleKept)
      throw new AppError('INTERNAL', 'Bilagorna finns i PDF-kontrollen men ingen sammanfogning där.');
    progress('sammanfogning', 0, kept + 1);
    const order = await assemblyOrder<KeptAssembly['order'][number]>(
      (source) => {
        if (!('kept' in source)) throw new AppError('INTERNAL', 'En bilaga finns inte i PDF-kontrollen.');
        return { kind: 'kept', key: source.kept };
      },
      () => {
        throw new AppError('INTERNAL', 'Ett tidigare målat dokument kan inte fogas in i PDF-kontrollen.');
      },
    );
    const bytes = await run.assembleKept({ generated: chunk.bytes, order, final });
    progress('sammanfogning', kept + 1, kept + 1);
    progress('klar', 1, 1);
    return bytes;
  }
}
