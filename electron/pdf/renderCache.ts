import { createHash } from 'node:crypto';
import type { PDFDocument } from 'pdf-lib';
import type { LaidOutDocument } from './layout/types';
import type { ImportedSource } from './merge';

export type Laid = LaidOutDocument & { watermark?: string };

/**
 * The pdfkit output of one render: the kallelse and the generated documents painted in it.
 * Parsed only when a later render reuses one of its documents (most renders reuse none).
 */
export class PaintedChunk {
  private parsed: Promise<PDFDocument> | undefined;
  constructor(readonly bytes: Uint8Array) {}
  doc(): Promise<PDFDocument> {
    this.parsed ??= import('./merge').then(({ loadGenerated }) => loadGenerated(this.bytes));
    return this.parsed;
  }
}

/** Where a painted generated document's pages sit in its chunk. */
export interface PaintedDocument {
  chunk: PaintedChunk;
  /** 0-based index of its first page in the chunk. */
  first: number;
  pageCount: number;
}

interface Entry<T> {
  value: T;
  used: number;
}

/** How many renders an unused entry survives: layouts and paintings briefly, parsed bilagor longer. */
const KEEP = { layouts: 2, sources: 8 } as const;

/**
 * What a re-render can reuse from earlier renders, so that an edit costs only what it changes:
 *
 * - parsed bilagor by sha256 (read and parsed once; the parse is the expensive part),
 * - layouts of generated documents by their content (the DocModel as JSON plus the logo),
 * - painted pages of those documents (pdfkit output of an earlier render, copied page for page).
 *
 * Entries not used by the last few renders are dropped, so memory stays flat over many edits.
 * Every value is immutable once stored; renders only read them (copyPages reads its source).
 */
export class RenderCache {
  private renders = 0;
  /** Parsed bilagor; `provided`: handed in by provideSource rather than parsed by a render. */
  private readonly sources = new Map<string, Entry<Promise<ImportedSource>> & { provided?: true }>();
  private readonly layouts = new Map<string, Entry<Laid>>();
  private readonly painted = new Map<string, Entry<PaintedDocument>>();
  /** Work done, for tests and the benchmark: what a warm render did not have to redo. */
  readonly stats = { renders: 0, sourcesParsed: 0, layouts: 0, documentsPainted: 0 };

  /** Starts a render; returns its number (entries are stamped with it when used). */
  begin(): number {
    this.stats.renders++;
    return ++this.renders;
  }

  /** A parsed bilaga by its sha256; `load` runs only when it is not cached. Failures are not kept. */
  source(sha256: string, render: number, load: () => Promise<ImportedSource>): Promise<ImportedSource> {
    const hit = this.sources.get(sha256);
    if (hit) {
      hit.used = render;
      return hit.value;
    }
    this.stats.sourcesParsed++;
    const value = load();
    this.sources.set(sha256, { value, used: render });
    value.catch(() => {
      if (this.sources.get(sha256)?.value === value) this.sources.delete(sha256);
    });
    return value;
  }

  /**
   * A bilaga the next render finds as is (the command line's, kept in the PDF worker), or will
   * once the worker accepted it: the render lays out the generated documents meanwhile.
   */
  provideSource(sha256: string, source: ImportedSource | Promise<ImportedSource>): void {
    const value = Promise.resolve(source);
    value.catch(() => {}); // the render that awaits it reports a failure
    this.sources.set(sha256, { value, used: this.renders, provided: true });
  }

  /** Whether a source came from provideSource (the render need not wait for it before the layout). */
  isProvided(sha256: string): boolean {
    return this.sources.get(sha256)?.provided === true;
  }

  layout(key: string, render: number, lay: () => Laid): Laid {
    const hit = this.layouts.get(key);
    if (hit) {
      hit.used = render;
      return hit.value;
    }
    this.stats.layouts++;
    const value = lay();
    this.layouts.set(key, { value, used: render });
    return value;
  }

  paintedDocument(key: string, render: number): PaintedDocument | undefined {
    const hit = this.painted.get(key);
    if (hit) hit.used = render;
    return hit?.value;
  }

  rememberPainted(key: string, render: number, value: PaintedDocument): void {
    this.stats.documentsPainted++;
    this.painted.set(key, { value, used: render });
  }

  /** Drops what the last renders did not use. */
  sweep(render: number): void {
    const drop = <T>(map: Map<string, Entry<T>>, keep: number) => {
      for (const [key, entry] of map) if (entry.used <= render - keep) map.delete(key);
    };
    drop(this.layouts, KEEP.layouts);
    drop(this.painted, KEEP.layouts);
    drop(this.sources, KEEP.sources);
  }

  /** Forgets everything (fonts or settings that layouts depend on changed). */
  clear(): void {
    this.sources.clear();
    this.layouts.clear();
    this.painted.clear();
  }
}

/** A short key for long content (layout keys hold whole documents). */
export const contentKey = (text: string): string => createHash('sha256').update(text).digest('base64url');
