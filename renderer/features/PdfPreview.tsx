import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { messageOf } from '../api';
import type { PreviewZoom } from '../state/previewSlice';
import { sv } from '../strings.sv';

// The worker is bundled by Vite as a file of the app itself, so the CSP (worker-src 'self') allows it.
GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).toString();

// One worker for every document: starting one loads and compiles pdf.js's 1 MB worker script each time.
let worker: PDFWorker | undefined;
const sharedWorker = (): PDFWorker => {
  if (!worker || worker.destroyed) worker = new PDFWorker();
  return worker;
};

let lane: Promise<unknown> = Promise.resolve();

const base64ToBytes = (base64: string): Uint8Array => {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** A4 portrait until a page tells its own size. */
const A4 = { w: 595.28, h: 841.89 };
type Size = { w: number; h: number };

/**
 * One page. Its picture is drawn into a fresh canvas off screen and swapped in only when
 * complete (double buffer), so an edit never blanks the page: the old picture stays until the
 * new one is ready. Renders only while near the viewport; a superseded render is cancelled.
 */
function PreviewPage(props: {
  doc: PDFDocumentProxy;
  seq: number;
  /** The document (seq) in which this page last changed: a page showing that picture is kept as it is. */
  version: number;
  pageNumber: number;
  cssWidth: number;
  size: Size;
  near: boolean;
  marked: boolean;
  onSize: (page: number, size: Size) => void;
}) {
  const { doc, seq, version, pageNumber, cssWidth, size, near, marked, onSize } = props;
  const holder = useRef<HTMLDivElement>(null);
  const shown = useRef<{ version: number; width: number } | null>(null);

  useEffect(() => {
    if (!near) return;
    if (shown.current && shown.current.version === version && shown.current.width === cssWidth) {
      // Unchanged in the new document: the picture on screen is already the current one.
      holder.current?.parentElement?.setAttribute('data-rendered-seq', String(seq));
      return;
    }
    let cancelled = false;
    let task: { cancel: () => void; promise: Promise<unknown> } | null = null;
    const draw = () =>
      doc.getPage(pageNumber).then((page) => {
        if (cancelled) return;
        const unscaled = page.getViewport({ scale: 1 });
        onSize(pageNumber, { w: unscaled.width, h: unscaled.height });
        const viewport = page.getViewport({ scale: (cssWidth / unscaled.width) * (window.devicePixelRatio || 1) });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.setAttribute('aria-label', `${sv.preview.page} ${pageNumber}`);
        canvas.setAttribute('role', 'img');
        task = page.render({ canvas, viewport });
        return task.promise.then(() => {
          const box = holder.current;
          if (cancelled || !box) return;
          box.replaceChildren(canvas);
          shown.current = { version, width: cssWidth };
          box.parentElement?.setAttribute('data-rendered-seq', String(seq));
        });
      });
    // One page at a time, in page order: the first page in view is ready first rather than all at once.
    lane = lane.then(() => (cancelled ? undefined : draw().catch(() => {}))); // cancelled, or the document was replaced
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, seq, version, pageNumber, cssWidth, near, onSize]);

  return (
    <figure
      className={marked ? 'preview-page marked' : 'preview-page'}
      data-page={pageNumber}
      data-marked={marked || undefined}
      style={{ width: `${cssWidth}px`, aspectRatio: `${size.w} / ${size.h}` }}
    >
      <div ref={holder} className="preview-canvas" />
    </figure>
  );
}

interface Props {
  /** The PDF as base64 (versions, review, protokoll), or */
  base64?: string;
  /** its bytes and which pages changed since the file before (the live preview; null: all). */
  file?: { bytes: Uint8Array; changed: number[] | null };
  /** Which preview this is (increases per render); pages record which one they show. Default: per document. */
  seq?: number;
  zoom?: PreviewZoom;
  /** Scroll to this page when the nonce changes (once the page exists). */
  focus?: { page: number; nonce: number } | null;
  /** Pages outlined as belonging together (the selected item's, Step 4). */
  marked?: { first: number; last: number } | null;
  onTopPage?: (page: number) => void;
}

/**
 * The package as pdf.js draws it. A new document replaces the old one only once it has
 * loaded; pages keep their place, so scroll position and zoom stay where the user left them.
 */
/** Which document (seq) each page last changed in: `all` for every page, `pages` for those changed since. */
type Versions = { all: number; pages: Map<number, number> };

export function PdfPreview({
  base64,
  file,
  seq: givenSeq,
  zoom = 'fit',
  focus = null,
  marked = null,
  onTopPage,
}: Props) {
  const source = file ?? base64 ?? '';
  // Without a sequence from the caller (versions, review mode), each new document counts as the next one.
  const auto = useRef({ source, seq: 1 });
  if (auto.current.source !== source) auto.current = { source, seq: auto.current.seq + 1 };
  const seq = givenSeq ?? auto.current.seq;
  const [current, setCurrent] = useState<{ doc: PDFDocumentProxy; seq: number; versions: Versions } | null>(null);
  // Pages changed by documents that arrived since the one shown (a superseded load's changes count too).
  const pending = useRef<Set<number> | 'all'>('all');
  const versions = useRef<Versions>({ all: 0, pages: new Map() });
  const [error, setError] = useState<string | null>(null);
  const [sizes, setSizes] = useState<Map<number, Size>>(new Map());
  const [near, setNear] = useState<Set<number>>(new Set([1, 2]));
  const [paneWidth, setPaneWidth] = useState(0);
  const scroller = useRef<HTMLElement>(null);
  const anchor = useRef<{ page: number; fraction: number }>({ page: 1, fraction: 0 });

  // Load each new document; the old one stays on screen until the new one is ready.
  useEffect(() => {
    let superseded = false;
    let adopted = false;
    const changed = typeof source === 'string' ? null : source.changed;
    if (changed === null) pending.current = 'all';
    else if (pending.current !== 'all') for (const p of changed) pending.current.add(p);
    // pdf.js takes over the buffer it is given: a copy, so the held file stays whole for the next update.
    const data = typeof source === 'string' ? base64ToBytes(source) : source.bytes.slice();
    // Glyphs drawn as paths, not as web fonts: each font pdf.js adds to the page makes Chromium lay out
    // the whole window again (30–40 ms with the agenda open) before the changed page can show.
    // Fonts a PDF does not embed are still drawn, with the system's fonts.
    const task = getDocument({ data, worker: sharedWorker(), disableFontFace: true });
    task.promise.then(
      (doc) => {
        if (superseded) return;
        adopted = true;
        const p = pending.current;
        versions.current =
          p === 'all'
            ? { all: seq, pages: new Map() }
            : {
                all: versions.current.all,
                pages: new Map([...versions.current.pages, ...[...p].map((n) => [n, seq] as const)]),
              };
        pending.current = new Set();
        setError(null);
        setCurrent({ doc, seq, versions: versions.current });
      },
      (e: unknown) => {
        if (!superseded) setError(`${sv.preview.failed} (${messageOf(e)})`);
      },
    );
    return () => {
      superseded = true;
      if (!adopted) void task.destroy(); // never shown; a shown document is released when replaced
    };
  }, [source, seq]);

  // Release a document once a newer one has replaced it (its pages have re-rendered or will).
  useEffect(() => () => void current?.doc.loadingTask.destroy(), [current]);

  // Fit-to-width follows the pane.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setPaneWidth(el.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const fitWidth = Math.max(120, paneWidth - 24);
  const cssWidth = Math.round(fitWidth * (zoom === 'fit' ? 1 : zoom));

  const pageCount = current?.doc.numPages ?? 0;

  // Which pages are in view (plus a screen above and below): only those are rendered.
  useEffect(() => {
    const root = scroller.current;
    if (!root || pageCount === 0) return;
    const observer = new IntersectionObserver(
      (entries) => {
        setNear((prev) => {
          const next = new Set(prev);
          for (const e of entries) {
            const n = Number((e.target as HTMLElement).dataset.page);
            if (e.isIntersecting) next.add(n);
            else next.delete(n);
          }
          return next;
        });
      },
      { root, rootMargin: '100% 0px' },
    );
    for (const el of root.querySelectorAll('.preview-page')) observer.observe(el);
    return () => observer.disconnect();
  }, [pageCount]);

  // Remember where the reader is (page at the top and how far into it), to keep it across zoom changes.
  const onScroll = useCallback(() => {
    const root = scroller.current;
    if (!root) return;
    const top = root.scrollTop;
    for (const el of root.querySelectorAll<HTMLElement>('.preview-page')) {
      if (el.offsetTop + el.offsetHeight > top) {
        const page = Number(el.dataset.page);
        anchor.current = { page, fraction: (top - el.offsetTop) / Math.max(1, el.offsetHeight) };
        onTopPage?.(page);
        return;
      }
    }
  }, [onTopPage]);

  // After a zoom change, the same place of the same page goes back to the top of the pane.
  const laidOutWidth = useRef(cssWidth);
  useLayoutEffect(() => {
    if (laidOutWidth.current === cssWidth) return;
    laidOutWidth.current = cssWidth;
    const root = scroller.current;
    const el = root?.querySelector<HTMLElement>(`.preview-page[data-page="${anchor.current.page}"]`);
    if (root && el) root.scrollTop = el.offsetTop + anchor.current.fraction * el.offsetHeight;
  });

  // A focus request is carried out once, as soon as its page is on the pane (it may come before the document).
  const focused = useRef(0);
  useEffect(() => {
    if (!focus || focused.current === focus.nonce || pageCount === 0) return;
    const root = scroller.current;
    const el = root?.querySelector<HTMLElement>(`.preview-page[data-page="${focus.page}"]`);
    if (root && el) {
      focused.current = focus.nonce;
      root.scrollTop = el.offsetTop - 8;
      onScroll();
    }
  }, [focus, pageCount, onScroll]);

  const onSize = useCallback((page: number, size: Size) => {
    setSizes((prev) => {
      const old = prev.get(page);
      if (old && Math.abs(old.w - size.w) < 0.5 && Math.abs(old.h - size.h) < 0.5) return prev;
      return new Map(prev).set(page, size);
    });
  }, []);

  return (
    <section
      className="preview-scroll"
      ref={scroller}
      onScroll={onScroll}
      // Focusable, so the pages can be scrolled with the keyboard (arrows, Page Down): WCAG 2.1.1.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      aria-label={sv.preview.pagesRegion}
    >
      {error ? <p className="error-text">{error}</p> : null}
      {!current && !error ? <p className="muted">{sv.preview.loading}</p> : null}
      {current ? (
        <div
          className="preview-pages"
          data-testid="pdf-preview"
          data-page-count={pageCount}
          data-seq={current.seq}
          data-pending={current.seq !== seq ? 'true' : 'false'}
        >
          {Array.from({ length: pageCount }, (_, i) => i + 1).map((n) => (
            <PreviewPage
              key={n}
              doc={current.doc}
              seq={current.seq}
              version={current.versions.pages.get(n) ?? current.versions.all}
              pageNumber={n}
              cssWidth={cssWidth}
              size={sizes.get(n) ?? A4}
              near={near.has(n)}
              marked={marked !== null && n >= marked.first && n <= marked.last}
              onSize={onSize}
            />
          ))}
        </div>
      ) : null}
    </section>
  );
}
