import { buildDocument, type GeneratedDocument } from '../../shared/document/build';
import { type CheckWarning, checkPackageDetailed } from '../../shared/document/checks';
import { agendaAnchor, sectionAnchor } from '../../shared/document/common';
import { formatPackagePageNumber } from '../../shared/document/format';
import { buildKallelse } from '../../shared/document/kallelse';
import { isImported, type PlannedDocument, planPackage } from '../../shared/document/packagePlan';
import { type DocumentPages, type PackagePages, resolvePagination } from '../../shared/document/pagination';
import type { PageNumberStyle } from '../../shared/domain/settings';
import { AppError } from '../../shared/ipc/result';
import type { LoadedPackage } from '../../shared/package/model';
import { sha256Hex } from '../files/ContentStore';
import { type CorePart, type CoreRun, type RenderStage, renderCore } from './core';
import type { OutlineNode } from './finalPass';
import type { FontFiles } from './fonts';
import type { LazyFile, WarmSlot, WarmVersion } from './incremental';
import type { LayoutAssets } from './layout/document';
import type { ImportedSource } from './merge';
import { type Laid, RenderCache } from './renderCache';

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
  /** The preview's document kept between renders: an edit that moves no page is an incremental update of it. */
  warm?: WarmSlot;
  /** Assembles where the bilagor are kept (the command line's PDF worker; see CoreRun). */
  assembleKept?: CoreRun['assembleKept'];
}

export type { RenderStage };

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
  /** With `warm`: this version of the file and the earlier ones it extends (incremental.ts). */
  versions?: WarmVersion[];
  /** With `warm`: the file as pieces (`from(offset)` gives an update without joining the whole). */
  file?: LazyFile;
}

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

  // 1. Imported PDFs: parsed once per content (their page counts drive the pagination). A source
  // may still be on its way (the command line's worker checking it): the core awaits it after
  // laying out the generated documents.
  const importedDocs = plan.documents.filter((d) => isImported(d.document));
  const sources = new Map<PlannedDocument, Promise<ImportedSource>>();
  // Loaded when a bilaga must be read here (pdf-lib with it): the command line's never are.
  const merge = () => import('./merge');
  for (const [i, planned] of importedDocs.entries()) {
    await check();
    progress('bilagor', i, importedDocs.length);
    const doc = planned.document;
    if (doc.type !== 'pdf') continue;
    // Refs from the database carry their sha256: a cached bilaga is then not even read.
    // A loaded package has hashed its files (sha256Of): one without is read here to be hashed.
    const known = doc.file.sha256 ?? loaded.sha256Of?.(doc.file);
    const bytes = known ? undefined : await (await merge()).readImported(loaded, planned, doc);
    const sha = known ?? sha256Hex(bytes!);
    const source = cache.source(sha, render, async () => {
      const { parseImported, readImported } = await merge();
      return parseImported(bytes ?? (await readImported(loaded, planned, doc)), planned, doc);
    });
    // A file the app parses here is ready before the layout, as it always was (its errors first).
    if (!cache.isProvided(sha)) await source;
    sources.set(planned, source);
  }
  progress('bilagor', importedDocs.length, importedDocs.length);

  const assets = await readAssets(loaded, warnings);
  await check();

  // 2–4. The render core: the documents in package order, the kallelse in front of them, laid
  // out again until its page count is stable (its agenda prints the documents' page ranges).
  const itemTitles = new Map(plan.items.map((item) => [item.number, item.title.trim()]));
  const parts: CorePart[] = plan.documents.map((planned) => {
    const doc = planned.document;
    if (doc.type === 'pdf') return { kind: 'imported', source: sources.get(planned)! };
    const title = itemTitles.get(planned.itemNumber) ?? '';
    const short = title.length > 60 ? `${title.slice(0, 59)}…` : title;
    const name = `Ärende ${planned.itemNumber} ”${short}” (${planned.title})`;
    return { kind: 'generated', model: buildDocument(pkg, doc as GeneratedDocument), name };
  });
  let pages: PackagePages | undefined;
  let kallelse: Laid | undefined;
  const creator = options.creator ?? 'Kallelse';
  const firstPageOfKey = () => new Map(plan.documents.map((d, i) => [d.key, pages!.documents[i]!.first]));
  const core = await renderCore(
    {
      parts,
      paginate: (counts, layout) => {
        const documentPages: DocumentPages[] = counts.map((pageCount, i) => ({
          itemNumber: plan.documents[i]!.itemNumber,
          pageCount,
        }));
        pages = resolvePagination(documentPages, (pageLabels) => {
          kallelse = layout(buildKallelse(pkg, plan, { pageLabels }));
          return kallelse.pages.length;
        }).pages;
        const front = kallelse as Laid | undefined;
        if (!front) throw new AppError('INTERNAL', 'Kallelsen kunde inte sidbrytas.');
        return { front, parts: pages.documents, totalPages: pages.totalPages };
      },
      stampText: (page, total) => formatPackagePageNumber(page, total, style),
      linkTarget: (key) => firstPageOfKey().get(key),
      outline: () => outline(plan, pages!.documents, kallelse!.anchors),
      info: {
        title: `Kallelse ${pkg.committee.name} ${pkg.meeting.date}`,
        author: pkg.organisation.name,
        subject: `Kallelse till sammanträde ${pkg.meeting.date} kl. ${pkg.meeting.startTime}, ${pkg.meeting.place}`,
        keywords: ['kallelse', pkg.committee.shortName ?? pkg.committee.name, pkg.meeting.date],
        creator,
        creationDate,
      },
      assets,
    },
    {
      cache,
      render,
      ...(options.fonts ? { fonts: options.fonts } : {}),
      ...(options.compact ? { compact: true } : {}),
      ...(options.warm ? { warm: options.warm } : {}),
      ...(options.assembleKept ? { assembleKept: options.assembleKept } : {}),
      progress,
      check,
    },
  );
  const final = pages as PackagePages | undefined;
  if (!final) throw new AppError('INTERNAL', 'Kallelsen kunde inte sidbrytas.');

  const documents: RenderedDocument[] = plan.documents.map((p, i) => ({
    itemNumber: p.itemNumber,
    title: p.title,
    type: p.document.type,
    source: p.document.type === 'pdf' ? 'imported' : 'generated',
    firstPage: final.documents[i]!.first,
    lastPage: final.documents[i]!.last,
  }));
  const { versions, file } = core;
  return {
    // Read lazily: the preview's update is sent without ever joining the whole file.
    get bytes() {
      return core.bytes;
    },
    ...(file ? { file } : {}),
    pageCount: final.totalPages,
    kallelsePages: final.kallelsePages,
    items: plan.items.map((item) => {
      const range = final.items.get(item.number);
      return { number: item.number, title: item.title, firstPage: range?.first ?? null, lastPage: range?.last ?? null };
    }),
    documents,
    warnings,
    warningTargets: checked,
    ...(versions ? { versions } : {}),
  };
}

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
  ranges: { first: number }[],
  anchors: Map<string, number>,
): OutlineNode[] {
  const firstOf = new Map(plan.documents.map((d, i) => [d.key, ranges[i]!.first]));
  const agendaPage = (anchor: string) => (anchors.get(anchor) ?? 0) + 1;
  const roots: OutlineNode[] = [{ title: 'Kallelse', page: 1, children: [] }];
  plan.sections.forEach((section, s) => {
    const items = section.items.map((item): OutlineNode => {
      const children = item.documents.map((d) => ({ title: d.title, page: firstOf.get(d.key)!, children: [] }));
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
