/// <reference types="pdfkit" />

import type { PDFPage } from 'pdf-lib';
import { buildDocument, type GeneratedDocument } from '../../shared/document/build';
import { type CheckWarning, checkPackageDetailed } from '../../shared/document/checks';
import { agendaAnchor, sectionAnchor } from '../../shared/document/common';
import type { DocModel } from '../../shared/document/docModel';
import { formatPackagePageNumber } from '../../shared/document/format';
import { buildKallelse } from '../../shared/document/kallelse';
import { isImported, type PlannedDocument, planPackage } from '../../shared/document/packagePlan';
import { type DocumentPages, resolvePagination } from '../../shared/document/pagination';
import type { PageNumberStyle } from '../../shared/domain/settings';
import { AppError } from '../../shared/ipc/result';
import type { LoadedPackage } from '../../shared/package/model';
import { sha256Hex } from '../files/ContentStore';
import { addLink, fontRefOf, type OutlineNode, stampPage, writeInfo, writeOutline } from './finalPass';
import { FontBook, type FontFiles } from './fonts';
import { type LayoutAssets, layoutDocument } from './layout/document';
import { furniture } from './layout/theme';
import { type AssemblyPart, assemble, type ImportedSource, loadGenerated, parseImported, readImported } from './merge';
import { type PendingLink, paintDocument } from './paint';
import { openPdfkit } from './pdfkitDocument';
import { contentKey, type Laid, PaintedChunk, type PaintedDocument, RenderCache } from './renderCache';

export interface RenderOptions {
  pageNumberStyle?: PageNumberStyle;
  /** Fixed date for reproducible output (tests, snapshots); default now. */
  creationDate?: Date;
  onProgress?: (stage: RenderStage, done: number, total: number) => void;
  /** Font directory and files (benchmarks compare fonts); default assets/fonts. */
  fonts?: { dir: string; files: FontFiles };
  /** Producer name and version for the document information. */
  creator?: string;
  /** What earlier renders left to reuse (parsed bilagor, layouts, painted pages); default none. */
  cache?: RenderCache;
  /**
   * Paint every generated document anew into one pdfkit document, so the file carries one
   * subset per font (exports). Otherwise documents painted by earlier renders are reused.
   */
  compact?: boolean;
  /** Stops the render between steps with AppError CANCELLED. */
  signal?: AbortSignal;
}

export type RenderStage = 'bilagor' | 'layout' | 'rendering' | 'sammanfogning' | 'klar';

export interface RenderedDocument {
  itemNumber: number;
  title: string;
  type: string;
  source: 'generated' | 'imported';
  firstPage: number;
  lastPage: number;
}

export interface RenderResult {
  bytes: Uint8Array;
  pageCount: number;
  kallelsePages: number;
  items: { number: number; title: string; firstPage: number | null; lastPage: number | null }[];
  documents: RenderedDocument[];
  warnings: string[];
  /** The warnings that point at an item (and document, field), for links in the app. */
  warningTargets: CheckWarning[];
}

type Part =
  | { planned: PlannedDocument; kind: 'generated'; key: string; laid: Laid; painted?: PaintedDocument }
  | { planned: PlannedDocument; kind: 'imported'; source: ImportedSource };

const cancelled = () => new AppError('CANCELLED', 'Exporten avbröts.');

/**
 * Renders a kallelse package to one PDF: kallelse pages, then per item its documents —
 * generated ones laid out from their DocModel, imported PDFs page for page — with running
 * package numbers, agenda page ranges from the final layout, links, outline and document info.
 *
 * With a cache (the app's warm path) an edit redoes only what it changed: bilagor are parsed
 * once per sha256, unchanged documents keep their layout and painted pages, the kallelse is
 * laid out and painted again, and page numbers, links and outline are stamped on the whole.
 * A cold render is the same path with an empty cache.
 */
export async function renderKallelse(loaded: LoadedPackage, options: RenderOptions = {}): Promise<RenderResult> {
  const cache = options.cache ?? new RenderCache();
  const render = cache.begin();
  try {
    return await renderWith(loaded, options, cache, render);
  } finally {
    cache.sweep(render);
  }
}

