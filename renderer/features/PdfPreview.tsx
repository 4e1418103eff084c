import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../api';
import { sv } from '../strings.sv';

// The worker is bundled by Vite as a file of the app itself, so the CSP (worker-src 'self') allows it.
GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).toString();

const base64ToBytes = (base64: string): Uint8Array => {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** One page, rendered when it scrolls near the viewport (a 180-page package stays light). */
function PreviewPage({
  doc,
  pageNumber,
  width,
  marked = false,
}: {
  doc: PDFDocumentProxy;
  pageNumber: number;
  width: number;
  marked?: boolean;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [visible, setVisible] = useState(pageNumber <= 2);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || visible) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setVisible(true);
      },
      { rootMargin: '600px' },
    );
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [visible]);

  useEffect(() => {
    if (!visible) return;
    let cancelled = false;
    let task: { cancel: () => void } | null = null;
    void doc.getPage(pageNumber).then((page) => {
      const canvas = canvasRef.current;
      if (cancelled || !canvas) return;
      const unscaled = page.getViewport({ scale: 1 });
      const scale = (width / unscaled.width) * (window.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      const render = page.render({ canvas, viewport });
      task = render;
      render.promise.catch(() => {});
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, pageNumber, visible, width]);

  return (
    <figure
      className={marked ? 'preview-page marked' : 'preview-page'}
      data-page={pageNumber}
      data-marked={marked || undefined}
    >
      <canvas
        ref={canvasRef}
        aria-label={`${sv.preview.page} ${pageNumber}`}
        style={{ width: `${width}px`, aspectRatio: '210 / 297' }}
      />
    </figure>
  );
}

const pageNumbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

/**
 * Shows a PDF (base64 from main) page by page with pdf.js. `marked` (the selected item's pages)
 * are outlined and scrolled into view when the selection changes.
 */
export function PdfPreview({
  base64,
  width = 420,
  marked = null,
}: {
  base64: string;
  width?: number;
  marked?: { first: number; last: number } | null;
}) {
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pagesRef = useRef<HTMLDivElement>(null);
  const markFirst = marked?.first ?? null;
  useEffect(() => {
    if (markFirst === null || !doc) return;
    pagesRef.current?.querySelector(`[data-page="${markFirst}"]`)?.scrollIntoView({ block: 'start' });
  }, [markFirst, doc]);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    const task = getDocument({ data: base64ToBytes(base64) });
    task.promise.then(
      (loaded) => {
        if (!cancelled) setDoc(loaded);
      },
      (e: unknown) => {
        if (!cancelled) setError(`${sv.preview.failed} (${messageOf(e)})`);
      },
    );
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [base64]);

  if (error) return <p className="error-text">{error}</p>;
  if (!doc) return <p className="muted">{sv.preview.loading}</p>;
  return (
    <div className="preview-pages" data-testid="pdf-preview" data-page-count={doc.numPages} ref={pagesRef}>
      {pageNumbers(doc.numPages).map((n) => (
        <PreviewPage
          key={n}
          doc={doc}
          pageNumber={n}
          width={width}
          marked={marked !== null && n >= marked.first && n <= marked.last}
        />
      ))}
    </div>
  );
}
