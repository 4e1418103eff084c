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
import { addLink, fontRefOf, type OutlineNode, stampPage, writeInfo, writeOutline } from './finalPass';
import { FontBook, type FontFiles } from './fonts';
import { type LayoutAssets, layoutDocument } from './layout/document';
import { furniture } from './layout/theme';
import { assemble, type ImportedSource, loadGenerated, loadImported } from './merge';
import { type PendingLink, paintDocument } from './paint';
import { openPdfkit } from './pdfkitDocument';

export interface RenderOptions {
  pageNumberStyle?: PageNumberStyle;
  /** Fixed date for reproducible output (tests, snapshots); default now. */
  creationDate?: Date;
  onProgress?: (stage: RenderStage, done: number, total: number) => void;
  /** Font directory and files (benchmarks compare fonts); default assets/fonts. */
  fonts?: { dir: string; files: FontFiles };
  /** Producer name and version for the document information. */
  creator?: string;
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
  | { planned: PlannedDocument; kind: 'generated'; model: DocModel; laid: ReturnType<typeof layoutDocument> }
  | { planned: PlannedDocument; kind: 'imported'; source: ImportedSource };

/**
 * Renders a kallelse package to one PDF: kallelse pages, then per item its documents —
 * generated ones laid out from their DocModel, imported PDFs page for page — with running
 * package numbers, agenda page ranges from the final layout, links, outline and document info.
 */
export async function renderKallelse(loaded: LoadedPackage, options: RenderOptions = {}): Promise<RenderResult> {
  const { pkg } = loaded;
  const progress = options.onProgress ?? (() => {});
  const style = options.pageNumberStyle ?? 'bare';
  const creationDate = options.creationDate ?? new Date();
  const plan = planPackage(pkg);
  const checked = checkPackageDetailed(pkg, plan);
  const warnings = checked.map((w) => w.message);

  // 1. Imported PDFs: read and parse each once (their page counts drive the pagination).
  const importedDocs = plan.documents.filter((d) => isImported(d.document));
  const sources = new Map<string, ImportedSource>();
  let loadedCount = 0;
  for (const planned of importedDocs) {
    progress('bilagor', loadedCount, importedDocs.length);
    const doc = planned.document;
    if (doc.type !== 'pdf') continue;
    const key = doc.file.path;
    if (!sources.has(key)) sources.set(key, await loadImported(loaded, planned, doc));
    loadedCount++;
  }
  progress('bilagor', importedDocs.length, importedDocs.length);

  const assets = await readAssets(loaded, warnings);

  // 2. Layout of the generated documents; the kallelse last, until its page count is stable.
  progress('layout', 0, 1);
  const { pdf, finish } = openPdfkit(creationDate);
  const fonts = options.fonts ? new FontBook(pdf, options.fonts.dir, options.fonts.files) : new FontBook(pdf);

  const parts: Part[] = plan.documents.map((planned) => {
    const doc = planned.document;
    if (doc.type === 'pdf') return { planned, kind: 'imported', source: sources.get(doc.file.path)! };
    const model = buildDocument(pkg, doc as GeneratedDocument);
    return { planned, kind: 'generated', model, laid: layoutDocument(fonts, model, assets) };
  });
  const pageCounts: DocumentPages[] = parts.map((p) => ({
    itemNumber: p.planned.itemNumber,
    pageCount: p.kind === 'generated' ? p.laid.pages.length : p.source.pageCount,
  }));
  let kallelse: ReturnType<typeof layoutDocument> | undefined;
  const { pages } = resolvePagination(pageCounts, (pageLabels) => {
    kallelse = layoutDocument(fonts, buildKallelse(pkg, plan, { pageLabels }), assets);
    return kallelse.pages.length;
  });
  if (!kallelse) throw new AppError('INTERNAL', 'Kallelsen kunde inte sidbrytas.');
  progress('layout', 1, 1);

  // 3. Paint all generated pages into one pdfkit document (fonts embedded once).
  progress('rendering', 0, parts.length + 1);
  const links: PendingLink[] = paintDocument(pdf, fonts, kallelse).links;
  parts.forEach((part, i) => {
    if (part.kind === 'generated') paintDocument(pdf, fonts, part.laid);
    progress('rendering', i + 1, parts.length + 1);
  });
  const stamps = Array.from({ length: pages.totalPages }, (_, i) =>
    fonts.encodeForStamp('regular', furniture.stampSize, formatPackagePageNumber(i + 1, pages.totalPages, style)),
  );
  const generated = await finish();

  // 4. Assemble: imported pages into their package positions, then the final pass.
  progress('sammanfogning', 0, 1);
  const base = await loadGenerated(generated);
  const all = await assemble(base, [
    { kind: 'generated', pageCount: pages.kallelsePages },
    ...parts.map((p) =>
      p.kind === 'generated'
        ? { kind: 'generated' as const, pageCount: p.laid.pages.length }
        : { kind: 'imported' as const, source: p.source },
    ),
  ]);
  if (all.length !== pages.totalPages) {
    throw new AppError('INTERNAL', `Paketet fick ${all.length} sidor men ${pages.totalPages} var beräknade.`);
  }
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
    objectsPerTick: Number.POSITIVE_INFINITY,
    addDefaultPage: false,
  });
  progress('sammanfogning', 1, 1);
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