async function renderWith(
  loaded: LoadedPackage,
  options: RenderOptions,
  cache: RenderCache,
  render: number,
): Promise<RenderResult> {
  const { pkg } = loaded;
  const progress = options.onProgress ?? (() => {});
  // Between steps the render yields to the event loop, so progress events go out and a cancel
  // (an IPC call in the app) can arrive; then a cancelled render stops.
  const check = async () => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (options.signal?.aborted) throw cancelled();
  };
  const style = options.pageNumberStyle ?? 'bare';
  const creationDate = options.creationDate ?? new Date();
  const plan = planPackage(pkg);
  const checked = checkPackageDetailed(pkg, plan);
  const warnings = checked.map((w) => w.message);

  // 1. Imported PDFs: parsed once per content (their page counts drive the pagination).
  const importedDocs = plan.documents.filter((d) => isImported(d.document));
  const sources = new Map<PlannedDocument, ImportedSource>();
  for (const [i, planned] of importedDocs.entries()) {
    await check();
    progress('bilagor', i, importedDocs.length);
    const doc = planned.document;
    if (doc.type !== 'pdf') continue;
    // Refs from the database carry their sha256: a cached bilaga is then not even read.
    const bytes = doc.file.sha256 ? undefined : await readImported(loaded, planned, doc);
    const sha = doc.file.sha256 ?? sha256Hex(bytes!);
    const source = await cache.source(sha, render, async () =>
      parseImported(bytes ?? (await readImported(loaded, planned, doc)), planned, doc),
    );
    sources.set(planned, source);
  }
  progress('bilagor', importedDocs.length, importedDocs.length);

  const assets = await readAssets(loaded, warnings);
  const assetsKey = assets.logo ? contentKey(assets.logo) : '-';
  await check();

  // 2. Layout of the generated documents (reused when unchanged); the kallelse last, until its page count is stable.
  progress('layout', 0, 1);
  const { pdf, finish } = openPdfkit(creationDate);
  const fonts = options.fonts ? new FontBook(pdf, options.fonts.dir, options.fonts.files) : new FontBook(pdf);
  const fontsKey = options.fonts ? `${options.fonts.dir}|${Object.values(options.fonts.files).join('|')}` : '';
  const layout = (model: DocModel): { key: string; laid: Laid } => {
    const key = contentKey(`${fontsKey}\u0000${assetsKey}\u0000${JSON.stringify(model)}`);
    return { key, laid: cache.layout(key, render, () => layoutDocument(fonts, model, assets)) };
  };

  const parts: Part[] = plan.documents.map((planned) => {
    const doc = planned.document;
    if (doc.type === 'pdf') return { planned, kind: 'imported', source: sources.get(planned)! };
    const { key, laid } = layout(buildDocument(pkg, doc as GeneratedDocument));
    const painted = options.compact ? undefined : cache.paintedDocument(key, render);
    return painted ? { planned, kind: 'generated', key, laid, painted } : { planned, kind: 'generated', key, laid };
  });
  const pageCounts: DocumentPages[] = parts.map((p) => ({
    itemNumber: p.planned.itemNumber,
    pageCount: p.kind === 'generated' ? p.laid.pages.length : p.source.pageCount,
  }));
  let kallelse: Laid | undefined;
  const { pages } = resolvePagination(pageCounts, (pageLabels) => {
    kallelse = layout(buildKallelse(pkg, plan, { pageLabels })).laid;
    return kallelse.pages.length;
  });
  if (!kallelse) throw new AppError('INTERNAL', 'Kallelsen kunde inte sidbrytas.');
  progress('layout', 1, 1);
  await check();

  // 3. Paint the kallelse and the documents no earlier render painted into one pdfkit document (fonts embedded once).
  progress('rendering', 0, parts.length + 1);
  const links: PendingLink[] = paintDocument(pdf, fonts, kallelse).links;
  const fresh: { key: string; first: number; pageCount: number }[] = [];
  let painted = kallelse.pages.length;
  for (const [i, part] of parts.entries()) {
    if (part.kind === 'generated' && !part.painted) {
      paintDocument(pdf, fonts, part.laid);
      fresh.push({ key: part.key, first: painted, pageCount: part.laid.pages.length });
      painted += part.laid.pages.length;
      await check();
    }
    progress('rendering', i + 1, parts.length + 1);
  }
  const stamps = Array.from({ length: pages.totalPages }, (_, i) =>
    fonts.encodeForStamp('regular', furniture.stampSize, formatPackagePageNumber(i + 1, pages.totalPages, style)),
  );
  const chunk = new PaintedChunk(await finish());
  for (const f of fresh) cache.rememberPainted(f.key, render, { chunk, first: f.first, pageCount: f.pageCount });
  await check();

  // 4. Assemble: bilagor and earlier-painted documents into their package positions, then the final pass.
  const copiedParts = parts.filter((p) => p.kind === 'imported' || p.painted).length;
  progress('sammanfogning', 0, copiedParts + 1);
  const base = await loadGenerated(chunk.bytes);
  const order: AssemblyPart[] = [{ kind: 'generated', pageCount: pages.kallelsePages }];
  for (const p of parts) {
    if (p.kind === 'imported')
      order.push({ kind: 'copied', doc: p.source.doc, indices: p.source.doc.getPageIndices(), relink: true });
    else if (!p.painted) order.push({ kind: 'generated', pageCount: p.laid.pages.length });
    else {
      const { first, pageCount } = p.painted;
      order.push({ kind: 'copied', doc: await p.painted.chunk.doc(), indices: range(first, pageCount) });
    }
  }
  let copied = 0;
  const all = await assemble(base, order, async () => {
    progress('sammanfogning', ++copied, copiedParts + 1);
    await check();
  });
  if (all.length !== pages.totalPages) {
    throw new AppError('INTERNAL', `Paketet fick ${all.length} sidor men ${pages.totalPages} var beräknade.`);
  }
  await check();
  const fontRef = fontRefOf(stamps[0]!.fontObject);
  all.forEach((page, i) => {
    stampPage(base, page, fontRef, stamps[i]!);
  });

  const pageOf = (packagePage: number): PDFPage => all[packagePage - 1]!;
  const firstPageOfKey = new Map(parts.map((p, i) => [p.planned.key, pages.documents[i]!.first]));
  for (const link of links) {
    const target = firstPageOfKey.get(link.target);
    if (target) addLink(base, pageOf(link.page + 1), link.rect, pageOf(target));
  }
  writeOutline(base, outline(plan, parts, pages.documents, kallelse.anchors, pageOf));
  const creator = options.creator ?? 'Kallelse';
  writeInfo(base, {
    title: `Kallelse ${pkg.committee.name} ${pkg.meeting.date}`,
    author: pkg.organisation.name,
    subject: `Kallelse till sammanträde ${pkg.meeting.date} kl. ${pkg.meeting.startTime}, ${pkg.meeting.place}`,
    keywords: ['kallelse', pkg.committee.shortName ?? pkg.committee.name, pkg.meeting.date],
    creator,
    creationDate,
  });
  const bytes = await base.save({
    useObjectStreams: false,
    // A few yields in a large package (events out, a cancel in); each costs a timer tick.
    objectsPerTick: 5000,
    addDefaultPage: false,
  });
  await check();
  progress('sammanfogning', copiedParts + 1, copiedParts + 1);
  progress('klar', 1, 1);

  const documents: RenderedDocument[] = parts.map((p, i) => ({
    itemNumber: p.planned.itemNumber,
    title: p.planned.title,
    type: p.planned.document.type,
    source: p.kind,
    firstPage: pages.documents[i]!.first,
    lastPage: pages.documents[i]!.last,
  }));
  return {
    bytes,
    pageCount: pages.totalPages,
    kallelsePages: pages.kallelsePages,
    items: plan.items.map((item) => {
      const range = pages.items.get(item.number);
      return { number: item.number, title: item.title, firstPage: range?.first ?? null, lastPage: range?.last ?? null };
    }),
    documents,
    warnings,
    warningTargets: checked,
  };
}

const range = (first: number, count: number) => Array.from({ length: count }, (_, i) => first + i);

/** The logo as a data URI; an unreadable or unsupported logo is a warning, the name is printed instead. */
async function readAssets(loaded: LoadedPackage, warnings: string[]): Promise<LayoutAssets> {
  const ref = loaded.pkg.organisation.logo;
  if (!ref) return {};
  try {
    const bytes = Buffer.from(await loaded.readFile(ref));
    const type =
      bytes[0] === 0x89 && bytes.subarray(1, 4).toString('latin1') === 'PNG'
        ? 'image/png'
        : bytes[0] === 0xff && bytes[1] === 0xd8
          ? 'image/jpeg'
          : null;
    if (type) return { logo: `data:${type};base64,${bytes.toString('base64')}` };
    warnings.push(`Logotypen ${ref.path} är varken PNG eller JPEG; organisationens namn skrivs i stället.`);
  } catch (error) {
    const reason = error instanceof AppError ? ` (${error.message})` : '';
    warnings.push(`Logotypen ${ref.path} kunde inte läsas${reason}; organisationens namn skrivs i stället.`);
  }
  return {};
}

/**
 * Bookmarks: Kallelse; then per section its items (the opening section, which has no heading,
 * puts its items at the top level), per item its documents. Items and sections without
 * documents point to their line in the agenda.
 */
function outline(
  plan: ReturnType<typeof planPackage>,
  parts: Part[],
  ranges: { first: number }[],
  anchors: Map<string, number>,
  pageOf: (packagePage: number) => PDFPage,
): OutlineNode[] {
  const firstOf = new Map(parts.map((p, i) => [p.planned.key, ranges[i]!.first]));
  const agendaPage = (anchor: string) => pageOf((anchors.get(anchor) ?? 0) + 1);
  const roots: OutlineNode[] = [{ title: 'Kallelse', page: pageOf(1), children: [] }];
  plan.sections.forEach((section, s) => {
    const items = section.items.map((item): OutlineNode => {
      const children = item.documents.map((d) => ({ title: d.title, page: pageOf(firstOf.get(d.key)!), children: [] }));
      const title = item.title.trim() ? `${item.number} ${item.title.trim()}` : `${item.number} (rubrik saknas)`;
      return { title, page: children[0]?.page ?? agendaPage(agendaAnchor(item.number)), children };
    });
    if (!section.heading) roots.push(...items);
    else {
      const page = items.find((i) => i.children.length > 0)?.page ?? agendaPage(sectionAnchor(s));
      roots.push({ title: section.heading, page, children: items, open: true });
    }
  });
  return roots;
}
